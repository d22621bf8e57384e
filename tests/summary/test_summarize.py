"""summarize(): every audience and length states the essentials, sourced, and never overclaims."""

from __future__ import annotations

import html
import itertools
import json
import re

import pytest

import msc_sci
from msc_sci.summary._generate import HEADINGS
from msc_sci.summary._language import hedges, problems

AUDIENCES = ("public", "patient", "clinician", "journalist")
LENGTHS = ("tweet", "short", "standard")
FORMATS = ("text", "markdown", "html", "json")
ALL = list(itertools.product(AUDIENCES, LENGTHS))
PLAIN = [(a, n) for a, n in ALL if a in {"public", "patient"}]
DOI_URL = "https://doi.org/10.1016/j.clineuro.2021.106565"

#: What every summary must say, as patterns over its text (case-insensitive).
ESSENTIALS: dict[str, str] = {
    "patients": r"\b13\b",
    "own bone marrow": r"own (?:bone[- ]marrow|\w+ bone marrow)|own bone marrow|autologous",
    "grown in a lab": r"lab|culture",
    "into a vein": r"vein|intravenous|\bIV\b",
    "what improved": r"walk",
    "harms": r"no (?:serious|substantial) (?:side|adverse) effects",
    "no control group": r"no control group|without a control group",
    "no placebo": r"placebo",
    "not blinded": r"not blinded|no blinding|unblinded",
    "more studies": r"studies",
    "doi": re.escape(DOI_URL),
}
#: Not required in a 280-character tweet.
LONG_ESSENTIALS: dict[str, str] = {
    "injuries": r"pierced|non-penetrating",
    "weeks earlier": r"weeks (?:old|before|after)|weeks earlier|several weeks",
    "cannot show cause": r"cannot show",
    "could take years": r"could take years",
}


def _text(audience: str, length: str, format: str = "text") -> str:
    rendered = str(msc_sci.summarize(audience, length=length, format=format))
    if format == "html":
        return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", rendered)))
    if format == "markdown":
        return re.sub(r"\\(.)", r"\1", rendered)
    return rendered


@pytest.mark.parametrize(
    ("audience", "length", "format"), list(itertools.product(AUDIENCES, LENGTHS, FORMATS))
)
def test_states_the_essentials(audience: str, length: str, format: str) -> None:
    """Each summary states count, cells, route, results, harms, design limits and the DOI."""
    text = _text(audience, length, format)
    wanted = dict(ESSENTIALS, **(LONG_ESSENTIALS if length != "tweet" else {}))
    missing = [name for name, pattern in wanted.items() if not re.search(pattern, text, re.I)]
    expected: list[str] = []
    assert expected == missing


@pytest.mark.parametrize(
    ("audience", "format"), list(itertools.product(AUDIENCES, ("text", "markdown", "html")))
)
def test_tweet_fits_in_280_characters_with_the_doi_link(audience: str, format: str) -> None:
    """A tweet's visible text is at most 280 characters and ends with the DOI link."""
    text = _text(audience, "tweet", format).strip()
    expected = (True, True)
    assert expected == (len(text) <= 280, text.endswith(DOI_URL))


@pytest.mark.parametrize("audience", AUDIENCES)
def test_short_is_60_to_100_words(audience: str) -> None:
    """A short summary has 60-100 words of prose."""
    words = msc_sci.summarize(audience, length="short").readability.words
    assert 60 <= words <= 100, words


@pytest.mark.parametrize("audience", AUDIENCES)
def test_standard_is_250_to_450_words_in_cochrane_sections(audience: str) -> None:
    """A standard summary has 250-450 words under the five plain-language-summary headings."""
    summary = msc_sci.summarize(audience)
    headings = tuple(s.heading for s in summary.sections if s.prose)
    expected = (True, HEADINGS)
    assert expected == (250 <= summary.readability.words <= 450, headings)


@pytest.mark.parametrize(("audience", "length"), PLAIN)
def test_plain_summaries_are_readable(audience: str, length: str) -> None:
    """Plain summaries: grade 8 or below, mean sentence 15 words or fewer, none over 25."""
    r = msc_sci.summarize(audience, length=length).readability
    expected = (True, True, True)
    assert expected == (
        r.grade <= 8,
        r.mean_sentence_length <= 15,
        r.longest_sentence <= 25,
    )


@pytest.mark.parametrize(("audience", "length"), ALL)
def test_every_sentence_rests_on_sourced_records(audience: str, length: str) -> None:
    """Each sentence names claims or quotes that exist, and carries their sources."""
    refs = msc_sci.load_references()
    for sentence in msc_sci.summarize(audience, length=length).sentences:
        assert sentence.claims or sentence.quotes, sentence.text
        expected: set[str] = set()
        for claim_id in sentence.claims:
            expected.update(refs.claim(claim_id).sources)
        for quote_id in sentence.quotes:
            quote = refs.quote(quote_id)
            expected.update([quote.source.id, *(p.source for p in quote.provenance)])
        assert expected == set(sentence.sources), sentence.text


@pytest.mark.parametrize(("audience", "length"), ALL)
def test_unsupported_claims_are_attributed(audience: str, length: str) -> None:
    """A sentence stating a claim that is not supported names the source that made it."""
    refs = msc_sci.load_references()
    for sentence in msc_sci.summarize(audience, length=length).sentences:
        for claim_id in sentence.claims:
            if not refs.claim(claim_id).supported:
                assert re.search(r"news (?:report|release)", sentence.text), sentence.text


