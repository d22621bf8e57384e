"""The package's functions on the study it bundles: each is a :class:`References` call.

``msc_sci.cite("apa")`` is ``msc_sci.load_references().cite("apa")``, with the
bundled ``references/`` loaded once, on first use. :func:`cite` answers the common
styles from a precomputed table without loading anything, for a fast cold start.
"""

from __future__ import annotations

# Not ``typing.TYPE_CHECKING``: this module is on the path of ``msc-sci cite``.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from msc_sci._quotes import Attribution, FoundQuote
    from msc_sci._records import Claim, Person, Quote, Source, Study, Work
    from msc_sci._references import References
    from msc_sci._verify import Verification
    from msc_sci.checker import Finding
    from msc_sci.summary import Summary

__all__ = [
    "attribute",
    "bundled",
    "check",
    "cite",
    "claims",
    "export",
    "find_quotes",
    "people",
    "quotes",
    "sources",
    "study",
    "summarize",
    "verify_online",
]

_BUNDLED: list[References] = []


def bundled() -> References:
    """Return the bundled study, loaded on the first call and kept."""
    if not _BUNDLED:
        from msc_sci._references import load_references

        _BUNDLED.append(load_references())
    return _BUNDLED[0]


def study() -> Study:
    """Return the bundled record of the study (loaded once, then cached).

    >>> import msc_sci
    >>> msc_sci.study().doi
    '10.1016/j.clineuro.2021.106565'
    """
    return bundled().study


def people() -> tuple[Person, ...]:
    """Return the people the sources name: the first author, key investigators, senior authors.

    >>> import msc_sci
    >>> [p.id for p in msc_sci.people()]
    ['honmou', 'sasaki', 'waxman', 'kocsis']
    """
    return bundled().people()


def sources() -> tuple[Source, ...]:
    """Return the documents the package's facts come from, best first.

    >>> import msc_sci
    >>> [s.code for s in msc_sci.sources()]
    ['PUB', 'S004', 'S000']
    """
    return bundled().sources()


def claims(topic: str | None = None) -> tuple[Claim, ...]:
    """Return the claims the sources make about the study, optionally on one *topic*.

    >>> import msc_sci
    >>> [c.id for c in msc_sci.claims("harms")]
    ['harms-none-substantial', 'harms-none-at-all']
    """
    return bundled().claims(topic)


def quotes(speaker: str | None = None) -> tuple[Quote, ...]:
    """Return the registry's quotes, or those of one *speaker* given in any name form.

    Args:
        speaker: "Waxman", "Stephen Waxman", "Dr. Waxman", "Jeffrey Kocsis" (misspelt),
            "the paper"; ``None`` for every quote. Reported speech of several speakers
            counts for each of them.

    Raises:
        UnknownSpeakerError: when *speaker* names nobody in the registry; it suggests
            the closest known names.
        TypeError: when *speaker* is neither a string nor ``None``.

    .. versionadded:: 0.1.0

    >>> import msc_sci
    >>> [q.id for q in msc_sci.quotes("Dr. Waxman")]
    ['waxman-restore', 'waxman-hint', 'senior-authors-more-studies', 'senior-authors-years']
    >>> msc_sci.quotes("Honmou")
    ()
    """
    return bundled().quotes(speaker)


