"""Readability figures computed offline: words, sentences, syllables, Flesch-Kincaid grade.

The syllable counter is a rule-based one written here (vowel groups, with corrections
for silent endings), so it needs no dictionary download and no network.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from msc_sci._public import public
from msc_sci._sentences import sentences
from msc_sci.summary._numbers import in_words

__all__ = ["Readability", "count_syllables", "measure", "split_sentences", "words"]

_WORD = re.compile(r"[A-Za-z]+(?:['\u2019-][A-Za-z]+)*|\d+(?:[.,]\d+)*")
_URL = re.compile(r"https?://\S+|\b(?:www\.)?[\w-]+\.(?:org|com)/\S*")
_VOWELS = re.compile(r"[aeiouy]+")
#: Words the rules below count wrongly, with their syllables.
_EXCEPTIONS: dict[str, int] = {
    "area": 3,
    "being": 2,
    "business": 2,
    "create": 2,
    "every": 2,
    "idea": 3,
    "lion": 2,
    "people": 2,
    "real": 1,
    "science": 2,
    "scientist": 3,
    "scientists": 3,
    "serious": 3,
    "trial": 2,
    "trials": 2,
    "university": 5,
    "via": 2,
    "whether": 2,
    "injuries": 3,
    "series": 2,
    "placebo": 3,
    "mesenchymal": 4,
    "intravenous": 5,
    "intravenously": 6,
}


@public
@dataclass(frozen=True, slots=True, kw_only=True)
class Readability:
    """How easy a text is to read.

    Attributes:
        words: Number of words.
        sentences: Number of sentences.
        syllables: Number of syllables.
        grade: Flesch-Kincaid grade level.
        mean_sentence_length: Words per sentence.
        longest_sentence: Words in the longest sentence.
    """

    words: int
    sentences: int
    syllables: int
    grade: float
    mean_sentence_length: float
    longest_sentence: int


def words(text: str) -> list[str]:
    """Return the words of *text*, leaving out links.

    >>> words("Thirteen people took part (see https://doi.org/10.1/x).")
    ['Thirteen', 'people', 'took', 'part', 'see']
    """
    return _WORD.findall(_URL.sub(" ", text))


def split_sentences(text: str) -> list[str]:
    """Split *text* into its sentences that have words (see :mod:`msc_sci._sentences`).

    >>> split_sentences("It is small. It had 13 people! >50% walked. Why?")
    ['It is small.', 'It had 13 people!', '>50% walked.', 'Why?']
    """
    return [sentence for sentence in sentences(text) if words(sentence)]


def count_syllables(word: str) -> int:
    """Return the number of syllables in an English *word* (at least 1).

    >>> [count_syllables(w) for w in ("cells", "walking", "bone", "people", "improved")]
    [1, 2, 1, 2, 2]
    """
    lowered = word.lower().strip("'\u2019")
    if not lowered:
        return 0
    if lowered[0].isdigit():
        return sum(count_syllables(part) for part in _number_words(lowered))
    if "-" in lowered:
        return sum(count_syllables(part) for part in lowered.split("-") if part)
    if lowered in _EXCEPTIONS:
        return _EXCEPTIONS[lowered]
    if lowered.endswith(("'s", "\u2019s")):
        lowered = lowered[:-2]
    if len(lowered) <= 3:
        return 1
    count = len(_VOWELS.findall(lowered))
    if lowered.endswith("e") and not lowered.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1  # silent final e: "bone", "made"
    elif re.search(r"[^aeiouy]les?$", lowered) and count > 1:
        pass  # "people", "table": the final "le" is a syllable already counted
    if re.search(r"[^aeiouy][^aeiouytd]ed$", lowered) and count > 1:
        count -= 1  # silent -ed: "helped", "improved"
    elif re.search(r"[aeiouy][^aeiouytd]ed$", lowered) and count > 1:
        count -= 1  # "used", "showed"
    if re.search(r"[^aeiouy]es$", lowered) and not re.search(r"(?:[sxz]|ch|sh|ge|ce)es$", lowered):
        count -= 1 if count > 1 else 0  # "makes", "times"
    if re.search(r"(?:ia|io|eo|ua|uo|iu)", lowered) and not re.search(
        r"(?:tion|sion|cious|tious)", lowered
    ):
        count += len(re.findall(r"ia|io|eo|ua|uo|iu", lowered))  # "radio", "area"
    return max(1, count)


def _number_words(number: str) -> list[str]:
    digits = re.sub(r"\D", "", number)
    if not digits or len(digits) > 2:
        return ["number"] * max(1, len(digits) // 2)
    return in_words(int(digits)).replace("-", " ").split()


def measure(text: str) -> Readability:
    """Return the readability figures of *text*.

    >>> r = measure("The cells went into a vein. Most people did better.")
    >>> (r.words, r.sentences, r.mean_sentence_length)
    (10, 2, 5.0)
    """
    sentences = split_sentences(text)
    lengths = [len(words(sentence)) for sentence in sentences]
    all_words = [word for sentence in sentences for word in words(sentence)]
    syllables = sum(count_syllables(word) for word in all_words)
    n_words, n_sentences = len(all_words), len(sentences)
    if not n_words:
        return Readability(
            words=0,
            sentences=0,
            syllables=0,
            grade=0.0,
            mean_sentence_length=0.0,
            longest_sentence=0,
        )
    grade = 0.39 * n_words / n_sentences + 11.8 * syllables / n_words - 15.59
    return Readability(
        words=n_words,
        sentences=n_sentences,
        syllables=syllables,
        grade=round(grade, 1),
        mean_sentence_length=round(n_words / n_sentences, 1),
        longest_sentence=max(lengths),
    )
