"""The rules, one function per kind of finding; each yields findings for one text."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from msc_sci._load import References
from msc_sci._records import Claim, Person
from msc_sci.checker._finding import Finding
from msc_sci.checker._text import inside, is_hypothetical, is_negated, quoted_spans, sentence_spans

__all__ = ["RULES", "Context"]

_I = re.IGNORECASE


@dataclass(frozen=True, slots=True)
class Context:
    """What every rule needs: the text, the records, and where the quotations are."""

    text: str
    refs: References
    quotes: list[tuple[int, int]]

    @classmethod
    def of(cls, text: str, refs: References) -> Context:
        """Build the context for *text*."""
        return cls(text, refs, quoted_spans(text))

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


# -- design -------------------------------------------------------------------------------

_DESIGN = re.compile(
    r"\b(?:double[- ]blind(?:ed)?|single[- ]blind(?:ed)?|blinded|blind(?:ed)? trial"
    r"|placebo[- ]controlled|(?:randomi[sz]ed|controlled)(?:\s+clinical)?\s+(?:trial|study)"
    r"|randomi[sz]ed|control\s+group|compared\s+(?:with|to|against)\s+(?:a\s+)?placebo"
    r"|(?:a|the)\s+placebo\s+group)\b",
    _I,
)


def design(ctx: Context) -> Iterator[Finding]:
    """Report claims that the study was blinded, placebo-controlled, randomised or controlled."""
    for match in _asserted(ctx, _DESIGN):
        words = match.group().lower()
        if "blind" in words:
            claim = "design-unblinded"
        elif "placebo" in words:
            claim = "design-no-placebo"
        else:
            claim = "design-self-controlled"
        yield ctx.finding("design", match, f"the study was not {_design_word(words)}", claim)


def _design_word(words: str) -> str:
    if "blind" in words:
        return "blinded"
    if "placebo" in words:
        return "placebo-controlled"
    if "random" in words:
        return "randomised"
    return "controlled: each patient served as their own control"


# -- count --------------------------------------------------------------------------------

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "dozen": 12, "a dozen": 12,
}  # fmt: skip
_COUNT = re.compile(
    r"\b(?P<n>\d{1,3}|a\s+dozen|" + "|".join(k for k in _NUMBER_WORDS if " " not in k) + r")"
    r"\s+(?:[\w-]+\s+){0,3}?(?:patients|people|participants|subjects|volunteers|men\s+and\s+women)\b",
    _I,
)


def count(ctx: Context) -> Iterator[Finding]:
    """Report a number of patients other than the study's."""
    expected = ctx.refs.study.design.patients
    for match in _COUNT.finditer(ctx.text):
        raw = re.sub(r"\s+", " ", match.group("n").lower())
        value = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
        if value != expected:
            yield ctx.finding(
                "count",
                match,
                f"the study treated {expected} patients, not {value}",
                "patients-13",
            )


# -- cells, route, injuries ---------------------------------------------------------------

_CELL_SOURCE = re.compile(
    r"\b(?:(?:embryonic|donor|donated|umbilical[- ]cord|cord[- ]blood|fetal|foetal|allogeneic"
    r"|allogenic|placental|amniotic|adipose|fat)(?:[- ]derived)?\s+(?:[\w-]+\s+){0,2}?cells?"
    r"|cells?\b[^.;]{0,40}?\bfrom\s+(?:an?\s+|other\s+|healthy\s+|unrelated\s+)*donors?"
    r"|cells?\b[^.;]{0,30}?\bfrom\s+(?:human\s+)?(?:embryos|umbilical\s+cords?|fat))",
    _I,
)


def cell_source(ctx: Context) -> Iterator[Finding]:
    """Report cells said to come from donors, embryos, cords or fat."""
    for match in _asserted(ctx, _CELL_SOURCE):
        yield ctx.finding(
            "cell-source",
            match,
            "the cells were the patients' own, from their bone marrow",
            "cells-own-bone-marrow",
        )


