"""The rules: the study's patterns (``checker.toml``) and the machinery that runs them.

What is about the study (its patterns, claims and messages) comes from the loaded
``checker.toml``; this module decides what counts as asserted (not negated, not about
other studies, not quoted), reads numbers, finds sentences and matches people's names.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from msc_sci._load import Loaded
from msc_sci._load_checker import CheckerRules, PatternRule, number_value
from msc_sci._records import Claim, Person
from msc_sci.checker._finding import Finding
from msc_sci.checker._text import Scopes, inside

__all__ = ["RULES", "Context"]

#: The rules of a study without ``checker.toml``: none of these (only quotes).
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
#: A negation inside a match, after its first word ("cells did not come from donors").
_INNER_NEGATION = re.compile(
    r"(?<![\w'\u2019-])(?:not|never|no|none|cannot|\w+n['\u2019]t)(?![\w'\u2019-])", _I
)


@dataclass(frozen=True, slots=True)
class Context:
    """What every rule needs: the text, the records, and the scopes of its words."""

    text: str
    refs: Loaded
    scopes: Scopes
    rules: CheckerRules

    @classmethod
    def of(cls, text: str, refs: Loaded) -> Context:
        """Build the context for *text*."""
        return cls(text, refs, Scopes(text), refs.checker or _NO_RULES)

    @property
    def quotes(self) -> list[tuple[int, int]]:
        """Where the quotations of the text are, their marks included."""
        return self.scopes.quotes

    def asserted(self, span: tuple[int, int]) -> bool:
        """Whether the text asserts the words at *span*: not negated, hypothetical,
        reported or quoted."""
        return self.scopes.of(span) is None

    def claim(self, id: str) -> Claim:
        """Return the claim with *id*."""
        return self.refs.claim(id)

    def finding(
        self, kind: str, match: re.Match[str] | tuple[int, int], message: str, claim: str
    ) -> Finding:
        """Make a finding over *match* (or a span), against the claim with id *claim*."""
        record = self.claim(claim)
        where = ", ".join(record.sources)
        span = match if isinstance(match, tuple) else (match.start(), match.end())
        return Finding(
            kind=kind,
            span=span,
            message=f"{message} (record: {record.statement} [{where}])",
            claim=record,
        )


def _asserted(ctx: Context, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """Yield matches that are asserted: not negated, hypothetical, reported or quoted."""
    for match in pattern.finditer(ctx.text):
        if not ctx.asserted((match.start(), match.end())):
            continue
        words = match.group()
        first = re.match(r"\W*[\w'\u2019-]+", words)
        if _INNER_NEGATION.search(words, first.end() if first else 0):
            continue
        yield match


# -- the study's patterns ------------------------------------------------------------------


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
        for match in _matches(ctx, rule):
            case = rule.case(match.group().lower())
            if rule.topic or case.sentence is not None:
                start, end = ctx.scopes.sentence(match.start())
                sentence = ctx.text[start:end]
                if rule.topic and topic is not None and not topic.search(sentence):
                    continue
                if case.sentence is not None and not case.sentence.search(sentence):
                    continue
            message = case.message.replace("{match}", match.group())
            yield ctx.finding(rule.kind, match, message, case.claim)


# -- count --------------------------------------------------------------------------------

#: Words before a number that make it a bound or an estimate, not the number itself.
_QUALIFIER = re.compile(
    r"(?P<q>more\s+than|over|above|at\s+least|upwards\s+of|fewer\s+than|less\s+than|under"
    r"|below|nearly|almost|up\s+to|about|around|roughly|approximately|some|close\s+to"
    r"|an\s+estimated)\s+(?:just\s+|only\s+|a\s+little\s+|slightly\s+)?$",
    _I,
)


_SUBSET = re.compile(r"\s+of\s+(?:the|them|these|those|their|its|all)\b", _I)


def _consistent(qualifier: str, value: int, expected: int) -> bool:
    """Whether "*qualifier* *value*" may describe *expected* ("just over a dozen": 13)."""
    q = " ".join(qualifier.lower().split())
    if q in ("more than", "over", "above", "upwards of"):
        return expected > value
    if q == "at least":
        return expected >= value
    if q in ("fewer than", "less than", "under", "below", "nearly", "almost"):
        return expected < value
    if q == "up to":
        return expected <= value
    return abs(expected - value) <= max(1, value // 10)  # about, around, roughly, ...


def count(ctx: Context) -> Iterator[Finding]:
    """Report a number of patients other than the study's (bounds and estimates read)."""
    if ctx.rules.count is None:
        return
    pattern, claim, message = ctx.rules.count
    expected = ctx.refs.study.design.patients
    for match in pattern.finditer(ctx.text):
        group = "n" if match.group("n") else "m"
        value = number_value(match.group(group))
        if value == expected or not ctx.asserted((match.start(), match.end())):
            continue
        if group == "n" and _SUBSET.match(ctx.text, match.end(group)):
            continue  # "two of the patients": some of them, not how many there were
        before = ctx.text[max(0, match.start() - 30) : match.start(group)]
        qualifier = _QUALIFIER.search(before)
        if qualifier is not None and _consistent(qualifier.group("q"), value, expected):
            continue
        text = message.replace("{expected}", str(expected)).replace("{found}", str(value))
        yield ctx.finding("count", match, text, claim)


