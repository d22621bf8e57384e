"""Bibliography layout and sorting as citeproc-js does them.

``second-field-align`` puts the first rendered child of the layout (usually the
citation number) in a margin span and the rest in an inline span; sorting compares
keys the way a locale collator does, not by code point.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from citeproc import model
from citeproc.source import VariableError

from msc_sci.cite._engine._affixes import join_cites
from msc_sci.cite._engine._dates import LITERAL_MARK
from msc_sci.cite._engine._disambiguate import sorting
from msc_sci.cite._engine._notes import capitalize_start, marking, opens_sentence
from msc_sci.cite._engine._rich import CLOSE, OPEN, plain

__all__ = ["Layout", "Sort", "collation_key", "numbers_descend"]


def collation_key(text: str) -> tuple[str, str, str]:
    """Return a key sorting *text* as a locale collator does: letters, then accents, then case.

    Punctuation is ignored at the first level, as citeproc-js ignores it.

    >>> sorted(["Zeta", "émile", "Eve", "eve", "Łoś", "O'Neil", "Ovgen"], key=collation_key)
    ['émile', 'eve', 'Eve', 'Łoś', "O'Neil", 'Ovgen', 'Zeta']
    >>> sorted(["[F]linders", "“Ab” c", "Ab", "Doe"], key=collation_key)
    ['Ab', '“Ab” c', 'Doe', '[F]linders']
    """
    folded = unicodedata.normalize("NFKD", text.casefold()).translate(_BASE_LETTERS)
    base = "".join(
        char
        for char in folded
        if not unicodedata.combining(char) and not unicodedata.category(char).startswith("P")
    )
    return (base, folded, text.swapcase())


# Letters with no Unicode decomposition that collators sort with a base letter.
_BASE_LETTERS = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th"}
    | {"\u0131": "i"}  # dotless i
    # Apostrophes are ignored (O'Neil sorts as ONeil).
    | dict.fromkeys(map(ord, "'\u2019\u2018\u02bc"), None)
)


class Layout(model.Layout):
    """A ``cs:layout`` that renders ``second-field-align`` entries in two spans."""

    def render_bibliography(self, citation_items: list[Any]) -> list[Any]:
        parent = self.getparent()
        aligned = bool(parent.get("second-field-align"))
        substitute = parent.get("subsequent-author-substitute")
        children = list(self.iterchildren())
        output: list[Any] = []
        previous: str | None = None
        for item in citation_items:
            self.repressed: dict[str, list[str]] = {}
            self.author_pending = substitute is not None
            if aligned:
                entry = self._aligned(children, item)
            else:
                entry = self.format(self.wrap(_render(children, item)))
            self.author_pending = False
            if entry is None:
                output.append(None)  # kept, so entries stay aligned with their items
                continue
            if substitute is not None:
                entry, previous = _substitute(str(entry), substitute, previous)
            output.append(model.String(str(entry)))
        return output

    def render_citation(self, citation: Any, callback: Any) -> Any:
        parent = self.getparent()
        # Cites keep the order given unless the style sorts them (citeproc-py put them
        # in bibliography order first).
        good = [cite for cite in citation.cites if not cite.is_bad()]
        bad = [cite for cite in citation.cites if cite.is_bad()]
        if parent.sort is not None and len(good) > 1:
            good = parent.sort.sort(good, self)
        collapse = parent.get("collapse")
        rendered: list[tuple[Any, Any]] = []
        notes = self.get_root().get("class") == "note"
        for cite in good:
            self.repressed = {}
            self.author_pending = collapse in _YEAR_COLLAPSE
            with marking(notes):
                text = _render(list(self.iterchildren()), cite)
            self.author_pending = False
            if text is None:
                continue
            prefix = cite.get("prefix", "")
            starts = opens_sentence(prefix) if prefix.strip() else not rendered
            text = capitalize_start(str(text), capitalize=notes and starts)
            rendered.append((cite, prefix + text + cite.get("suffix", "")))
            parent.cites.append(cite)
        if collapse == "citation-number":
            pieces = _collapse_numbers(rendered)
        elif collapse in _YEAR_COLLAPSE:
            pieces = _collapse_years(
                [str(text) for _, text in rendered],
                cite_delimiter=parent.get("cite-group-delimiter", ", "),
                suffix_delimiter=parent.get(
                    "year-suffix-delimiter",
                    parent.get("cite-group-delimiter", self.get("delimiter", ", ")),
                ),
                suffixes_only=collapse != "year",
            )
        else:
            pieces = [text for _, text in rendered]
        affixed = any(cite.get("prefix") or cite.get("suffix") for cite, _ in rendered)
        if affixed and len(pieces) == len(rendered):  # one piece per cite: nothing grouped
            cites = [
                (str(cite.get("prefix", "")), str(cite.get("suffix", "")), str(piece))
                for (cite, _), piece in zip(rendered, pieces, strict=True)
            ]
            pieces = [join_cites(cites, self.get("delimiter", ""))]
        for cite in bad:
            pieces.append(callback(cite) or f"{cite.key}?")
        return self.format(self.wrap(self.join(pieces)))

    def _aligned(self, children: list[Any], item: Any) -> str | None:
        first = _render(children[:1], item)
        rest = _render(children[1:], item)
        if first is None and rest is None:
            return None
        margin = OPEN["margin"] + str(first or "") + CLOSE
        inline = self.format(self.wrap(rest)) if rest is not None else ""
        return margin + OPEN["inline"] + str(inline) + CLOSE


def _substitute(entry: str, substitute: str, previous: str | None) -> tuple[str, str | None]:
    """Replace the entry's first names by *substitute* when they repeat *previous*."""
    start = entry.find(OPEN["author"])
    if start < 0:
        return entry, None
    end = _span_end(entry, start)
    names = entry[start + 1 : end]
    if names == previous:
        entry = entry[: start + 1] + substitute + entry[end:]
    return entry, names


