"""Find quotations in running text, with who is said to have said them.

The finder works with regular expressions and a few rules, paragraph by paragraph:

- a quotation runs from an opening double quote mark (curly, straight, low or angled)
  to the matching closing mark; single quotes are apostrophes (patients', it's);
- a quotation still open at the end of a paragraph continues when the next paragraph
  opens with a quote mark (the news convention for quotes of several paragraphs);
  otherwise it ends with its paragraph;
- the speaker comes from a cue after the quotation ("…," said X / X said / noted X /
  according to X / he said) or before it (X said: / X added, / a colon introduction);
- a quotation without a cue continues the speaker of an earlier quotation in its
  paragraph, or, in a paragraph of quotation only, the speaker of the paragraph before;
- "he" or "she" is the last person named before the quotation, in a cue or in the
  narrative ("Jeffery Kocsis was upbeat. \u201c\u2026,\u201d he said."); never "the paper",
  and never two people named together, "X and Y", whom only "they" stands for; an
  unnamed speaker ("an expert said") is never given to a named person, and nor are
  the pronouns and quotes that follow it until someone is named again. In the
  narrative a person is a registry person, a name with a title ("Dr. Ruiz"), a name
  already given to a speaker, or two or three capitalised words that name no
  institution, place or publication ("Ana Ruiz", not "Sapporo Medical University");
- a name is matched to the registry by any form ("Dr. Waxman", "Jeffrey Kocsis"), and
  "the paper" is the registry's entity; other names are kept as strings; each of two
  people named together is matched on their own;
- a short quoted phrase (fewer than four words) with no cue is a scare quote or a
  title, not speech, and is skipped;
- a quotation inside a quotation (\u2018single marks\u2019 inside double ones, at least four
  words) is found too, after the one that holds it, with :attr:`FoundQuote.nested` set
  and its own speaker: the one a cue inside the outer quotation names ("When Waxman
  said \u2018\u2026\u2019"), or nobody, never the outer quotation's speaker.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from msc_sci._load import Loaded
from msc_sci._public import public
from msc_sci._quotes._registry import speaker_named
from msc_sci._quotes._text import SENTENCE_END, plain, word_set
from msc_sci._records import Entity, Person

__all__ = ["FoundQuote", "find_quotes"]


_OPENERS = frozenset('"\u201c\u201e\u00ab')
_CLOSERS = frozenset('"\u201d\u00bb')
#: Every mark that can end a quotation, the German closing mark included.
_ENDS = _CLOSERS | {"\u201c"}
_MARK = re.compile('["\u201c\u201d\u201e\u00ab\u00bb]')
_PARAGRAPH = re.compile(r"\n[ \t\r\f\v]*\n\s*")
#: How far from a quotation its cue may stand, in characters.
_REACH = 160
_MIN_WORDS = 4
_SENTENCE_END = re.compile(rf"{SENTENCE_END}\s")
_NO_CUE_BEFORE = frozenset('.!?"\u201c\u201d)]')

_SAY = (
    r"(?:said|says|say|noted|notes|added|adds|explained|explains|stated|states|"
    r"wrote|writes|continued|continues|remarked|remarks|commented|comments|observed|"
    r"argued|argues|insisted|insists|recalled|recalls|warned|warns|stressed|stresses|"
    r"emphasi[sz]ed|emphasi[sz]es|concluded|concludes|acknowledged|admitted|"
    r"pointed\s+out|points\s+out|asked|asks|replied|declared|announced|agreed|"
    r"told\s+(?:[\w-]+\s+){0,2}?[\w-]+|tells\s+[\w-]+)"
)
_SAY_WORDS = word_set(
    "said says say noted notes added adds explained explains stated states wrote writes "
    "continued continues remarked remarks commented comments observed argued argues "
    "insisted insists recalled recalls warned warns stressed stresses emphasised emphasized "
    "emphasises emphasizes concluded concludes acknowledged admitted pointed points asked "
    "asks replied declared announced agreed told tells"
)
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_TOKEN = rf"[{_UPPER}][\w'\u2019-]*"
_TITLE = r"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx)\.?\s+)"
_NAME = (
    rf"{_TITLE}?{_TOKEN}(?:\s+(?:[{_UPPER}]\.(?=\s)|{_TOKEN}|"
    r"(?:van|von|de|der|den|da|del|della|di|du|la|le|bin|ibn)(?![\w'\u2019])))*"
)
_TITLE_RE = re.compile(rf"^{_TITLE}")
_PRONOUN = r"(?:[Hh]e|[Ss]he|[Tt]hey)\b"
#: "according to him": the object pronoun, which stands for the subject one.
_OBJECT = r"(?<![\w'\u2019])(?P<o>[Hh]im|[Hh]er|[Tt]hem)\b"
_SUBJECT_OF = {"him": "he", "her": "she", "them": "they"}
_DESC = (
    r"(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+"
    r"(?!(?:said|says|noted|added)\b)[a-z][\w-]*(?:\s+(?!(?:said|says|at|of|in|from|with|"
    r"who|for|on|and|noted|added|told|wrote|has|had|also)\b)[a-z][\w-]*){0,2}"
)


def _who(group: str) -> str:
    return rf"(?<![\w'\u2019.])(?P<{group}>{_PRONOUN}|{_DESC}|{_NAME}(?:\s+and\s+{_NAME})?)"


_APPOSITION = r"(?:,\s+[^,\"\u201c\u201d\n]{1,80},)?"
_AFTER = re.compile(
    rf"[\s,]*(?:[\u2014\u2013-]+\s*)?(?P<cue>"
    rf"{_SAY}\s+(?:{_DESC},\s+)?{_who('w1')}"
    rf"|{_who('w2')}{_APPOSITION}\s+(?:has\s+|had\s+|also\s+)?{_SAY}\b"
    rf"|according\s+to\s+(?:{_OBJECT}|{_who('w3')}))"
    rf"|\s*(?P<dash>[\u2014\u2013]\s*{_who('w4')})\s*(?:[.,;]|$)"
)
_BEFORE = re.compile(
    rf"(?P<cue>{_who('w1')}{_APPOSITION}\s+(?:has\s+|had\s+|also\s+)?{_SAY}"
    rf"(?:\s+[\w-]+){{0,4}}?\s*[:,]?"
    rf"|(?<![\w'\u2019]){_SAY}\s+{_who('w2')}\s*[:,]"
    rf"|(?<![\w'\u2019])[Aa]ccording\s+to\s+(?:{_OBJECT}|{_who('w3')})\s*[:,]"
    rf"|(?<![\w'\u2019])[Aa]s\s+{_who('w4')}\s+(?:put\s+it|{_SAY})\s*[:,])\s*$"
)
_SUBJECT = re.compile(_who("w1"))
#: A person, or two, named in the narrative ("Jeffery Kocsis was upbeat").
_MENTION = re.compile(rf"(?<![\w'\u2019.])(?P<w1>{_NAME}(?:\s+and\s+{_NAME})?)")
#: The speaker groups of each cue pattern, for picking the one that matched.
_GROUPS = {
    id(pattern): tuple(name for name in ("w1", "w2", "w3", "w4", "o") if name in pattern.groupindex)
    for pattern in (_AFTER, _BEFORE, _SUBJECT, _MENTION)
}
_CLAUSE_START = re.compile(r"(?:^|[.!?]\s+|\n)(?=[^.!?\n]*$)")
#: Capitalised words that start sentences and are not names.
_NOT_NAMES = word_set(
    "In The A An But And As At On For This That It When After Before While If Then So "
    "Yet Now Here There Asked Speaking Writing According Later Earlier Still Also"
)
#: Capitalised words that can follow a name in a cue and are not part of it.
_NOT_NAME_TAIL = word_set(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Yesterday January "
    "February March April May June July August September October November December"
)


_Speaker = Person | Entity | str | None
#: A quotation's speaker and each speaker it names.
_Said = tuple[_Speaker, tuple[Person | Entity | str, ...]]
_Previous = tuple[_Said, str | None] | None
_NOBODY: _Said = (None, ())
_JOINT = re.compile(r"\s+and\s+")
_PRONOUNS = frozenset({"he", "she", "they"})


@public
@dataclass(frozen=True, slots=True, kw_only=True)
class FoundQuote:
    """A quotation found in a text.

    ``text[start:end]`` is exactly :attr:`raw`: everything between the opening and the
    closing quote marks (for a quotation over several paragraphs, the paragraph breaks
    and reopening marks too). :attr:`text` is ``plain(raw)``: links unwrapped, breaks
    and reopening marks made one space, whitespace collapsed, a trailing comma dropped.

    Attributes:
        text: The quoted words as a reader sees them.
        raw: The input between the quote marks, exactly.
        start: Where :attr:`raw` starts in the input.
        end: Where it ends (exclusive).
        speaker: The registry :class:`Person` or :class:`Entity` named, another named
            speaker as a string, or ``None`` when nobody is named. For two people named
            together ("X and Y said") it is the names as written, ``"X and Y"``.
        speakers: Each speaker named, matched as :attr:`speaker` is: one for a single
            speaker, two for "X and Y", none when nobody is named.
        cue: The words that attribute it ("noted Kocsis"); for a quotation that
            continues an earlier one, that one's cue; ``None`` when there is none.
        continues: Whether the speaker comes from an earlier quotation, not a cue of its own.
        nested: Whether it is quoted inside another quotation (found just before it),
            e.g. the words in single marks in
            \u201cWhen he said \u2018\u2026\u2019, he meant it\u201d.

    .. versionadded:: 0.1.0

    >>> text = 'He wrote: "A [quote](#) over\\n\\n"two paragraphs," said Bo Lind.'
    >>> import msc_sci
    >>> (quote,) = msc_sci.find_quotes(text)
    >>> text[quote.start : quote.end] == quote.raw, quote.text, quote.speaker
    (True, 'A quote over two paragraphs', 'Bo Lind')
    """

    text: str
    raw: str
    start: int
    end: int
    speaker: Person | Entity | str | None
    cue: str | None
    continues: bool = False
    speakers: tuple[Person | Entity | str, ...] = ()
    nested: bool = False


def _who_of(match: re.Match[str]) -> str | None:
    """Return the speaker words of a cue match, leading sentence openers dropped."""
    # Keyed by id: hashing a compiled pattern hashes its whole code each time.
    names = _GROUPS[id(match.re)]
    values = match.group(*names) if len(names) > 1 else (match.group(names[0]),)
    who = next((value for value in values if value), "")
    who = _SUBJECT_OF.get(who.lower(), who)
    parts = who.split()
    while parts and parts[0] in _NOT_NAMES:
        parts = parts[1:]
    while len(parts) > 1 and parts[-1] in _NOT_NAME_TAIL:
        parts = parts[:-1]
    return " ".join(parts) or None


def _speaker(who: str, last: _Said, names: _Names) -> tuple[_Said, _Said]:
    """Return the speaker *who* names, and the speaker a later "he" stands for.

    A pronoun stands for the last named person, never for a publication ("the paper"),
    and never for anyone after an unnamed speaker ("an expert"); "he" and "she" never
    stand for two people named together.
    """
    pronoun = who.lower()
    if pronoun in ("he", "she", "they"):
        if pronoun != "they" and len(last[1]) > 1:
            return _NOBODY, last
        return last, last
    parts = _JOINT.split(who)
    if len(parts) > 1:
        joint = tuple(names.named(part)[0] or part for part in parts)
        written = " and ".join(" ".join(_TITLE_RE.sub("", part).split()) for part in parts)
        said: _Said = (written, joint)
        return said, said
    speaker, named = names.named(who)
    said = (speaker, () if speaker is None else (speaker,))
    if isinstance(speaker, Entity):
        return said, last
    return said, (said if named else _NOBODY)


#: How many names and descriptions each study keeps worked out.
_NAME_CACHE = 4096


class _Names:
    """The speakers that names and descriptions give in one study, each worked out once."""

    __slots__ = ("_cache", "_people", "_refs")

    def __init__(self, refs: Loaded) -> None:
        self._refs = refs
        self._cache: dict[str, tuple[Person | Entity | str | None, bool]] = {}
        self._people: dict[str, Person | str | object | None] = {}

    def person(self, words: str) -> Person | str | object | None:
        """Return the person a run of capitalised narrative words names (see :func:`_person`)."""
        try:
            return self._people[words]
        except KeyError:
            found = _person_named(words, self._refs)
            if len(self._people) < _NAME_CACHE:
                self._people[words] = found
            return found

    def named(self, who: str) -> tuple[Person | Entity | str | None, bool]:
        """Return the speaker a name or description gives, and whether it is named."""
        found = self._cache.get(who)
        if found is None:
            found = self._named(who)
            if len(self._cache) < _NAME_CACHE:
                self._cache[who] = found
        return found

    def _named(self, who: str) -> tuple[Person | Entity | str | None, bool]:
        first = who.split(None, 1)[0]
        if first[0].islower() or first in ("The", "A", "An", "One", "Another"):
            entity = speaker_named(self._refs, who)
            return (entity, True) if entity is not None else (None, False)
        known = speaker_named(self._refs, who)
        if known is not None:
            return known, True
        return " ".join(_TITLE_RE.sub("", who).split()), True


def _clause_subject(text: str, pos: int, stop: int) -> re.Match[str] | None:
    """Return the first name, pronoun or description in the clause ending at *stop*."""
    clause = _CLAUSE_START.search(text, pos, stop)
    begin = clause.end() if clause else pos
    for match in _SUBJECT.finditer(text, begin, stop):
        if _who_of(match) is not None:
            return match
    return None


def find_quotes(text: str, refs: Loaded) -> list[FoundQuote]:
    """Return the quotations in *text*, in order, each with its speaker and cue.

    Speakers are matched to the people and entities of *refs*. See the module
    documentation for the rules. It never raises on any ``str``.

    >>> from msc_sci._load import load
    >>> text = '\\u201cIt works,\\u201d said Dr. Ana Ruiz. "We hope so."'
    >>> found = find_quotes(text, load())
    >>> [(q.text, q.speaker, q.cue, q.continues) for q in found]  # doctest: +NORMALIZE_WHITESPACE
    [('It works', 'Ana Ruiz', 'said Dr. Ana Ruiz', False),
     ('We hope so.', 'Ana Ruiz', 'said Dr. Ana Ruiz', True)]
    """
    names: _Names = refs.memo("quotes.find_quotes.names", lambda: _Names(refs))
    found: list[FoundQuote] = []
    # The last speaker named, for pronouns; nobody after an unnamed one.
    last: _Said = _NOBODY
    # The speaker and cue of the previous paragraph's last quotation, for continuations.
    previous: _Previous = None
    # Where the narrative that may name the next pronoun's person starts; the quotations
    # found (marks included), which name nobody; the family names of named speakers.
    told = 0
    spoken: list[tuple[int, int]] = []
    families: dict[str, str] = {}
    size = len(text)
    para_start = 0
    open_at = -1  # the index just after an opening mark, or -1
    # Where the open quotation opened: its paragraph's start, quotes and predecessor.
    opened: tuple[int, list[FoundQuote], _Previous] = (0, [], None)
    while para_start <= size:
        if open_at < 0:
            # Skip the paragraphs with no quote mark in one step.
            mark = _MARK.search(text, para_start)
            if mark is None:
                break
            skipped = list(_PARAGRAPH.finditer(text, para_start, mark.start()))
            if skipped:
                previous, para_start = None, skipped[-1].end()
        brk = _PARAGRAPH.search(text, para_start)
        para_end = brk.start() if brk else size
        next_start = brk.end() if brk else size + 1
        in_para: list[FoundQuote] = []
        here = (para_start, in_para, previous)
        spans: list[tuple[int, int, tuple[int, list[FoundQuote], _Previous]]] = []
        for mark in _MARK.finditer(text, para_start, para_end):
            char, pos = mark.group(), mark.start()
            if open_at < 0:
                if char in _OPENERS:
                    open_at, opened = pos + 1, here
                continue
            if pos == para_start and opened[0] != para_start and char in _OPENERS:
                continue  # the mark that reopens a quotation of several paragraphs
            if char in _CLOSERS or (char == "\u201c" and text[open_at - 1] == "\u201e"):
                # German quotations open low and close with a high mark: \u201e...\u201c.
                spans.append((open_at, pos, opened))
                open_at = -1
            elif char in _OPENERS:
                open_at, opened = pos + 1, here
        if open_at >= 0 and not (brk is not None and text[next_start : next_start + 1] in _OPENERS):
            end = para_end
            while end > open_at and text[end - 1].isspace():
                end -= 1
            spans.append((open_at, end, opened))
            open_at = -1
        for start, end, (ctx_start, ctx_quotes, ctx_previous) in spans:
            quote, last = _attribute(
                text,
                start,
                end,
                ctx_start,
                para_end,
                ctx_quotes,
                ctx_previous,
                last,
                names,
                functools.partial(
                    _last_mentioned, text, told, start - 1, spoken, names=names, families=families
                ),
            )
            if quote is not None:
                in_para.append(quote)
                spoken.append((start - 1, end + 1))
                said = quote.speakers if not quote.continues else ()
                families.update(
                    (who.split()[-1], who) for who in said if isinstance(who, str) and who.strip()
                )
                if quote.cue is not None and not quote.continues:
                    told = _sentence_after(text, quote)
        if in_para:
            found.extend(in_para)
            previous = ((in_para[-1].speaker, in_para[-1].speakers), in_para[-1].cue)
        elif para_start < para_end and open_at < 0:
            previous = None
        para_start = next_start
    return _with_nested(text, found, names) if _INNER_OPEN.search(text) else found


#: Capitalised words that make a run of them an institution, place or publication.
_NOT_PERSON = word_set(
    "University College Institute Hospital Clinic School Medical Medicine Center Centre "
    "Journal Ministry Health Clinical Neurology Neurosurgery Science Sciences Alert Press "
    "News Foundation Society Association Department Laboratory Lab Team Group Company "
    "Inc Ltd Yale Sapporo Japan Japanese America American Lancet Nature Cell Cells Stem "
    "Spinal Cord Xpress Elsevier Public Domain Pixabay Shutterstock Credit Photo Provided "
    "More Information Citation United States Kingdom National Federal Government Council "
    "Agency Administration Trust Fund Research Study Trial Series Case Intravenous "
    "Infusion Translational England New"
)


def _sentence_after(text: str, quote: FoundQuote) -> int:
    """Return where the sentence holding *quote* (and a cue after it) ends."""
    close = quote.end + 1 if quote.end < len(text) and text[quote.end] in _ENDS else quote.end
    if quote.raw.rstrip().endswith((".", "!", "?")):
        return close
    # A cue stays near its quotation: look no further than _REACH for the sentence's end.
    limit = min(len(text), close + _REACH)
    ends = [limit]
    sentence = _SENTENCE_END.search(text, close, limit)
    if sentence is not None:
        ends.append(sentence.end())
    brk = _PARAGRAPH.search(text, close, limit)
    if brk is not None:
        ends.append(brk.start())
    return min(ends)


def _person(words: str, names: _Names, families: dict[str, str]) -> Person | str | None:
    """Return the person a run of capitalised narrative words names, or ``None``.

    A single word names someone only as the family name of a speaker named before.
    """
    found = names.person(words)
    if found is _ONE_WORD:
        return families.get(words.split()[-1])
    return found  # type: ignore[return-value]  # _ONE_WORD is handled above


#: What :func:`_person_named` gives for one unknown capitalised word.
_ONE_WORD = object()


def _person_named(words: str, refs: Loaded) -> Person | str | object | None:
    tokens = words.split()
    while tokens and (tokens[0] in _NOT_NAMES or tokens[0] in _NOT_NAME_TAIL):
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[-1] in _NOT_NAME_TAIL:
        tokens = tokens[:-1]
    if not tokens:
        return None
    name = " ".join(tokens)
    known = speaker_named(refs, name)
    if known is not None:
        return known if isinstance(known, Person) else None
    plain_name = " ".join(_TITLE_RE.sub("", name).split())
    parts = plain_name.split()
    if not parts or any(
        part.rstrip(".") in _NOT_PERSON
        or any(c.isdigit() for c in part)
        or (len(part) > 1 and part.isupper())
        for part in parts
    ):
        return None
    if _TITLE_RE.match(name):
        return plain_name
    if len(parts) == 1:
        return _ONE_WORD
    return plain_name if len(parts) <= 3 else None


def _last_mentioned(
    text: str,
    begin: int,
    end: int,
    spoken: list[tuple[int, int]],
    last: _Said,
    *,
    names: _Names,
    families: dict[str, str],
) -> _Said:
    """Return the last person (or two people) named in the narrative of ``text[begin:end]``.

    Quotations (*spoken*, in order) are skipped; when nobody is named, *last* stands.
    """
    pieces = []
    stop = end
    if end - begin > _LOOK_BACK:
        space = text.find(" ", end - _LOOK_BACK, end)
        begin = space if space >= 0 else end
    # Walk back from the last quotation: only those after *begin* split the narrative.
    for quote_start, quote_end in reversed(spoken):
        if quote_end <= begin:
            break
        if quote_start >= stop:
            continue
        if quote_end < stop:
            pieces.append((quote_end, stop))
        stop = min(stop, quote_start)
    if begin < stop:
        pieces.append((begin, stop))
    for piece_start, piece_end in pieces:
        for match in reversed(list(_MENTION.finditer(text, piece_start, piece_end))):
            said = _mentioned(match, names, families)
            if said is not None:
                return said
    return last


#: How far back from a quotation the narrative may name its pronoun's person, in characters
#: (about two short paragraphs); beyond it the last speaker named in a cue stands.
_LOOK_BACK = 600


def _mentioned(match: re.Match[str], names: _Names, families: dict[str, str]) -> _Said | None:
    """Return the person, or two people, a narrative match names."""
    words = match.group()
    if " and " not in words and "\n" not in words and "\t" not in words:
        who = _person(words, names, families)
        return None if who is None else (who, (who,))
    parts = _JOINT.split(words)
    people = [_person(part, names, families) for part in parts]
    named = [who for who in people if who is not None]
    if len(people) > 1 and len(named) == len(people):
        written = " and ".join(
            " ".join(_TITLE_RE.sub("", part).split())
            for part in _JOINT.split(_who_of(match) or match.group())
        )
        return written, tuple(named)
    if named:
        return named[-1], (named[-1],)
    return None


_INNER_OPEN = re.compile("[\u2018']")
_INNER = re.compile(
    r"(?:(?<=^)|(?<=[\s(\[\u2014\u2013:\u201c\"]))"
    r"(?:\u2018(?P<curly>(?:[^\u2018\u2019\n]|\u2019(?=\w))+)\u2019"
    r"|'(?P<straight>(?:[^'\n]|(?<=\w)'(?=\w))+)')"
    r"(?!\w)"
)


def _with_nested(text: str, found: list[FoundQuote], names: _Names) -> list[FoundQuote]:
    """Return *found* with each quotation's nested quotations after it."""
    result: list[FoundQuote] = []
    for quote in found:
        result.append(quote)
        raw = quote.raw
        if "\u2018" not in raw and " '" not in raw and not raw.startswith("'"):
            continue
        for inner in _INNER.finditer(text, quote.start, quote.end):
            group = "curly" if inner.group("curly") is not None else "straight"
            start, end = inner.span(group)
            raw = text[start:end]
            words = plain(raw)
            if len(words.split()) < _MIN_WORDS:
                continue
            found_cue = _cue_before(text, quote.start, start - 1) or _cue_after(
                text, end + 1, quote.end
            )
            cue, who = found_cue or _NO_CUE
            said = (
                _speaker(who, _NOBODY, names)[0] if who is not None and cue is not None else _NOBODY
            )
            result.append(
                FoundQuote(
                    text=words,
                    raw=raw,
                    start=start,
                    end=end,
                    speaker=said[0],
                    speakers=said[1],
                    cue=" ".join(cue.split()).rstrip(":,") if cue and said[0] else None,
                    nested=True,
                )
            )
    return result