def cite(
    style: str = "apa",
    *,
    locale: str = "en-US",
    format: str = "text",
    mode: str = "bibliography",
    locator: str | None = None,
    label: str = "page",
    prefix: str | None = None,
    suffix: str | None = None,
) -> str:
    """Return the study's bibliography entry, or its first in-text citation, in *style*.

    Results are memoised, so repeated calls cost microseconds.

    Args:
        style: A CSL style name (``"apa"``, ``"vancouver"`` ...), a ``.csl`` path, or a
            ``bibtex:`` style.
        locale: The CSL locale, e.g. ``"de-DE"``.
        format: ``"text"``, ``"html"``, ``"markdown"``, ``"rst"`` or ``"latex"``.
        mode: ``"bibliography"`` or ``"citation"``.
        locator: Where in the study a citation points, e.g. ``"4"`` (citations only).
        label: What *locator* counts, a CSL locator term such as ``"page"`` or
            ``"figure"``.
        prefix: Text before the cite, e.g. ``"see "`` (citations only).
        suffix: Text after the cite, e.g. ``" for details"`` (citations only).

    Raises:
        TypeError: for an argument that is not a string (``None`` where allowed).
        UnknownStyleError: for an unknown style name.
        UnknownLocaleError: for a *locale* that is not a CSL locale name.
        UnknownFormatError: for an unknown format.
        UnknownNameError: for an unknown mode.
        UnknownLabelError: for a *label* that is not a CSL locator term.
        RecordError: for a blank *locator*, or a locator or affix in bibliography mode.

    >>> import msc_sci
    >>> msc_sci.cite("apa", mode="citation")
    '(Honmou et al., 2021)'
    >>> msc_sci.cite("apa", mode="citation", locator="4", prefix="see ")
    '(see Honmou et al., 2021, p. 4)'
    >>> msc_sci.cite("vancouver")[:48]
    '1. Honmou O, Yamashita T, Morita T, Oshigiri T, '
    """
    from msc_sci._cite._api import check_types

    check_types(style=style, format=format, mode=mode, label=label)
    check_types(optional=True, locale=locale, locator=locator, prefix=prefix, suffix=suffix)
    if locator is None and prefix is None and suffix is None:
        from msc_sci._cite._precomputed import lookup

        # The table is the bundled study's (a test holds it to the bundled record).
        known = lookup(style, locale, format, mode)
        if known is not None:
            return known
    return bundled().cite(
        style,
        locale=locale,
        format=format,
        mode=mode,
        locator=locator,
        label=label,
        prefix=prefix,
        suffix=suffix,
    )


def export(to: str, *, work: Work | None = None, **options: bool) -> str:
    """Return *work* (by default the study) in format *to*.

    Args:
        to: A format name (``"bibtex"``, ``"ris"``, ...), an alias or a file suffix.
        work: The work to export; the bundled study when ``None``.
        **options: Options of the format's ``dumps``, e.g. ``ascii_only=True`` for BibTeX.

    Raises:
        UnknownFormatError: when *to* names no format.
        ExportError: when the work cannot be written in that format.

    .. versionadded:: 0.1.0

    >>> import msc_sci
    >>> msc_sci.export("bibtex").startswith("@article{honmou2021,")
    True
    """
    if work is None:
        return bundled().export(to, **options)
    from msc_sci._export import export as dumps

    return dumps(to, work, **options)


def summarize(
    audience: str = "public", *, length: str = "standard", format: str = "text"
) -> Summary:
    """Summarize the study for *audience*, at *length*, to be rendered as *format*.

    Args:
        audience: ``"public"`` or ``"patient"`` (plain words), ``"clinician"`` (design
            terms) or ``"journalist"`` (with attributed quotes and the citation).
        length: ``"tweet"`` (at most 280 characters, with the DOI link), ``"short"``
            (60-160 words) or ``"standard"`` (400-850 words, in headed sections, as a
            Cochrane plain-language summary).
        format: ``"text"``, ``"markdown"``, ``"html"`` or ``"json"``; ``str()`` of the
            result renders it so.

    The citation line is the APA reference from :func:`msc_sci.cite`.

    Returns:
        The summary; each sentence names the claims it states and their sources.

    Raises:
        UnknownAudienceError: for an unknown audience.
        UnknownLengthError: for an unknown length.
        UnknownFormatError: for an unknown format.

    >>> import msc_sci
    >>> summary = msc_sci.summarize("public", length="short")
    >>> summary.sentences[0].text
    'A small study gave stem cells to 13 people with a spinal cord injury.'
    >>> summary.sentences[0].claims
    ('patients-13', 'aim-stem-cells-for-injury')

    .. versionadded:: 0.1.0
    """
    return bundled().summarize(audience, length=length, format=format)


