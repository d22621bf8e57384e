"""check(): the seeds' known errors are found, and any text is checked without error."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

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


@given(st.lists(coverage_texts, max_size=4), st.booleans())
def test_any_json_of_texts_is_checked_as_those_texts(texts: list[str], ascii: bool) -> None:
    """A JSON array of texts gives the findings of the texts as paragraphs, spans in the JSON."""
    document = json.dumps(texts, ensure_ascii=ascii)
    found = msc_sci.check(document)
    expected = [(f.kind, f.message) for f in msc_sci.check("\n\n".join(t for t in texts if t))]
    assert expected == [(f.kind, f.message) for f in found]
    assert all(0 <= f.span[0] < f.span[1] <= len(document) for f in found)


def test_check_rejects_bytes() -> None:
    """check() needs text; bytes are a TypeError."""
    import pytest

    with pytest.raises(TypeError, match="needs a str"):
        msc_sci.check(b"no side effects")  # type: ignore[arg-type]


def _words(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.span[0] : f.span[1]]) for f in msc_sci.check(text)]


def test_a_json_summary_is_checked_as_its_sentences() -> None:
    """A planted overclaim in a JSON summary is found, and its span points at it in the JSON."""
    data = json.loads(msc_sci.summarize("journalist", length="short", format="json").render())
    sentences = data["sections"][0]["sentences"]
    sentences.insert(1, {"text": 'In the caf\u00e9, the "stem cells" repaired the spinal cord.'})
    for ascii in (False, True):
        document = json.dumps(data, indent=2, ensure_ascii=ascii)
        prose = "\n\n".join(s["text"] for s in sentences)
        assert _words(prose) == [
            (kind, json.loads(f'"{words}"')) for kind, words in _words(document)
        ]
        assert [("overclaim", "repaired")] == [
            (kind, words) for kind, words in _words(document) if kind != "missing-caveat"
        ]


def test_text_that_only_looks_like_json_is_checked_as_text() -> None:
    """Text opening with a bracket but not JSON is checked as it is, quotes and all."""
    text = '[Update] Readers called it "the blinded trial of the year". It was a blinded trial.'
    expected = [("design", "blinded")]
    assert expected == _words(text)
