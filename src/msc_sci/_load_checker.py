"""Read ``checker.toml``: what the checker looks for in texts about a study, checked.

Patterns are compiled here, so a broken regular expression, an unknown claim or
person, or a message with an unknown field is an error at load time, with the file
and field. :mod:`msc_sci.checker` runs the rules.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from msc_sci._fields import Fields
from msc_sci._records import Claim, Person

__all__ = [
    "NUMBER",
    "NUMBER_WORDS",
    "WHERE",
    "Case",
    "CheckerRules",
    "PatternRule",
    "number_value",
    "read_checker",
]

#: Where a pattern rule reports a match: see ``checker.toml``.
WHERE: tuple[str, ...] = ("asserted", "unquoted", "anywhere")
#: The kinds of finding the checker's own machinery reports.
_OWN_KINDS = ("role", "journal", "count", "misquote", "misattribution", "missing-caveat")
_FIELD = re.compile(r"\{([^{}]*)\}")
#: The number words :class:`msc_sci.checker` reads before the count nouns; tens take a
#: unit ("twenty-five"), a dozen an added unit ("a dozen and one").
NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "dozen": 12,
}  # fmt: skip
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UP_TO_NINETEEN = "|".join(word for word, value in NUMBER_WORDS.items() if value < 20)
#: A number as digits or words, longest spellings first.
NUMBER = (
    rf"\d{{1,3}}|(?:a\s+)?dozen(?:\s+and\s+(?:{_UNITS}))?|(?:{_TENS})(?:[- ](?:{_UNITS}))?"
    rf"|{_UP_TO_NINETEEN}"
)


def number_value(words: str) -> int:
    """Return the value of a number matched by :data:`NUMBER`.

    >>> [number_value(w) for w in ("13", "twenty-five", "a dozen and one", "Thirty")]
    [13, 25, 13, 30]
    """
    parts = re.split(r"[\s-]+", words.lower().strip())
    if parts[0].isdigit():
        return int(parts[0])
    return sum(NUMBER_WORDS[part] for part in parts if part in NUMBER_WORDS)


@dataclass(frozen=True, slots=True, kw_only=True)
class Case:
    """Which claim and message a match gets, when one of :attr:`contains` is in it.

    Attributes:
        contains: Lower-case words, any of which in the match selects this case.
        claim: The claim id.
        message: The message, with ``{match}``.
        sentence: When set, the match is reported only if its sentence matches this.
    """

    contains: tuple[str, ...]
    claim: str
    message: str
    sentence: re.Pattern[str] | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class PatternRule:
    """A kind of finding: a pattern, where its matches count, and the claim they go against.

    Attributes:
        kind: The finding's kind, e.g. ``"route"``.
        pattern: What to look for.
        where: ``"asserted"``, ``"unquoted"`` or ``"anywhere"``.
        topic: Whether only a sentence about the study's subject counts.
        cases: The cases, in order; the last is the rule's own claim and message.
    """

    kind: str
    pattern: re.Pattern[str]
    where: str
    topic: bool
    cases: tuple[Case, ...]

    def case(self, words: str) -> Case:
        """Return the case for the (lower-case) words of a match."""
        for case in self.cases:
            if not case.contains or any(word in words for word in case.contains):
                return case
        return self.cases[-1]


@dataclass(frozen=True, slots=True, kw_only=True, eq=False)
class CheckerRules:
    """Everything ``checker.toml`` says, checked and compiled.

    Attributes:
        topic: Words that show a sentence or text is about the study's subject.
        count: The pattern of a number of patients, with group ``n`` the number; its
            claim and message (``{expected}``, ``{found}``), or ``None``.
        journal: Known wrong journal names, what looks like a journal, the claim and
            the message (``{journal}``), or ``None``.
        outlets: Names that look like journals and are not (news sites), matched whole
            and ignoring case, or ``None``.
        role_claims: Person id -> the claim of that person's roles.
        role_default: The claim for a person without one, or ``None`` (no role rule).
        missing_caveat: Results, caveats, claim and message, or ``None``.
        rules: The pattern rules, in the file's order.
    """

    topic: re.Pattern[str] | None
    count: tuple[re.Pattern[str], str, str] | None
    journal: tuple[tuple[re.Pattern[str], ...], re.Pattern[str], str, str] | None
    role_claims: Mapping[str, str]
    role_default: str | None
    missing_caveat: tuple[re.Pattern[str], re.Pattern[str], str, str] | None
    rules: tuple[PatternRule, ...]
    outlets: re.Pattern[str] | None = None

    @property
    def kinds(self) -> tuple[str, ...]:
        """Every kind of finding these rules and the checker's own can report."""
        kinds = []
        if self.role_default is not None:
            kinds.append("role")
        if self.journal is not None:
            kinds.append("journal")
        if self.count is not None:
            kinds.append("count")
        kinds.extend(rule.kind for rule in self.rules)
        kinds.extend(("misquote", "misattribution"))
        if self.missing_caveat is not None:
            kinds.append("missing-caveat")
        return tuple(dict.fromkeys(kinds))


