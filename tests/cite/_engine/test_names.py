"""Names: initials, ``initialize="false"``, suffixes, implicit ``cs:name``."""

from __future__ import annotations

import pytest

from msc_sci import Style, cite
from msc_sci.cite._engine._names import initials

MIN_JUN = {
    "id": "m",
    "type": "book",
    "title": "T",
    "author": [{"family": "Kim", "given": "Min-jun"}, {"family": "Doe", "given": "Jean-Paul"}],
    "issued": {"date-parts": [[2020]]},
}


@pytest.mark.parametrize(
    ("given", "mark", "hyphen", "expected"),
    [
        ("Osamu", ". ", True, "O."),
        ("Yoichi M.", ". ", True, "Y. M."),
        ("Yoichi M.", "", True, "YM"),
        ("Jean-Paul", ".", True, "J.-P."),
        ("Min-jun", ". ", True, "M."),
        ("Min-jun", "", False, "M jun"),
        ("Ana de", ". ", True, "A. de"),
    ],
)
def test_initials(given: str, mark: str, hyphen: bool, expected: str) -> None:
    """Initials are those citeproc-js prints."""
    assert expected == initials(given, mark, hyphen=hyphen)


def test_hyphenated_given_name_with_lowercase_part() -> None:
    """``Min-jun`` is ``M.`` in APA, not ``M.-. jun .``."""
    assert Style("apa").bibliography([MIN_JUN])[0].startswith("Kim, M., & Doe, J.-P. (2020).")


def test_initialize_false_keeps_given_names() -> None:
    """Chicago prints full given names (``initialize="false"``)."""
    assert cite("chicago-author-date").startswith("Honmou, Osamu, Toshihiko Yamashita,")


def test_suffix_loses_its_stop_with_bare_initials() -> None:
    """With initials without stops, ``Jr.`` is ``Jr``, as in citeproc-js."""
    record = {**MIN_JUN, "author": [{"family": "Smith", "given": "John", "suffix": "Jr."}] * 2}
    assert "Smith J Jr, Smith J Jr." in Style("vancouver").bibliography([record])[0]


def test_cjk_et_al_has_no_space() -> None:
    """A CJK "et al." term follows the name directly."""
    assert "(Honmouほか, 2021年)" == Style("apa", locale="ja-JP").citation([cite_record()])


def cite_record() -> dict[str, object]:
    """The study as CSL-JSON."""
    from msc_sci import study

    return study().to_csl_json()
