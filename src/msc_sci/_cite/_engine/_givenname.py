"""How far a name's given name must be expanded to tell it from the names beside it.

``givenname-disambiguation-rule`` says which names may be expanded (all, or only the
first of each list) and how far (initials only, or whole given names).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

__all__ = ["Rule", "expands_everywhere", "family_key", "level_needed"]

_WORD = re.compile(r"[^\s.\-]+")


@dataclass(frozen=True, slots=True)
class Rule:
    """A ``givenname-disambiguation-rule``: which names it expands, and how far."""

    name: str

    @property
    def primary_only(self) -> bool:
        """Whether only the first name of each list is expanded.

        >>> Rule("primary-name").primary_only
        True
        """
        return self.name.startswith("primary-name")

    @property
    def most(self) -> int:
        """The furthest expansion: 1 for initials, 2 for whole given names.

        >>> Rule("all-names-with-initials").most
        1
        """
        return 1 if self.name.endswith("-with-initials") else 2

    @property
    def by_cite(self) -> bool:
        """Whether names are expanded only in ambiguous cites (``by-cite``, the default).

        >>> Rule("by-cite").by_cite
        True
        """
        return self.name not in (
            "all-names",
            "all-names-with-initials",
            "primary-name",
            "primary-name-with-initials",
        )


def _given(name: Any) -> str:
    """Return the given name with spacing and full stops normalised (``J.J.`` is ``J J``)."""
    return " ".join(_WORD.findall(str(name.get("given") or "")))


def _initials(given: str) -> str:
    return "".join(word[0] for word in _WORD.findall(given))


def _family(name: Any) -> tuple[str, str]:
    return (str(name.get("non-dropping-particle") or ""), str(name.get("family") or ""))


def level_needed(name: Any, others: Iterable[Any], most: int) -> int:
    """Return how far *name*'s given name must grow to differ from *others* (0 to *most*).

    A name is only ever confused with one of the same family name and another given name:
    initials (1) tell them apart when their initials differ, whole given names (2) else.
    With *most* 1, a name whose initials are shared by every rival stays as it is.

    >>> from citeproc.source import Name
    >>> smiths = [Name(family="Smith", given=g) for g in ("Cecil", "Charles", "Bob")]
    >>> [level_needed(smiths[0], smiths[1:], most) for most in (2, 1)]
    [2, 1]
    >>> level_needed(smiths[0], smiths[1:2], 1)
    0
    """
    given = _given(name)
    if "literal" in name or not given:
        return 0
    family = _family(name)
    rivals = [
        _given(other)
        for other in others
        if "literal" not in other and _family(other) == family and _given(other) != given
    ]
    if not rivals:
        return 0
    mine = _initials(given)
    alike = sum(1 for rival in rivals if _initials(rival) == mine)
    if not alike:
        return 1
    if most >= 2:
        return 2
    return 1 if alike < len(rivals) else 0


def family_key(name: Any) -> tuple[str, str]:
    """Return what a name is compared by before its given name: particle and family.

    >>> from citeproc.source import Name
    >>> family_key(Name(family="Gogh", given="Vincent", **{"non-dropping-particle": "van"}))
    ('van', 'Gogh')
    """
    return _family(name)


def expands_everywhere(root: Any) -> bool:
    """Return whether the style *root* expands given names in every cite, not by cite.

    Such expansions hold for the whole document, and sort keys show them (citeproc-js);
    ``by-cite`` expansions do not.
    """
    citation = root.citation
    return (
        citation is not None
        and citation.get("disambiguate-add-givenname") == "true"
        and not Rule(citation.get("givenname-disambiguation-rule", "by-cite")).by_cite
    )
