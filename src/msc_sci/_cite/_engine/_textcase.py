"""Text case as citeproc-js applies it: title case reaches hyphenated words."""

from __future__ import annotations

import re

from citeproc import model
from citeproc.string import MixedString, NoCase, String

__all__ = ["STOP_WORDS", "TextCased", "title_case"]

# citeproc-js's list of words title case leaves in lower case.
STOP_WORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "across",
        "afore",
        "after",
        "against",
        "along",
        "alongside",
        "amid",
        "amidst",
        "among",
        "amongst",
        "an",
        "and",
        "anenst",
        "apropos",
        "apud",
        "around",
        "as",
        "aside",
        "astride",
        "at",
        "athwart",
        "atop",
        "barring",
        "before",
        "behind",
        "below",
        "beneath",
        "beside",
        "besides",
        "between",
        "beyond",
        "but",
        "by",
        "c",
        "ca",
        "circa",
        "d'",
        "de",
        "despite",
        "down",
        "during",
        "except",
        "for",
        "forenenst",
        "from",
        "given",
        "in",
        "inside",
        "into",
        "lest",
        "like",
        "modulo",
        "near",
        "next",
        "nor",
        "notwithstanding",
        "of",
        "off",
        "on",
        "onto",
        "or",
        "out",
        "over",
        "per",
        "plus",
        "pro",
        "qua",
        "sans",
        "since",
        "so",
        "than",
        "the",
        "through",
        "thru",
        "throughout",
        "thruout",
        "till",
        "to",
        "toward",
        "towards",
        "under",
        "underneath",
        "until",
        "unto",
        "up",
        "upon",
        "v",
        "v.",
        "van",
        "versus",
        "via",
        "vis-à-vis",
        "von",
        "vs",
        "vs.",
        "with",
        "within",
        "without",
        "yet",
    ]
)
_OPENERS = "\"'\u201c\u201d\u2018\u2019([{"
_CLOSERS = "\"'\u201c\u201d\u2018\u2019)]},.;:!?"
_WORD = re.compile(r"[^\s\-\u2010\u2013\u2014/]+")


def _upper_first(word: str) -> str:
    for index, char in enumerate(word):
        if "\u0370" <= char <= "\u03ff" and not word[index + 1 :].strip(_CLOSERS):
            return word  # a lone Greek letter is a symbol (β-carotene)
        if char.isalpha():
            return word[:index] + char.upper() + word[index + 1 :]
        if char.isdigit():
            return word
    return word


def title_case(text: str) -> str:
    """Return *text* in CSL title case: lower-case words capitalised, stop words kept.

    Words after a colon and the first word are always capitalised; words with any
    capital letter are left alone (they may be acronyms).

    >>> title_case("auto serum-expanded cells in a series: the end")
    'Auto Serum-Expanded Cells in a Series: The End'
    >>> title_case("cohort of and")
    'Cohort of And'
    """
    out = []
    first = True
    last_end = 0
    compound_start = ""  # the first part of the current hyphenated compound
    matches = list(_WORD.finditer(text))
    for number, match in enumerate(matches):
        between = text[last_end : match.start()]
        word = match.group()
        bare = word.strip(_OPENERS)
        after_colon = ":" in between or between.rstrip().endswith(("?", "!"))
        after_hyphen = text[match.start() - 1 : match.start()] in ("-", "\u2010")
        before_hyphen = not after_hyphen and text[match.end() : match.end() + 1] in ("-", "\u2010")
        if after_hyphen and compound_start[:1].isdigit():
            pass  # a compound that starts with a number stays as it is (07-x)
        elif word == word.lower() and (
            first
            or after_colon
            or before_hyphen
            or (number == len(matches) - 1 and len(bare) > 1)
            or bare.lower().rstrip(",;:") not in STOP_WORDS
        ):
            word = _upper_first(word)
        out.append(between)
        out.append(word)
        if not after_hyphen:
            compound_start = word.lstrip(_OPENERS)
        first = False
        last_end = match.end()
        if word.endswith((":", "?", "!")):
            first = True
    out.append(text[last_end:])
    return "".join(out)


class TextCased(model.TextCased):
    """Apply ``text-case="title"`` to hyphenated words too (``Serum-Expanded``)."""

    def case(self, text: object, language: str | None = None) -> object:
        text_case = self.get("text-case")
        if text_case and "macro" in self.attrib:
            return text  # citeproc-js ignores the text case of a macro call, as of a group
        if isinstance(text, int):
            return text  # a number (citation-number) has no case
        if text_case in ("uppercase", "lowercase") and isinstance(text, (str, MixedString)):
            return _change_case(text, text_case == "uppercase", language)
        if text_case == "capitalize-first" and language == "tr":
            text = _dotted_capital(text)
        if text_case != "title":
            return super().case(text, language)
        if language not in (None, "en"):
            return text
        if isinstance(text, MixedString):
            return _title_mixed(text)
        if isinstance(text, str):
            return type(text)(title_case(str(text)))
        return text


def _dotted_capital(text: object) -> object:
    """Return *text* with a first dotted ``i`` capitalised as Turkish does (``İ``)."""
    if isinstance(text, String) and type(text) is String and str(text).startswith("i"):
        return String("\u0130" + str(text)[1:])
    if isinstance(text, MixedString) and text:
        first = text[0]
        if type(first) in (str, String) and str(first).startswith("i"):
            return MixedString([String("\u0130" + str(first)[1:]), *text[1:]])
    return text


def _change_case(text: str | MixedString, upper: bool, language: str | None) -> object:
    """Return *text* in upper or lower case, :class:`NoCase` pieces kept (Turkish dotted i)."""
    pieces = list(text) if isinstance(text, MixedString) else [text]
    out: list[object] = []
    for piece in pieces:
        if isinstance(piece, NoCase):
            out.append(piece)
            continue
        value = str(piece)
        if language == "tr":
            value = value.replace("i", "\u0130") if upper else value.replace("I", "\u0131")
        out.append(String(value.upper() if upper else value.lower()))
    return MixedString(out) if isinstance(text, MixedString) else out[0]


def _title_mixed(text: MixedString) -> MixedString:
    """Title-case the whole string at once, leaving :class:`NoCase` pieces as they are."""
    pieces = [str(piece) for piece in text]
    masked = "".join(
        "\ue0ff" * len(piece) if isinstance(original, NoCase) else piece
        for piece, original in zip(pieces, text, strict=True)
    )
    cased = title_case(masked)
    if len(cased) != len(masked):  # a letter grew when upper-cased (ß): keep the text
        return text
    out: list[object] = []
    position = 0
    for piece, original in zip(pieces, text, strict=True):
        end = position + len(piece)
        out.append(original if isinstance(original, NoCase) else String(cased[position:end]))
        position = end
    return MixedString(out)
