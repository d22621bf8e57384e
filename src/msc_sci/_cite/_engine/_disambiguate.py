"""Disambiguation: telling apart items whose first citations would print alike.

The first citation of each item is rendered (a probe) and compared as plain text; items
that print alike are ambiguous. As CSL 1.0.2 orders them, the style's options then:

1. show more names (``disambiguate-add-names``), one at a time, and at each count
2. expand given names (``disambiguate-add-givenname``, as ``givenname-disambiguation-rule``
   says; a rule other than ``by-cite`` first expands names throughout the document);
3. take ``cs:if disambiguate="true"`` branches, for items still ambiguous;
4. add year suffixes (``disambiguate-add-year-suffix``): ``a``, ``b``, ... in bibliography
   order, as the ``year-suffix`` variable, or after the year of ``issued`` for a style
   that never prints ``year-suffix`` (citeproc-js's implicit year suffix).

When names cannot tell items apart and year suffixes will, those items keep the style's
own names. What each item needs is kept in the render context (:mod:`._context`).
"""

from __future__ import annotations

import string
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from citeproc.string import String

from msc_sci._cite._engine._cites import Citation, Cite
from msc_sci._cite._engine._conditions import CONDITION_TESTS
from msc_sci._cite._engine._context import Disambiguation, NamesSeen, current
from msc_sci._cite._engine._givenname import Rule, expands_everywhere, family_key, level_needed
from msc_sci._cite._engine._rich import plain

__all__ = ["disambiguate", "suffix_letters"]


def suffix_letters(number: int) -> str:
    """Return the *number*-th year suffix (0 → ``a``, 25 → ``z``, 26 → ``aa``, 702 → ``aaa``).

    The letters count on without end, as citeproc-js counts them (bijective base 26).

    >>> [suffix_letters(n) for n in (0, 1, 25, 26, 27, 701, 702)]
    ['a', 'b', 'z', 'aa', 'ab', 'zz', 'aaa']
    """
    letters = string.ascii_lowercase
    out = ""
    number += 1
    while number:
        number, digit = divmod(number - 1, 26)
        out = letters[digit] + out
    return out


@dataclass(frozen=True, slots=True)
class _Options:
    """The disambiguation options of a style's ``cs:citation``."""

    add_names: bool
    add_given: bool
    rule: Rule
    condition: int
    year_suffix: bool

    @classmethod
    def of(cls, root: Any) -> _Options:
        citation = root.citation
        return cls(
            add_names=citation.get("disambiguate-add-names") == "true",
            add_given=citation.get("disambiguate-add-givenname") == "true",
            rule=Rule(citation.get("givenname-disambiguation-rule", "by-cite")),
            condition=len(root.xpath_search(CONDITION_TESTS)),
            year_suffix=citation.get("disambiguate-add-year-suffix") == "true",
        )

    @property
    def any(self) -> bool:
        return self.add_names or self.add_given or bool(self.condition) or self.year_suffix