# -- journal, roles -----------------------------------------------------------------------

_NAME = r"(?P<name>[A-Z][\w&-]*(?:\s+(?:of|and|&|the|for|[A-Z][\w&-]*))*)"
#: Where a text names the journal a study appeared in, the name in group ``name``.
_PUBLISHED_IN = (
    re.compile(
        r"\b(?i:(?:published|appear(?:s|ed|ing)?|reported|writing|write|wrote|report|paper"
        r"|article|study|letter)(?:\s+(?:this|last|earlier|recently|online|today|yesterday"
        r"|week|month|year))*\s+in|(?:in|by)\s+the\s+journal)\s+(?:the\s+)?(?:journal\s+)?"
        rf"[*_]*{_NAME}"
    ),
    re.compile(rf"(?:^|[.;]\s+|\n)(?:The\s+)?{_NAME}\s+(?:published|carried|printed|ran)\b"),
)
_SAYS_JOURNAL = re.compile(r"\bjournal\s+[*_]*$", _I)


def journal(ctx: Context) -> Iterator[Finding]:
    """Report a wrong journal name."""
    if ctx.rules.journal is None:
        return
    wrong, looks_like, claim, message = ctx.rules.journal
    outlets = ctx.rules.outlets
    right = ctx.refs.study.container_title or ""
    short = ctx.refs.study.container_title_short or ""
    text = message.replace("{journal}", right)
    seen: list[int] = []
    for pattern in wrong:
        for match in pattern.finditer(ctx.text):
            seen.append(match.start())
            if ctx.asserted((match.start(), match.end())):
                yield ctx.finding("journal", match, text, claim)
    seen.sort()  # for a binary search
    for published in _PUBLISHED_IN:
        for match in published.finditer(ctx.text):
            name = match.group("name").strip()
            name_start, name_end = match.span("name")
            index = bisect.bisect_left(seen, name_start)
            if index < len(seen) and seen[index] < max(name_end, name_start + 1):
                continue
            lowered = re.sub(r"^the\s+", "", name.lower())
            if lowered in {right.lower(), short.lower()} or lowered.startswith(right.lower()):
                continue
            if outlets is not None and outlets.fullmatch(lowered):
                continue
            said = _SAYS_JOURNAL.search(ctx.text, max(0, name_start - 20), name_start) is not None
            if not (said or looks_like.search(name)):
                continue
            if not ctx.asserted((name_start, name_end)):
                continue
            yield ctx.finding("journal", (name_start, name_end), text, claim)


_ROLE_PHRASE = re.compile(
    r"\b(?P<role>lead|first|senior|principal|last|corresponding)(?:[- ]named)?\s+"
    r"(?:author|investigator)(?P<plural>s)?\b"
    r"|\bname\s+(?P<first>comes|is|appears|stands)\s+first\b",
    _I,
)
_ROLE_OF: dict[str, str] = {
    "lead": "first-author",
    "first": "first-author",
    "principal": "first-author",
    "senior": "senior-author",
    "last": "senior-author",
}
#: What may stand between the names of a group ("Kocsis and Waxman", "A, B and C").
_JOINER = re.compile(r"\s*(?:,\s*|\s+and\s+|\s*&\s*)$")
#: The given names and initials between two registry family names ("Kocsis and Stephen G.
#: Waxman").
_GIVEN = re.compile(r"\s*(?:,\s*|\s+and\s+|\s*&\s*)(?:[A-Z][\w'-]*\.?\s+){1,3}")
#: Between a role phrase and the name it comes before: a colon, given names, initials.
_BEFORE_NAME = re.compile(r"[\s:]*(?:(?:Dr|Prof)\.?\s+)?(?:[A-Z][\w'-]*\.?\s+){0,3}")
_CLAUSE = re.compile(r"[;:()\u2014]|\bwhile\b|\bwhereas\b|\bbut\b", _I)


def _groups(text: str, names: list[tuple[int, int, Person]]) -> list[list[tuple[int, int, Person]]]:
    """Gather names that stand together ("Kocsis and Waxman") into groups, in order."""
    groups: list[list[tuple[int, int, Person]]] = []
    for name in names:
        if groups:
            gap = text[groups[-1][-1][1] : name[0]]
            if _JOINER.fullmatch(gap) or _GIVEN.fullmatch(gap):
                groups[-1].append(name)
                continue
        groups.append([name])
    return groups


