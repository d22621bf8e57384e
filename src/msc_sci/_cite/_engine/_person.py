"""A person's (or an institution's) name, with the flags citeproc-py's names lack."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from citeproc.source import Name

__all__ = ["PersonName", "flags"]


class PersonName(Name):
    """citeproc-py's name (its parts a dict), with how it prints as attributes.

    Attributes:
        comma_suffix: The suffix follows a comma (``Smith, Jr.``), as CSL-JSON's
            ``comma-suffix`` or ``given: "John,! Jr."`` ask.
        spaced_particle: The particle keeps its space after an apostrophe
            (``de' Frinkle``).
        printed: A literal holding the name already printed, affixes and all (not an
            institution).

    >>> PersonName({"family": "Smith", "suffix": "Jr."}, comma_suffix=True).comma_suffix
    True
    """

    __slots__ = ("comma_suffix", "printed", "spaced_particle")

    def __init__(
        self,
        parts: Mapping[str, Any],
        *,
        comma_suffix: bool = False,
        spaced_particle: bool = False,
        printed: bool = False,
    ) -> None:
        super().__init__(**parts)
        # citeproc-py's names keep attributes as dict keys; these are not name parts.
        object.__setattr__(self, "comma_suffix", comma_suffix)
        object.__setattr__(self, "spaced_particle", spaced_particle)
        object.__setattr__(self, "printed", printed)


def flags(name: Any) -> dict[str, bool]:
    """Return the flags of *name* (all false for a name of citeproc-py's own)."""
    return {
        "comma_suffix": bool(getattr(name, "comma_suffix", False)),
        "spaced_particle": bool(getattr(name, "spaced_particle", False)),
        "printed": bool(getattr(name, "printed", False)),
    }
