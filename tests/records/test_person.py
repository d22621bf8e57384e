"""People: names, display, CSL-JSON."""

from __future__ import annotations

import pytest

from msc_sci import Person, RecordError, Role


def test_display_name_uses_given_then_family() -> None:
    """``str()`` is the name as a reader would write it."""
    assert "Jeffery D. Kocsis" == str(Person(family="Kocsis", given="Jeffery D."))


def test_display_name_with_particle_and_suffix() -> None:
    """Particles go before the family name, the suffix after."""
    person = Person(
        family="Beethoven",
        given="Ludwig",
        non_dropping_particle="van",
        suffix="Jr.",
        comma_suffix=True,
    )
    assert "Ludwig van Beethoven, Jr." == str(person)


def test_organisation_is_a_literal_name() -> None:
    """An organisation is named by a literal."""
    person = Person(literal="Yale University")
    assert ("Yale University", True) == (str(person), person.is_organization)


def test_a_name_is_required() -> None:
    """A person with no name part at all is rejected."""
    with pytest.raises(RecordError, match="needs a family name"):
        Person()


def test_empty_name_part_is_rejected() -> None:
    """An empty family name is an error, not a silent blank."""
    with pytest.raises(RecordError) as info:
        Person(family="  ")
    assert "family" == info.value.field


def test_orcid_must_be_canonical() -> None:
    """An ORCID iD given as a URL must be stored bare."""
    with pytest.raises(RecordError, match="write it as '0000-0002-1825-0097'"):
        Person(family="X", orcid="https://orcid.org/0000-0002-1825-0097")


def test_roles() -> None:
    """``has_role`` accepts the enum or its value."""
    person = Person(family="Waxman", roles=(Role.AUTHOR, Role.SENIOR_AUTHOR))
    assert (True, False) == (person.has_role("senior-author"), person.has_role(Role.FIRST_AUTHOR))


def test_csl_json_unknown_key_suggests_the_right_one() -> None:
    """A misspelt name key is reported with the closest valid key."""
    with pytest.raises(RecordError, match="did you mean 'family'"):
        Person.from_csl_json({"famly": "Honmou"})


def test_csl_json_round_trip_keeps_flags() -> None:
    """CSL name flags survive a round trip."""
    data = {
        "family": "Doe",
        "given": "J.",
        "suffix": "Jr.",
        "comma-suffix": True,
        "parse-names": False,
    }
    assert data == Person.from_csl_json(data).to_csl_json()
