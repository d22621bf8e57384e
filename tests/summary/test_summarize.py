"""summarize(): every audience and length states the essentials, sourced, and never overclaims."""

from __future__ import annotations

import collections
import html
import itertools
import json
import re

import pytest

import msc_sci
from msc_sci.summary._language import hedges, problems

AUDIENCES = ("public", "patient", "clinician", "journalist")
LENGTHS = ("tweet", "short", "standard")
FORMATS = ("text", "markdown", "html", "json")
ALL = list(itertools.product(AUDIENCES, LENGTHS))
EVERY = list(itertools.product(AUDIENCES, LENGTHS, FORMATS))
PLAIN = [(a, n) for a, n in ALL if a in {"public", "patient"}]
#: Readers who are not clinicians, for whom jargon is explained.
LAY = ("public", "patient", "journalist")
DOI_URL = "https://doi.org/10.1016/j.clineuro.2021.106565"

#: What every summary must say, as patterns over its text (case-insensitive).
ESSENTIALS: dict[str, str] = {
    "patients": r"\b13\b|\bthirteen\b",
    "own bone marrow": r"own bone[- ]marrow|own \w+ bone marrow|autologous",
    "into a vein": r"vein|intravenous|\bIV\b",
    "what improved": r"walk",
    "harms": r"no substantial side effects",
    "no control group": r"no control group|without a control group",
    "doi": re.escape(DOI_URL),
}
#: Not required in a 280-character tweet.
LONG_ESSENTIALS: dict[str, str] = {
    "grown in a lab": r"lab|culture",
    "no placebo": r"placebo",
    "not blinded": r"not blinded|unblinded",
    "more studies": r"studies",
    "injuries": r"knife or (?:a )?bullet|non-penetrating",
    "weeks earlier": r"several weeks",
    "cannot show cause": r"cannot show",
    "could take years": r"could take years",
}

#: Wording a science editor's second reading struck, and why; no summary brings it back.
STRUCK: dict[str, str] = {
    r"\bgot\b[^.]*\binto a vein": "'got cells into a vein' reads as moving them there",
    r"no control group: (?:it|they)\b": "a pronoun after a verbless clause: name the study",
    r", cultured,": "a lone participle between commas reads as a list item",
    r"\bthey could take years": "'they' may be the researchers: 'this could take years'",
    r"not caused by a knife or (?:a )?bullet": "non-penetrating is any wound, not two kinds",
    r"after injuries that": "a clause about the injuries hung on the route sentence",
    r"bone marrow, grown in": "'grown' hangs on the bone marrow, not the cells",
    r"\bwere given\b[^.]*\.\s+The cells were given\b": "'were given' twice in a row",
    r"works\.\s+Despite the challenges": "'the challenges' must follow the caveats it means",
    r"\bthen\b[^.]*\.\s+(?:\w+\s+){0,3}then\b": "'then' in two sentences running",
}


def _text(audience: str, length: str, format: str = "text") -> str:
    """The text a reader sees, in any format: tags, escapes and JSON syntax taken off."""
    rendered = str(msc_sci.summarize(audience, length=length, format=format))
    if format == "html":
        inline = re.sub(r"</?a\b[^>]*>", "", rendered)
        return html.unescape(re.sub(r"<[^>]+>", "\n", inline))
    if format == "markdown":
        unlinked = re.sub(r"(?<!\\)<(https?://[^<>\s]*)>", r"\1", rendered)  # autolinks
        return re.sub(r"\\(.)", r"\1", unlinked)
    if format == "json":
        data = json.loads(rendered)
        parts = [data["title"] or ""]
        for section in data["sections"]:
            parts.append(section["heading"] or "")
            parts.extend(s["text"] for s in section["sentences"])
        return "\n".join(parts)
    return rendered


def _prose(audience: str, length: str, format: str = "text") -> str:
    """The visible text of a summary without its closing reference or DOI link."""
    text = _text(audience, length, format)
    summary = msc_sci.summarize(audience, length=length)
    for sentence in summary.sections[-1].sentences:
        text = text.replace(sentence.text, "")
    return text


