"""The one sentence splitter: abbreviations, initials, numbers, quotes and paragraphs."""

from __future__ import annotations

import math
import re

import pytest

from msc_sci._sentences import SENTENCE_END, sentence_spans, sentences
from tests import _needs as needs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dr. Ruiz and Mrs. Lind met Prof. Kato. They talked.",
            ["Dr. Ruiz and Mrs. Lind met Prof. Kato.", "They talked."],
        ),
        (
            "Honmou et al. treated 13 patients. The series was small.",
            ["Honmou et al. treated 13 patients.", "The series was small."],
        ),
        (
            "Some functions, e.g. walking, and i.e. hand use improved. Others did not.",
            ["Some functions, e.g. walking, and i.e. hand use improved.", "Others did not."],
        ),
        (
            "Stephen G. Waxman and Jeffery D. Kocsis were senior authors. Both work at Yale.",
            ["Stephen G. Waxman and Jeffery D. Kocsis were senior authors.", "Both work at Yale."],
        ),
        (
            "Teams in the U.S. and Japan took part. It was reported Feb. 18 online.",
            ["Teams in the U.S. and Japan took part.", "It was reported Feb. 18 online."],
        ),
    ],
)
def test_abbreviations_and_initials_end_no_sentence(text: str, expected: list[str]) -> None:
    """A full stop after a title, "et al.", "e.g.", an initial or a month is no boundary."""
    assert expected == sentences(text)


def test_numbers() -> None:
    """A decimal point is no boundary; a sentence may start with a number or a symbol."""
    expected = ["Scores rose 3.5 points.", ">50% walked better.", "13 took part."]
    assert expected == sentences("Scores rose 3.5 points. >50% walked better. 13 took part.")


def test_quotes_closing_after_the_full_stop_stay_with_their_sentence() -> None:
    """Closing quotation marks and brackets after the end mark belong to the sentence."""
    text = '\u201cIt may help.\u201d She said it twice. (It was late.) "Why?" he asked.'
    expected = [
        "\u201cIt may help.\u201d",
        "She said it twice.",
        "(It was late.)",
        '"Why?" he asked.',
    ]
    assert expected == sentences(text)


def test_paragraph_breaks_headings_and_list_items_end_sentences() -> None:
    """A blank line, a heading and a list item each start a new sentence; a wrapped line does
    not."""
    text = "# Title\nA line that\nwraps on. Done\n\nNew paragraph\n- item one\n- item two"
    expected = [
        "# Title",
        "A line that\nwraps on.",
        "Done",
        "New paragraph",
        "- item one",
        "- item two",
    ]
    assert expected == sentences(text)


def test_html_blocks_end_sentences() -> None:
    """``</p>``, ``</li>`` and ``<br>`` end a sentence, as a blank line does."""
    text = "<p>It could take years.</p>\n<p>Honmou, O. (2021)</p><ul><li>One</li><li>two</li>"
    expected = ["<p>It could take years.", "<p>Honmou, O. (2021)", "<ul><li>One", "<li>two"]
    assert expected == sentences(text)


def test_spans_index_the_text_without_surrounding_space() -> None:
    """Each span is the sentence's words in the input, leading and trailing space left out."""
    text = "  One.   Two!  "
    assert [(2, 6), (9, 13)] == sentence_spans(text)


def test_sentence_end_builds_patterns() -> None:
    """SENTENCE_END, the same rule as a regular expression fragment, finds the same ends."""
    text = "Dr. Ruiz met Stephen G. Waxman. It worked! Did it?"
    ends = [m.end() for m in re.finditer(SENTENCE_END, text)]
    assert [end for _, end in sentence_spans(text)] == ends


def test_summary_readability_agrees_with_textstat() -> None:
    """Each summary's grade, from this splitter, is within half a grade of textstat's.

    Both count syllables with textstat's counter here, and both round the two averages to
    one decimal (half up) as textstat does: the comparison is of sentences and words.
    Initials are taken out first, as textstat ends a sentence at every full stop.
    """
    # The test extra pins textstat 0.7.3: later versions download a dictionary first.
    textstat = pytest.importorskip("textstat", reason=needs.python("textstat"))
    import msc_sci
    from msc_sci._load import load
    from msc_sci._load_summaries import LENGTHS
    from msc_sci.summary._readability import measure

    spec = load().summaries
    assert spec is not None
    for audience in spec.audiences:
        for length in LENGTHS:
            summary = msc_sci.summarize(audience, length=length)
            prose = " ".join(s.text for sec in summary.sections if sec.prose for s in sec.sentences)
            prose = re.sub(r"\b[A-Z]\. ", "", prose)
            ours = measure(prose)
            syllables = textstat.syllable_count(prose)
            per_sentence = math.floor(ours.words / ours.sentences * 10 + 0.5) / 10
            per_word = math.floor(syllables / ours.words * 10 + 0.5) / 10
            grade = 0.39 * per_sentence + 11.8 * per_word - 15.59
            theirs = textstat.flesch_kincaid_grade(prose)
            assert abs(grade - theirs) <= 0.5, (audience, length, grade, theirs)
