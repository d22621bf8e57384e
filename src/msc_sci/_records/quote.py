"""Quotations: who said what, where, and how coverage changed it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from msc_sci._errors import RecordError
from msc_sci._public import public
from msc_sci._records.person import Person
from msc_sci._records.provenance import Provenance
from msc_sci._records.source import Source

__all__ = ["Entity", "Quote", "QuoteKind", "QuoteVariant", "install_attribution"]


@public
class QuoteKind(StrEnum):
    """How a quotation was given."""

    DIRECT = "direct"
    """Direct speech with an attribution cue ("noted Kocsis")."""
    CONTINUATION = "continuation"
    """A quote-only paragraph that continues the previous speaker."""
    INDIRECT = "indirect"
    """Reported speech ("Kocsis and Waxman stress that ...")."""


@public
@dataclass(frozen=True, slots=True, kw_only=True)
class Entity:
    """A speaker that is not a person, such as "the paper".

    Attributes:
        id: Registry id, e.g. ``"the-paper"``.
        name: How texts name it, e.g. ``"the paper"``.
        kind: e.g. ``"publication"``.
        work: Id of the work it stands for, if any.
    """

    id: str
    name: str
    kind: str
    work: str | None = None

    def __str__(self) -> str:
        return self.name


@public
@dataclass(frozen=True, slots=True, kw_only=True)
class QuoteVariant:
    """A quotation as some other source printed it.

    Attributes:
        text: The words as printed.
        source: Where they were printed.
        altered: Whether the change alters the meaning (not only the wording).
        differences: Each difference from the original, in words.
        attributed_as: How that source named and described the speaker.
    """

    text: str
    source: Source
    altered: bool
    differences: tuple[str, ...]
    attributed_as: str | None = None

    def __post_init__(self) -> None:
        if not self.differences:
            raise RecordError("a variant must list how it differs", field="differences")


@public
@dataclass(frozen=True, slots=True, kw_only=True)
class Quote:
    """Words someone said about the study, as the original source gives them.

    Attributes:
        id: Registry id, e.g. ``"waxman-restore-function"``.
        text: The words, verbatim from :attr:`source`.
        speakers: Who said it: people, or an :class:`Entity` such as the paper. Reported
            speech can have several ("Kocsis and Waxman stress that ...").
        role: The speaker's part in the study, e.g. ``"senior author"``.
        title: The speaker's title at the time, e.g. ``"professor of neurology and
            neuroscience at Yale University"``.
        source: Where it was said.
        kind: Direct, continuation or indirect speech.
        cue: The words that attribute it in the source, e.g. ``"noted Kocsis"``.
        variants: How other sources printed it.
        provenance: Where in the source it stands.
    """

    id: str
    text: str
    speakers: tuple[Person | Entity, ...]
    source: Source
    kind: QuoteKind
    provenance: tuple[Provenance, ...]
    role: str | None = None
    title: str | None = None
    cue: str | None = None
    variants: tuple[QuoteVariant, ...] = ()

    def __post_init__(self) -> None:
        if not self.text.strip():
            raise RecordError("must not be empty", field="text", value=self.text)
        if not self.speakers:
            raise RecordError("a quote needs a speaker", field="speakers")

    @property
    def speaker(self) -> Person | Entity:
        """The (first) speaker."""
        return self.speakers[0]

    def __str__(self) -> str:
        names = " and ".join(str(s) for s in self.speakers)
        return f"\u201c{self.text}\u201d \u2014 {names}"

    def attributed(self, style: str = "news", citation_style: str = "apa") -> str:
        """Return the quote with its attribution in *style*.

        Args:
            style: ``"news"``, ``"academic"``, ``"markdown"`` or ``"html"``.
            citation_style: The citation style the academic style cites the source in.

        Raises:
            UnknownFormatError: for any other style.

        .. versionadded:: 0.1.0

        >>> import msc_sci
        >>> print(msc_sci.quotes("Kocsis")[0].attributed())  # doctest: +ELLIPSIS
        “Similar results ... clinically useful,” said Jeffery D. Kocsis, professor of \
neurology and neuroscience at Yale University.
        """
        if not _ATTRIBUTION:
            raise RuntimeError("quotes are printed by msc_sci._quotes, which is not imported")
        return _ATTRIBUTION[0](self, style, citation_style)


#: How a quote is printed with its attribution. Records import no feature: the quotes
#: feature (:mod:`msc_sci._quotes`) installs its printer when it is imported, and every
#: way to a quote through ``msc_sci`` imports it first.
_ATTRIBUTION: list[Callable[[Quote, str, str], str]] = []


def install_attribution(printer: Callable[[Quote, str, str], str]) -> None:
    """Make *printer* print :meth:`Quote.attributed` (``quote, style, citation_style``)."""
    _ATTRIBUTION[:] = [printer]