_NO_CUE: tuple[str | None, str | None] = (None, None)
_NOT_BLANK = re.compile(r"\S")
#: What may follow a quotation that stands alone in its paragraph.
_NOT_TRAILING = re.compile(r"[^ \t\r\n.,;:!?]")


def _cue_after(text: str, close: int, para_end: int) -> tuple[str, str | None] | None:
    """Return the cue after a quotation ("said X", "X said", "according to X")."""
    if close >= para_end:
        return None
    after = _AFTER.match(text, close, min(para_end, close + _REACH))
    if after is None:
        return None
    return after.group("cue") or after.group("dash"), _who_of(after)


def _cue_before(text: str, lower: int, opening: int) -> tuple[str, str | None] | None:
    """Return the cue before a quotation ("X said:", "X added,", a colon introduction)."""
    tail = text[lower:opening].rstrip()
    # A cue before a quotation stays in its sentence and ends in a colon, a comma or
    # a few words after a verb of saying ("Lind said \u201c...").
    if not tail or tail[-1] in _NO_CUE_BEFORE:
        return None
    if tail[-1] not in ":," and not any(w in _SAY_WORDS for w in tail.rsplit(None, 5)[-5:]):
        return None
    begin = lower
    for end_of_sentence in _SENTENCE_END.finditer(tail):
        begin = lower + end_of_sentence.end()
    before = _BEFORE.search(text, begin, opening)
    who = _who_of(before) if before is not None else None
    if before is not None and who is not None:
        return before.group("cue"), who
    if tail.endswith(":"):
        colon = text.rindex(":", lower, opening)
        subject = _clause_subject(text, begin, colon)
        if subject is not None:
            return text[subject.start() : colon].strip(), _who_of(subject)
    return None


