"""Matching quotations to the registry: speaker, score, verdict and differences."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import msc_sci
from msc_sci import Attribution, Verdict, attribute
from strategies import news_texts, quote_noise, reprinted_quotes

RESTORE = (
    "The idea that we may be able to restore function after injury to the brain and spinal "
    "cord using the patient's own stem cells has intrigued us for years."
)
HINT = "Now we have a hint, in humans, that it may be possible."


def _verdict(text: str) -> tuple[str | None, str, list[str]]:
    result = attribute(text)
    quote_id = result.quote.id if result.quote else None
    return quote_id, result.verdict.value, [str(d) for d in result.differences]


def test_coverage_quote_is_waxmans_and_altered(shared: Path) -> None:
    """S000's Waxman quote: Waxman's, altered, with each difference listed."""
    text = (shared / "seeds" / "000_655b9478474eebb7.txt").read_text(encoding="utf-8")
    paragraph = next(p for p in text.split("\n\n") if "fascinated" in p)
    result = attribute(paragraph)
    expected = ("waxman-restore", "waxman", Verdict.ALTERED)
    assert expected == (result.quote and result.quote.id, result.speaker.id, result.verdict)
    expected_differences = [
        'hedge dropped: "we may be able" became "it is possible"',
        'word added: "motor" before "function"',
        'wording changed: "injury to the" became "a"',
        'word moved: "injury" before "using"',
        'wording changed: "intrigued" became "fascinated"',
    ]
    assert expected_differences == [str(d) for d in result.differences]
    expected_meaning = [True, True, False, False, False]
    assert expected_meaning == [d.alters_meaning for d in result.differences]


def test_known_variant_is_recognised(shared: Path) -> None:
    """The S000 printing is the registry's recorded variant of the quote."""
    variant = msc_sci.quotes("Waxman")[0].variants[0]
    assert variant == attribute(variant.text).variant


def test_named_speaker_is_reported() -> None:
    """A text that names its speaker says so, and misattribution is flagged."""
    right = attribute(f"\u201c{HINT}\u201d said Stephen Waxman.")
    wrong = attribute(f"\u201c{HINT}\u201d said Jeffery Kocsis.")
    expected = ("waxman", False, "kocsis", True)
    assert expected == (right.named.id, right.misattributed, wrong.named.id, wrong.misattributed)


def test_joint_attribution_of_one_persons_quote_is_flagged() -> None:
    """'Waxman and Kocsis said' of a quote only Waxman said is a misattribution."""
    result = attribute(f"\u201c{HINT}\u201d Waxman and Kocsis said.")
    expected = ("waxman", ["waxman", "kocsis"], True)
    actual = (result.speaker.id, [who.id for who in result.named_speakers], result.misattributed)
    assert expected == actual


def test_joint_attribution_to_non_registry_people_is_not_flagged() -> None:
    """Naming people outside the registry is not a misattribution it can judge."""
    result = attribute(f"\u201c{HINT}\u201d Ana Ruiz and Bo Lind said.")
    assert (("Ana Ruiz", "Bo Lind"), False) == (result.named_speakers, result.misattributed)


@pytest.mark.parametrize(
    "text",
    [
        HINT,
        HINT.replace(",", ""),
        f"\u201c{HINT}\u201d",
        f'"{HINT}"',
        "  Now  we have a hint,\nin humans,   that it may be possible ",
        RESTORE.replace("'", "\u2019"),
        RESTORE.replace("stem cells", "[stem cells](#)"),
        "Now we have a hint, in humans",
    ],
)
def test_marks_spacing_links_and_excerpts_are_not_differences(text: str) -> None:
    """Curly vs straight marks, whitespace, links and excerpts leave it verbatim."""
    result = attribute(text)
    expected = (Verdict.VERBATIM, ())
    assert expected == (result.verdict, result.differences)


@pytest.mark.parametrize(
    ("text", "difference"),
    [
        (
            "Now we have proof, in humans, that it may be possible.",
            'hedge dropped: "a hint" became "proof"',
        ),
        (
            "Now we have a hint, in humans, that it is possible.",
            'hedge dropped: "may be" became "is"',
        ),
        (
            "Similar results with stem cells in patients with stroke increases our confidence "
            "that this approach will be clinically useful.",
            'hedge dropped: "may" became "will"',
        ),
        (
            "Now we have a hint, in all humans, that it may be possible.",
            'claim strengthened: "all" before "humans"',
        ),
        (
            "Now we have a hint, in humans, that it may not be possible.",
            'negation changed: "not" before "be"',
        ),
        (
            "Now we have a hint, in thirteen humans, that it may be possible.",
            'number changed: "thirteen" before "humans"',
        ),
        (
            "Now we have a hint, in elderly humans, that it may be possible.",
            'word added: "elderly" before "humans"',
        ),
    ],
)
def test_meaning_changes_are_altered(text: str, difference: str) -> None:
    """Dropped hedges, stronger claims, negations, numbers and added words alter a quote."""
    quote_id = "kocsis-stroke" if "stroke" in text else "waxman-hint"
    expected = (quote_id, "altered", [difference])
    assert expected == _verdict(text)