_ROUTE = re.compile(
    r"\b(?:intrathecal(?:ly)?|intraspinal(?:ly)?|lumbar\s+puncture|spinal\s+tap|orally|by\s+mouth"
    r"|(?:injected|implanted|transplanted|infused|placed|delivered)\s+(?:directly\s+)?"
    r"(?:into|in)\s+(?:the\s+)?(?:spinal\s+cord|spine|spinal\s+fluid|brain|injury\s+site"
    r"|site\s+of\s+(?:the\s+)?injury)|surgically\s+(?:implanted|transplanted))\b",
    _I,
)


def route(ctx: Context) -> Iterator[Finding]:
    """Report a route other than intravenous."""
    for match in _asserted(ctx, _ROUTE):
        yield ctx.finding(
            "route",
            match,
            "the cells were given intravenously, into a vein",
            "route-intravenous",
        )


_INJURY = re.compile(
    r"\b(?:non-?traumatic|(?<!non-)(?<!non)penetrating|gunshot|stab(?:bing)?\s+wounds?"
    r"|(?:chronic|old)\s+(?:spinal\s+cord\s+)?injur(?:y|ies)|years\s+(?:earlier|before|after"
    r"\s+(?:their|the)\s+injur\w+)|(?:completely\s+)?severed)\b",
    _I,
)


def injury_type(ctx: Context) -> Iterator[Finding]:
    """Report injuries called non-traumatic, penetrating, severed or years old."""
    for match in _asserted(ctx, _INJURY):
        words = match.group().lower()
        claim = (
            "injury-weeks-before"
            if "year" in words or "chronic" in words or "old" in words
            else "injury-non-penetrating"
        )
        yield ctx.finding(
            "injury-type",
            match,
            "the injuries were non-penetrating, in many cases from falls or minor trauma, "
            "several weeks before treatment",
            claim,
        )


# -- harms, overclaims, product -----------------------------------------------------------

_HARMS = re.compile(
    r"\b(?:no|zero|without(?:\s+any)?|free\s+of)\s+(?:side[- ]effects?"
    r"|adverse\s+(?:effects?|events?|reactions?)|risks?|complications?)"
    r"|\b(?:completely|perfectly|totally|entirely|100%|absolutely)\s+safe\b|\brisk[- ]free\b",
    _I,
)


def harms(ctx: Context) -> Iterator[Finding]:
    """Report "no side effects" where the record says no substantial side effects."""
    for match in _HARMS.finditer(ctx.text):
        if inside((match.start(), match.end()), ctx.quotes):
            continue
        yield ctx.finding(
            "harms",
            match,
            "only no substantial side effects were reported, not none",
            "harms-none-substantial",
        )


_OVERCLAIM = re.compile(
    r"\b(?:cure[sd]?|curing|breakthrough|miracle|miraculous|repair(?:s|ed|ing)?"
    r"|restor(?:e|es|ed|ing)|revers(?:e|es|ed|ing)|heal(?:s|ed)?|regenerat(?:e|es|ed|ing)"
    r"|game[- ]changer|proven|proves?|works)\b",
    _I,
)
_TOPIC = re.compile(
    r"spinal|spine|cord|patient|treat|therap|stem|study|injur|paraly|walk|scientist|researcher",
    _I,
)


def overclaim(ctx: Context) -> Iterator[Finding]:
    """Report cure, repair, breakthrough and the like said of the treatment."""
    spans = list(sentence_spans(ctx.text))
    starts = [start for start, _ in spans]
    for match in _asserted(ctx, _OVERCLAIM):
        index = bisect.bisect_right(starts, match.start()) - 1
        start, end = spans[index] if index >= 0 else (0, len(ctx.text))
        sentence = ctx.text[start:end]
        if not _TOPIC.search(sentence):
            continue
        if match.group().lower() == "works" and not re.search(
            r"\b(?:treatment|therapy|it)\s+works\b", sentence, _I
        ):
            continue
        yield ctx.finding(
            "overclaim",
            match,
            f"{match.group()!r} says more than the study showed: it measured function "
            "(walking, using the hands) in an uncontrolled series, not repair or cure",
            "results-within-weeks",
        )


