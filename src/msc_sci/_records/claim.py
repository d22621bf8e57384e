"""Claims about the study, what states them, and how they stand against the record."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from msc_sci._errors import RecordError
from msc_sci._public import public
from msc_sci._records.provenance import Provenance

__all__ = ["Assessment", "Claim"]


@public
class Assessment(StrEnum):
    """How a claim stands against the best source."""

    SUPPORTED = "supported"
    """Stated by the best source available for it."""
    UNCONFIRMED = "unconfirmed"
    """Stated only by a weaker source; the best source neither confirms nor denies it."""
    OVERSTATED = "overstated"
    """Says more than the best source does (e.g. "no side effects")."""
    CONTRADICTED = "contradicted"
    """Says the opposite of the best source."""
    WRONG = "wrong"
    """A plain factual error (a wrong name, role or journal)."""


@public
@dataclass(frozen=True, slots=True, kw_only=True)
class Claim:
    """One statement about the study, with the sources that make it.

    Attributes:
        id: Registry id, e.g. ``"harms-none-substantial"``.
        topic: What the claim is about, e.g. ``"harms"``, ``"patients"``, ``"route"``.
        statement: The claim in our own words.
        provenance: The sources that make it, with verbatim excerpts.
        assessment: How the claim stands against the best source.
        corrects: For a claim that is not supported, the id of the supported claim it
            conflicts with.
        note: Why it was assessed so.
    """

    id: str
    topic: str
    statement: str
    provenance: tuple[Provenance, ...]
    assessment: Assessment = Assessment.SUPPORTED
    corrects: str | None = None
    note: str | None = None

    def __post_init__(self) -> None:
        if not self.provenance:
            raise RecordError("a claim needs at least one source", field="provenance")
        if self.assessment is not Assessment.SUPPORTED and self.corrects is None:
            raise RecordError(
                "a claim that is not supported must name the claim it conflicts with",
                field="corrects",
            )

    @property
    def sources(self) -> tuple[str, ...]:
        """The ids of the sources that make the claim, in order, without repeats."""
        return tuple(dict.fromkeys(p.source for p in self.provenance))

    @property
    def supported(self) -> bool:
        """Whether the best source supports the claim."""
        return self.assessment is Assessment.SUPPORTED
