"""DOI, ISSN and ORCID checks."""

from __future__ import annotations

import pytest

from msc_sci import RecordError
from msc_sci._records.identifiers import check_doi, check_issn, check_issns, check_orcid


@pytest.mark.parametrize(
    "given",
    [
        "10.1016/j.clineuro.2021.106565",
        "https://doi.org/10.1016/j.clineuro.2021.106565",
        "doi:10.1016/j.clineuro.2021.106565",
        " DOI:10.1016/j.clineuro.2021.106565 ",
    ],
)
def test_doi_forms_normalise_to_the_bare_doi(given: str) -> None:
    """Resolver URLs and ``doi:`` prefixes are stripped."""
    assert "10.1016/j.clineuro.2021.106565" == check_doi(given)


@pytest.mark.parametrize("bad", ["", "10.1/x", "11.1016/abc", "10.1016", "10.1016/ has space"])
def test_malformed_doi_is_rejected(bad: str) -> None:
    """A string that is not a DOI raises RecordError."""
    with pytest.raises(RecordError, match="not a DOI"):
        check_doi(bad)


def test_issn_with_valid_check_digit() -> None:
    """The journal's ISSN passes, with or without its hyphen."""
    assert "0303-8467" == check_issn("03038467")


def test_issn_with_x_check_digit() -> None:
    """An ISSN whose check digit is X is accepted."""
    assert "2434-561X" == check_issn("2434-561x")


def test_issn_with_wrong_check_digit_names_the_expected_digit() -> None:
    """A wrong check digit is caught, and the message says which digit was expected."""
    with pytest.raises(RecordError, match=r"expected 7"):
        check_issn("0303-8468")


def test_several_issns_are_checked_each() -> None:
    """Print and electronic ISSNs are checked one by one."""
    with pytest.raises(RecordError):
        check_issns("0303-8467, 1872-6969")


def test_orcid_checksum() -> None:
    """The ORCID documentation's example iD passes; a changed digit fails."""
    assert "0000-0002-1825-0097" == check_orcid("https://orcid.org/0000-0002-1825-0097")
    with pytest.raises(RecordError, match="check digit"):
        check_orcid("0000-0002-1825-0098")


def test_orcid_with_wrong_length() -> None:
    """Too few digits is not an ORCID iD."""
    with pytest.raises(RecordError, match="16 digits"):
        check_orcid("0000-01")
