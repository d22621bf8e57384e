"""``summarize()``: a plain-language summary for an audience, length and format."""

from __future__ import annotations

from msc_sci._errors import UnknownAudienceError, UnknownLengthError
from msc_sci._load import Loaded
from msc_sci.summary._model import Summary

__all__ = ["summarize"]


def summarize(
    refs: Loaded, audience: str = "public", *, length: str, format: str, citation: str
) -> Summary:
    """Summarize the study of *refs* for *audience*, at *length*, to be rendered as *format*.

    Args:
        audience: ``"public"`` or ``"patient"`` (plain words), ``"clinician"`` (design
            terms) or ``"journalist"`` (with attributed quotes and the citation).
        length: ``"tweet"`` (at most 280 characters, with the DOI link), ``"short"``
            (about 60-100 words) or ``"standard"`` (about 250-450 words, in headed
            sections).
        format: ``"text"``, ``"markdown"``, ``"html"`` or ``"json"``; ``str()`` of the
            result renders it so.

    *citation* is the reference the summary ends with (a tweet gives the DOI link).

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

    .. versionadded:: 0.1
    """
    from msc_sci._errors import UnknownFormatError
    from msc_sci.summary._generate import AUDIENCES, LENGTHS, generate
    from msc_sci.summary._readability import measure
    from msc_sci.summary._render import FORMATS

    if audience not in AUDIENCES:
        raise UnknownAudienceError(audience, known=AUDIENCES)
    if length not in LENGTHS:
        raise UnknownLengthError(length, known=LENGTHS)
    if format not in FORMATS:
        raise UnknownFormatError(format, known=FORMATS)
    title, sections = generate(refs, audience, length, citation)
    prose = " ".join(s.text for sec in sections if sec.prose for s in sec.sentences)
    return Summary(
        audience=audience,
        length=length,
        format=format,
        title=title,
        sections=tuple(sections),
        readability=measure(prose),
    )
