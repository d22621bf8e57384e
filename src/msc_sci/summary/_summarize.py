"""``summarize()``: a plain-language summary for an audience, length and format."""

from __future__ import annotations

from msc_sci._errors import UnknownAudienceError, UnknownLengthError
from msc_sci.summary._model import Summary

__all__ = ["summarize"]


def summarize(
    audience: str = "public", *, length: str = "standard", format: str = "text"
) -> Summary:
    """Summarize the study for *audience*, at *length*, to be rendered as *format*.

    Args:
        audience: ``"public"`` or ``"patient"`` (plain words), ``"clinician"`` (design
            terms) or ``"journalist"`` (with attributed quotes and the citation).
        length: ``"tweet"`` (at most 280 characters, with the DOI link), ``"short"``
            (about 60-100 words) or ``"standard"`` (about 250-450 words, in headed
            sections).
        format: ``"text"``, ``"markdown"``, ``"html"`` or ``"json"``; ``str()`` of the
            result renders it so.

    The citation line is the APA reference from :func:`msc_sci.cite`.

    Returns:
        The summary; each sentence names the claims it states and their sources.

    Raises:
        TypeError: when *audience*, *length* or *format* is not a string.
        UnknownAudienceError: for an unknown audience.
        UnknownLengthError: for an unknown length.
        UnknownFormatError: for an unknown format.

    >>> import msc_sci
    >>> summary = msc_sci.summarize("public", length="short")
    >>> summary.sentences[0].text
    'A small study gave stem cells to 13 people with a spinal cord injury.'
    >>> summary.sentences[0].claims
    ('patients-13', 'aim-stem-cells-for-injury')

    .. versionadded:: 0.1
    """
    from msc_sci._cite._api import cite
    from msc_sci._errors import UnknownFormatError
    from msc_sci._load import _bundled
    from msc_sci.summary._generate import AUDIENCES, LENGTHS, generate
    from msc_sci.summary._readability import measure
    from msc_sci.summary._render import FORMATS

    for name, value in (("audience", audience), ("length", length), ("format", format)):
        if not isinstance(value, str):
            raise TypeError(f"{name} must be a string, not {type(value).__name__}")
    if audience not in AUDIENCES:
        raise UnknownAudienceError(audience, known=AUDIENCES)
    if length not in LENGTHS:
        raise UnknownLengthError(length, known=LENGTHS)
    if format not in FORMATS:
        raise UnknownFormatError(format, known=FORMATS)
    refs = _bundled()
    title, sections = generate(refs, audience, length, cite("apa", format="text"))
    prose = " ".join(s.text for sec in sections if sec.prose for s in sec.sentences)
    return Summary(
        audience=audience,
        length=length,
        format=format,
        title=title,
        sections=tuple(sections),
        readability=measure(prose),
    )
