"""Match a quotation to the registry and say how faithfully it was printed."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from enum import StrEnum

from msc_sci._load import Loaded
from msc_sci._public import public
from msc_sci._quotes._text import SENTENCE_END, plain, word_set, words
from msc_sci._records import Entity, Person, Quote, QuoteVariant, Role

__all__ = ["Attribution", "QuoteDifference", "Verdict", "attribute"]


#: Below this score a text is not taken for any registry quote.
THRESHOLD = 0.5
#: Texts shorter than this (in words) are only compared whole, not as excerpts.
_MIN_EXCERPT = 4

#: Words that hedge a claim; dropping one from a passage, or putting a firmer word in
#: its place ("may" -> "can", "a hint" -> "evidence"), overstates it.
_HEDGES = word_set(
    "may might could would possibly possible perhaps maybe potentially potential likely "
    "probably suggest suggests suggested suggesting suggestive hint hints hinted appear "
    "appears seem seems preliminary early initial tentative hope hopes feasible plausible "
    "conceivable conceivably"
)
#: Hedges that still hedge where a printing puts them in place of another. "Possible"
#: does not: "we may be able to" printed as "it is possible to" asserts the possibility.
_HEDGES_KEPT = _HEDGES - word_set("possible potential")
#: Words that make a claim stronger or wider when added.
_STRONG = word_set(
    "proof prove proves proved proven definitely definitive certainly certain clearly "
    "conclusive conclusively cure cures cured will always guarantee guarantees breakthrough "
    "miracle all every fully completely repair repaired repairs can evidence show shows "
    "showed shown demonstrate demonstrates demonstrated confirm confirms confirmed "
    "establish establishes established works"
)
_NEGATIONS = word_set("not no never none nor neither cannot n't without")
_NUMBERS = word_set(
    "one two three four five six seven eight nine ten eleven twelve thirteen dozen "
    "hundred thousand million half"
)
#: Function words: changing them changes the wording, not what is claimed.
_STOPWORDS = word_set(
    "a an the and or but of to in on at by for with from into after before over under "
    "that this these those it its it's is are was were be been being has have had do does "
    "did we us our i me my you your he him his she her they them their there here as so "
    "than then which who whom whose what when where how about also just"
)


@public
class Verdict(StrEnum):
    """How faithfully a text gives a registry quote.

    .. versionadded:: 0.1.0

    >>> Verdict("altered") is Verdict.ALTERED
    True
    """

    VERBATIM = "verbatim"
    """The same words (quote marks, apostrophes, spacing and links aside)."""
    VARIANT = "variant"
    """The wording differs but the meaning is kept."""
    ALTERED = "altered"
    """The meaning changed (a hedge dropped, a claim strengthened, a word added)."""
    UNKNOWN = "unknown"
    """No registry quote is close enough."""


@public
@dataclass(frozen=True, slots=True, kw_only=True)
class QuoteDifference:
    """One way a printed quotation differs from the original.

    Attributes:
        kind: e.g. ``"hedge dropped"``, ``"word added"``, ``"wording changed"``.
        original: The original's words here (``""`` for an addition).
        printed: The printed words here (``""`` for an omission).
        alters_meaning: Whether this difference changes what the speaker claimed.
        context: The original word the change stands next to, for additions.

    .. versionadded:: 0.1.0

    >>> str(QuoteDifference(kind="word added", original="", printed="motor",
    ...                alters_meaning=True, context="function"))
    'word added: "motor" before "function"'
    """

    kind: str
    original: str
    printed: str
    alters_meaning: bool
    context: str | None = None

    def __str__(self) -> str:
        if self.original and self.printed:
            return f'{self.kind}: "{self.original}" became "{self.printed}"'
        if self.printed:
            where = f' before "{self.context}"' if self.context else ""
            return f'{self.kind}: "{self.printed}"{where}'
        return f'{self.kind}: "{self.original}" left out'


@public
@dataclass(frozen=True, slots=True, kw_only=True)
class Attribution:
    """Which registry quote a text gives, who said it, and how faithfully.

    Attributes:
        text: The quoted words compared (quote marks and attribution removed).
        quote: The registry quote, or ``None`` when none is close enough.
        speaker: Who said it (the quote's first speaker), or ``None``.
        score: How close the text is to the quote, from 0 to 1.
        verdict: Verbatim, variant, altered or unknown.
        differences: How the text differs from the original, in reading order.
        variant: The registry's record of this printing, when it is a known one.
        named: Who the text itself names as the speaker, if it names anyone.
        named_speakers: Each speaker the text names: two for "X and Y said".
        misdescribed: Each role the text gives the speaker that the registry
            contradicts, e.g. ``'"lead author"; the registry has: senior author'``.

    .. versionadded:: 0.1.0

    >>> import msc_sci
    >>> result = msc_sci.attribute('"Now we have a hint that it may be possible," said Kocsis.')
    >>> result.verdict.value, str(result.speaker), str(result.named), result.misattributed
    ('variant', 'Stephen G. Waxman', 'Jeffery D. Kocsis', True)
    """

    text: str
    quote: Quote | None
    speaker: Person | Entity | None
    score: float
    verdict: Verdict
    differences: tuple[QuoteDifference, ...] = ()
    variant: QuoteVariant | None = None
    named: Person | Entity | str | None = None
    misdescribed: tuple[str, ...] = ()
    named_speakers: tuple[Person | Entity | str, ...] = ()

    @property
    def misattributed(self) -> bool:
        """Whether the text names a registry speaker other than the one who said it.

        "Waxman and Kocsis said" is a misattribution of a quote only Waxman said.
        """
        if self.quote is None:
            return False
        named = self.named_speakers or (() if self.named is None else (self.named,))
        return any(
            isinstance(who, Person | Entity) and who not in self.quote.speakers for who in named
        )


def _registry(refs: Loaded) -> tuple[tuple[Quote, tuple[str, ...]], ...]:
    """Return each quote of *refs* with its words, worked out once for each study."""

    def compute() -> tuple[tuple[Quote, tuple[str, ...]], ...]:
        return tuple((quote, tuple(words(quote.text))) for quote in refs.quotes)

    return refs.memo("quotes.attribute.registry", compute)


def _score(
    original: tuple[str, ...], printed: list[str]
) -> tuple[float, difflib.SequenceMatcher[str]]:
    matcher = difflib.SequenceMatcher(None, original, printed, autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    matched = sum(b.size for b in blocks)
    score = 2 * matched / (len(original) + len(printed))
    if blocks and len(printed) >= _MIN_EXCERPT:
        window = blocks[-1].a + blocks[-1].size - blocks[0].a
        score = max(score, 2 * matched / (window + len(printed)))
    return score, matcher


def _classify(
    original: tuple[str, ...], printed: list[str], matcher: difflib.SequenceMatcher[str]
) -> list[QuoteDifference]:
    opcodes = [op for op in matcher.get_opcodes() if op[0] != "equal"]
    # An excerpt leaves out the start or end of the original: that is not a difference.
    if opcodes and opcodes[0][0] == "delete" and opcodes[0][1] == 0:
        opcodes = opcodes[1:]
    if opcodes and opcodes[-1][0] == "delete" and opcodes[-1][2] == len(original):
        opcodes = opcodes[:-1]
    in_original, in_printed = set(original), set(printed)
    found = []
    for _tag, i1, i2, j1, j2 in opcodes:
        old, new = original[i1:i2], printed[j1:j2]
        gone = [w for w in old if w not in in_printed and w not in _STOPWORDS]
        added = [w for w in new if w not in in_original and w not in _STOPWORDS]
        kind, alters = _kind(old, new, gone, added, in_printed)
        found.append(
            QuoteDifference(
                kind=kind,
                original=" ".join(old),
                printed=" ".join(new),
                alters_meaning=alters,
                context=original[i2] if i2 < len(original) else None,
            )
        )
    return found


def _kind(
    old: tuple[str, ...], new: list[str], gone: list[str], added: list[str], in_printed: set[str]
) -> tuple[str, bool]:
    """Return what kind of change turned *old* into *new*, and whether it alters meaning."""
    # A hedge is dropped when fewer hedges stand in its place ("may be possible" ->
    # "is feasible"), not when another takes it ("possible" -> "feasible").
    dropped = [w for w in old if w in _HEDGES and w not in in_printed]
    if dropped and len(dropped) > sum(w in _HEDGES_KEPT for w in new):
        return "hedge dropped", True
    if any(w in _STRONG for w in added):
        return "claim strengthened", True
    negations_old = {w for w in old if w in _NEGATIONS}
    negations_new = {w for w in new if w in _NEGATIONS}
    if any(w in _NEGATIONS for w in (*gone, *added)) or negations_old ^ negations_new:
        return "negation changed", True
    if any(_is_number(w) for w in (*gone, *added)):
        return "number changed", True
    if added and not gone:
        return "word added", True
    if gone and not added:
        return ("words left out" if len(old) > 1 else "word left out"), False
    if added or gone or (old and new):
        return "wording changed", False
    return "word moved", False


def _is_number(word: str) -> bool:
    return word.isdigit() or word in _NUMBERS


#: Role phrases a text may give a speaker, and the role each claims.
_ROLE_PHRASES = (
    ("lead author", Role.FIRST_AUTHOR),
    ("first author", Role.FIRST_AUTHOR),
    ("senior author", Role.SENIOR_AUTHOR),
    ("co-author", Role.AUTHOR),
    ("coauthor", Role.AUTHOR),
)
_SENTENCE = re.compile(rf"[^\n]*?(?:{SENTENCE_END}|\n|$)")


_Candidate = tuple[str, Person | Entity | str | None, tuple[Person | Entity | str, ...], str]


def _candidates(text: str, refs: Loaded) -> list[_Candidate]:
    """Return each quotation in *text* with whom it names and the rest of its sentence.

    Text without quotation marks is one quotation naming nobody.
    """
    from msc_sci._quotes._find import find_quotes

    found = find_quotes(text, refs)
    if not found:
        return [(plain(text).strip("\"'\u201c\u201d\u2018\u2019 "), None, (), "")]
    candidates = []
    for quote in found:
        rest = _SENTENCE.match(text, min(quote.end + 1, len(text)))
        candidates.append((quote.text, quote.speaker, quote.speakers, rest.group() if rest else ""))
    return candidates


def _best_match(
    printed: list[str], refs: Loaded
) -> tuple[float, Quote, tuple[str, ...], difflib.SequenceMatcher[str]]:
    best: tuple[float, Quote, tuple[str, ...], difflib.SequenceMatcher[str]] | None = None
    for quote, original in _registry(refs):
        score, matcher = _score(original, printed)
        if best is None or score > best[0]:
            best = (score, quote, original, matcher)
    assert best is not None  # the registry is never empty
    return best


def _misdescribed(speaker: Person | Entity | str | None, rest: str) -> tuple[str, ...]:
    """Return each role *rest* gives *speaker* that the registry contradicts."""
    if not isinstance(speaker, Person):
        return ()
    lowered = rest.lower()
    known = ", ".join(role.value.replace("-", " ") for role in speaker.roles) or "no role"
    return tuple(
        f'"{phrase}"; the registry has: {known}'
        for phrase, role in _ROLE_PHRASES
        if phrase in lowered and role not in speaker.roles
    )


def attribute(text: str, refs: Loaded) -> Attribution:
    """Find which quote of *refs* *text* gives, who said it, and how faithfully.

    See :func:`msc_sci.attribute`.
    """
    scored = []
    for quoted, named, named_speakers, rest in _candidates(text, refs):
        printed = words(quoted)
        if printed:
            scored.append(
                (
                    _best_match(printed, refs),
                    len(printed),
                    quoted,
                    named,
                    named_speakers,
                    rest,
                    printed,
                )
            )
    if not scored:
        quoted, named, named_speakers, _rest = _candidates(text, refs)[0]
        return Attribution(
            text=quoted,
            quote=None,
            speaker=None,
            score=0.0,
            verdict=Verdict.UNKNOWN,
            named=named,
            named_speakers=named_speakers,
        )
    best, _size, quoted, named, named_speakers, rest, printed = max(
        scored, key=lambda c: (c[0][0], c[1])
    )
    score, quote, original, matcher = best
    if score < THRESHOLD:
        return Attribution(
            text=quoted,
            quote=None,
            speaker=None,
            score=round(score, 4),
            verdict=Verdict.UNKNOWN,
            named=named,
            named_speakers=named_speakers,
        )
    differences = tuple(_classify(original, printed, matcher))
    variant = next((v for v in quote.variants if words(v.text) == printed), None)
    if any(d.alters_meaning for d in differences) or (variant is not None and variant.altered):
        verdict = Verdict.ALTERED
    elif differences:
        verdict = Verdict.VARIANT
    else:
        verdict = Verdict.VERBATIM
    return Attribution(
        misdescribed=_misdescribed(named, rest),
        text=quoted,
        quote=quote,
        speaker=quote.speaker,
        score=round(score, 4),
        verdict=verdict,
        differences=differences,
        variant=variant,
        named=named,
        named_speakers=named_speakers,
    )
