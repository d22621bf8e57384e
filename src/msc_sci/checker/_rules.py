"""The rules: the study's patterns (``checker.toml``) and the machinery that runs them.

What is about the study (its patterns, claims and messages) comes from the loaded
``checker.toml``; this module decides what counts as asserted (not negated, not about
other studies, not quoted), reads numbers, finds sentences and matches people's names.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from msc_sci._load import Loaded
from msc_sci._load_checker import NUMBER_WORDS, CheckerRules, PatternRule
from msc_sci._records import Claim, Person
from msc_sci.checker._finding import Finding
from msc_sci.checker._text import inside, is_hypothetical, is_negated, quoted_spans, sentence_spans

__all__ = ["RULES", "Context"]

#: The rules of a study without ``checker.toml``: none of these (only misquotes).
_NO_RULES = CheckerRules(
    topic=None,
    count=None,
    journal=None,
    role_claims={},
    role_default=None,
    missing_caveat=None,
    rules=(),
)

_I = re.IGNORECASE


@dataclass(frozen=True, slots=True)
class Context:
    """What every rule needs: the text, the records, and where the quotations are."""

    text: str
    refs: Loaded
    quotes: list[tuple[int, int]]
    rules: CheckerRules

    @classmethod
    def of(cls, text: str, refs: Loaded) -> Context:
        """Build the context for *text*."""
        return cls(text, refs, quoted_spans(text), refs.checker or _NO_RULES)

    def claim(self, id: str) -> Claim:
        """Return the claim with *id*."""
        return self.refs.claim(id)

    def finding(self, kind: str, match: re.Match[str], message: str, claim: str) -> Finding:
        """Make a finding over *match*, against the claim with id *claim*."""
        record = self.claim(claim)
        where = ", ".join(record.sources)
        return Finding(
            kind=kind,
            span=(match.start(), match.end()),
            message=f"{message} (record: {record.statement} [{where}])",
            claim=record,
        )


def _asserted(ctx: Context, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """Yield matches that are asserted: not negated, not about other studies, not quoted."""
    for match in pattern.finditer(ctx.text):
        span = (match.start(), match.end())
        if inside(span, ctx.quotes):
            continue
        if is_negated(ctx.text, match.start()) or is_hypothetical(ctx.text, match.start()):
            continue
        if is_negated(match.group(), len(match.group())):  # "cells did not come from donors"
            continue
        yield match


# -- the study's patterns ------------------------------------------------------------------


def _sentence_of(ctx: Context, spans: list[tuple[int, int]], position: int) -> str:
    starts = [start for start, _ in spans]
    index = bisect.bisect_right(starts, position) - 1
    start, end = spans[index] if index >= 0 else (0, len(ctx.text))
    return ctx.text[start:end]


def _matches(ctx: Context, rule: PatternRule) -> Iterator[re.Match[str]]:
    if rule.where == "asserted":
        yield from _asserted(ctx, rule.pattern)
        return
    for match in rule.pattern.finditer(ctx.text):
        if rule.where == "unquoted" and inside((match.start(), match.end()), ctx.quotes):
            continue
        yield match


def patterns(ctx: Context) -> Iterator[Finding]:
    """Report the matches of each pattern rule, against its case's claim."""
    topic = ctx.rules.topic
    for rule in ctx.rules.rules:
        spans: list[tuple[int, int]] | None = None
        for match in _matches(ctx, rule):
            case = rule.case(match.group().lower())
            if rule.topic or case.sentence is not None:
                if spans is None:
                    spans = list(sentence_spans(ctx.text))
                sentence = _sentence_of(ctx, spans, match.start())
                if rule.topic and topic is not None and not topic.search(sentence):
                    continue
                if case.sentence is not None and not case.sentence.search(sentence):
                    continue
            message = case.message.replace("{match}", match.group())
            yield ctx.finding(rule.kind, match, message, case.claim)


# -- count --------------------------------------------------------------------------------


def count(ctx: Context) -> Iterator[Finding]:
    """Report a number of patients other than the study's."""
    if ctx.rules.count is None:
        return
    pattern, claim, message = ctx.rules.count
    expected = ctx.refs.study.design.patients
    for match in pattern.finditer(ctx.text):
        raw = re.sub(r"\s+", " ", match.group("n").lower())
        value = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
        if value != expected:
            text = message.replace("{expected}", str(expected)).replace("{found}", str(value))
            yield ctx.finding("count", match, text, claim)


# -- journal, roles -----------------------------------------------------------------------

