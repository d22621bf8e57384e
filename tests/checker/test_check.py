"""check(): the seeds' known errors are found, and any text is checked without error."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given

import msc_sci
from tests.strategies import coverage_texts

S000 = "seeds/000_655b9478474eebb7.txt"
S004 = "seeds/004_ad8a47b71054a40d.txt"


def _found(shared: Path, name: str) -> list[tuple[str, str, str | None]]:
    text = (shared / name).read_text(encoding="utf-8")
    return [
        (f.kind, text[f.span[0] : f.span[1]], f.claim.id if f.claim else f.quote and f.quote.id)
        for f in msc_sci.check(text)
    ]


def test_s000_errors_are_found(shared: Path) -> None:
    """The secondary article's errors listed in FACTS.md are all reported, and nothing else."""
    expected = [
        ("missing-caveat", "repaired", "design-unblinded"),
        ("overclaim", "repaired", "results-within-weeks"),
        ("count", "a dozen patients", "patients-13"),
        ("misquote", _WAXMAN_ALTERED, "waxman-restore"),
        ("role", "lead author", "role-waxman-senior"),
        ("harms", "No side effects", "harms-none-substantial"),
        ("product", "Stemirac, the team", "team-yale-sapporo"),
        ("injury-type", "non-traumatic", "injury-non-penetrating"),
        ("harms", "no adverse effects", "harms-none-substantial"),
    ]
    assert expected == _found(shared, S000)


_WAXMAN_ALTERED = (
    "\u201cThe idea that it is possible to restore motor function after a brain and spinal cord "
    "injury using the patient\u2019s own stem cells has fascinated us for years,\u201d"
)


def test_s004_errors_are_found(shared: Path) -> None:
    """The release's wrong journal name and its 'repair' headline (twice printed) are reported."""
    expected = [
        ("overclaim", "repair", "results-within-weeks"),
        ("journal", "Journal of Clinical Neurology and Neurosurgery", "journal-name"),
        ("overclaim", "repair", "results-within-weeks"),
    ]
    assert expected == _found(shared, S004)


@given(coverage_texts)
def test_any_text_is_checked_and_spans_index_it(text: str) -> None:
    """Arbitrary text never makes check() raise, and every span lies inside the input."""
    for finding in msc_sci.check(text):
        start, end = finding.span
        assert 0 <= start < end <= len(text)


def test_check_rejects_bytes() -> None:
    """check() needs text; bytes are a TypeError."""
    import pytest

    with pytest.raises(TypeError, match="needs a str"):
        msc_sci.check(b"no side effects")  # type: ignore[arg-type]