def _sentences(text: str) -> list[str]:
    """Split visible text into sentences, lines and list items."""
    parts = re.split(r"(?<=[.!?])\s+|\n+", text)
    return [re.sub(r"^[-#\s]+", "", part) for part in parts if part.strip(" -#")]


@pytest.mark.parametrize(("audience", "length", "format"), EVERY)
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
    text = re.sub(r"\s+", " ", _text(audience, "tweet", format)).strip()
    expected = (True, True)
    assert expected == (len(text) <= 280, text.endswith(DOI_URL))


@pytest.mark.parametrize("audience", AUDIENCES)
def test_short_is_60_to_160_words(audience: str) -> None:
    """A short summary has 60-160 words of prose."""
    words = msc_sci.summarize(audience, length="short").readability.words
    assert 60 <= words <= 160, words


@pytest.mark.parametrize("audience", AUDIENCES)
def test_standard_is_400_to_850_words(audience: str) -> None:
    """A standard summary has 400-850 words of prose, as a Cochrane plain-language summary."""
    words = msc_sci.summarize(audience).readability.words
    assert 400 <= words <= 850, words


@pytest.mark.parametrize("audience", AUDIENCES)
def test_lengths_are_as_documented(audience: str) -> None:
    """Short and standard word counts fall in the ranges summarize()'s docstring gives."""
    doc = msc_sci.summarize.__doc__ or ""
    documented = {
        length: (int(low), int(high))
        for length, low, high in re.findall(r'``"(\w+)"``\s+\((\d+)-(\d+) words', doc)
    }
    outside = {}
    for length, (low, high) in documented.items():
        words = msc_sci.summarize(audience, length=length).readability.words
        if not low <= words <= high:
            outside[length] = words
    expected = ({"short", "standard"}, {})
    assert expected == (set(documented), outside)


@pytest.mark.parametrize("audience", AUDIENCES)
def test_standard_follows_a_cochrane_plain_language_summary(audience: str) -> None:
    """Key messages first, then background, methods, results, limits and how up to date."""
    summary = msc_sci.summarize(audience)
    prose = [s for s in summary.sections if s.prose]
    headings = [s.heading for s in prose]
    background = " ".join(s.text for s in prose[1].sentences)
    up_to_date = " ".join(s.text for s in prose[-1].sentences)
    order = [
        "What did they do?",
        "What did they find?",
        "What are the limitations of the evidence?",
    ]
    expected = (("Key messages", True), True, True, True, True, True)
    assert expected == (
        (headings[0], prose[0].bullets),
        "What are spinal cord injuries and stem cells?" == headings[1]
        and bool(re.search(r"spinal cord injury (?:can|is)", background, re.I))
        and bool(re.search(r"stem cells[^.]* are cells", background, re.I)),
        [h for h in headings if h in order] == order,
        headings.index("What did they do?") > 1,
        headings[-1] == "How up to date is this evidence?",
        "February 2021" in up_to_date,
    )


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


@pytest.mark.parametrize(("audience", "length", "format"), EVERY)
def test_no_sentence_starts_with_a_numeral(audience: str, length: str, format: str) -> None:
    """No sentence, heading or list item begins with a digit (or a sign before one)."""
    expected: list[str] = []
    assert expected == [
        s for s in _sentences(_prose(audience, length, format)) if re.match(r"[^\w\s]*\d", s)
    ]


@pytest.mark.parametrize(
    ("audience", "length", "format"), [c for c in EVERY if c[0] in {"public", "patient"}]
)
def test_public_and_patient_summaries_leave_out_the_six_month_figure(
    audience: str, length: str, format: str
) -> None:
    """The news report's six-month figure is neither stated nor named for lay readers."""
    summary = msc_sci.summarize(audience, length=length)
    found = re.findall(
        r"six[- ]months?|all but one|regain\w*|got back", _prose(audience, length, format), re.I
    )
    expected = ([], False)
    assert expected == (found, "results-six-months" in summary.claim_ids)