def role(ctx: Context) -> Iterator[Finding]:
    """Report a named person given a role the record does not give them.

    A role phrase is about the names nearest to it in its clause: a plural one ("senior
    authors Kocsis and Waxman") about every name of the nearest group of names, a
    singular one about the nearest name.
    """
    default = ctx.rules.role_default
    if default is None:
        return
    people = ctx.refs.people
    order = {id(person): index for index, person in enumerate(people)}
    text = ctx.text
    for start, end in ctx.scopes.sentences():
        phrases = list(_ROLE_PHRASE.finditer(text, start, end))
        if not phrases:
            continue
        names = sorted(
            {
                (m.start(), m.end(), person)
                for person in people
                if person.family
                for m in re.finditer(rf"\b{re.escape(person.family)}\b", text[start:end])
            },
            key=lambda n: (n[0], order[id(n[2])]),
        )
        names = [(a + start, b + start, p) for a, b, p in names]
        if not names:
            continue
        groups = _groups(text, names)
        for match in phrases:
            wanted = (
                "first-author"
                if match.group("first")
                else _ROLE_OF.get((match.group("role") or "").lower())
            )
            if wanted is None or not ctx.asserted((match.start(), match.end())):
                continue
            group = _nearest(text, groups, match)
            if group is None:
                continue
            named = [p for _, _, p in group] if match.group("plural") else [_closest(group, match)]
            said = "first" if match.group("first") else (match.group("role") or "").lower()
            for person in dict.fromkeys(named):
                if person.has_role(wanted):
                    continue
                yield ctx.finding(
                    "role",
                    match,
                    f"{person} was not the {said} author: the record "
                    f"gives {', '.join(r.value for r in person.roles)}",
                    ctx.rules.role_claims.get(person.id or "", default),
                )


def _distance(text: str, group: list[tuple[int, int, Person]], match: re.Match[str]) -> int | None:
    """Characters from *match* to *group*, or ``None`` when a clause break lies between."""
    if group[-1][1] <= match.start():
        gap = text[group[-1][1] : match.start()]
    elif group[0][0] >= match.end():
        gap = text[match.end() : group[0][0]]
        if _BEFORE_NAME.fullmatch(gap):
            return 0  # "first author Osamu Honmou"
    else:
        return 0
    if _CLAUSE.search(gap) or _ROLE_PHRASE.search(gap):
        return None
    return len(gap)


def _nearest(
    text: str, groups: list[list[tuple[int, int, Person]]], match: re.Match[str]
) -> list[tuple[int, int, Person]] | None:
    best: tuple[int, int, list[tuple[int, int, Person]]] | None = None
    for group in groups:
        distance = _distance(text, group, match)
        if distance is None:
            continue
        # On a tie the name before the phrase ("Waxman, senior author, Honmou") wins.
        key = (distance, 0 if group[-1][1] <= match.start() else 1)
        if best is None or key < best[:2]:
            best = (*key, group)
    return None if best is None else best[2]


def _closest(group: list[tuple[int, int, Person]], match: re.Match[str]) -> Person:
    """The name of *group* nearest to *match*."""
    return min(group, key=lambda n: min(abs(n[0] - match.end()), abs(match.start() - n[1])))[2]


# -- missing caveat -----------------------------------------------------------------------


def missing_caveat(ctx: Context, findings: list[Finding]) -> Iterator[Finding]:
    """Report results given with no word on the design's limits.

    Results and caveats count only where the text asserts them; wording another rule
    reported (a "placebo group" the study did not have) is no caveat.
    """
    if ctx.rules.missing_caveat is None or ctx.rules.topic is None:
        return
    results, caveats, claim, message = ctx.rules.missing_caveat
    reported = sorted(f.span for f in findings)
    # The furthest end of the spans up to each one: an overlap is a binary search away.
    reach = list(itertools.accumulate((end for _, end in reported), max))
    for caveat in caveats.finditer(ctx.text):
        span = (caveat.start(), caveat.end())
        if inside(span, ctx.quotes):
            continue
        index = bisect.bisect_left(reported, (span[1],)) - 1
        if index >= 0 and reach[index] > span[0]:
            continue
        return
    for match in results.finditer(ctx.text):
        if not ctx.asserted((match.start(), match.end())):
            continue
        if ctx.rules.topic.search(ctx.text):
            yield ctx.finding("missing-caveat", match, message, claim)
        return


RULES: tuple[tuple[str, Callable[[Context], Iterator[Finding]]], ...] = (
    ("role", role),
    ("journal", journal),
    ("patterns", patterns),
    ("count", count),
)