def read_checker(
    top: Fields, claims: tuple[Claim, ...], people: tuple[Person, ...]
) -> CheckerRules:
    """Read and check the contents of ``checker.toml``.

    Raises:
        RecordError: located at the file and field, for anything unknown, missing or
            not a valid pattern.
    """
    top.reject_unknown(("topic", "count", "journal", "roles", "missing_caveat", "rules"))
    claim_ids = {claim.id for claim in claims}

    def claim(entry: Fields, key: str = "claim") -> str:
        value = entry.string(key)
        if value not in claim_ids:
            raise entry.error(key, f"no such claim (known: {', '.join(sorted(claim_ids))})", value)
        return value

    topic = _pattern(top, "topic") if "topic" in top else None
    count = None
    if "count" in top:
        entry = top.table("count")
        entry.reject_unknown(("nouns", "claim", "message"))
        nouns = _source(entry, "nouns")
        numbers = "|".join(NUMBER_WORDS)
        number = NUMBER
        # Up to three words between the number and the noun, none of them a number
        # ("19 authors and 13 patients" counts 13); or a group "of" a number.
        pattern = (
            rf"\b(?:(?P<n>{number})\s+(?:(?!(?:\d|(?:{numbers})\b))[\w'-]+\s+){{0,3}}?"
            rf"(?:{nouns})\b|\b(?:cohort|group|sample|series)\s+of\s+(?P<m>{number})\b"
            rf"(?!\s*(?:%|percent|weeks|months|years|days)))"
        )
        count = (
            _compile(entry, "nouns", pattern),
            claim(entry),
            _message(entry, ("expected", "found")),
        )
    journal = None
    outlets = None
    if "journal" in top:
        entry = top.table("journal")
        entry.reject_unknown(("wrong", "looks_like", "outlets", "claim", "message"))
        if "outlets" in entry:
            outlets = _compile(entry, "outlets", "|".join(entry.strings("outlets")))
        wrong = tuple(
            _compile(entry, f"wrong[{index}]", value)
            for index, value in enumerate(entry.strings("wrong"))
        )
        journal = (
            wrong,
            _pattern(entry, "looks_like"),
            claim(entry),
            _message(entry, ("journal",)),
        )
    role_claims: dict[str, str] = {}
    role_default = None
    if "roles" in top:
        entry = top.table("roles")
        entry.reject_unknown(("default", "claims"))
        role_default = claim(entry, "default")
        person_ids = {person.id for person in people if person.id}
        table = entry.opt_table("claims")
        for person_id in table.names() if table is not None else ():
            assert table is not None
            if person_id not in person_ids:
                known = ", ".join(sorted(person_ids))
                raise table.error(person_id, f"no such person (known: {known})")
            role_claims[person_id] = claim(table, person_id)
    missing_caveat = None
    if "missing_caveat" in top:
        entry = top.table("missing_caveat")
        entry.reject_unknown(("results", "caveats", "claim", "message"))
        if topic is None:
            raise top.error("topic", "missing: missing_caveat needs the topic words")
        missing_caveat = (
            _pattern(entry, "results"),
            _pattern(entry, "caveats"),
            claim(entry),
            _message(entry, ()),
        )
    rules = []
    kinds: set[str] = set()
    for entry in top.tables("rules"):
        entry.reject_unknown(("kind", "pattern", "where", "topic", "claim", "message", "cases"))
        kind = entry.string("kind")
        if kind in kinds or kind in _OWN_KINDS:
            raise entry.error("kind", "a second rule of this kind", kind)
        kinds.add(kind)
        where = entry.opt_string("where") or "asserted"
        if where not in WHERE:
            raise entry.error("where", f"expected one of: {', '.join(WHERE)}", where)
        on_topic = entry.boolean("topic", default=False)
        if on_topic and topic is None:
            raise entry.error("topic", "needs the topic words at the top of the file")
        own = Case(contains=(), claim=claim(entry), message=_message(entry, ("match",)))
        cases = []
        for case in entry.tables("cases"):
            case.reject_unknown(("contains", "claim", "message", "sentence"))
            contains = tuple(word.lower() for word in case.strings("contains"))
            if not contains:
                raise case.error("contains", "missing: a case needs at least one word")
            cases.append(
                Case(
                    contains=contains,
                    claim=claim(case) if "claim" in case else own.claim,
                    message=_message(case, ("match",)) if "message" in case else own.message,
                    sentence=_pattern(case, "sentence") if "sentence" in case else None,
                )
            )
        rules.append(
            PatternRule(
                kind=kind,
                pattern=_pattern(entry, "pattern"),
                where=where,
                topic=on_topic,
                cases=(*cases, own),
            )
        )
    return CheckerRules(
        topic=topic,
        count=count,
        journal=journal,
        outlets=outlets,
        role_claims=role_claims,
        role_default=role_default,
        missing_caveat=missing_caveat,
        rules=tuple(rules),
    )


def _source(entry: Fields, key: str) -> str:
    """Return the pattern under *key*: a string, or an array of strings joined."""
    if isinstance(entry.raw(key), list):
        parts = entry.strings(key)
        if not parts:
            raise entry.error(key, "must not be empty")
        return "".join(parts)
    return entry.string(key)


def _compile(entry: Fields, key: str, pattern: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise entry.error(key, f"not a valid regular expression: {exc}", pattern) from exc


def _pattern(entry: Fields, key: str) -> re.Pattern[str]:
    return _compile(entry, key, _source(entry, key))


def _message(entry: Fields, fields: tuple[str, ...]) -> str:
    """Return the message under ``message``, checking that it uses only *fields*."""
    message = entry.string("message")
    for match in _FIELD.finditer(message):
        if match.group(1) not in fields:
            known = ", ".join(f"{{{name}}}" for name in fields) or "none"
            raise entry.error("message", f"unknown field {match.group()} (known: {known})", message)
    return message