@pytest.mark.parametrize(
    ("audience", "length", "format"), [c for c in EVERY if c[0] in {"clinician", "journalist"}]
)
def test_the_six_month_figure_is_marked_unconfirmed_with_its_source(
    audience: str, length: str, format: str
) -> None:
    """Where clinicians and journalists get the figure, the news report is named and flagged."""
    text = _prose(audience, length, format)
    marked = [
        bool(re.search(r"news report", text[: m.start()][-200:]))
        and "unconfirmed" in text[m.end() :][:300]
        for m in re.finditer(r"all but one", text)
    ]
    assert all(marked), text
    assert length != "standard" or marked, "a standard summary gives the figure, marked"


@pytest.mark.parametrize(("audience", "length"), ALL)
def test_a_relayed_report_names_what_it_relays(audience: str, length: str) -> None:
    """A sentence giving a news report's figure says whose story the report relays."""
    refs = msc_sci.load_references()
    relays = {s.id: s.relays for s in refs.sources() if s.relays}
    missing = [
        sentence.text
        for sentence in msc_sci.summarize(audience, length=length).sentences
        for claim_id in sentence.claims
        if refs.claim(claim_id).sources[0] in relays
        and re.search(r"\d|\ball but\b", sentence.text)
        and relays[refs.claim(claim_id).sources[0]] not in sentence.text
    ]
    expected: list[str] = []
    assert expected == missing


@pytest.mark.parametrize(("audience", "length"), ALL)
def test_a_headline_is_quoted_with_its_hedge(audience: str, length: str) -> None:
    """Words quoted from a headline are its own, hedge included ('is believed to have')."""
    refs = msc_sci.load_references()
    titles = {s.id: s.title or "" for s in refs.sources()}
    for sentence in msc_sci.summarize(audience, length=length).sentences:
        if sentence.quotes or "headline" not in sentence.text:
            continue
        for fragment in re.findall(r"\u201c([^\u201d]+)\u201d", sentence.text):
            title = next((t for t in titles.values() if fragment.lower() in t.lower()), None)
            assert title is not None, fragment
            hedged = re.search(r"\b(?:is|are|was|were) (believed to have \w+)", title)
            if hedged and fragment.lower() in hedged.group().lower():
                assert hedged.group(1) in fragment, (fragment, title)


@pytest.mark.parametrize(("audience", "length", "format"), EVERY)
def test_harms_are_in_the_release_words(audience: str, length: str, format: str) -> None:
    """Harms: 'no substantial side effects', never 'serious' (a trial term) or 'adverse'."""
    text = _prose(audience, length, format)
    expected = (True, [])
    assert expected == (
        "no substantial side effects" in text.lower(),
        re.findall(r"serious|adverse", text, re.I),
    )


@pytest.mark.parametrize(("audience", "length", "format"), EVERY)
def test_further_studies_are_in_the_authors_words(audience: str, length: str, format: str) -> None:
    """Nobody asked for 'larger' or 'controlled' studies; clinicians read 'additional studies'."""
    text = _prose(audience, length, format)
    expected = ([], True)
    assert expected == (
        re.findall(r"larger|controlled stud", text, re.I),
        audience != "clinician" or length == "tweet" or "additional studies" in text,
    )


@pytest.mark.parametrize(("audience", "length", "format"), EVERY)
def test_blinding_is_said_once(audience: str, length: str, format: str) -> None:
    """A summary says once, not twice, that the study was not blinded."""
    said = re.findall(r"blind", _prose(audience, length, format), re.I)
    assert len(said) <= 1 if length == "tweet" else len(said) == 1, said


