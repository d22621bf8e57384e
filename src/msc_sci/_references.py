"""`References`: one loaded ``references/`` directory, and everything the package does with it.

The features (citing, exporting, quotes, the checker, summaries) each work on the
checked records of one study; this class hands them its own, and keeps what they
compute for it. :mod:`msc_sci._bundled` gives the same calls on the bundled study.
"""

from __future__ import annotations

from pathlib import Path

from msc_sci._public import public

# Not ``typing.TYPE_CHECKING``: this module is on the path of ``msc-sci cite``.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from msc_sci._load import Loaded
    from msc_sci._quotes import Attribution, FoundQuote
    from msc_sci._records import Claim, Entity, Person, Quote, Source, Study
    from msc_sci._verify import Verification
    from msc_sci.checker import Finding
    from msc_sci.summary import Summary

__all__ = ["References", "load_references"]

#: How many distinct citations one study keeps.
_CITE_CACHE = 256


@public
class References:
    """A study loaded from a ``references/`` directory, checked, and ready to use.

    Make one with :func:`msc_sci.load_references`. Its methods are the package's
    functions for this study: ``refs.cite("apa")`` is to this study what
    :func:`msc_sci.cite` is to the bundled one. What they compute (citations, the
    word lists of quotes, speakers' names) is kept on this object.

    .. versionadded:: 0.1.0

    >>> import msc_sci
    >>> refs = msc_sci.load_references()
    >>> refs.cite("apa", mode="citation")
    '(Honmou et al., 2021)'
    >>> [f.kind for f in refs.check("A trial of 12 patients.")]
    ['count']
    """

    __slots__ = ("_cites", "_data")

    def __init__(self, data: Loaded) -> None:
        self._data = data
        self._cites: dict[tuple[str | None, ...], str] = {}

    def __repr__(self) -> str:
        return f"<References {self._data.study.id!r} from {str(self._data.directory)!r}>"

    # -- the records -------------------------------------------------------------------

    @property
    def study(self) -> Study:
        """The study, with its bibliographic record, design, population and treatment."""
        return self._data.study

    @property
    def directory(self) -> Path:
        """The directory the study was loaded from."""
        return self._data.directory

    @property
    def record_file(self) -> str:
        """The name of the CSL-JSON file of the study's record, as ``study.toml`` gives it."""
        return self._data.record_file

    @property
    def entities(self) -> tuple[Entity, ...]:
        """Speakers that are not people, such as the paper."""
        return self._data.entities

    def people(self) -> tuple[Person, ...]:
        """Return the people the sources name, with roles and affiliations.

        >>> import msc_sci
        >>> [p.id for p in msc_sci.load_references().people()]
        ['honmou', 'sasaki', 'waxman', 'kocsis']
        """
        return self._data.people

    def sources(self) -> tuple[Source, ...]:
        """Return the documents the facts come from, best first."""
        return self._data.sources

    def claims(self, topic: str | None = None) -> tuple[Claim, ...]:
        """Return the claims the sources make about the study, optionally on one *topic*."""
        found = self._data.claims
        return found if topic is None else tuple(c for c in found if c.topic == topic)

    def quotes(self, speaker: str | None = None) -> tuple[Quote, ...]:
        """Return the quotes, or those of one *speaker* given in any form of the name.

        Raises:
            UnknownSpeakerError: when *speaker* names nobody; it suggests close names.
        """
        from msc_sci._quotes import quotes

        return quotes(self._data, speaker)

    def source(self, id: str) -> Source:
        """Return the source with *id*.

        Raises:
            UnknownNameError: when there is none, listing the known ids.

        >>> import msc_sci
        >>> msc_sci.load_references().source("yale2021release").outlet
        'Medical Xpress'
        """
        return self._data.source(id)

    def person(self, id: str) -> Person:
        """Return the person with registry *id*, e.g. ``"waxman"``.

        Raises:
            UnknownNameError: when there is none, listing the known ids.

        >>> import msc_sci
        >>> str(msc_sci.load_references().person("kocsis"))
        'Jeffery D. Kocsis'
        """
        return self._data.person(id)

    def claim(self, id: str) -> Claim:
        """Return the claim with *id*.

        Raises:
            UnknownNameError: when there is none, listing the known ids.

        >>> import msc_sci
        >>> msc_sci.load_references().claim("harms-none-substantial").topic
        'harms'
        """
        return self._data.claim(id)

    def quote(self, id: str) -> Quote:
        """Return the quote with *id*.

        Raises:
            UnknownNameError: when there is none, listing the known ids.

        >>> import msc_sci
        >>> msc_sci.load_references().quote("waxman-hint").cue
        'Waxman said'
        """
        return self._data.quote(id)

    # -- what the package does with them -----------------------------------------------

    def cite(
        self,
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

        The arguments are those of :func:`msc_sci.cite`; results are kept, so
        repeated calls cost microseconds.
        """
        from msc_sci._cite._api import check_types

        check_types(style=style, format=format, mode=mode, label=label)
        check_types(optional=True, locale=locale, locator=locator, prefix=prefix, suffix=suffix)
        key = (style, locale, format, mode, locator, label, prefix, suffix)
        known = self._cites.get(key)
        if known is not None:
            return known
        text = None
        if locator is None and prefix is None and suffix is None:
            from msc_sci._cite._precomputed import lookup

            text = lookup(style, locale, format, mode, digest=self._data.digest)
        if text is None:
            from msc_sci._cite._api import cite

            text = cite(
                self._data.study,
                style,
                locale=locale,
                format=format,
                mode=mode,
                locator=locator,
                label=label,
                prefix=prefix,
                suffix=suffix,
            )
        if len(self._cites) >= _CITE_CACHE:
            self._cites.pop(next(iter(self._cites)))
        self._cites[key] = text
        return text

    def export(self, to: str, **options: bool) -> str:
        """Return the study's record in export format *to*, as :func:`msc_sci.export` does."""
        from msc_sci._export import export

        return export(to, self._data.study, **options)

    def summarize(
        self, audience: str = "public", *, length: str = "standard", format: str = "text"
    ) -> Summary:
        """Summarize the study for *audience*, as :func:`msc_sci.summarize` does."""
        from msc_sci.summary import summarize

        spec = self._data.summaries
        citation = (
            self.cite(spec.citation_style, locale=spec.citation_locale, format="text")
            if spec is not None
            else ""
        )
        return summarize(self._data, audience, length=length, format=format, citation=citation)

    def check(self, text: str) -> list[Finding]:
        """Return what *text* says about the study that the record does not support.

        See :func:`msc_sci.check`.
        """
        from msc_sci.checker import check

        return check(text, self._data)

    @property
    def finding_kinds(self) -> tuple[str, ...]:
        """Every kind of :class:`~msc_sci.Finding` :meth:`check` can report for this study.

        The checker's own kinds and those of the study's ``checker.toml``, in the order
        the rules run; only ``misquote`` and ``misattribution`` when the study has no
        ``checker.toml``.

        >>> import msc_sci
        >>> msc_sci.load_references().finding_kinds[:3]
        ('role', 'journal', 'count')
        """
        checker = self._data.checker
        return ("misquote", "misattribution") if checker is None else checker.kinds

    def attribute(self, text: str) -> Attribution:
        """Find which quote *text* gives, who said it, and how faithfully.

        See :func:`msc_sci.attribute`.
        """
        from msc_sci._quotes import attribute

        return attribute(text, self._data)

    def find_quotes(self, text: str) -> list[FoundQuote]:
        """Return every quotation in *text* with its speaker. See :func:`msc_sci.find_quotes`."""
        from msc_sci._quotes import find_quotes

        return find_quotes(text, self._data)

    def verify_online(
        self, *, base_url: str = "https://api.crossref.org", timeout: float = 10.0
    ) -> Verification:
        """Compare the study's record with Crossref's. See :func:`msc_sci.verify_online`."""
        from msc_sci._verify import verify_online

        return verify_online(self._data.study, base_url=base_url, timeout=timeout)


def load_references(directory: str | Path | None = None) -> References:
    """Load and check every file of a ``references/`` directory.

    Args:
        directory: The directory; by default the one bundled with the package.

    Raises:
        ReferenceDataError: naming the file and field when anything is missing or
            invalid: a bad DOI or ISSN, an impossible date, an unknown source id, a
            duplicate id, a fact without provenance, a claim id a checker pattern or a
            summary names that ``claims.toml`` lacks.

    .. versionadded:: 0.1.0

    >>> import msc_sci
    >>> refs = msc_sci.load_references()
    >>> len(refs.study.authors)
    19
    >>> refs.summarize("public", length="short").sentences[0].claims
    ('patients-13', 'aim-stem-cells-for-injury')
    """
    import msc_sci._quotes  # noqa: F401  (installs the printer of Quote.attributed)
    from msc_sci._load import load

    return References(load(directory))