def _attribute(
    text: str,
    start: int,
    end: int,
    para_start: int,
    para_end: int,
    in_para: list[FoundQuote],
    previous: _Previous,
    last: _Said,
    names: _Names,
    recall: Callable[[_Said], _Said] | None = None,
) -> tuple[FoundQuote | None, _Said]:
    raw = text[start:end]
    words = plain(raw)
    close = end + 1 if end < len(text) and text[end] in _ENDS else end
    opening = start - 1
    lower = max(opening - _REACH, 0 if not in_para else in_para[-1].end + 1, para_start)
    # A quotation that ends a sentence ("... works.") is better attributed by a cue
    # before it ("Lind said:") than by the next sentence ("Ruiz said the trial ...").
    if raw.rstrip().endswith("."):
        found = _cue_before(text, lower, opening) or _cue_after(text, close, para_end)
    else:
        found = _cue_after(text, close, para_end) or _cue_before(text, lower, opening)
    cue, who = found or _NO_CUE
    said = _NOBODY
    continues = False
    if who is not None and cue is not None:
        if recall is not None and who.lower() in _PRONOUNS:
            last = recall(last)  # the person named last in the narrative before the quote
        said, last = _speaker(who, last, names)
        cue = " ".join(cue.split()).rstrip(":,")
    elif in_para:
        said, cue, continues = (in_para[-1].speaker, in_para[-1].speakers), in_para[-1].cue, True
    else:
        cue = None
        # Searches, not slices: a paragraph of many quotations stays linear.
        quote_only = (
            _NOT_BLANK.search(text, para_start, max(opening, para_start)) is None
            and _NOT_TRAILING.search(text, close, max(close, para_end)) is None
        )
        if quote_only and previous is not None:
            (said, cue), continues = previous, True
        elif not quote_only and len(words.split()) < _MIN_WORDS:
            return None, last
    speaker, speakers = said
    quote = FoundQuote(
        text=words,
        raw=raw,
        start=start,
        end=end,
        speaker=speaker,
        speakers=speakers,
        cue=cue,
        continues=continues,
    )
    return quote, last
