"""Look up the bundled people, sources and claims."""

from __future__ import annotations

from msc_sci._load import _bundled
from msc_sci._records import Claim, Person, Source

__all__ = ["claims", "people", "sources"]


def people() -> tuple[Person, ...]:
    """Return the people the sources name: the first author, key investigators, senior authors.

    >>> [p.id for p in people()]
    ['honmou', 'sasaki', 'waxman', 'kocsis']
    """
    return _bundled().people


def sources() -> tuple[Source, ...]:
    """Return the documents the package's facts come from, best first.

    >>> [s.code for s in sources()]
    ['PUB', 'S004', 'S000']
    """
    return _bundled().sources


def claims(topic: str | None = None) -> tuple[Claim, ...]:
    """Return the claims the sources make about the study, optionally on one *topic*.

    >>> [c.id for c in claims("harms")]
    ['harms-none-substantial', 'harms-none-at-all']
    """
    found = _bundled().claims
    return found if topic is None else tuple(c for c in found if c.topic == topic)