def check(text: str) -> list[Finding]:
    """Return what *text* says about the study that the sourced record does not support.

    Each :class:`Finding` has a kind (``role``, ``journal``, ``design``, ``count``,
    ``cell-source``, ``route``, ``injury-type``, ``harms``, ``overclaim``, ``product``,
    ``misquote``, ``missing-caveat``), the span of the words in *text*, a message, and the
    claim it goes against with that claim's sources. Negated wording ("not blinded") is
    not reported, nor are words inside quotation marks (except as misquotes).

    A JSON object or array, such as a summary rendered as JSON, is checked as the prose
    of its string values, so JSON's own quotation marks are not read as quotations; the
    spans point at the words in the JSON.

    >>> import msc_sci
    >>> [f.kind for f in msc_sci.check("A blinded trial of 12 patients found no side effects.")]
    ['design', 'count', 'harms']
    >>> msc_sci.check("The trial was not blinded and had no placebo; it was preliminary.")
    []
    >>> msc_sci.check(msc_sci.summarize("journalist", format="json").render())
    []

    .. versionadded:: 0.1.0
    """
    return bundled().check(text)


def attribute(text: str) -> Attribution:
    """Find which registry quote *text* gives, who said it, and how faithfully.

    *text* may be the quotation alone or with its attribution ("…," said X). Curly or
    straight quote marks, apostrophes, whitespace and markdown links make no
    difference; an excerpt of a quote is verbatim. When *text* holds several
    quotations, the one closest to a registry quote is taken.

    .. versionadded:: 0.1.0

    >>> import msc_sci
    >>> result = msc_sci.attribute("Now we have a hint, in humans, that it may be possible.")
    >>> result.verdict, result.quote.id, str(result.speaker)
    (<Verdict.VERBATIM: 'verbatim'>, 'waxman-hint', 'Stephen G. Waxman')
    >>> result = msc_sci.attribute("Now we have proof, in humans, that it may be possible.")
    >>> result.verdict.value, [str(d) for d in result.differences]
    ('altered', ['hedge dropped: "a hint" became "proof"'])
    """
    return bundled().attribute(text)


def find_quotes(text: str) -> list[FoundQuote]:
    """Return the quotations in *text*, in order, each with its speaker and cue.

    Speakers are matched to the bundled study's people and entities by any form of
    their names; other names are kept as strings. It never raises on any ``str``.

    .. versionadded:: 0.1.0

    >>> import msc_sci
    >>> found = msc_sci.find_quotes('\\u201cIt works,\\u201d said Dr. Ana Ruiz. "We hope so."')
    >>> [(q.text, q.speaker, q.cue, q.continues) for q in found]  # doctest: +NORMALIZE_WHITESPACE
    [('It works', 'Ana Ruiz', 'said Dr. Ana Ruiz', False),
     ('We hope so.', 'Ana Ruiz', 'said Dr. Ana Ruiz', True)]
    """
    return bundled().find_quotes(text)


def verify_online(
    *,
    work: Work | None = None,
    base_url: str = "https://api.crossref.org",
    timeout: float = 10.0,
) -> Verification:
    """Fetch the work's Crossref record and list every field where the two differ.

    Compares authors, title, journal, volume, issue, article number, issue date, online
    date (for the study) and ISSN.

    Args:
        work: The work to check; the bundled study when ``None``.
        base_url: The Crossref API's address (another server in tests).
        timeout: Seconds to wait for the answer.

    Raises:
        OnlineError: when *base_url* is not an ``http://`` or ``https://`` address, or
            Crossref cannot be reached, has no record of the DOI, or answers with
            something that is not a Crossref work.
        RecordError: when the work has no DOI.
        TypeError: when *work* is not a :class:`~msc_sci.Work` or *base_url* not a string.

    .. versionadded:: 0.1.0

    >>> import msc_sci
    >>> msc_sci.verify_online(base_url="http://127.0.0.1:9", timeout=2)
    Traceback (most recent call last):
    ...
    msc_sci.OnlineError: http://127.0.0.1:9/works/10.1016/j.clineuro.2021.106565: ...
    """
    if work is None:
        return bundled().verify_online(base_url=base_url, timeout=timeout)
    from msc_sci._verify import verify_online as fetch

    return fetch(work, base_url=base_url, timeout=timeout)