_PRODUCT = re.compile(
    r"\bStemirac\b[^.;]{0,40}?\b(?:team|group|researchers|scientists|lab|laboratory)\b"
    r"|\b(?:team|group|researchers|scientists)\s+(?:called|named|at|from)\s+Stemirac\b",
    _I,
)


def product(ctx: Context) -> Iterator[Finding]:
    """Report Stemirac, the product name of the cell therapy, called a team."""
    for match in _PRODUCT.finditer(ctx.text):
        yield ctx.finding(
            "product",
            match,
            "Stemirac is the product name of the cell therapy, not a team",
            "team-yale-sapporo",
        )


# -- journal, roles -----------------------------------------------------------------------

_JOURNAL_WRONG = re.compile(
    r"\bJournal\s+of\s+Clinical\s+Neurology\s+(?:and|&)\s+Neurosurgery\b", _I
)
_PUBLISHED_IN = re.compile(
    r"\b(?:published|appear(?:s|ed)|reported)\s+in\s+(?:the\s+)?(?:journal\s+)?[*_]*"
    r"(?P<name>[A-Z][\w&-]*(?:\s+(?:of|and|&|the|for|[A-Z][\w&-]*))*)"
)


def journal(ctx: Context) -> Iterator[Finding]:
    """Report a wrong journal name."""
    right = ctx.refs.study.container_title or ""
    short = ctx.refs.study.container_title_short or ""
    seen: list[int] = []  # in increasing order, for a binary search
    for match in _JOURNAL_WRONG.finditer(ctx.text):
        seen.append(match.start())
        yield ctx.finding("journal", match, f"the journal is {right}", "journal-name")
    for match in _PUBLISHED_IN.finditer(ctx.text):
        name = match.group("name").strip()
        name_start, name_end = match.span("name")
        index = bisect.bisect_left(seen, name_start)
        if index < len(seen) and seen[index] < max(name_end, name_start + 1):
            continue
        if name.lower() in {right.lower(), short.lower()} or name.lower().startswith(right.lower()):
            continue
        if not re.search(r"journal|neuro|medic|lancet|nature|science|cell", name, _I):
            continue
        yield ctx.finding("journal", match, f"the journal is {right}", "journal-name")


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
                    _role_claim(ctx, person),
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


def _role_claim(ctx: Context, person: Person) -> str:
    for claim in ctx.refs.claims:
        if claim.topic == "role" and claim.supported and claim.id.startswith(f"role-{person.id}-"):
            return claim.id
    return "role-honmou-first"


# -- missing caveat -----------------------------------------------------------------------

_RESULTS = re.compile(
    r"\b(?:improv\w*|regain\w*|recover\w*|walk\s+again|effective\w*|better|results?"
    r"|repair\w*|restor\w*|cured?)\b",
    _I,
)
_CAVEATS = re.compile(
    r"blind|placebo|control|preliminary|small\s+study|case\s+series|cannot\s+show"
    r"|can't\s+show|can\s?not\s+prove|more\s+(?:studies|research|trials)"
    r"|(?:further|additional|larger|future)\s+(?:studies|research|trials)|confirm",
    _I,
)


def missing_caveat(ctx: Context) -> Iterator[Finding]:
    """Report results given with no word on the design's limits."""
    if _CAVEATS.search(ctx.text):
        return
    match = _RESULTS.search(ctx.text)
    if match is not None and _TOPIC.search(ctx.text):
        yield ctx.finding(
            "missing-caveat",
            match,
            "results are given without the study's limits: no control group, no placebo, "
            "not blinded, preliminary",
            "design-unblinded",
        )


RULES: tuple[tuple[str, Callable[[Context], Iterator[Finding]]], ...] = (
    ("role", role),
    ("journal", journal),
    ("design", design),
    ("count", count),
    ("cell-source", cell_source),
    ("route", route),
    ("injury-type", injury_type),
    ("harms", harms),
    ("overclaim", overclaim),
    ("product", product),
    ("missing-caveat", missing_caveat),
)
