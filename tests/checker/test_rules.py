"""Each rule finds its kind when the text makes the error, and not when it does not."""

from __future__ import annotations

import pytest

import msc_sci


def _kinds(text: str) -> list[str]:
    return [f.kind for f in msc_sci.check(text)]


# (kind, text that makes the error, the same ground said correctly or negated)
CASES = [
    ("role", "Stephen Waxman, lead author of the study, said so.",
     "Stephen Waxman, a senior author of the study, said so."),
    ("role", "Osamu Honmou, the senior author, led the work.",
     "Osamu Honmou, the first author, led the work."),
    ("journal", "It appeared in the Journal of Clinical Neurology and Neurosurgery.",
     "It appeared in Clinical Neurology and Neurosurgery."),
    ("journal", "The study was published in Nature Medicine.",
     "The study was published in Clinical Neurology and Neurosurgery."),
    ("design", "It was a blinded trial.", "The trial was not blinded."),
    ("design", "This placebo-controlled study was small.", "There was no placebo."),
    ("design", "A randomised controlled trial tested it.", "It was not randomised."),
    ("design", "Patients were compared with a control group.",
     "There was no control group; larger controlled studies are needed."),
    ("count", "The study treated 12 patients.", "The study treated 13 patients."),
    ("count", "A dozen patients were treated.", "Thirteen patients were treated."),
    ("cell-source", "They used embryonic stem cells.",
     "They used the patients' own bone-marrow stem cells, not embryonic stem cells."),
    ("cell-source", "The cells came from healthy donors.",
     "The cells came from each patient's own bone marrow."),
    ("route", "The cells were injected into the spinal cord.",
     "The cells were injected into a vein, not injected into the spinal cord."),
    ("route", "They were given intrathecally.", "They were given intravenously."),
    ("injury-type", "All had non-traumatic spinal cord injuries.",
     "All had non-penetrating spinal cord injuries."),
    ("injury-type", "Most had gunshot wounds.", "Most were hurt in falls."),
    ("harms", "There were no side effects.", "No serious side effects were reported."),
    ("harms", "The treatment is completely safe.", "No substantial side effects were reported."),
    ("overclaim", "Stem cells cure spinal cord injury, a preliminary study says.",
     "Stem cells do not cure spinal cord injury, a preliminary study says."),
    ("overclaim", "Scientists repair injured spinal cord in an unblinded study.",
     "Patients walked better in an unblinded study."),
    ("overclaim", "A breakthrough for paralysis, says a small study.",
     "A small study of paralysis, without a control group."),
    ("product", "Stemirac, the team behind this new study, said so.",
     "Stemirac is the product name of the cell therapy."),
    ("misquote",
     "\u201cThe idea that it is possible to restore motor function after a brain and spinal "
     "cord injury using the patient\u2019s own stem cells has fascinated us for years,\u201d "
     "Waxman said.",
     "\u201cThe idea that we may be able to restore function after injury to the brain and "
     "spinal cord using the patient's own stem cells has intrigued us for years,\u201d "
     "Waxman said."),
    ("missing-caveat", "Stem cells helped 13 patients with spinal cord injury improve.",
     "Stem cells helped 13 patients with spinal cord injury improve, but there was no "
     "placebo."),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "wrong", "right"), CASES)
def test_kind_found_when_present(kind: str, wrong: str, right: str) -> None:
    """The kind is reported for the text that makes the error."""
    assert kind in _kinds(wrong)


@pytest.mark.parametrize(("kind", "wrong", "right"), CASES)
def test_kind_not_found_when_absent(kind: str, wrong: str, right: str) -> None:
    """The kind is not reported where the text is right, or negates the error."""
    assert kind not in _kinds(right)


NEGATED = [
    "Waxman was not the lead author; Honmou was.",
    "The trial was neither blinded nor placebo-controlled.",
    "It was not a randomised controlled trial.",
    "The cells did not come from donors.",
    "The cells were not injected into the spinal cord.",
    "This is not a cure, and the study was preliminary.",
    "Future placebo-controlled trials are needed.",
]


@pytest.mark.parametrize("text", NEGATED)
def test_negated_or_future_wording_is_not_reported(text: str) -> None:
    """Negations and statements about other, future studies are not findings."""
    expected: list[str] = []
    assert expected == _kinds(text)


def test_every_kind_has_a_case() -> None:
    """Each kind the checker knows is tested both ways above."""
    from msc_sci.checker import KINDS

    expected = set(KINDS)
    assert expected == {kind for kind, _, _ in CASES}


def test_finding_points_at_the_words_and_the_claim() -> None:
    """A finding's span covers the offending words; its claim carries its sources."""
    text = "There were no side effects."
    (finding,) = msc_sci.check(text)
    expected = ("no side effects", "harms-none-substantial", ("yale2021release",))
    assert expected == (text[slice(*finding.span)], finding.claim.id, finding.sources)  # type: ignore[union-attr]


def test_misquote_points_at_the_original_quote() -> None:
    """A misquote names the quote as first printed, and how the words changed."""
    text = (
        "\u201cThe idea that it is possible to restore motor function after a brain and spinal "
        "cord injury using the patient\u2019s own stem cells has fascinated us for years.\u201d"
    )
    (finding,) = [f for f in msc_sci.check(text) if f.kind == "misquote"]
    expected = ("waxman-restore", True)
    assert expected == (finding.quote.id, "hedge dropped" in finding.message)  # type: ignore[union-attr]


def test_quoted_words_are_not_overclaims() -> None:
    """Words inside a faithful quotation are the speaker's, not the text's claims."""
    text = (
        '"The idea that we may be able to restore function after injury to the brain and '
        "spinal cord using the patient's own stem cells has intrigued us for years,\" Waxman "
        "said of the preliminary study."
    )
    expected: list[str] = []
    assert expected == _kinds(text)


def test_roles_in_one_long_sentence_go_to_the_nearest_name() -> None:
    """In a sentence naming many people, each role phrase is read for the name nearest it."""
    import msc_sci

    text = "Sasaki, lead author, " * 50 + "Waxman, senior author, " * 50 + "Honmou, lead author"
    kinds = {(f.kind, text[f.span[0] : f.span[1]]) for f in msc_sci.check(text)}
    assert {("role", "lead author")} == kinds
