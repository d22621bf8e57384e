"""Read ``summaries.toml``: how a study's summaries are worded, checked against its records.

A template's text is parsed here into literal words and fields (``{patients}``,
``{source:CLAIM}``, ...), so a misspelt field or an unknown claim, quote or person is
an error at load time, with the file and field, not when a summary is asked for.
:mod:`msc_sci.summary` fills the fields in.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from msc_sci._fields import Fields
from msc_sci._records import Claim, Person, Quote, Study

__all__ = [
    "DATE_FIELDS",
    "FIELDS",
    "LENGTHS",
    "Audience",
    "Field",
    "SectionTemplate",
    "SentenceTemplate",
    "Summaries",
    "read_summaries",
]

#: The lengths every audience has a summary of.
LENGTHS: tuple[str, ...] = ("tweet", "short", "standard")
#: Field name -> what its argument names (``None``: it takes none).
FIELDS: dict[str, str | None] = {
    "patients": None,
    "source": "claim",
    "Source": "claim",
    "person": "person",
    "institution": "person",
    "online": None,
    "issued": None,
}
#: Fields that are dates of the study, which it must have for a template to name them.
DATE_FIELDS: tuple[str, ...] = ("online", "issued")
_FIELD = re.compile(r"\{([A-Za-z_]+)(?::([^{}\s]+))?\}")
_ATTRIBUTIONS = ("title", "cue")


@dataclass(frozen=True, slots=True)
class Field:
    """A field of a template's text, e.g. ``{source:results-within-weeks}``.

    Attributes:
        name: The field, one of :data:`FIELDS`.
        arg: What it is about (a claim or person id), or ``None``.
    """

    name: str
    arg: str | None = None


#: A template's text: literal words and fields, in order.
Text = tuple[str | Field, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class SentenceTemplate:
    """One sentence of a summary: text with fields, or a quote given word for word.

    Attributes:
        text: The words and fields (empty for a quote).
        claims: The ids of the claims it states, sets expanded.
        quotes: The ids of quotes it rests on, or of the one it gives.
        quote: The id of the quote it gives word for word, if it is one.
        attribution: ``"title"`` or ``"cue"``, for a quote.
    """

    text: Text = ()
    claims: tuple[str, ...] = ()
    quotes: tuple[str, ...] = ()
    quote: str | None = None
    attribution: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class SectionTemplate:
    """A section of a summary: an optional heading, its sentences, and how they are laid out.

    Attributes:
        heading: The heading, or ``None``.
        sentences: Its sentences, in order.
        bullets: Whether the sentences are a bulleted list (e.g. key messages) rather
            than a paragraph.
    """

    heading: str | None
    sentences: tuple[SentenceTemplate, ...]
    bullets: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Audience:
    """Who a summary is for: the family of templates it reads and its title."""

    name: str
    family: str
    title: Text


@dataclass(frozen=True, slots=True, kw_only=True, eq=False)
class Summaries:
    """Everything ``summaries.toml`` says, checked.

    Attributes:
        audiences: Audience name -> audience, in the file's order.
        templates: ``(family, length)`` -> the sections of that summary.
        citation_style: The citation style of the closing reference.
        citation_locale: Its locale.
        reference_heading: The heading of the reference in a standard summary.
        citation_claims: The claims the reference states.
        link_claims: The claims of the DOI link that ends a tweet.
    """

    audiences: Mapping[str, Audience]
    templates: Mapping[tuple[str, str], tuple[SectionTemplate, ...]]
    citation_style: str
    citation_locale: str
    reference_heading: str | None
    citation_claims: tuple[str, ...]
    link_claims: tuple[str, ...]


def read_summaries(
    top: Fields,
    claims: tuple[Claim, ...],
    quotes: tuple[Quote, ...],
    people: tuple[Person, ...],
    study: Study | None = None,
) -> Summaries:
    """Read and check the contents of ``summaries.toml``.

    *study* tells which dates (``{online}``, ``{issued}``) the templates may name; without
    it, none.

    Raises:
        RecordError: located at the file and field, for anything unknown or missing.
    """
    top.reject_unknown(("claim_sets", "citation", "audiences", "summaries"))
    dates = {
        "online": study is not None and study.online is not None,
        "issued": study is not None and study.issued is not None,
    }
    known = _Known(claims, quotes, people, dates)
    sets_table = top.opt_table("claim_sets")
    sets: dict[str, tuple[str, ...]] = {}
    if sets_table is not None:
        for name in sets_table.names():
            sets[name] = known.claims(sets_table, name, {})
    citation = top.table("citation")
    citation.reject_unknown(("style", "locale", "heading", "claims", "link_claims"))
    audiences: dict[str, Audience] = {}
    audiences_table = top.table("audiences")
    for name in audiences_table.names():
        entry = audiences_table.table(name)
        entry.reject_unknown(("family", "title"))
        audiences[name] = Audience(
            name=name, family=entry.string("family"), title=known.text(entry, "title")
        )
    if not audiences:
        raise top.error("audiences", "missing: at least one audience is required")
    templates: dict[tuple[str, str], tuple[SectionTemplate, ...]] = {}
    aliases: list[tuple[Fields, str, str, str]] = []
    for entry in top.tables("summaries"):
        entry.reject_unknown(("family", "length", "same_as", "sections"))
        family = entry.string("family")
        length = entry.string("length")
        if length not in LENGTHS:
            raise entry.error("length", f"expected one of: {', '.join(LENGTHS)}", length)
        if (family, length) in templates or any(a[1:3] == (family, length) for a in aliases):
            raise entry.error("length", f"a second {length} summary for {family!r}", length)
        same_as = entry.opt_string("same_as")
        if same_as is not None:
            if "sections" in entry:
                raise entry.error("sections", "not with same_as: the sections are that one's")
            aliases.append((entry, family, length, same_as))
            continue
        templates[family, length] = tuple(
            _section(section, known, sets) for section in entry.tables("sections")
        )
        if not templates[family, length]:
            raise entry.error("sections", "missing: at least one section is required")
    for entry, family, length, same_as in aliases:
        if (same_as, length) not in templates:
            raise entry.error("same_as", f"no {length} summary of this family", same_as)
        templates[family, length] = templates[same_as, length]
    for name, audience in audiences.items():
        for length in LENGTHS:
            if (audience.family, length) not in templates:
                raise audiences_table.error(
                    f"{name}.family",
                    f"no {length} summary of family {audience.family!r} in [[summaries]]",
                    audience.family,
                )
    return Summaries(
        audiences=audiences,
        templates=templates,
        citation_style=citation.string("style"),
        citation_locale=citation.opt_string("locale") or "en-US",
        reference_heading=citation.opt_string("heading"),
        citation_claims=known.claims(citation, "claims", sets),
        link_claims=known.claims(citation, "link_claims", sets),
    )


def _section(entry: Fields, known: _Known, sets: dict[str, tuple[str, ...]]) -> SectionTemplate:
    entry.reject_unknown(("heading", "bullets", "sentences"))
    sentences = []
    for sentence in entry.tables("sentences"):
        sentence.reject_unknown(("text", "claims", "quotes", "quote", "attribution"))
        quote = sentence.opt_string("quote")
        if quote is not None:
            for key in ("text", "claims", "quotes"):
                if key in sentence:
                    raise sentence.error(key, "not with quote: a quote is given as it was said")
            known.check("quote", sentence, "quote", quote)
            attribution = sentence.string("attribution")
            if attribution not in _ATTRIBUTIONS:
                raise sentence.error(
                    "attribution", f"expected one of: {', '.join(_ATTRIBUTIONS)}", attribution
                )
            sentences.append(
                SentenceTemplate(quotes=(quote,), quote=quote, attribution=attribution)
            )
            continue
        if "attribution" in sentence:
            raise sentence.error("attribution", "only a quote sentence has an attribution")
        quotes = sentence.strings("quotes")
        for index, quote_id in enumerate(quotes):
            known.check("quote", sentence, f"quotes[{index}]", quote_id)
        sentences.append(
            SentenceTemplate(
                text=known.text(sentence, "text"),
                claims=known.claims(sentence, "claims", sets),
                quotes=quotes,
            )
        )
    if not sentences:
        raise entry.error("sentences", "missing: at least one sentence is required")
    return SectionTemplate(
        heading=entry.opt_string("heading"),
        sentences=tuple(sentences),
        bullets=entry.boolean("bullets", default=False),
    )


class _Known:
    """The ids templates may name, and the checks that they do."""

    def __init__(
        self,
        claims: tuple[Claim, ...],
        quotes: tuple[Quote, ...],
        people: tuple[Person, ...],
        dates: Mapping[str, bool],
    ) -> None:
        self.dates = dates
        self.ids: dict[str, dict[str, object]] = {
            "claim": {c.id: c for c in claims},
            "quote": {q.id: q for q in quotes},
            "person": {p.id: p for p in people if p.id},
        }

    def check(self, kind: str, entry: Fields, key: str, value: str) -> None:
        """Raise unless *value* is the id of a known *kind*."""
        if value not in self.ids[kind]:
            known = ", ".join(sorted(self.ids[kind]))
            raise entry.error(key, f"no such {kind} (known: {known})", value)

    def claims(self, entry: Fields, key: str, sets: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
        """Return the claim ids under *key*, each ``@set`` expanded, all checked."""
        found: list[str] = []
        for index, value in enumerate(entry.strings(key)):
            where = f"{key}[{index}]"
            if value.startswith("@"):
                if value[1:] not in sets:
                    known = ", ".join(f"@{name}" for name in sets) or "none"
                    raise entry.error(where, f"no such claim set (known: {known})", value)
                found.extend(sets[value[1:]])
                continue
            self.check("claim", entry, where, value)
            found.append(value)
        return tuple(found)

    def text(self, entry: Fields, key: str) -> Text:
        """Return the text under *key* split into words and checked fields."""
        value = entry.string(key)
        parts: list[str | Field] = []
        at = 0
        for match in _FIELD.finditer(value):
            parts.append(value[at : match.start()])
            name, arg = match.group(1), match.group(2)
            if name not in FIELDS:
                known = ", ".join(f"{{{name}}}" for name in FIELDS)
                raise entry.error(key, f"unknown field {match.group()} (known: {known})", value)
            kind = FIELDS[name]
            if kind is None and arg is not None:
                raise entry.error(key, f"{{{name}}} takes no argument", value)
            if name in DATE_FIELDS and not self.dates[name]:
                raise entry.error(key, f"{{{name}}}: the study has no {name} date", value)
            if kind is not None:
                if arg is None:
                    raise entry.error(key, f"{{{name}}} needs a {kind} id: {{{name}:ID}}", value)
                self.check(kind, entry, key, arg)
                if name == "institution":
                    person = self.ids["person"][arg]
                    assert isinstance(person, Person)
                    if not person.affiliations:
                        raise entry.error(key, f"{arg!r} has no affiliation in people.toml", value)
            parts.append(Field(name, arg))
            at = match.end()
        parts.append(value[at:])
        rest = "".join(part for part in parts if isinstance(part, str))
        if "{" in rest or "}" in rest:
            raise entry.error(key, "a brace that is not part of a {field}", value)
        return tuple(part for part in parts if part != "")