_PUBLISHED_IN = re.compile(
    r"\b(?:published|appear(?:s|ed)|reported)\s+in\s+(?:the\s+)?(?:journal\s+)?[*_]*"
    r"(?P<name>[A-Z][\w&-]*(?:\s+(?:of|and|&|the|for|[A-Z][\w&-]*))*)"
)


def journal(ctx: Context) -> Iterator[Finding]:
    """Report a wrong journal name."""
    if ctx.rules.journal is None:
        return
    wrong, looks_like, claim, message = ctx.rules.journal
    right = ctx.refs.study.container_title or ""
    short = ctx.refs.study.container_title_short or ""
    text = message.replace("{journal}", right)
    seen: list[int] = []
    for pattern in wrong:
        for match in pattern.finditer(ctx.text):
            seen.append(match.start())
            yield ctx.finding("journal", match, text, claim)
    seen.sort()  # for a binary search
    for match in _PUBLISHED_IN.finditer(ctx.text):
        name = match.group("name").strip()
        name_start, name_end = match.span("name")
        index = bisect.bisect_left(seen, name_start)
        if index < len(seen) and seen[index] < max(name_end, name_start + 1):
            continue
        if name.lower() in {right.lower(), short.lower()} or name.lower().startswith(right.lower()):
            continue
        if not looks_like.search(name):
            continue
        yield ctx.finding("journal", match, text, claim)


_ROLE_PHRASE = re.compile(
    r"\b(?P<role>lead|first|senior|principal|last|corresponding)\s+(?:author|investigator)"
    r"(?P<plural>s)?\b",
    _I,
)
_ROLE_OF: dict[str, str] = {
    "lead": "first-author",
    "first": "first-author",
    "principal": "first-author",
    "senior": "senior-author",
    "last": "senior-author",
}


def role(ctx: Context) -> Iterator[Finding]:
    """Report a named person given a role the record does not give them."""
    default = ctx.rules.role_default
    if default is None:
        return
    people = ctx.refs.people
    for start, end in sentence_spans(ctx.text):
        names = [
            (m.start(), person)
            for person in people
            if person.family
            for m in re.finditer(rf"\b{re.escape(person.family)}\b", ctx.text[start:end])
        ]
        if not names:
            continue
        # Sorted by position, so the nearest name is a binary search away (linear time
        # over a long sentence); each person once for a plural role.
        order = {id(person): index for index, person in enumerate(people)}
        names.sort(key=lambda item: (item[0], order[id(item[1])]))
        positions = [position for position, _ in names]
        everyone = list(
            {id(p): p for _, p in sorted(names, key=lambda n: order[id(n[1])])}.values()
        )
        for match in _ROLE_PHRASE.finditer(ctx.text, start, end):
            wanted = _ROLE_OF.get(match.group("role").lower())
            if wanted is None or is_negated(ctx.text, match.start()):
                continue
            where = match.start() - start
            if match.group("plural"):
                named: list[Person] = everyone
            else:
                named = [_nearest(names, positions, where, order)]
            for person in named:
                if person.has_role(wanted):
                    continue
                yield ctx.finding(
                    "role",
                    match,
                    f"{person} was not the {match.group('role').lower()} author: the record "
                    f"gives {', '.join(r.value for r in person.roles)}",
                    ctx.rules.role_claims.get(person.id or "", default),
                )


def _nearest(
    names: list[tuple[int, Person]], positions: list[int], where: int, order: dict[int, int]
) -> Person:
    """Return the person named nearest to *where* (the first in the registry on a tie)."""
    index = bisect.bisect_left(positions, where)
    # Every name at the nearest position on each side (two people may share a family name).
    first = bisect.bisect_left(positions, positions[index - 1]) if index else index
    last = bisect.bisect_right(positions, positions[index]) if index < len(names) else index
    candidates = names[first:last]
    return min(candidates, key=lambda item: (abs(item[0] - where), order[id(item[1])]))[1]


# -- missing caveat -----------------------------------------------------------------------


def missing_caveat(ctx: Context) -> Iterator[Finding]:
    """Report results given with no word on the design's limits."""
    if ctx.rules.missing_caveat is None or ctx.rules.topic is None:
        return
    results, caveats, claim, message = ctx.rules.missing_caveat
    if caveats.search(ctx.text):
        return
    match = results.search(ctx.text)
    if match is not None and ctx.rules.topic.search(ctx.text):
        yield ctx.finding("missing-caveat", match, message, claim)


RULES: tuple[tuple[str, Callable[[Context], Iterator[Finding]]], ...] = (
    ("role", role),
    ("journal", journal),
    ("patterns", patterns),
    ("count", count),
    ("missing-caveat", missing_caveat),
)
