"""What the checker reports: a finding, where it is, and the record it goes against."""

from __future__ import annotations

from dataclasses import dataclass

from msc_sci._public import public
from msc_sci._records import Claim, Quote

__all__ = ["Finding"]


@public
@dataclass(frozen=True, slots=True, kw_only=True)
class Finding:
    """Something a text says that the sourced record does not support.

    Attributes:
        kind: What is wrong, e.g. ``"harms"``: one of the checker's own kinds
            (``role``, ``journal``, ``count``, ``misquote``, ``missing-caveat``) or the
            kind of a pattern in the study's ``checker.toml``.
        span: ``(start, end)`` of the offending words in the checked text.
        message: What is wrong and what the record says.
        claim: The supported claim the text goes against, with its sources
            (``None`` for a misquote, which goes against :attr:`quote`).
        quote: For a misquote, the quote as first printed.
    """

    kind: str
    span: tuple[int, int]
    message: str
    claim: Claim | None = None
    quote: Quote | None = None

    @property
    def sources(self) -> tuple[str, ...]:
        """The ids of the sources of the record the finding rests on."""
        if self.claim is not None:
            return self.claim.sources
        if self.quote is not None:
            return (self.quote.source.id,)
        return ()

    def to_dict(self, text: str) -> dict[str, object]:
        """Return the finding as JSON-ready data, with the words it points at in *text*."""
        return {
            "kind": self.kind,
            "span": list(self.span),
            "text": text[self.span[0] : self.span[1]],
            "message": self.message,
            "claim": self.claim.id if self.claim else None,
            "quote": self.quote.id if self.quote else None,
            "sources": list(self.sources),
        }
