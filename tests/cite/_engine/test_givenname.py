"""How far given names are expanded, under each ``givenname-disambiguation-rule``."""

from __future__ import annotations

import pytest
from citeproc.source import Name

from msc_sci._cite._engine._givenname import Rule, family_key, level_needed


def _names(spec: str) -> list[Name]:
    """Return names from ``"Family Given, ..."`` (a lone word is a literal name)."""
    found = []
    for person in filter(None, spec.split(", ")):
        parts = person.split(" ")
        found.append(
            Name(literal=parts[0])
            if len(parts) == 1
            else Name(**dict(zip(("family", "given"), parts, strict=True)))
        )
    return found


@pytest.mark.parametrize(
    ("others", "most", "expected"),
    [
        ("", 2, 0),
        ("Jones Bob", 2, 0),
        ("Smith Cecil", 2, 0),
        ("Smith Bob", 2, 1),
        ("Smith Charles", 2, 2),
        ("Smith Charles", 1, 0),
        ("Smith Charles, Smith Bob", 1, 1),
        ("Smith", 2, 0),
    ],
)
def test_level_needed(others: str, most: int, expected: int) -> None:
    """Initials when they differ, whole names when not (if the rule allows), else nothing."""
    assert expected == level_needed(_names("Smith Cecil")[0], _names(others), most)


def test_spacing_of_initials_is_not_a_difference() -> None:
    """``J. J.`` and ``J.J.`` are the same given name."""
    assert 0 == level_needed(
        Name(family="Doe", given="J. J."), [Name(family="Doe", given="J.J.")], 2
    )


def test_particles_are_part_of_the_family_name() -> None:
    """``van Gogh`` and ``Gogh`` are different family names."""
    assert ("van", "Gogh") == family_key(
        Name(family="Gogh", given="V", **{"non-dropping-particle": "van"})
    )


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("by-cite", (True, False, 2)),
        ("all-names", (False, False, 2)),
        ("all-names-with-initials", (False, False, 1)),
        ("primary-name", (False, True, 2)),
        ("primary-name-with-initials", (False, True, 1)),
    ],
)
def test_rules(name: str, expected: tuple[bool, bool, int]) -> None:
    """Each rule says whether it works by cite, on first names only, and how far."""
    rule = Rule(name)
    assert expected == (rule.by_cite, rule.primary_only, rule.most)
