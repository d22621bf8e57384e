"""The result of formatting a bibliography: entries, plus what was missing on the way."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["Bibliography"]


class Bibliography(list[str]):
    """Formatted bibliography entries, in the style's order, with any warnings.

    It is a ``list`` of strings, so it can be used wherever a list of entries is expected.

    Attributes:
        warnings: What the formatter had to leave out or guess, e.g.
            ``"honmou2021: missing field 'pages' (required by plain)"``; empty when all
            went well.

    >>> entries = Bibliography(["A.", "B."], warnings=["x: missing field 'year'"])
    >>> list(entries), entries.warnings
    (['A.', 'B.'], ("x: missing field 'year'",))
    """

    warnings: tuple[str, ...]

    def __init__(self, entries: Iterable[str] = (), *, warnings: Iterable[str] = ()) -> None:
        super().__init__(entries)
        self.warnings = tuple(warnings)

    def __repr__(self) -> str:
        return f"Bibliography({list(self)!r}, warnings={self.warnings!r})"