@pytest.mark.parametrize(
    ("text", "quote_id", "difference"),
    [
        (
            RESTORE.replace("we may be able to restore", "we can restore"),
            "waxman-restore",
            'hedge dropped: "may be able to" became "can"',
        ),
        (
            "Similar results with stem cells in patients with stroke increases our confidence "
            "that this approach can be clinically useful.",
            "kocsis-stroke",
            'hedge dropped: "may" became "can"',
        ),
        (
            "Now we have evidence, in humans, that it may be possible.",
            "waxman-hint",
            'hedge dropped: "a hint" became "evidence"',
        ),
        (
            "Now we have early evidence, in humans, that it may be possible.",
            "waxman-hint",
            'claim strengthened: "a hint" became "early evidence"',
        ),
        ("this will take years", "senior-authors-years", 'hedge dropped: "could" became "will"'),
        (
            "Now we have a hint, in humans, that it is feasible.",
            "waxman-hint",
            'hedge dropped: "may be possible" became "is feasible"',
        ),
    ],
)
def test_hedge_removed_or_firmed_up_is_altered(text: str, quote_id: str, difference: str) -> None:
    """Removing a hedge or putting a firmer word in its place alters a quote, however close."""
    expected = (quote_id, "altered", [difference])
    assert expected == _verdict(text)


def test_one_hedge_for_another_is_a_variant() -> None:
    """'Possible' printed as 'feasible' keeps the hedge: a variant, not altered."""
    expected = ("waxman-hint", "variant", ['wording changed: "possible" became "feasible"'])
    assert expected == _verdict("Now we have a hint, in humans, that it may be feasible.")


def test_nested_quote_is_judged_on_its_own() -> None:
    """A verbatim quote inside someone else's quotation is verbatim, its own speaker's."""
    text = (
        "\u201cWhen Waxman said \u2018Now we have a hint, in humans, that it may be "
        "possible\u2019, he chose every word with care,\u201d said Ana Ruiz, an editor."
    )
    result = attribute(text)
    expected = ("waxman-hint", Verdict.VERBATIM, "waxman", False)
    actual = (
        result.quote and result.quote.id,
        result.verdict,
        result.named.id,
        result.misattributed,
    )
    assert expected == actual


@pytest.mark.parametrize(
    ("text", "difference"),
    [
        (
            RESTORE.replace("intrigued", "fascinated"),
            'wording changed: "intrigued" became "fascinated"',
        ),
        (
            "Now we have a hint, in humans, that it may be feasible.",
            'wording changed: "possible" became "feasible"',
        ),
        (
            "Now we have a hint that it may be possible.",
            'words left out: "in humans" left out',
        ),
    ],
)
def test_wording_changes_are_variants(text: str, difference: str) -> None:
    """A synonym or a left-out phrase keeps the meaning: a variant."""
    quote_id = "waxman-restore" if "idea" in text else "waxman-hint"
    expected = (quote_id, "variant", [difference])
    assert expected == _verdict(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "The weather in Sapporo was mild that week.",
        "\u201c\u201d",
        "We hope so.",
    ],
)
def test_unrelated_text_is_unknown(text: str) -> None:
    """Text close to no registry quote is unknown, with no quote and no speaker."""
    result = attribute(text)
    expected = (Verdict.UNKNOWN, None, None, ())
    assert expected == (result.verdict, result.quote, result.speaker, result.differences)


def test_reported_speech_has_several_speakers() -> None:
    """Indirect speech is matched too, and its speaker is the first of its speakers."""
    result = attribute("additional studies will be needed to confirm the results")
    expected = ("senior-authors-more-studies", "kocsis", Verdict.VERBATIM)
    assert expected == (result.quote.id, result.speaker.id, result.verdict)


@given(st.one_of(news_texts(), quote_noise, st.text()))
def test_any_text_gives_an_attribution(text: str) -> None:
    """Any text: no error, a score in [0, 1], a quote exactly when the verdict is known."""
    result = attribute(text)
    assert isinstance(result, Attribution)
    assert 0.0 <= result.score <= 1.0
    assert (result.quote is None) == (result.verdict is Verdict.UNKNOWN)
    if result.verdict in (Verdict.VERBATIM, Verdict.UNKNOWN):
        assert not result.differences
    else:
        assert result.differences


def test_coverage_misdescribes_waxman_as_lead_author(shared: Path) -> None:
    """S000 calls Waxman the lead author; the registry has him as a senior author."""
    text = (shared / "seeds" / "000_655b9478474eebb7.txt").read_text(encoding="utf-8")
    paragraph = next(p for p in text.split("\n\n") if "fascinated" in p)
    expected = ('"lead author"; the registry has: author, senior author',)
    assert expected == attribute(paragraph).misdescribed


def test_right_role_is_not_misdescribed() -> None:
    """Calling Waxman a senior author contradicts nothing."""
    text = f'"{HINT}" said Stephen G. Waxman, a senior author of the study.'
    expected = ()
    assert expected == attribute(text).misdescribed


def test_best_matching_quotation_of_an_article_is_taken(shared: Path) -> None:
    """Of several quotations, the one closest to a registry quote is attributed."""
    text = (shared / "seeds" / "004_ad8a47b71054a40d.txt").read_text(encoding="utf-8")
    result = attribute(text)
    expected = (Verdict.VERBATIM, 1.0)
    assert expected == (result.verdict, result.score)


@given(reprinted_quotes())
def test_faithful_reprints_are_verbatim(reprint: tuple[str, str]) -> None:
    """Any faithful reprint of a registry quote is that quote, verbatim."""
    text, quote_id = reprint
    result = attribute(text)
    expected = (quote_id, Verdict.VERBATIM, ())
    assert expected == (result.quote and result.quote.id, result.verdict, result.differences)
