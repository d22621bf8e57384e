"""What a summary is made of: sentences that each name the claims they state."""

from __future__ import annotations

from dataclasses import dataclass

from msc_sci._public import public
from msc_sci.summary._readability import Readability

__all__ = ["Section", "Sentence", "Summary"]


@public
@dataclass(frozen=True, slots=True, kw_only=True)
class Sentence:
    """One sentence of a summary and the records it rests on.

    Attributes:
        text: The sentence.
        claims: Ids of the claims it states (see :func:`msc_sci.claims`).
        quotes: Ids of the quotes it gives word for word.
        sources: Ids of the sources of those claims and quotes, best first.
    """

    text: str
    claims: tuple[str, ...] = ()
    quotes: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()

    def __str__(self) -> str:
        return self.text


@public
@dataclass(frozen=True, slots=True, kw_only=True)
class Section:
    """A headed part of a summary (the heading is ``None`` in short forms).

    Attributes:
        heading: e.g. ``"What did they find?"``.
        sentences: Its sentences, in order.
        prose: ``False`` for the reference section, which readability leaves out.
        bullets: ``True`` when the sentences are a bulleted list (key messages), not a
            paragraph.
    """

    heading: str | None
    sentences: tuple[Sentence, ...]
    prose: bool = True
    bullets: bool = False


@public
@dataclass(frozen=True, slots=True, kw_only=True)
class Summary:
    """A plain-language summary of the study, generated from the records.

    ``str(summary)`` renders it in :attr:`format`; :meth:`render` in any format.

    Attributes:
        audience: ``"public"``, ``"patient"``, ``"clinician"`` or ``"journalist"``.
        length: ``"tweet"``, ``"short"`` or ``"standard"``.
        format: ``"text"``, ``"markdown"``, ``"html"`` or ``"json"``.
        title: The title (``None`` for a tweet).
        sections: The sections, in order; the last holds the citation.
        readability: Figures for the prose (the citation and links left out).
    """

    audience: str
    length: str
    format: str
    title: str | None
    sections: tuple[Section, ...]
    readability: Readability

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        """Every sentence, the citation included, in order."""
        return tuple(s for section in self.sections for s in section.sentences)

    @property
    def prose(self) -> str:
        """The prose sentences as plain text, without title, headings or citation."""
        return " ".join(s.text for sec in self.sections if sec.prose for s in sec.sentences)

    @property
    def claim_ids(self) -> tuple[str, ...]:
        """The ids of every claim the summary states, in order of first use."""
        return tuple(dict.fromkeys(c for s in self.sentences for c in s.claims))

    def render(self, format: str | None = None) -> str:
        """Return the summary as ``text``, ``markdown``, ``html`` or ``json``.

        >>> import msc_sci
        >>> msc_sci.summarize(length="tweet").render("json").startswith("{")
        True
        """
        from msc_sci.summary._render import render

        return render(self, format or self.format)

    def __str__(self) -> str:
        return self.render()
