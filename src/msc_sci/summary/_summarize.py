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

    The wording is the study's (``summaries.toml``); *citation* is the reference the
    summary ends with (a tweet ends with the DOI link). See :func:`msc_sci.summarize`.

    Raises:
        TypeError: when *audience*, *length* or *format* is not a string.
        ReferenceDataError: when the study has no ``summaries.toml``.
        UnknownAudienceError: for an audience the study's summaries do not have.
        UnknownLengthError: for an unknown length.
        UnknownFormatError: for an unknown format.
    """
    from msc_sci._errors import ReferenceDataError, UnknownFormatError
    from msc_sci._load_summaries import LENGTHS
    from msc_sci.summary._generate import generate
    from msc_sci.summary._readability import measure
    from msc_sci.summary._render import FORMATS

    for name, value in (("audience", audience), ("length", length), ("format", format)):
        if not isinstance(value, str):
            raise TypeError(f"{name} must be a string, not {type(value).__name__}")
    spec = refs.summaries
    if spec is None:
        raise ReferenceDataError(
            "missing: this study has no summary templates",
            path=str(refs.directory / "summaries.toml"),
        )
    if audience not in spec.audiences:
        raise UnknownAudienceError(audience, known=tuple(spec.audiences))
    if length not in LENGTHS:
        raise UnknownLengthError(length, known=LENGTHS)
    if format not in FORMATS:
        raise UnknownFormatError(format, known=FORMATS)
    title, sections = generate(refs, spec, audience, length, citation)
    prose = " ".join(s.text for sec in sections if sec.prose for s in sec.sentences)
    return Summary(
        audience=audience,
        length=length,
        format=format,
        title=title,
        sections=tuple(sections),
        readability=measure(prose),
    )