@pytest.mark.parametrize(
    ("audience", "length", "format"),
    [c for c in EVERY if c[0] in LAY and c[1] != "tweet"],
)
def test_not_blinded_is_explained_to_lay_readers(audience: str, length: str, format: str) -> None:
    """For lay readers, the sentence that says 'not blinded' also says what it means."""
    blinded = [s for s in _sentences(_prose(audience, length, format)) if "blind" in s]
    expected = [True]
    assert expected == [bool(re.search(r"knew", s)) for s in blinded]


@pytest.mark.parametrize(("audience", "length", "format"), EVERY)
def test_no_wording_a_patient_misreads(audience: str, length: str, format: str) -> None:
    """No 'pierced', 'had got back', 'Most walked'; lay readers get no 'non-penetrating'."""
    text = _prose(audience, length, format)
    misread = re.findall(r"pierc\w*|got back|\bmost walked", text, re.I)
    if audience in LAY:
        misread += re.findall(r"penetrating", text, re.I)
    expected: list[str] = []
    assert expected == misread


@pytest.mark.parametrize(("audience", "length", "format"), EVERY)
def test_no_wording_the_editor_struck(audience: str, length: str, format: str) -> None:
    """No summary, in any format, brings back wording a second reading struck (STRUCK)."""
    text = _prose(audience, length, format)
    expected: list[str] = []
    assert expected == [why for pattern, why in STRUCK.items() if re.search(pattern, text, re.I)]


@pytest.mark.parametrize(("audience", "length"), ALL)
def test_no_sentence_is_said_twice(audience: str, length: str) -> None:
    """No summary repeats a sentence word for word, key messages and body included."""
    said = collections.Counter(s.text for s in msc_sci.summarize(audience, length=length).sentences)
    expected: list[str] = []
    assert expected == [text for text, times in said.items() if times > 1]


@pytest.mark.parametrize(("length", "format"), list(itertools.product(LENGTHS, FORMATS)))
def test_the_patient_summary_speaks_to_the_patient(length: str, format: str) -> None:
    """It says the study cannot tell you whether it would help you, and where trials are."""
    text = _prose("patient", length, format)
    expected = (True, True)
    assert expected == (
        bool(
            re.search(r"(?:cannot|can't) tell you (?:whether|if) [^.]* would help you", text, re.I)
        ),
        length == "tweet" or "trial register" in text,
    )


@pytest.mark.parametrize("length", LENGTHS)
def test_the_patient_summary_is_not_the_public_one_retitled(length: str) -> None:
    """Patients read their own text, in the second person; the public's never says 'you'."""
    public = msc_sci.summarize("public", length=length)
    patient = msc_sci.summarize("patient", length=length)
    own = [s.text for s in patient.sentences if s.text not in {t.text for t in public.sentences}]
    expected = (True, [], True)
    assert expected == (
        bool(own),
        re.findall(r"\byou\b", public.prose, re.I),
        bool(re.search(r"\byou\b", " ".join(own))),
    )


def test_numbers_carry_their_source_when_sources_differ() -> None:
    """The two results figures are each attributed: the release, and a news report."""
    summary = msc_sci.summarize("clinician")
    said = [(c, s.text) for s in summary.sentences for c in s.claims]
    expected = (True, True)
    assert expected == (
        any(c == "results-within-weeks" and "news release" in t for c, t in said),
        any(c == "results-six-months" and "news report" in t for c, t in said),
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
    """check() reports nothing on a JSON summary as written: JSON's quotes are no quotations."""
    rendered = msc_sci.summarize(audience, length=length, format="json").render()
    expected: list[msc_sci.Finding] = []
    assert expected == msc_sci.check(rendered)


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


@pytest.mark.parametrize(("audience", "length"), ALL)
def test_titles_spell_out_every_term(audience: str, length: str) -> None:
    """A title stands alone: it uses no abbreviation (the body defines them)."""
    title = msc_sci.summarize(audience, length=length).title or ""
    expected: list[str] = []
    assert expected == re.findall(r"\b[A-Z]{2,}s?\b", title)


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
    assert f"to {msc_sci.study().design.patients} people" in _text("public", "short")


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
