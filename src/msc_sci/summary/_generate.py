"""Fill a study's summary templates (``summaries.toml``) in from its typed records.

Every sentence names the claims (or quotes) it states; its sources are collected from
them, best first, so no sentence can rest on nothing. The wording is the study's
data; this module holds only how fields are filled in and how sources are named.
"""

from __future__ import annotations

import calendar
import re

from msc_sci._load import Loaded
from msc_sci._load_summaries import Field, SectionTemplate, SentenceTemplate, Summaries, Text
from msc_sci._quotes import attributed
from msc_sci._records import Date, Source, SourceKind
from msc_sci.summary._model import Section, Sentence
from msc_sci.summary._numbers import in_words

__all__ = ["date_in_words", "describe", "generate", "spell_leading_number"]

#: A whole number that opens a text, followed by a space or a hyphen ("13 people").
_LEADING_NUMBER = re.compile(r"(\d{1,6})(?=[ \u00a0-])")
_SEASONS = ("spring", "summer", "autumn", "winter")


def describe(source: Source) -> str:
    """Name a source the way a summary refers to it.

    >>> import msc_sci
    >>> [describe(s) for s in msc_sci.sources()]
    ['the paper', "Yale University's news release", 'a news report']
    """
    if source.kind is SourceKind.PAPER:
        return "the paper"
    if source.kind is SourceKind.PRESS_RELEASE and source.provided_by:
        return f"{source.provided_by}'s news release"
    return "a news report"


def spell_leading_number(text: str) -> str:
    """Spell out a whole number that starts *text*, as style guides ask of a sentence.

    >>> spell_leading_number("13 people took part; 7 improved.")
    'Thirteen people took part; 7 improved.'
    >>> spell_leading_number("50% improved.")
    '50% improved.'
    """
    match = _LEADING_NUMBER.match(text)
    if match is None:
        return text
    words = in_words(int(match.group(1)))
    return words[:1].upper() + words[1:] + text[match.end() :]


def date_in_words(date: Date) -> str:
    """Write *date* as a summary gives it: day, month name and year, as far as known.

    >>> date_in_words(Date(year=2021, month=2, day=18)), date_in_words(Date(year=2021, month=4))
    ('18 February 2021', 'April 2021')
    """
    if date.year is None:
        return date.literal or date.raw or ""
    parts = [str(date.day)] if date.day is not None else []
    if date.month is not None:
        if date.month <= 12:
            parts.append(calendar.month_name[date.month])
        else:
            parts.append(date.season or _SEASONS[date.month - 13])
    parts.append(str(date.year) if date.year > 0 else f"{-date.year} BCE")
    return " ".join(parts)


class _Builder:
    """Makes sentences from templates, collecting the sources of their claims and quotes."""

    def __init__(self, refs: Loaded) -> None:
        self.refs = refs
        self.rank = {s.id: i for i, s in enumerate(refs.sources)}

    def sentence(self, text: str, claims: tuple[str, ...], quotes: tuple[str, ...]) -> Sentence:
        sources: list[str] = []
        for claim_id in claims:
            sources.extend(self.refs.claim(claim_id).sources)
        for quote_id in quotes:
            quote = self.refs.quote(quote_id)
            sources.extend([quote.source.id, *(p.source for p in quote.provenance)])
        ordered = sorted(dict.fromkeys(sources), key=lambda s: self.rank.get(s, len(self.rank)))
        return Sentence(text=text, claims=claims, quotes=quotes, sources=tuple(ordered))

    def fill(self, text: Text) -> str:
        filled = "".join(part if isinstance(part, str) else self.field(part) for part in text)
        return spell_leading_number(filled)

    def field(self, field: Field) -> str:
        if field.name == "patients":
            return str(self.refs.study.design.patients)
        if field.name in ("online", "issued"):
            date = self.refs.study.online if field.name == "online" else self.refs.study.issued
            assert date is not None  # the loader requires it when a template names it
            return date_in_words(date)
        assert field.arg is not None  # the loader requires it for every other field
        if field.name in ("source", "Source"):
            said = describe(self.refs.source(self.refs.claim(field.arg).sources[0]))
            return said[:1].upper() + said[1:] if field.name == "Source" else said
        person = self.refs.person(field.arg)
        if field.name == "institution":
            return person.affiliations[0].institution
        return str(person)

    def build(self, template: SentenceTemplate) -> Sentence:
        if template.quote is None:
            return self.sentence(self.fill(template.text), template.claims, template.quotes)
        # A quote word for word, attributed as a news story would: with the speaker's
        # name and title, or with the source's own cue ("Waxman said") for a second one.
        quote = self.refs.quote(template.quote)
        if template.attribution == "title" or not quote.cue:
            text = attributed(quote, style="news")
        else:
            text = f"\u201c{quote.text.rstrip('.')},\u201d {quote.cue}."
        return self.sentence(text, (), (template.quote,))

    def section(self, template: SectionTemplate) -> Section:
        return Section(
            heading=template.heading,
            sentences=tuple(self.build(sentence) for sentence in template.sentences),
            bullets=template.bullets,
        )


def generate(
    refs: Loaded, spec: Summaries, audience: str, length: str, citation: str
) -> tuple[str | None, list[Section]]:
    """Return the title and sections for *audience* and *length*, citation last."""
    chosen = spec.audiences[audience]
    build = _Builder(refs)
    sections = [build.section(t) for t in spec.templates[chosen.family, length]]
    if length == "tweet":
        link = build.sentence(refs.study.doi_url or "", spec.link_claims, ())
        return None, [*sections, Section(heading=None, sentences=(link,), prose=False)]
    cite = build.sentence(citation, spec.citation_claims, ())
    heading = spec.reference_heading if length == "standard" else None
    title = build.fill(chosen.title)
    return title, [*sections, Section(heading=heading, sentences=(cite,), prose=False)]