class _Run:
    """One disambiguation of a bibliography's items: their probes, names and states."""

    def __init__(
        self,
        bibliography: Any,
        options: _Options,
        first_notes: Mapping[str, int] | None = None,
    ):
        self.bibliography = bibliography
        self.options = options
        self.keys: list[str] = list(bibliography.keys)
        self.context = context = current()
        self.cites = context.history
        self.before = len(self.cites)
        context.seen = {}
        try:
            self.texts = {key: self.probe(key) for key in self.keys}
            self.seen: dict[str, list[NamesSeen]] = context.seen
        finally:
            context.seen = None
        self.first_notes = first_notes
        #: Each key's later citations as plain text, for a style printing them otherwise.
        self.later: dict[str, str] = {}
        #: The names each key's later citation prints.
        self.seen_later: dict[str, list[NamesSeen]] = {}
        if _cites_differ_later(bibliography.style.root):
            context.seen = {}
            try:
                self.later = {key: self.probe_later(key) for key in self.keys}
                self.seen_later = context.seen
            finally:
                context.seen = None

    def probe(self, key: str) -> str:
        """Return *key*'s first citation as plain text, as things stand."""
        citation = Citation([Cite(key)])
        citation.bibliography = self.bibliography
        self.context.probing = True
        try:
            rendered = self.bibliography.cite(citation, lambda item: None)
        finally:
            self.context.probing = False
        del self.cites[self.before :]  # looking is not citing: positions stay "first"
        return plain(str(rendered))

    def probe_later(self, key: str) -> str:
        """Return *key*'s later (``subsequent``) citations as plain text, as things stand.

        The item is cited first in the note that first cites it in the document, then
        after another item (so not ``ibid``), far from that note.
        """
        first_note = (self.first_notes or {}).get(key, 0)
        other = next((other for other in self.keys if other != key), key)
        for earlier in (key, other):
            cite = Cite(earlier)
            Citation([cite], first_note)
            self.cites.append(cite)
        # The cite prints its first note as first-reference-note-number.
        item = Cite(key, max(first_note, 0))
        citation = Citation([item], first_note + _FAR if first_note > 0 else 0)
        citation.bibliography = self.bibliography
        try:
            rendered = self.bibliography.cite(citation, lambda item: None)
        finally:
            del self.cites[self.before :]
        return plain(str(rendered))

    def state(self, key: str) -> Disambiguation:
        found = self.context.state(key)
        if found is None:
            found = self.context.disambiguation[key] = Disambiguation()
        return found

    def ambiguous(
        self, keys: Iterable[str], texts: Mapping[str, str] | None = None
    ) -> list[list[str]]:
        """Return the groups of *keys* (two or more) whose citations print alike.

        *texts* are the citations compared: the first ones unless given.
        """
        texts = self.texts if texts is None else texts
        groups: dict[str, list[str]] = {}
        for key in keys:
            groups.setdefault(texts[key], []).append(key)
        return [group for group in groups.values() if len(group) > 1]

    def ambiguous_anywhere(self, keys: Iterable[str]) -> list[list[str]]:
        """Return the groups of *keys* whose first or later citations print alike.

        Groups sharing a key are merged; keys keep the order of *keys*.
        """
        keys = list(keys)
        found = self.ambiguous(keys)
        if not self.later:
            return found
        later: dict[str, list[str]] = {}
        for key in keys:
            later.setdefault(self.later[key], []).append(key)
        found += [group for group in later.values() if len(group) > 1]
        owner = {key: key for key in keys}

        def root(key: str) -> str:
            while owner[key] != key:
                key = owner[key]
            return key

        for group in found:
            for key in group[1:]:
                owner[root(key)] = root(group[0])
        merged: dict[str, list[str]] = {}
        for key in keys:
            merged.setdefault(root(key), []).append(key)
        return [group for group in merged.values() if len(group) > 1]

    def rerender(self, keys: Iterable[str]) -> None:
        for key in keys:
            self.texts[key] = self.probe(key)
            if self.later:
                self.later[key] = self.probe_later(key)

    def expand_everywhere(self) -> None:
        """Expand given names throughout, under a rule other than ``by-cite``."""
        rule = self.options.rule
        rivals: dict[tuple[str, str], list[Any]] = defaultdict(list)
        for key in self.keys:
            for name in self._shown(key, 0, rule):
                rivals[family_key(name[2])].append(name[2])
        changed = []
        for key in self.keys:
            for variable, position, name in self._shown(key, 0, rule):
                level = level_needed(name, rivals[family_key(name)], rule.most)
                if level:
                    given = self.state(key).given
                    given[(variable, position)] = max(level, given.get((variable, position), 0))
                    changed.append(key)
        self.rerender(dict.fromkeys(changed))

    def _shown(self, key: str, count: int, rule: Rule) -> list[tuple[str, int, Any]]:
        """Return ``(variable, position, name)`` of the names *key* shows with *count*."""
        shown: list[tuple[str, int, Any]] = []
        for seen in self.seen.get(key, ()):
            last = min(len(seen.names), max(seen.shown, count))
            if rule.primary_only:
                last = min(last, 1)
            shown.extend((seen.variable, at, seen.names[at]) for at in range(last))
        return shown

    def resolve(self, group: list[str]) -> None:
        """Add names and expand given names until *group*'s citations differ, if they can."""
        if not self._differ(group):
            return  # the same names throughout: only a year suffix can help
        options = self.options
        saved = {key: (self.state(key).names, dict(self.state(key).given)) for key in group}
        lists = [seen for key in group for seen in self.seen.get(key, ())]
        count = min((seen.shown for seen in lists), default=0)
        most = max((len(seen.names) for seen in lists), default=0)
        reduced: dict[str, int] = {}  # the last count at which a key's group shrank
        pending = [group]
        while pending:
            still: list[list[str]] = []
            for members in pending:
                fewest = min(
                    (seen.shown for key in members for seen in self.seen.get(key, ())), default=0
                )
                if count > fewest:
                    for key in members:
                        self.state(key).names = count
                    self.rerender(members)
                left = []
                for alike in self.ambiguous(members):
                    if options.add_given:
                        self._expand_by_cite(alike, count)
                        left.extend(self.ambiguous(alike))
                    else:
                        left.append(alike)
                if len(left) != 1 or len(left[0]) < len(members):
                    reduced.update((key, count) for alike in left for key in alike)
                still.extend(alike for alike in left if self._differ(alike))
            pending = still
            count += 1
            if not options.add_names or count > most:
                break
        for key in {key for members in pending for key in members}:
            # Names that did not help are taken back, down to the last count that did.
            state = self.state(key)
            if key in reduced:
                state.names = reduced[key]
            else:
                state.names, state.given = saved[key]
            self.rerender([key])

    def resolve_later(self, group: list[str]) -> None:
        """Add names until *group*'s later citations differ, if they can.

        A later citation may print fewer names (``et-al-subsequent-min``); names added
        for it show in every citation of the item, never fewer than before.
        """
        seen = self.seen_later
        if not self._differ(group, seen):
            return
        saved = {key: self.state(key).names for key in group}
        most = max((len(names.names) for key in group for names in seen.get(key, ())), default=0)
        reduced: dict[str, int] = {}  # the last count at which a key's group shrank
        pending = [group]
        for count in range(1, most + 1):
            still: list[list[str]] = []
            for members in pending:
                for key in members:
                    self.state(key).names = max(count, saved[key])
                self.rerender(members)
                left = self.ambiguous(members, self.later)
                if len(left) != 1 or len(left[0]) < len(members):
                    reduced.update((key, count) for alike in left for key in alike)
                still.extend(alike for alike in left if self._differ(alike, seen))
            pending = still
            if not pending:
                break
        for key in {key for members in pending for key in members}:
            # Names that did not help are taken back, down to the last count that did.
            self.state(key).names = max(reduced.get(key, 0), saved[key])
            self.rerender([key])

    def _differ(self, keys: list[str], seen: Mapping[str, list[NamesSeen]] | None = None) -> bool:
        """Return whether the name lists of *keys* differ at all (so names might help).

        *seen* holds the names each key's citation prints: its first one unless given.
        """
        seen = self.seen if seen is None else seen
        signatures = {
            tuple((names.variable, tuple(map(_signature, names.names))) for names in seen[key])
            for key in keys
            if key in seen
        } | {() for key in keys if key not in seen}
        return len(signatures) > 1

    def _expand_by_cite(self, members: list[str], count: int) -> None:
        """Expand the given names that differ between *members*' shown names."""
        rule = self.options.rule
        shown = {key: self._shown(key, count, rule) for key in members}
        changed = []
        for key in members:
            others = [name for other in members if other != key for _, _, name in shown[other]]
            for variable, position, name in shown[key]:
                level = level_needed(name, others, rule.most)
                given = self.state(key).given
                if level > given.get((variable, position), 0):
                    given[(variable, position)] = level
                    changed.append(key)
        self.rerender(dict.fromkeys(changed))

    def take_conditions(self) -> None:
        """Turn ``disambiguate="true"`` tests on, one more at a time, for items still alike."""
        pending = self.ambiguous_anywhere(self.keys)
        for rank in range(1, self.options.condition + 1):
            still = []
            for group in pending:
                for key in group:
                    self.state(key).condition = rank
                self.rerender(group)
                still.extend(self.ambiguous_anywhere(group))
            pending = still

    def add_year_suffixes(self) -> None:
        """Give items still alike their year suffixes, in the bibliography's order."""
        root = self.bibliography.style.root
        explicit = bool(root.xpath_search(".//cs:text[@variable='year-suffix']"))
        for group in self.ambiguous_anywhere(self.keys):
            for number, key in enumerate(group):
                reference = self.bibliography.source[key]
                suffix = String(suffix_letters(number))
                reference["year_suffix"] = suffix
                if not explicit:
                    self.context.suffixes[key] = suffix


