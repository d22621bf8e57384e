"""Where a fact comes from."""

from __future__ import annotations

from dataclasses import dataclass

from msc_sci._errors import RecordError
from msc_sci._public import public

__all__ = ["Provenance"]


@public
@dataclass(frozen=True, slots=True, kw_only=True)
class Provenance:
    """A pointer from a fact to the source that states it.

    Attributes:
        source: The id of the :class:`~msc_sci.Source` that states the fact.
        excerpt: A short verbatim excerpt of the source that states it.
        locator: Where in the source, when an excerpt does not say it (e.g. ``"title"``).

    >>> Provenance(source="yale2021release", excerpt="report Feb. 18").source
    'yale2021release'
    """

    source: str
    excerpt: str | None = None
    locator: str | None = None

    def __post_init__(self) -> None:
        if not self.source.strip():
            raise RecordError("must not be empty", field="source", value=self.source)
        if self.excerpt is None and self.locator is None:
            raise RecordError("needs an excerpt or a locator", field="excerpt")
