"""Bibliography layout and sorting as citeproc-js does them.

``second-field-align`` puts the first rendered child of the layout (usually the
citation number) in a margin span and the rest in an inline span; sorting compares
keys the way a locale collator does, not by code point.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, NamedTuple

from citeproc import model
from citeproc.source import VariableError
from citeproc.string import normalize_seam

from msc_sci._cite._engine._affixes import join_cites
from msc_sci._cite._engine._context import current
from msc_sci._cite._engine._dates import LITERAL_MARK
from msc_sci._cite._engine._notes import capitalize_start, opens_sentence
from msc_sci._cite._engine._rich import CLOSE, OPEN, plain
from msc_sci._cite._engine._spaces import keeps_seam, pin_seams, unpin_spaces

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
    """A ``cs:layout`` that renders ``second-field-align`` entries in two spans.

    Its ``repressed`` variables (citeproc-py's) are those of the render context.
    """

    @property
    def repressed(self) -> dict[str, list[str]]:
        """The variables a ``cs:substitute`` printed in the cite or entry, by tag."""
        return current().repressed

    @repressed.setter
    def repressed(self, value: dict[str, list[str]]) -> None:
        current().repressed = value

    def render_bibliography(self, citation_items: list[Any]) -> list[Any]:
        parent = self.getparent()
        aligned = bool(parent.get("second-field-align"))
        substitute = parent.get("subsequent-author-substitute")
        rule = parent.get("subsequent-author-substitute-rule", "complete-all")
        children = list(self.child_elements())
        output: list[Any] = []
        previous: tuple[str | None, list[Any]] = (None, [])
        state = current()
        for item in citation_items:
            state.start()
            state.people = []
            state.author_pending = substitute is not None
            state.persons_pending = substitute is not None
            state.marking = True  # a term that starts the entry is capitalised
            try:
                if aligned:
                    entry = self._aligned(children, item)
                else:
                    entry = self.format(
                        _suffix_inside(self.wrap(_render(children, item)), self.get("suffix", ""))
                    )
            finally:
                state.marking = state.author_pending = state.persons_pending = False
            if entry is None:
                output.append(None)  # kept, so entries stay aligned with their items
                continue
            entry = unpin_spaces(capitalize_start(str(entry), capitalize=True))
            if substitute is not None:
                entry, names = _substitute(str(entry), substitute, previous, rule, state.people)
                previous = (names, state.people)
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
        grouped = collapse in _YEAR_COLLAPSE or parent.get("cite-group-delimiter") is not None
        rendered: list[tuple[Any, Any]] = []
        notes = self.get_root().get("class") == "note"
        state = current()
        for cite in good:
            state.start()
            state.author_pending = grouped
            state.marking = notes  # note terms mark their start, for "Ibid."
            try:
                text = _render(list(self.child_elements()), cite)
            finally:
                state.marking = state.author_pending = False
            if text is None:
                continue
            prefix = cite.get("prefix", "")
            starts = opens_sentence(prefix) if prefix.strip() else not rendered
            text = unpin_spaces(capitalize_start(str(text), capitalize=notes and starts))
            rendered.append((cite, prefix + text + cite.get("suffix", "")))
            state.history.append(cite)
        if collapse == "citation-number":
            pieces = _collapse_numbers(rendered)
        elif collapse in _YEAR_COLLAPSE:
            layout_delimiter = self.get("delimiter", "")
            pieces = _collapse_years(
                rendered,
                delimiters=_Delimiters(
                    layout=layout_delimiter,
                    # citeproc-js: ", " in in-text styles, the layout's in note styles
                    cite_group=parent.get(
                        "cite-group-delimiter", layout_delimiter if notes else ", "
                    ),
                    cite_group_set=parent.get("cite-group-delimiter") is not None,
                    year_suffix=parent.get(
                        "year-suffix-delimiter",
                        parent.get("cite-group-delimiter", layout_delimiter),
                    ),
                    after_collapse=parent.get("after-collapse-delimiter", layout_delimiter),
                    after_collapse_set=parent.get("after-collapse-delimiter") is not None,
                ),
                suffixes=collapse != "year",
                ranged=collapse == "year-suffix-ranged",
                anywhere=parent.sort is not None,
            )
        elif parent.get("cite-group-delimiter") is not None:
            pieces = _group_cites(
                rendered, self.get("delimiter", ""), parent.get("cite-group-delimiter")
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
        if not any(str(piece) for piece in pieces):
            return model.String("")  # nothing to print: no layout affixes either
        return self.format(self.wrap(self.join(pieces)))

    def _aligned(self, children: list[Any], item: Any) -> str | None:
        first = _render(children[:1], item)
        rest = _render(children[1:], item)
        if first is None and rest is None:
            return None
        if first is not None and rest is not None and not keeps_seam(children[0], first, item):
            rest = normalize_seam(first, rest)  # the seam between two siblings
        margin = OPEN["margin"] + str(first or "") + CLOSE
        inline = self.format(self.wrap(rest)) if rest is not None else ""
        # citeproc-js trims the end of the inline part (a last suffix ". ").
        return margin + OPEN["inline"] + str(inline).rstrip() + CLOSE


_DISPLAYS = frozenset(OPEN[kind] for kind in ("block", "indent", "margin", "inline"))


def _suffix_inside(entry: Any, suffix: str) -> Any:
    """Move the layout's *suffix* into the display block *entry* ends with, as citeproc-js.

    >>> _suffix_inside(f"{OPEN['block']}A{CLOSE}{OPEN['inline']}B{CLOSE}.", ".") == (
    ...     f"{OPEN['block']}A{CLOSE}{OPEN['inline']}B.{CLOSE}"
    ... )
    True
    """
    text = str(entry) if entry is not None else ""
    if not suffix or not text.endswith(CLOSE + suffix):
        return entry
    end = len(text) - len(suffix) - 1
    depth = 0
    for index in range(end, -1, -1):
        char = text[index]
        if char == CLOSE:
            depth += 1
        elif char in _OPENERS:
            depth -= 1
            if depth == 0:
                if char not in _DISPLAYS:
                    return entry
                # inside the block, the suffix meets the text as it does outside
                return model.String(text[:end] + normalize_seam(text[:end], suffix) + CLOSE)
    return entry


def _substitute(
    entry: str,
    substitute: str,
    previous: tuple[str | None, list[Any]],
    rule: str = "complete-all",
    people: list[Any] | None = None,
) -> tuple[str, str | None]:
    """Replace the entry's first names by *substitute* when they repeat *previous*.

    *previous* holds the names the entry before printed and the data of each of them;
    *people* the data of the names this entry prints.

    ``complete-all`` replaces the whole list when every name repeats, ``complete-each``
    each name then; ``partial-each`` replaces each name repeated from the start of the
    list, ``partial-first`` only the first of them. As in citeproc-js, only names that
    open the entry (after a citation number) are replaced, and they repeat when the
    people printed are the same: an "et al." after them is none (``Dupont, J.-L. et
    al.`` repeats ``Dupont, J.-L.``).
    """
    start = entry.find(OPEN["author"])
    if start < 0:
        return entry, None
    end = _span_end(entry, start)
    names = entry[start + 1 : end]
    spans = _person_spans(names)
    persons = [names[first + 1 : last] for first, last in spans]
    printed, earlier = previous
    before = [] if printed is None else [printed[a + 1 : b] for a, b in _person_spans(printed)]
    if rule == "complete-all" or not spans:
        # citeproc-js replaces only names that open the entry (after its number, if any).
        if any(char.isalpha() for char in plain(entry[:start])):
            same = False
        elif persons:
            same = persons == before and people == earlier
        else:
            same = names == printed
        if same:
            entry = entry[: start + 1] + substitute + entry[end:]
        return entry, names
    repeated = 0
    while repeated < min(len(persons), len(before)) and persons[repeated] == before[repeated]:
        repeated += 1
    if rule == "complete-each":
        count = len(persons) if repeated == len(persons) == len(before) else 0
    else:
        count = min(repeated, 1) if rule == "partial-first" else repeated
    replaced = names
    for first, last in reversed(spans[:count]):
        replaced = replaced[: first + 1] + substitute + replaced[last:]
    return entry[: start + 1] + replaced + entry[end:], names


def _person_spans(names: str) -> list[tuple[int, int]]:
    """Return where each ``person`` span of *names* opens and closes."""
    spans = []
    at = names.find(OPEN["person"])
    while at >= 0:
        end = _span_end(names, at)
        spans.append((at, end))
        at = names.find(OPEN["person"], end)
    return spans


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
#: What separates a cite's names from the rest, formatting closed after the names included.
_AFTER_NAMES = re.compile(rf"^[\s,;:{CLOSE}]*")
_YEAR_AND_SUFFIX = re.compile(r"^(.*\d)([a-z]{1,2})$", re.S)


class _Delimiters(NamedTuple):
    """The delimiters of a citation whose cites are grouped by names."""

    layout: str
    cite_group: str
    cite_group_set: bool
    year_suffix: str
    after_collapse: str
    after_collapse_set: bool = False


def _collapse_years(
    rendered: list[tuple[Any, Any]],
    *,
    delimiters: _Delimiters,
    suffixes: bool,
    ranged: bool,
    anywhere: bool,
) -> list[Any]:
    """Group cites by the same names: ``Smith 2020, 2021``; ``Smith 2020a, b`` for suffixes.

    Cites group when next to each other, or anywhere in a sorted citation (a group then
    takes the place of its first cite); the names are printed once, and a cite printing
    nothing after them is left out. With *suffixes*, cites of one year print their year
    suffixes only, and with *ranged* three or more suffixes in a row as a range
    (``2020a\u2013c``). A group that collapsed is followed by the after-collapse
    delimiter, and so are, inside a group, a cite with a locator and collapsed suffixes
    (unless the style sets a cite-group delimiter). One piece is returned for each
    cite when nothing grouped; otherwise the whole citation is one piece.
    """
    groups: list[list[tuple[Any, str, str]]] = []
    seen: dict[str, int] = {}
    nameless: set[int] = set()
    for cite, value in rendered:
        text = str(value)
        start = text.find(OPEN["author"])
        if start < 0:
            # No names: a group of its own, unless only its year suffix differs from the
            # nameless cite before it ("1965a,b").
            if suffixes and groups and len(groups) - 1 in nameless:
                before = _YEAR_AND_SUFFIX.match(plain(groups[-1][-1][1]))
                here = _YEAR_AND_SUFFIX.match(plain(text))
                if before and here and before.group(1) == here.group(1):
                    groups[-1].append((cite, text, text))
                    continue
            nameless.add(len(groups))
            groups.append([(cite, text, text)])
            continue
        end = _span_end(text, start)
        names = plain(text[start:end])
        rest = _AFTER_NAMES.sub("", text[end + 1 :])
        at = seen.get(names)
        if at is not None and (anywhere or at == len(groups) - 1):
            if plain(rest).strip():
                groups[at].append((cite, text, rest))
            continue
        seen[names] = len(groups)
        groups.append([(cite, text, rest)])
    if len(groups) == len(rendered):
        if delimiters.after_collapse_set and (ranged or not suffixes) and len(rendered) > 1:
            # citeproc-js: with an after-collapse delimiter and nothing collapsed, it
            # joins every cite (but not under collapse="year-suffix").
            return [model.String(delimiters.after_collapse.join(str(t) for _, t in rendered))]
        return [text for _, text in rendered]
    out = ""
    for number, members in enumerate(groups):
        if number:
            previous = groups[number - 1]
            out += delimiters.after_collapse if len(previous) > 1 else delimiters.layout
        out += _group_text(members, delimiters, suffixes=suffixes, ranged=ranged)
    return [model.String(out)]


def _group_cites(rendered: list[tuple[Any, Any]], layout: str, group: str) -> list[Any]:
    """Group cites of the same names, names kept: ``Banda 1999; Aalto 2000, Aalto 2001``.

    A ``cite-group-delimiter`` without ``collapse`` brings the cites of the same names
    together, at the place of the first, and joins them with that delimiter.
    """
    groups: list[list[str]] = []
    seen: dict[str, int] = {}
    for _, value in rendered:
        text = str(value)
        start = text.find(OPEN["author"])
        if start < 0:
            groups.append([text])
            continue
        names = plain(text[start : _span_end(text, start)])
        if names in seen:
            groups[seen[names]].append(text)
            continue
        seen[names] = len(groups)
        groups.append([text])
    if len(groups) == len(rendered):
        return [text for _, text in rendered]
    return [model.String(layout.join(group.join(members) for members in groups))]


def _group_text(
    members: list[tuple[Any, str, str]], delimiters: _Delimiters, *, suffixes: bool, ranged: bool
) -> str:
    """Return one group of cites with the same names, as :func:`_collapse_years` prints it."""
    years: list[list[tuple[Any, str, re.Match[str] | None]]] = []
    for cite, _, rest in members:
        found = _YEAR_AND_SUFFIX.match(plain(rest))
        last = years[-1][-1] if years else None
        if (
            suffixes
            and last is not None
            and last[2] is not None
            and found is not None
            and last[2].group(1) == found.group(1)
            and "locator" not in last[0]
        ):
            years[-1].append((cite, rest, found))
        else:
            years.append([(cite, rest, found)])
    out = members[0][1]
    for number, year in enumerate(years):
        if number:
            before = years[number - 1]
            collapsed = len(before) > 1 or "locator" in before[-1][0]
            if collapsed and not delimiters.cite_group_set:
                out += delimiters.after_collapse
            else:
                out += delimiters.cite_group
            out += year[0][1]
        letters = [str(found.group(2)) for _, _, found in year if found is not None]
        out += _suffix_runs(letters, delimiters.year_suffix, ranged=ranged)
    return out


def _suffix_runs(letters: list[str], delimiter: str, *, ranged: bool) -> str:
    """Return what follows the first of *letters* (year suffixes of one year).

    >>> _suffix_runs(["a", "b", "c", "e"], ",", ranged=True)
    '\u2013c,e'
    >>> _suffix_runs(["a", "c", "d", "e"], ",", ranged=True)
    ',c\u2013e'
    >>> _suffix_runs(["a", "b"], ", ", ranged=True)
    ', b'
    """
    runs: list[list[str]] = []
    for letter in letters:
        if ranged and runs and _next_suffix(runs[-1][-1]) == letter:
            runs[-1].append(letter)
        else:
            runs.append([letter])
    out = ""
    for number, run in enumerate(runs):
        if len(run) >= 3:
            out += ("" if number == 0 else delimiter + run[0]) + "\u2013" + run[-1]
        else:
            out += "".join(delimiter + letter for letter in (run[1:] if number == 0 else run))
    return out


def _next_suffix(suffix: str) -> str:
    """Return the year suffix after *suffix* (``z`` is followed by ``aa``)."""
    if suffix.endswith("z"):
        return "a" * (len(suffix) + 1) if set(suffix) == {"z"} else suffix
    return suffix[:-1] + chr(ord(suffix[-1]) + 1)


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
            parts.append((child, text))
    return model.join(pin_seams(parts, item)) if parts else None


class Sort(model.Sort):
    """A ``cs:sort`` comparing keys with :func:`collation_key`; empty keys go last."""

    def sort(self, items: list[Any], context: Any) -> list[Any]:
        keys = self.findall("cs:key", self.nsmap)
        state = current()
        state.sorting = True  # citeproc-js sorts on keys without year suffixes
        try:
            columns = [key.sort_keys(items, context) for key in keys]
        finally:
            state.sorting = False
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
