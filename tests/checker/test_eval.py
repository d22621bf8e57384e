"""The labelled evaluation set: its labels are well-formed, and check() keeps its scores."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

import msc_sci
from tests.checker.evalset import (
    EXTRA_KINDS,
    PARAGRAPH_KINDS,
    EvalSetError,
    Label,
    Paragraph,
    Score,
    load,
    score,
)

ALL_KINDS = (*msc_sci.load_references().finding_kinds, *EXTRA_KINDS)

#: Precision and recall of check() per kind on the whole set when it was last pinned
#: (issue 17), rounded down: a change that scores lower on any kind fails. Each holdout
#: batch was scored once before any rule was changed for it (second: precision 1.00,
#: recall 0.40 on 10 findings; third: precision 0.86, recall 0.50 on 12), then its
#: misses were fixed by general wording, so the floor is 1.00 on text seen, not unseen.
FLOOR: dict[str, tuple[float, float]] = {
    "role": (1.00, 1.00),
    "journal": (1.00, 1.00),
    "design": (1.00, 1.00),
    "count": (1.00, 1.00),
    "cell-source": (1.00, 1.00),
    "route": (1.00, 1.00),
    "injury-type": (1.00, 1.00),
    "harms": (1.00, 1.00),
    "overclaim": (1.00, 1.00),
    "product": (1.00, 1.00),
    "misquote": (1.00, 1.00),
    "missing-caveat": (1.00, 1.00),
    "misattribution": (1.00, 1.00),
    "overall": (1.00, 1.00),
}


@pytest.fixture(scope="module")
def paragraphs() -> list[Paragraph]:
    """The evaluation set, loaded and checked."""
    return load()


@pytest.fixture(scope="module")
def scores(paragraphs: list[Paragraph]) -> dict[str, Score]:
    """check()'s scores on the set, per kind and overall."""
    return score(paragraphs, msc_sci.check, ALL_KINDS)


def test_set_is_large_enough(paragraphs: list[Paragraph]) -> None:
    """The set has at least 60 paragraphs."""
    assert len(paragraphs) >= 60


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_every_kind_has_four_differently_phrased_positives(
    paragraphs: list[Paragraph], kind: str
) -> None:
    """Each kind is labelled at least four times, in four different wordings or paragraphs."""
    wordings = {
        (p.id if label.kind in PARAGRAPH_KINDS else p.words(label.span).lower())
        for p in paragraphs
        for label in p.labels
        if label.kind == kind
    }
    assert len(wordings) >= 4


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_every_kind_has_four_hard_negatives(paragraphs: list[Paragraph], kind: str) -> None:
    """Each kind has at least four paragraphs whose wording looks like that error and is not."""
    assert sum(kind in p.negatives for p in paragraphs) >= 4


def test_every_kind_is_pinned() -> None:
    """The floor names every kind the set labels, and overall."""
    assert sorted([*ALL_KINDS, "overall"]) == sorted(FLOOR)


@pytest.mark.parametrize("kind", [*ALL_KINDS, "overall"])
def test_scores_stay_at_or_above_the_floor(scores: dict[str, Score], kind: str) -> None:
    """check()'s precision and recall per kind do not fall below the pinned floor."""
    precision, recall = FLOOR[kind]
    actual = scores[kind]
    assert (actual.precision >= precision, actual.recall >= recall) == (True, True), (
        f"{kind}: precision {actual.precision:.2f} (floor {precision}), "
        f"recall {actual.recall:.2f} (floor {recall}); "
        f"false: {actual.false_positives}; missed: {actual.misses}"
    )


# -- the loader and the scorer ---------------------------------------------------------------


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "eval.toml"
    path.write_text(body, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("", "no \\[\\[paragraphs\\]\\]"),
        (
            '[[paragraphs]]\nid = "a"\ntext = "Twelve patients."\n'
            'findings = [{ kind = "count", text = "Thirteen" }]',
            "a.findings\\[0\\].text: 'Thirteen' occurs 0 times",
        ),
        (
            '[[paragraphs]]\nid = "a"\ntext = "12 and 12 patients."\n'
            'findings = [{ kind = "count", text = "12" }]',
            "occurs 2 times",
        ),
        (
            '[[paragraphs]]\nid = "a"\ntext = "A dozen patients."\n'
            'findings = [{ kind = "tally", text = "dozen" }]',
            "a.findings\\[0\\].kind: 'tally' is not one of",
        ),
        (
            '[[paragraphs]]\nid = "a"\ntext = "A dozen patients."\nfindings = [{ kind = "count" }]',
            "a count finding needs the words",
        ),
        (
            '[[paragraphs]]\nid = "a"\ntext = "A dozen patients."\n'
            'findings = [{ kind = "count", text = "dozen" }]\nnegatives = ["count"]',
            "'count' is also a finding here",
        ),
        (
            '[[paragraphs]]\nid = "a"\ntext = "Not blinded."\n'
            'scopes = [{ text = "blinded", scope = "denied" }]',
            "a.scopes\\[0\\].scope: 'denied'",
        ),
        (
            '[[paragraphs]]\nid = "a"\ntext = "x."\n[[paragraphs]]\nid = "a"\ntext = "y."',
            "paragraphs\\[1\\].id: 'a' is missing or not unique",
        ),
    ],
)
def test_malformed_sets_are_rejected_with_the_place(
    tmp_path: Path, body: str, message: str
) -> None:
    """A label that points at no words, an unknown kind or scope, or a repeated id is an error."""
    with pytest.raises(EvalSetError, match=message):
        load(_write(tmp_path, body), kinds=ALL_KINDS)


@dataclass(frozen=True)
class _F:
    kind: str
    span: tuple[int, int]


def test_scoring_counts_hits_duplicates_false_findings_and_misses() -> None:
    """Overlap of its kind is a hit, a second a duplicate, others false; the unmatched missed."""
    text = "A dozen patients had no side effects."
    paragraph = Paragraph(
        "p", text, (Label("count", (0, 16)), Label("harms", (21, 36)), Label("design", None)), ()
    )
    findings = [_F("count", (2, 7)), _F("count", (8, 16)), _F("harms", (0, 7))]
    scores = score([paragraph], lambda _text: findings, ALL_KINDS)
    expected = {"count": (1, 0, 0, 1), "harms": (0, 1, 1, 0), "design": (0, 0, 1, 0)}
    actual = {k: (scores[k].tp, scores[k].fp, scores[k].fn, scores[k].duplicates) for k in expected}
    assert expected == actual
