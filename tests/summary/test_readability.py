"""Readability figures: words, sentences, syllables and grade, computed offline."""

from __future__ import annotations

import socket
import subprocess
import sys

import pytest

from msc_sci.summary._readability import count_syllables, measure, split_sentences, words


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("cells", 1),
        ("bone", 1),
        ("people", 2),
        ("walking", 2),
        ("improved", 2),
        ("marrow", 2),
        ("injury", 3),
        ("serious", 3),
        ("placebo", 3),
        ("university", 5),
        ("13", 2),
        ("bone-marrow", 3),
    ],
)
def test_count_syllables(word: str, expected: int) -> None:
    """Common words get the syllables a dictionary gives them."""
    assert expected == count_syllables(word)


def test_words_leave_out_links() -> None:
    """Links are not counted as words."""
    expected = ["See", "the", "paper"]
    assert expected == words("See the paper https://doi.org/10.1/x.")


def test_split_sentences_at_end_marks() -> None:
    """Sentences end at ., ! or ? before a capital or digit."""
    expected = ["It is small.", "13 took part.", "Did it work?"]
    assert expected == split_sentences("It is small. 13 took part. Did it work?")


def test_measure_gives_the_flesch_kincaid_grade() -> None:
    """The grade is 0.39 words/sentence + 11.8 syllables/word - 15.59."""
    result = measure("The cat sat. The dog ran far.")
    expected = round(0.39 * 7 / 2 + 11.8 * 7 / 7 - 15.59, 1)
    assert (7, 2, 7, expected, 3.5, 4) == (
        result.words,
        result.sentences,
        result.syllables,
        result.grade,
        result.mean_sentence_length,
        result.longest_sentence,
    )


def test_measure_of_empty_text_is_zero() -> None:
    """Empty text has no words and grade 0."""
    expected = (0, 0, 0.0)
    assert expected == (measure("").words, measure("").sentences, measure("").grade)


def test_measure_works_with_the_network_blocked(monkeypatch: pytest.MonkeyPatch) -> None:
    """No socket is opened: readability and summaries work offline."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("network blocked in this test")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    import msc_sci

    summary = msc_sci.summarize("public", length="standard")
    assert summary.readability == measure(summary.prose)


def test_readability_loads_no_third_party_module() -> None:
    """Computing readability imports nothing outside the standard library and msc_sci."""
    code = (
        "import sys; import msc_sci.summary._readability as r; r.measure('A b. C d.');"
        "mods = {m.split('.')[0] for m in sys.modules};"
        "std = set(sys.stdlib_module_names) | {'msc_sci', '__main__', 'builtins'};"
        "print(sorted(m for m in mods - std if not m.startswith('_')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    expected = "[]"
    assert expected == out.stdout.strip()