#: How far after its first note a later probe is cited (never ``near-note``).
_FAR = 10_000


def _cites_differ_later(root: Any) -> bool:
    """Return whether *root*'s later citations may print otherwise than its first ones."""
    return bool(
        root.xpath_search(".//cs:*[@position]")
        or any(name.startswith("et-al-subsequent") for name in root.citation.attrib)
    )


def _signature(name: Any) -> tuple[tuple[str, str], ...]:
    return tuple(sorted((str(key), str(value)) for key, value in name.items()))


def disambiguate(bibliography: Any, first_notes: Mapping[str, int] | None = None) -> None:
    """Disambiguate the registered items of *bibliography* as its style asks.

    What it decides is kept in the render context (:mod:`._context`). Items whose later
    (``subsequent``) citations would print alike are told apart too, as citeproc-js
    compares those even for a bibliography alone; *first_notes* gives the note first
    citing each key (by default each is cited in the running text).
    """
    root = bibliography.style.root
    if root.citation is None:
        return
    options = _Options.of(root)
    everywhere = expands_everywhere(root)
    if not options.any or (len(bibliography.keys) < 2 and not everywhere):
        # A single item is never ambiguous, but two people in one name list may be.
        return
    run = _Run(bibliography, options, first_notes)
    if everywhere:
        run.expand_everywhere()
    if options.add_names or options.add_given:
        for group in run.ambiguous(run.keys):
            run.resolve(group)
    if options.add_names and run.later:
        for group in run.ambiguous(run.keys, run.later):
            run.resolve_later(group)
    if options.condition:
        run.take_conditions()
    if options.year_suffix:
        run.add_year_suffixes()
