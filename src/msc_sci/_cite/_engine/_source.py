"""CSL-JSON items as citeproc-py references, with inline markup made safe.

Every string loses any formatting mark it carries (:func:`._rich.clean`), then the
CSL-JSON inline markup whitelist (``<i>``, ``<b>``, ``<sup>``, ``<sub>``,
``<span style="font-variant:small-caps;">``, ``<span class="nocase">`` and
``<span class="nodecor">``) becomes
formatting marks; any other tag stays literal text, to be escaped by the output format.
Straight apostrophes become typographic ones, as citeproc-js prints them.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable, Mapping
from typing import Any

from citeproc import DATES, NAMES, VARIABLES
from citeproc.source import BibliographySource, Reference
from citeproc.source.json import CiteProcJSON
from citeproc.string import MixedString, NoCase, String

from msc_sci._cite._engine._dates import read_date
from msc_sci._cite._engine._person import PersonName
from msc_sci._cite._engine._punctuation import Quotes
from msc_sci._cite._engine._rich import CLOSE, OPEN, clean
from msc_sci._cite._engine._textcase import STOP_WORDS

__all__ = ["Source", "citation_label", "inline_markup", "particles"]

_TAGS = {
    "<i>": ("i", "</i>"),
    "<b>": ("b", "</b>"),
    "<sup>": ("sup", "</sup>"),
    "<sub>": ("sub", "</sub>"),
    "<sc>": ("sc", "</sc>"),
    '<span style="font-variant:small-caps;">': ("sc", "</span>"),
    '<span class="nocase">': ("nocase", "</span>"),
    '<span class="nodecor">': ("nodecor", "</span>"),
}
_TAG = re.compile(
    r"<i>|</i>|<b>|</b>|<sup>|</sup>|<sub>|</sub>|<sc>|</sc>|</span>"
    r'|<span style="font-variant:\s*small-caps;?">|<span class="no(?:case|decor)">',
    re.IGNORECASE,
)
_NAME_KEYS = ("family", "given", "dropping-particle", "non-dropping-particle", "suffix")
#: CSL 1.0.2 title variables citeproc-py does not list; it stores them with a warning.
_NEWER = frozenset(("event_title", "part_title", "reviewed_title", "volume_title"))
#: CSL 1.0.2 name variables citeproc-py does not list.
_NEWER_NAMES = frozenset(
    (
        "chair",
        "compiler",
        "contributor",
        "curator",
        "director",
        "editor_translator",
        "executive_producer",
        "guest",
        "host",
        "narrator",
        "organizer",
        "performer",
        "producer",
        "reviewed_author",
        "script_writer",
        "series_creator",
    )
)
_KNOWN = frozenset(VARIABLES) | {"container_title_short"} | _NEWER | _NEWER_NAMES


#: Spans whose text case changes leave alone, as citeproc-js does.
_NOCASE_KINDS = frozenset(("nocase", "sc", "sup", "sub"))
#: Characters that send a string through the full parser; others are plain text.
_SPECIAL = re.compile("[<'\"\u2018\u2019\u201c\u201d]")
#: Quote characters in data: (kind of pair, role). ``'`` and ``"`` may open or close.
_QUOTE_CHARS = {
    '"': ("double", "either"),
    "\u201c": ("double", "open"),
    "\u201d": ("double", "close"),
    "'": ("single", "either"),
    "\u2018": ("single", "open"),
    "\u2019": ("single", "close"),
}
_QUOTE_SPLIT = re.compile("([\"'\u2018\u2019\u201c\u201d])")
#: Characters after which a quote mark opens (besides white space and the start).
_BEFORE_OPEN = "([{/-\u2013\u2014\"'\u201c\u2018"


def inline_markup(text: str, quotes: Quotes | None = None) -> MixedString:
    """Return *text* with whitelisted inline tags and quotation marks turned into marks.

    Text inside ``<span class="nocase">``, small caps, superscripts and subscripts
    becomes :class:`NoCase` pieces, which case changes leave alone; unmatched or
    unknown tags stay literal text. With the locale's *quotes*, balanced quotation
    marks (straight or typographic, single or double) become quote spans, printed
    with the locale's marks; other straight apostrophes become typographic ones.

    >>> from msc_sci._cite._engine._rich import plain
    >>> plain(str(inline_markup("a <i>b</i> <script>")))
    'a b <script>'
    >>> plain(str(inline_markup("'Dog's life'", Quotes()))) == "\u201cDog\u2019s life\u201d"
    True
    """
    text = clean(text)
    if not _SPECIAL.search(text):
        return MixedString([String(text)])
    tokens = _tokens(text)
    flat = "".join(value for kind, value in tokens if kind == "text")
    pieces: list[list[Any]] = []  # [text, nocase]
    stack: list[tuple[str, str, int]] = []  # (tag or quote, kind, index in pieces)
    nocase = 0
    offset = 0
    for kind, value in tokens:
        if kind == "open":
            stack.append(("tag", value, -1))
            if value != "nocase":
                pieces.append([OPEN[value], nocase > 0])
            nocase += value in _NOCASE_KINDS
        elif kind == "close":
            while stack and stack[-1][0] == "quote":
                stack.pop()  # a quote left open inside a tag stays literal
            if stack:
                stack.pop()
            nocase -= value in _NOCASE_KINDS
            if value != "nocase":
                pieces.append([CLOSE, nocase > 0])
        else:
            for part in _QUOTE_SPLIT.split(value):
                if part:
                    _add_text(part, flat, offset, pieces, stack, quotes, nocase > 0)
                    offset += len(part)
    return MixedString([(NoCase if flag else String)(piece) for piece, flag in _merged(pieces)])


def _add_text(
    part: str,
    flat: str,
    offset: int,
    pieces: list[list[Any]],
    stack: list[tuple[str, str, int]],
    quotes: Quotes | None,
    nocase: bool,
) -> None:
    """Append one piece of text or one quotation mark to *pieces*."""
    found = _QUOTE_CHARS.get(part)
    if found is None:
        pieces.append([part, nocase])
        return
    pair, role = found
    before = flat[offset - 1] if offset else " "
    after = flat[offset + 1] if offset + 1 < len(flat) else " "
    literal = "\u2019" if part == "'" else part
    if quotes is None or (part in "'\u2019" and before.isalnum() and after.isalnum()):
        pieces.append([literal, nocase])  # an apostrophe
        return
    can_close = not before.isspace() and not after.isalnum()
    can_open = (
        (before.isspace() or before in _BEFORE_OPEN)
        and not after.isspace()
        and after != part
        # typographic single quotes are quotes only inside other quotes
        and (part != "\u2018" or any(entry[0] == "quote" for entry in stack))
    )
    top = stack[-1] if stack else None
    if role != "open" and can_close and top is not None and top[:2] == ("quote", pair):
        stack.pop()
        pieces[top[2]][0] = OPEN["quote"] + quotes.open
        # punctuation right after the quote in the same text stays outside it
        stay = OPEN["stay"] + CLOSE if after in ".,!?" else ""
        pieces.append([quotes.close + CLOSE + stay, nocase])
    elif role != "close" and can_open:
        stack.append(("quote", pair, len(pieces)))
        pieces.append([literal, nocase])  # made an opening mark once matched
    else:
        pieces.append([literal, nocase])


def _merged(pieces: list[list[Any]]) -> list[tuple[str, bool]]:
    """Join neighbouring pieces with the same case protection."""
    runs: list[tuple[list[str], bool]] = []  # joined once at the end: linear time
    for piece, flag in pieces:
        if runs and runs[-1][1] == flag:
            runs[-1][0].append(piece)
        else:
            runs.append(([piece], flag))
    return [("".join(parts), flag) for parts, flag in runs]


def _tokens(text: str) -> list[tuple[str, str]]:
    """Split *text* into text, open and close tokens; only balanced tags count."""
    found: list[tuple[int, int, str]] = []
    for match in _TAG.finditer(text):
        tag = match.group().lower()
        if "small-caps" in tag:
            tag = '<span style="font-variant:small-caps;">'
        found.append((match.start(), match.end(), tag))
    pairs: dict[int, tuple[str, str]] = {}
    stack: list[tuple[int, str, str]] = []
    for index, (_, _, tag) in enumerate(found):
        if tag in _TAGS:
            kind, closer = _TAGS[tag]
            stack.append((index, kind, closer))
        elif stack and stack[-1][2] == tag:
            opener, kind, _ = stack.pop()
            pairs[opener] = ("open", kind)
            pairs[index] = ("close", kind)
    tokens: list[tuple[str, str]] = []
    position = 0
    for index, (start, end, _) in enumerate(found):
        if index not in pairs:
            continue
        if start > position:
            tokens.append(("text", text[position:start]))
        tokens.append(pairs[index])
        position = end
    if position < len(text):
        tokens.append(("text", text[position:]))
    return tokens


#: A particle glued to the family name by an apostrophe or a hyphen (d'Aubignac, al-One).
_GLUED_PARTICLE = re.compile("([^\\W\\d_][^\\s\u2019'-]*[\u2019'-])(\\w.*)$")


def _is_particle(word: str) -> bool:
    """Return whether *word* is a lower-case word of a name (``von``, ``\u2019t``)."""
    first = word.lstrip("\u2019'")[:1]
    return bool(first) and first.islower()


def particles(parts: Mapping[str, str]) -> dict[str, str]:
    """Return the name parts after splitting particles off the family and given names.

    As citeproc-js does, lower-case words opening a family name are its
    non-dropping particle, and lower-case words closing a given name its dropping
    particle (unless the data gives them); a lower-case prefix ending in an apostrophe
    or a hyphen (``d\u2019Aubignac``, ``al-One``) is a particle too. A family name in
    double quotes is taken as it stands, without its quotes.

    >>> particles({"family": "van der Vlist", "given": "Alexander von"})
    {'family': 'Vlist', 'given': 'Alexander', 'non-dropping-particle': 'van der', \
'dropping-particle': 'von'}
    >>> particles({"family": "d\u2019Aubignac"})["non-dropping-particle"]
    'd\u2019'
    >>> particles({"family": '"van Happel"'})
    {'family': 'van Happel'}
    """
    out = dict(parts)
    family = out.get("family", "")
    if len(family) > 1 and family[0] == family[-1] == '"':
        out["family"] = family[1:-1]
    elif family and "non-dropping-particle" not in out:
        words = family.split(" ")
        count = 0
        while count < len(words) - 1 and _is_particle(clean(words[count])):
            count += 1
        found = " ".join(words[:count])
        rest = " ".join(words[count:])
        glued = _GLUED_PARTICLE.match(rest)
        if glued is not None and glued.group(1)[0].islower() and glued.group(2)[0].isupper():
            found = f"{found} {glued.group(1)}".strip()
            rest = glued.group(2)
        if found:
            out["family"] = rest
            out["non-dropping-particle"] = found
    given = out.get("given", "")
    if given and "dropping-particle" not in out:
        words = given.split(" ")
        count = len(words)
        while count > 1 and _is_particle(clean(words[count - 1])):
            count -= 1
        if count < len(words):
            out["given"] = " ".join(words[:count])
            out["dropping-particle"] = " ".join(words[count:])
    return out


_NOTE_LINE = re.compile(r"^\s*([a-z][a-z-]*[a-z]):\s*(.+?)\s*$", re.M)
_NOTE_DATE = re.compile(r"^\d{1,4}(?:-\d{1,2}){0,2}(?:/\d{1,4}(?:-\d{1,2}){0,2})?$")


def note_variables(note: str) -> dict[str, Any]:
    """Return the CSL variables written in a ``note`` as ``name: value`` lines.

    As citeproc-js reads them (Zotero writes them in its "Extra" field): a name is
    ``Family || Given`` (or a literal name), a date ``YYYY-MM-DD`` with an optional
    ``/`` and end date; only known variables count.

    >>> note_variables("reviewed-author: Hall || W.C.\\nevent-date: 2004-10-01/2004-10-14")
    {'reviewed-author': [{'family': 'Hall', 'given': 'W.C.'}], \
'event-date': {'date-parts': [[2004, 10, 1], [2004, 10, 14]]}}
    """
    found: dict[str, Any] = {}
    for name, value in _NOTE_LINE.findall(note):
        variable = name.replace("-", "_")
        if variable not in _KNOWN or name in found:
            continue
        if variable in NAMES or variable in _NEWER_NAMES:
            family, bar, given = value.partition("||")
            person = (
                {"family": family.strip(), "given": given.strip()} if bar else {"literal": value}
            )
            found[name] = [person]
        elif variable in DATES:
            if _NOTE_DATE.match(value):
                parts = [
                    [int(number) for number in end.split("-") if number] for end in value.split("/")
                ]
                found[name] = {"date-parts": parts}
        else:
            found[name] = value
    return found


_GIVEN_SUFFIX = re.compile(r"^(.+?),(!?) +(\S.*)$")


def _name_part(text: str) -> str:
    """Return one part of a name, its whitelisted inline markup as formatting marks."""
    text = clean(text).replace("'", "\u2019")
    return str(inline_markup(text)) if "<" in text else text


class Source(CiteProcJSON):
    """CSL-JSON items as citeproc-py references, keyed ``k0``, ``k1``... in order.

    Keys are our own so that ids differing only in case stay distinct.
    """

    def __init__(self, items: Iterable[Mapping[str, Any]], quotes: Quotes | None = None) -> None:
        BibliographySource.__init__(self)
        self.quotes = quotes
        for index, item in enumerate(items):
            reference = self._reference(f"k{index}", fields(item))
            if "citation_label" not in reference:
                label = citation_label(reference)
                if label:
                    reference["citation_label"] = String(label)
            self.add(reference)

    def _reference(self, key: str, item: Mapping[str, Any]) -> Reference:
        data: dict[str, Any] = {}
        if isinstance(item.get("note"), str) and ":" in item["note"]:
            item = {**note_variables(item["note"]), **item}
        for name, value in item.items():
            variable = name.replace("-", "_")
            if name in ("id", "type", "custom", "categories") or variable not in _KNOWN:
                continue
            if variable in NAMES or variable in _NEWER_NAMES:
                data[variable] = [self._name(person) for person in value]
            elif variable in DATES:
                date = self._date(value)
                if date is not None:
                    data[variable] = date
            elif name == "language":
                data[variable] = clean(str(value))
            else:
                data[variable] = inline_markup(str(value), self.quotes)
        if _NEWER.isdisjoint(data) and _NEWER_NAMES.isdisjoint(data):
            return Reference(key, str(item.get("type", "article")), **data)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # "unsupported": they work all the same
            return Reference(key, str(item.get("type", "article")), **data)

    @staticmethod
    def _name(person: Mapping[str, Any]) -> PersonName:
        if "literal" in person:
            return PersonName({"literal": str(inline_markup(str(person["literal"])))})
        parts = {key: _name_part(str(person[key])) for key in _NAME_KEYS if person.get(key)}
        given = parts.get("given", "")
        if given and set(parts) == {"given"}:
            return PersonName({"literal": given})  # a given name alone (Banksy) is printed whole
        comma = bool(person.get("comma-suffix"))
        found = _GIVEN_SUFFIX.match(given)
        if found is not None and "suffix" not in parts:
            # "John, III": citeproc-js reads what follows the comma as the suffix, and
            # "John,! Jr." as a suffix printed after a comma.
            parts["given"], parts["suffix"] = found.group(1), found.group(3)
            comma = comma or bool(found.group(2))
        parts.update(particles(parts))
        particle = parts.get("non-dropping-particle", "")
        return PersonName(
            parts,
            comma_suffix=comma and "suffix" in parts,
            # "de' Frinkle" keeps its space
            spaced_particle=particle.endswith(("\u2019", "'"))
            and str(person.get("family", "")).startswith(particle.replace("\u2019", "'") + " "),
        )

    def _date(self, value: Mapping[str, Any]) -> Any:
        try:
            return read_date(value)
        except (TypeError, ValueError, KeyError):
            return None


#: Name variables a generated citation label is made of: the first one present.
_LABEL_NAMES = ("author", *(name for name in NAMES if name != "author"))
#: Letters taken from each name by how many names there are (four or more: one each).
_LABEL_LETTERS = {1: (4,), 2: (2, 2), 3: (2, 1, 1)}


def _romanesque(char: str) -> bool:
    """Return whether *char* is a letter of the Latin, Greek or Cyrillic script."""
    return char.isalpha() and (char < "\u0530" or "\u1e00" <= char <= "\u1fff")


def _capitalized(text: str) -> str:
    return text[:1].upper() + text[1:].lower()


def citation_label(data: Mapping[str, Any]) -> str:
    """Return citeproc-js's generated ``citation-label`` of a reference's *data*.

    Letters of up to four family names (``Asth``, ``RoNo``, ``AsBC``, ``ABCD``), each
    capitalised, particles and characters that are not Latin, Greek or Cyrillic letters
    left out; the names stop at the first that gives no letter (an East Asian name).
    Without any, the first four characters of the title's words but its stop words
    (``Anal`` for "Analysis survey"). Then the last two digits of the year issued
    (``00`` without one).

    >>> name = PersonName({"family": "von Dipheria"})
    >>> citation_label({"author": [name], "issued": {"year": 1926}})
    'Diph26'
    """
    names: list[Any] = next((data[variable] for variable in _LABEL_NAMES if data.get(variable)), [])
    letters = _LABEL_LETTERS.get(len(names), (1, 1, 1, 1))
    label = ""
    for name, count in zip(names, letters, strict=False):
        family = str(name.get("literal") or name.get("family") or "")
        words = family.split()
        while len(words) > 1 and words[0][:1].islower():
            words.pop(0)  # a particle written in the family name (von Dipheria)
        part = "".join(char for char in " ".join(words) if _romanesque(char))[:count]
        if not part:
            break
        label += _capitalized(part)
    if not label and data.get("title"):
        words = [word for word in str(data["title"]).split() if word not in STOP_WORDS]
        label = _capitalized("".join(words)[:4])
    issued = data.get("issued")
    if isinstance(issued, Mapping) and isinstance(issued.get("begin"), Mapping):
        issued = issued["begin"]  # a range: the year it begins
    year = issued.get("year") if isinstance(issued, Mapping) else None
    return label + ("00" if year is None else f"{year:0>2}"[-2:])


#: CSL-JSON keys Zotero writes for CSL variables.
_ALIASES = {"journalAbbreviation": "container-title-short", "shortTitle": "title-short"}


def fields(item: Mapping[str, Any]) -> Mapping[str, Any]:
    """Return *item* with Zotero's names of variables read as citeproc-js reads them.

    ``journalAbbreviation`` is ``container-title-short`` and ``shortTitle`` is
    ``title-short``, unless the item gives those.

    >>> dict(fields({"title": "A", "journalAbbreviation": "J."}))
    {'title': 'A', 'container-title-short': 'J.'}
    """
    if not any(alias in item for alias in _ALIASES):
        return item
    out = dict(item)
    for alias, name in _ALIASES.items():
        value = out.pop(alias, None)
        if value and name not in out:
            out[name] = value
    return out
