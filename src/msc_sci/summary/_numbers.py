"""Numbers in words, for a number that starts a sentence ("Thirteen people ...")."""

from __future__ import annotations

__all__ = ["in_words"]

_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def in_words(number: int) -> str:
    """Return *number* (0 to 999,999) in English words, as a sentence may begin with it.

    >>> [in_words(n) for n in (7, 13, 40, 21, 105, 2021)]
    ['seven', 'thirteen', 'forty', 'twenty-one', 'one hundred five', 'two thousand twenty-one']

    Raises:
        ValueError: for a number out of that range.
    """
    if not 0 <= number <= 999_999:
        raise ValueError(f"{number} is out of range (0 to 999,999)")
    if number < 20:
        return _ONES[number]
    if number < 100:
        tens, ones = divmod(number, 10)
        return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")
    if number < 1000:
        hundreds, rest = divmod(number, 100)
        return f"{_ONES[hundreds]} hundred" + (f" {in_words(rest)}" if rest else "")
    thousands, rest = divmod(number, 1000)
    return f"{in_words(thousands)} thousand" + (f" {in_words(rest)}" if rest else "")