def _span_end(text: str, start: int) -> int:
    depth = 0
    for index in range(start, len(text)):
        char = text[index]
        if char == CLOSE:
            depth -= 1
            if depth == 0:
                return index
        elif char in _OPENERS:
            depth += 1
    return len(text)


_OPENERS = frozenset(OPEN.values())


_YEAR_COLLAPSE = ("year", "year-suffix", "year-suffix-ranged")
_AFTER_NAMES = re.compile(r"^[\s,;:]*")
_YEAR_AND_SUFFIX = re.compile(r"^(.*\d)([a-z]{1,2})$", re.S)


def _collapse_years(
    texts: list[str], *, cite_delimiter: str, suffix_delimiter: str, suffixes_only: bool
) -> list[Any]:
    """Group cites by the same names: ``Smith 2020, 2021``; ``Smith 2020a, b`` for suffixes.

    A group takes the place of its first cite; the names are printed once.
    """
    groups: dict[str, list[tuple[str, str]]] = {}
    order: list[str] = []
    for number, text in enumerate(texts):
        start = text.find(OPEN["author"])
        if start < 0:
            key = f"\x00{number}"  # no names: a group of its own
            groups[key] = [(text, "")]
            order.append(key)
            continue
        end = _span_end(text, start)
        names = plain(text[start:end])
        rest = _AFTER_NAMES.sub("", text[end + 1 :])
        if names not in groups:
            order.append(names)
            groups[names] = []
        groups[names].append((text, rest))
    pieces: list[Any] = []
    for key in order:
        members = groups[key]
        joined = members[0][0]
        previous = _YEAR_AND_SUFFIX.match(plain(members[0][1]))
        for _, rest in members[1:]:
            current = _YEAR_AND_SUFFIX.match(plain(rest))
            if (
                suffixes_only
                and previous is not None
                and current is not None
                and previous.group(1) == current.group(1)
            ):
                joined += suffix_delimiter + current.group(2)
            else:
                joined += cite_delimiter + rest
            previous = current
        pieces.append(model.String(joined))
    return pieces


def _collapse_numbers(rendered: list[tuple[Any, Any]]) -> list[Any]:
    """Join runs of three or more consecutive citation numbers as ranges, with an en dash."""
    pieces: list[Any] = []
    run: list[tuple[Any, Any]] = []

    def flush() -> None:
        if len(run) >= 3:
            pieces.append(model.String(f"{run[0][1]}\u2013{run[-1][1]}"))
        else:
            pieces.extend(text for _, text in run)
        run.clear()

    for cite, text in rendered:
        plain_cite = not (cite.get("prefix") or cite.get("suffix") or "locator" in cite)
        if run and plain_cite and cite.number == run[-1][0].number + 1:
            run.append((cite, text))
            continue
        flush()
        if plain_cite:
            run.append((cite, text))
        else:
            pieces.append(text)
    flush()
    return pieces


def _render(children: list[Any], item: Any) -> Any:
    parts = []
    for child in children:
        try:
            text = child.render(item)
        except VariableError:
            continue
        if text is not None:
            parts.append(text)
    return model.join(parts) if parts else None


class Sort(model.Sort):
    """A ``cs:sort`` comparing keys with :func:`collation_key`; empty keys go last."""

    def sort(self, items: list[Any], context: Any) -> list[Any]:
        keys = self.findall("cs:key", self.nsmap)
        sorting.active = True  # citeproc-js sorts on keys without year suffixes
        try:
            columns = [key.sort_keys(items, context) for key in keys]
        finally:
            sorting.active = False
        order = list(range(len(items)))
        for key, column in reversed(list(zip(keys, columns, strict=True))):
            descending = key.get("sort", "ascending").lower() == "descending"
            present = [i for i in order if column[i] is not None and str(column[i]) != ""]
            absent = [i for i in order if column[i] is None or str(column[i]) == ""]
            # literal dates ("in press") follow the dates, in either direction
            literal = [i for i in present if LITERAL_MARK in str(column[i])]
            if literal:
                present = [i for i in present if LITERAL_MARK not in str(column[i])]
                literal.sort(key=lambda i: _sort_value(str(column[i]).replace(LITERAL_MARK, "")))
            values = {i: _sort_value(column[i]) for i in present}
            present.sort(key=values.__getitem__, reverse=descending)
            order = present + literal + absent
        return [items[i] for i in order]


_DIGITS = re.compile(r"\d+")


def _sort_value(value: object) -> tuple[str, str, str]:
    """Return the sort key of a rendered value: numbers in it compare as numbers."""
    text = plain(str(value)).strip()
    return collation_key(_DIGITS.sub(lambda match: match.group().zfill(12), text))


def numbers_descend(bibliography: Any) -> bool:
    """Return whether a ``cs:bibliography`` numbers its entries from the last one down.

    As in citeproc-js, the last sort key on ``citation-number`` (named or printed by its
    macro) decides: sorted descending, the first entry gets the highest number.
    """
    sort = bibliography.find("cs:sort", bibliography.nsmap)
    if sort is None:
        return False
    descending = False
    for key in sort.findall("cs:key", sort.nsmap):
        if key.get("variable") == "citation-number" or (
            key.get("macro") is not None
            and key.get_macro(key.get("macro")).xpath_search(".//*[@variable='citation-number']")
        ):
            descending = key.get("sort", "ascending").lower() == "descending"
    return descending