def test_numbers_carry_their_source_when_sources_differ() -> None:
    """The two results figures are each attributed: the release, and a news report."""
    summary = msc_sci.summarize("public")
    said = [(c, s.text) for s in summary.sentences for c in s.claims]
    expected = (True, True)
    assert expected == (
        any(c == "results-within-weeks" and "news release said" in t for c, t in said),
        any(c == "results-six-months" and "news report said" in t for c, t in said),
    )


@pytest.mark.parametrize(
    ("audience", "length", "format"),
    list(itertools.product(AUDIENCES, LENGTHS, ("text", "markdown", "html"))),
)
def test_the_checker_finds_nothing_in_our_summaries(
    audience: str, length: str, format: str
) -> None:
    """check() reports nothing on any summary rendered as text, Markdown or HTML."""
    expected: list[msc_sci.Finding] = []
    assert expected == msc_sci.check(str(msc_sci.summarize(audience, length=length, format=format)))


@pytest.mark.parametrize(("audience", "length"), ALL)
def test_the_checker_finds_nothing_in_our_json_summaries(audience: str, length: str) -> None:
    """check() reports nothing on the prose of a JSON summary (its strings, not its syntax)."""
    data = json.loads(msc_sci.summarize(audience, length=length, format="json").render())
    prose = " ".join(s["text"] for sec in data["sections"] for s in sec["sentences"])
    expected: list[msc_sci.Finding] = []
    assert expected == msc_sci.check(prose)


@pytest.mark.parametrize(("audience", "length"), ALL)
def test_no_banned_wording_or_advice(audience: str, length: str) -> None:
    """No cure, breakthrough, miracle, repair, restore, 'no side effects' or advice."""
    expected: list[str] = []
    assert expected == problems(msc_sci.summarize(audience, length=length).prose)


@pytest.mark.parametrize(("audience", "length"), [(a, n) for a, n in ALL if n != "tweet"])
def test_certainty_is_hedged(audience: str, length: str) -> None:
    """Short and standard summaries say how uncertain the result is."""
    expected = True
    assert expected == bool(hedges(msc_sci.summarize(audience, length=length).prose))


@pytest.mark.parametrize(("audience", "length"), ALL)
def test_acronyms_are_spelled_out_at_first_use(audience: str, length: str) -> None:
    """Plain summaries use no acronyms; others define each at first use, except tweets."""
    prose = msc_sci.summarize(audience, length=length).prose
    acronyms = re.findall(r"\b[A-Z]{2,}s?\b", prose)
    if audience in {"public", "patient"}:
        expected = []
        assert expected == acronyms
    elif length != "tweet":
        undefined = [
            a
            for a in dict.fromkeys(acronyms)
            if prose.find(f"({a})") != -1 and prose.find(a) < prose.find(f"({a})")
        ]
        never = [a for a in dict.fromkeys(acronyms) if f"({a})" not in prose]
        expected = ([], [])
        assert expected == (undefined, never)


def test_journalist_summary_quotes_the_senior_authors_verbatim() -> None:
    """The journalist summary quotes Waxman and Kocsis word for word, with their roles."""
    refs = msc_sci.load_references()
    text = str(msc_sci.summarize("journalist"))
    for quote_id in ("waxman-restore", "waxman-hint", "kocsis-stroke"):
        assert refs.quote(quote_id).text.rstrip(".") in text
    assert "said Stephen G. Waxman, professor of neurology" in text


def test_summaries_are_deterministic() -> None:
    """The same arguments give the same summary."""
    assert msc_sci.summarize("clinician", length="short") == msc_sci.summarize(
        "clinician", length="short"
    )


def test_count_comes_from_the_study_record() -> None:
    """The number of patients is the study record's."""
    assert f"{msc_sci.study().design.patients} people" in _text("public", "short")


def test_unknown_audience_suggests_the_closest() -> None:
    """An unknown audience raises UnknownAudienceError naming the closest one."""
    with pytest.raises(msc_sci.UnknownAudienceError, match="did you mean 'public'"):
        msc_sci.summarize("pubic")


def test_unknown_length_lists_the_known_ones() -> None:
    """An unknown length raises UnknownLengthError listing the lengths."""
    with pytest.raises(msc_sci.UnknownLengthError, match="short, standard, tweet"):
        msc_sci.summarize(length="epic")


def test_unknown_format_is_an_unknown_format_error() -> None:
    """An unknown format raises UnknownFormatError, a LookupError."""
    with pytest.raises(LookupError, match="did you mean 'html'"):
        msc_sci.summarize(format="htm")


@pytest.mark.parametrize("audience", AUDIENCES)
def test_citation_line_is_the_apa_reference(audience: str) -> None:
    """Short and standard summaries end with the APA reference from msc_sci.cite()."""
    for length in ("short", "standard"):
        expected = msc_sci.cite("apa")
        assert expected == msc_sci.summarize(audience, length=length).sentences[-1].text


@pytest.mark.parametrize("option", ["audience", "length", "format"])
def test_options_that_are_not_strings_are_type_errors(option: str) -> None:
    """``summarize(None)`` and the like are TypeErrors naming the option."""
    args: dict[str, object] = {option: None}
    with pytest.raises(TypeError, match=f"{option} must be a string"):
        msc_sci.summarize(**args)  # type: ignore[arg-type]
