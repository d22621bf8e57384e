"""Finding quotations in running text: spans, speakers and cues."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from msc_sci import Entity, FoundQuote, Person, find_quotes
from msc_sci._quotes._text import plain
from strategies import attributed_paragraphs, news_texts, quote_noise, speech_sequences


def _speaker_id(quote: FoundQuote) -> str | None:
    return _speaker_id_of(quote.speaker)


def _speaker_id_of(speaker: Person | Entity | str | None) -> str | None:
    if isinstance(speaker, Person | Entity):
        return speaker.id
    return speaker


def _summary(text: str) -> list[tuple[str | None, str | None, bool]]:
    return [(_speaker_id(q), q.cue, q.continues) for q in find_quotes(text)]


# -- the seed articles ---------------------------------------------------------------------


def test_release_quotes_are_all_found_with_their_speakers(shared: Path) -> None:
    """S004: Kocsis's quote and continuation, Waxman's two quotes, nothing else."""
    text = (shared / "seeds" / "004_ad8a47b71054a40d.txt").read_text(encoding="utf-8")
    expected = [
        ("kocsis", "noted Kocsis", False),
        ("kocsis", "noted Kocsis", True),
        ("waxman", "Waxman said", False),
        ("waxman", "Waxman said", True),
    ]
    assert expected == _summary(text)


def test_release_quote_texts_match_the_registry(shared: Path) -> None:
    """S004's quotes, links unwrapped, are the registry's words."""
    import msc_sci

    text = (shared / "seeds" / "004_ad8a47b71054a40d.txt").read_text(encoding="utf-8")
    ids = ["kocsis-stroke", "kocsis-culmination", "waxman-restore", "waxman-hint"]
    expected = [next(q for q in msc_sci.quotes() if q.id == i).text.removesuffix(".") for i in ids]
    assert expected == [q.text.removesuffix(".") for q in find_quotes(text)]


def test_coverage_quotes_are_found_with_their_speakers(shared: Path) -> None:
    """S000: Waxman's altered quote and the paper's, the paper as an entity."""
    text = (shared / "seeds" / "000_655b9478474eebb7.txt").read_text(encoding="utf-8")
    expected = [("waxman", "said Stephen Waxman", False), ("the-paper", "the paper said", False)]
    assert expected == _summary(text)


# -- cues ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ('"We were surprised by the results," said Dr. Ana Ruiz.', "Ana Ruiz", "said Dr. Ana Ruiz"),
        ("\u201cThe cells seem to help some patients,\u201d Ruiz said.", "Ruiz", "Ruiz said"),
        (
            '"This needs a larger trial to confirm," noted Prof. Bo Lind.',
            "Bo Lind",
            "noted Prof. Bo Lind",
        ),
        ('"Nobody should call this a cure yet," Lind added.', "Lind", "Lind added"),
        (
            '"The data are still preliminary here," according to Carla Mendes.',
            "Carla Mendes",
            "according to Carla Mendes",
        ),
        (
            'Mendes put it plainly: "We need far more patients first."',
            "Mendes",
            "Mendes put it plainly",
        ),
        ('Lind said: "The infusion took less than an hour."', "Lind", "Lind said"),
        ('Ruiz added, "We will keep following the patients."', "Ruiz", "Ruiz added"),
        (
            '"We will keep following the patients," Ruiz told reporters.',
            "Ruiz",
            "Ruiz told reporters",
        ),
        (
            '"We will keep following them," Carla Mendes, a fictional surgeon, said.',
            "Carla Mendes",
            "Carla Mendes, a fictional surgeon, said",
        ),
        (
            "\u201cThe results are encouraging but early\u201d \u2014 Ana Ruiz.",
            "Ana Ruiz",
            "\u2014 Ana Ruiz",
        ),
        (
            'As Mendes put it, "we need far more patients first."',
            "Mendes",
            "As Mendes put it",
        ),
        (
            '"We need far more patients first," said the lead surgeon, Carla Mendes.',
            "Carla Mendes",
            "said the lead surgeon, Carla Mendes",
        ),
    ],
)
def test_cue_forms_name_the_speaker(text: str, speaker: str, cue: str) -> None:
    """Said X, X said, noted, added, according to, colon and comma introductions, dashes."""
    assert [(speaker, cue, False)] == _summary(text)


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("Waxman", "waxman"),
        ("Stephen Waxman", "waxman"),
        ("Stephen G. Waxman", "waxman"),
        ("Dr. Waxman", "waxman"),
        ("Jeffrey Kocsis", "kocsis"),
        ("Prof. Jeffery D. Kocsis", "kocsis"),
    ],
)
def test_named_speakers_are_matched_to_registry_people(name: str, person: str) -> None:
    """Any name form of a registry person gives that Person."""
    text = f'"Now we have a hint, in humans, that it may be possible," said {name}.'
    assert [person] == [_speaker_id(q) for q in find_quotes(text)]


def test_the_paper_is_the_registry_entity() -> None:
    """'The paper said' gives the Entity, not a person."""
    (quote,) = find_quotes('"MSCs can reach the brain and blood vessels too," the paper said.')
    assert isinstance(quote.speaker, Entity)
    expected = "the-paper"
    assert expected == quote.speaker.id


# -- speakers carried over -----------------------------------------------------------------


def test_pronoun_is_the_last_named_speaker() -> None:
    """'He said' is the speaker last named in a cue."""
    text = '"The first quote is here," said Bo Lind.\n\n"A second one follows this," he said.'
    expected = [("Bo Lind", "said Bo Lind", False), ("Bo Lind", "he said", False)]
    assert expected == _summary(text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Jeffery Kocsis was upbeat. "This study is the culmination of years of work," he said.',
            "kocsis",
        ),
        (
            "Stephen Waxman is a professor of neurology at Yale.\n\n"
            '"Now we have a hint, in humans," he said.',
            "waxman",
        ),
        (
            'Ana Ruiz, a neurologist, was cautious.\n\n"It is early days for this," she said.',
            "Ana Ruiz",
        ),
        ('Asked about it, Dr. Bo Lind smiled. He said: "We will need a larger trial."', "Bo Lind"),
    ],
)
def test_pronoun_is_the_last_person_named_in_the_narrative(text: str, speaker: str) -> None:
    """'He said' after a plain mention, with no speech tag before, is the person mentioned."""
    expected = [speaker]
    assert expected == [_speaker_id(q) for q in find_quotes(text)]


def test_according_to_him_is_the_last_named_person() -> None:
    """ "According to him" stands for the person named last, as "he said" does."""
    text = 'Jeffery Kocsis leads a Yale lab. According to him, "this may be clinically useful."'
    assert [("kocsis", "According to him", False)] == _summary(text)


def test_pronoun_is_the_person_named_after_the_last_speaker() -> None:
    """A person named in the narrative after a quotation's speaker is who 'she' is."""
    text = (
        '"The first results look good," said Bo Lind.\n\n'
        "Carla Mendes, who runs a rehabilitation clinic, disagreed.\n\n"
        '"It is far too early to say that," she said.'
    )
    expected = ["Bo Lind", "Carla Mendes"]
    assert expected == [q.speaker for q in find_quotes(text)]


@pytest.mark.parametrize(
    "narrative",
    [
        "Sapporo Medical University grew the cells.",
        "The paper appeared in Clinical Neurology and Neurosurgery.",
        "The New England Journal of Medicine did not publish it.",
        "Yale and Sapporo worked together.",
    ],
)
def test_institutions_and_publications_are_not_people(narrative: str) -> None:
    """Capitalised names of institutions, places and journals are not who 'he' stands for."""
    text = f'"The first results look good," said Bo Lind.\n\n{narrative}\n\n"It is early," he said.'
    expected = ["Bo Lind", "Bo Lind"]
    assert expected == [q.speaker for q in find_quotes(text)]


def test_pronoun_after_two_people_in_the_narrative() -> None:
    """Two people named together in the narrative are 'they', never 'he' or 'she'."""
    text = (
        "Kocsis and Waxman stress that more studies are needed.\n\n"
        '"That could take years of work," they said.\n\n'
        "Kocsis and Waxman remain optimistic.\n\n"
        '"We are hopeful about the next trial," he said.'
    )
    expected = [("Kocsis and Waxman", ["kocsis", "waxman"]), (None, [])]
    assert expected == [
        (q.speaker, [_speaker_id_of(w) for w in q.speakers]) for q in find_quotes(text)
    ]


def test_family_name_of_an_earlier_speaker_is_that_speaker() -> None:
    """'Lind' in the narrative after 'said Bo Lind' is Bo Lind, for a later 'he'."""
    text = (
        '"The first results look good," said Bo Lind.\n\n'
        '"It is far too early for that," an expert said.\n\n'
        "Lind did not agree.\n\n"
        '"We saw real change in weeks," he said.'
    )
    expected = ["Bo Lind", None, "Bo Lind"]
    assert expected == [q.speaker for q in find_quotes(text)]


def test_pronoun_without_a_named_speaker_is_nobody() -> None:
    """'She said' with nobody named before gives no speaker."""
    expected = [(None, "she said", False)]
    assert expected == _summary('"It is early days for this," she said.')


def test_quote_only_paragraph_continues_the_previous_speaker() -> None:
    """A paragraph of quotation only continues the previous paragraph's speaker."""
    text = '"First quote of this paragraph," Lind said.\n\n"Then a second paragraph of it."'
    expected = [("Lind", "Lind said", False), ("Lind", "Lind said", True)]
    assert expected == _summary(text)


def test_second_quote_in_a_paragraph_continues_its_speaker() -> None:
    """'"A," X said. "B."': B is X's too."""
    text = "\u201cIt works for some,\u201d Ruiz said. \u201cNot for all.\u201d"
    expected = [("Ruiz", "Ruiz said", False), ("Ruiz", "Ruiz said", True)]
    assert expected == _summary(text)


def test_quote_after_narrative_does_not_continue() -> None:
    """A quote-only paragraph after a paragraph without quotes has no speaker."""
    text = '"First quote of this one," Lind said.\n\nThe trial was small.\n\n"Who says this?"'
    expected = [("Lind", "Lind said", False), (None, None, False)]
    assert expected == _summary(text)


@pytest.mark.parametrize(
    "text",
    [
        '"This is an interesting but small study," an expert said.',
        '"This is an interesting but small study," said an independent expert.',
        '"This is an interesting but small study," one researcher noted.',
    ],
)
def test_unnamed_speaker_is_nobody(text: str) -> None:
    """'An expert said' names nobody."""
    expected = [None]
    assert expected == [q.speaker for q in find_quotes(text)]


def test_unnamed_speaker_is_never_given_to_a_named_one() -> None:
    """After an unnamed speaker, 'he said' and continuations name nobody either."""
    text = (
        '"Our first result was clear," said Bo Lind.\n\n'
        '"This is an interesting but small study," an expert said.\n\n'
        '"It needs a control group," he said.\n\n'
        '"And a quote-only paragraph follows."'
    )
    expected = ["Bo Lind", None, None, None]
    assert expected == [q.speaker for q in find_quotes(text)]


# -- marks, spans and text -----------------------------------------------------------------


def test_quote_over_several_paragraphs_is_one_quote() -> None:
    """An opening mark with no closing mark until a later paragraph: one quotation."""
    text = (
        "Mendes said: \u201cThis quote runs over one paragraph\n\n"
        "\u201cand into a second one\n\n\u201cand a third.\u201d The end."
    )
    (quote,) = find_quotes(text)
    expected = "This quote runs over one paragraph and into a second one and a third."
    assert (expected, "Mendes") == (quote.text, quote.speaker)
    assert text[quote.start : quote.end] == quote.raw


def test_straight_quotes_over_several_paragraphs() -> None:
    """The same with straight marks, attributed after the last paragraph."""
    text = '"This quote runs on\n\n"over two paragraphs," said Carla Mendes.'
    expected = [("This quote runs on over two paragraphs", "Carla Mendes")]
    assert expected == [(q.text, q.speaker) for q in find_quotes(text)]


def test_unclosed_quote_ends_with_its_paragraph() -> None:
    """A quote never closed, with no reopening mark next, ends at its paragraph's end."""
    text = 'Lind said: "This never closes properly here\n\nNext paragraph.'
    expected = ["This never closes properly here"]
    assert expected == [q.text for q in find_quotes(text)]


def test_apostrophes_are_not_quote_marks() -> None:
    """Patients' and it's stay inside the quotation."""
    text = "\u201cThe patients\u2019 own cells, it's said, were used,\u201d said Ana Ruiz."
    expected = ["The patients\u2019 own cells, it's said, were used"]
    assert expected == [q.text for q in find_quotes(text)]


def test_markdown_links_are_unwrapped_in_text_but_kept_in_raw() -> None:
    """Stem [cells](#) reads 'stem cells'; raw keeps the link, exactly as in the input."""
    text = '"Similar results with stem [cells](#) in patients," noted Kocsis.'
    (quote,) = find_quotes(text)
    expected = ("Similar results with stem cells in patients", "stem [cells](#)")
    assert expected == (
        quote.text,
        quote.raw[21:36],
    )


def test_scare_quotes_are_not_speech() -> None:
    """A short quoted phrase with no cue is skipped."""
    expected = []
    assert expected == find_quotes('Critics called it a "miracle cure" at the time.')


def test_no_quotes_in_plain_text() -> None:
    """Text without quote marks has no quotations."""
    expected = []
    assert expected == find_quotes(
        "The trial was small and nobody was blinded.\n\nIt's early days."
    )


# -- properties ----------------------------------------------------------------------------


@given(st.one_of(news_texts(), quote_noise, st.text()))
def test_spans_index_the_input_exactly(text: str) -> None:
    """Any text: no error; text[start:end] is raw, and .text is plain(raw)."""
    end = 0
    for quote in find_quotes(text):
        assert end <= quote.start <= quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.raw
        assert plain(quote.raw) == quote.text
        end = quote.end


@given(st.lists(attributed_paragraphs(), min_size=1, max_size=5))
def test_generated_articles_give_every_speaker(paragraphs: list[tuple[str, str]]) -> None:
    """Paragraphs each quoting a fictional speaker: each quotation gets its speaker."""
    text = "\n\n".join(body for body, _ in paragraphs)
    assert [name for _, name in paragraphs] == [q.speaker for q in find_quotes(text)]


def test_day_after_a_name_is_not_part_of_it() -> None:
    """'said Bo Lind Tuesday' names Bo Lind."""
    expected = ["Bo Lind"]
    assert expected == [
        q.speaker for q in find_quotes('"It went well for all," said Bo Lind Tuesday.')
    ]


def test_two_speakers_are_named_together() -> None:
    """'X and Y said' is given to both, never to one of them alone."""
    expected = ["Ana Ruiz and Bo Lind"]
    text = '"It went well for all of them," Ana Ruiz and Bo Lind said.'
    assert expected == [q.speaker for q in find_quotes(text)]


def test_two_speakers_are_each_matched() -> None:
    """'X and Y said' names each of them, registry people matched on their own."""
    text = '"It is a first step for all of us," Dr. Waxman and Dr. Kocsis said.'
    (quote,) = find_quotes(text)
    expected = ("Waxman and Kocsis", ["waxman", "kocsis"])
    assert expected == (quote.speaker, [_speaker_id_of(who) for who in quote.speakers])


def test_single_and_unnamed_speakers() -> None:
    """A single speaker is the one name in ``speakers``; nobody named gives none."""
    text = '"It went well for all of them," said Bo Lind. "Too early to say so," a doctor said.'
    expected = [("Bo Lind", ("Bo Lind",)), (None, ())]
    assert expected == [(q.speaker, q.speakers) for q in find_quotes(text)]


def test_he_or_she_never_stands_for_two_people() -> None:
    """After 'X and Y said', 'she said' names nobody and 'they said' names both."""
    text = (
        '"It went well for all of them," Ana Ruiz and Bo Lind said.\n\n'
        '"We need a larger trial next," she said.\n\n'
        '"We hope to start one soon," they said.'
    )
    expected = [
        ("Ana Ruiz and Bo Lind", ("Ana Ruiz", "Bo Lind")),
        (None, ()),
        ("Ana Ruiz and Bo Lind", ("Ana Ruiz", "Bo Lind")),
    ]
    assert expected == [(q.speaker, q.speakers) for q in find_quotes(text)]


def test_continuations_keep_every_speaker() -> None:
    """A quote-only paragraph after 'X and Y said' continues both speakers."""
    text = '"It went well for all of them," Ana Ruiz and Bo Lind said.\n\n"And it was safe."'
    expected = [("Ana Ruiz", "Bo Lind")] * 2
    assert expected == [q.speakers for q in find_quotes(text)]


def test_nested_quote_has_its_own_speaker() -> None:
    """A quote in single marks inside a quotation is found after it, with its own cue."""
    text = (
        "\u201cWhen Waxman said \u2018Now we have a hint, in humans, that it may be "
        "possible\u2019, he chose every word with care,\u201d said Ana Ruiz."
    )
    outer, inner = find_quotes(text)
    expected = [
        ("Ana Ruiz", False),
        ("waxman", True),
        "Now we have a hint, in humans, that it may be possible",
    ]
    assert expected == [
        (outer.speaker, outer.nested),
        (_speaker_id(inner), inner.nested),
        text[inner.start : inner.end],
    ]


@pytest.mark.parametrize(
    "text",
    [
        "\"Their view, 'we may be able to help some of them', is fair,\" said Bo Lind.",
        "\u201cHer words, \u2018it\u2019s too early to tell anyone\u2019, stayed with me,\u201d "
        "said Bo Lind.",
    ],
)
def test_nested_quote_without_a_cue_has_no_speaker(text: str) -> None:
    """A nested quote nobody is named for has no speaker, not the outer quote's."""
    expected = [("Bo Lind", False), (None, True)]
    assert expected == [(q.speaker, q.nested) for q in find_quotes(text)]


def test_apostrophes_make_no_nested_quote() -> None:
    """Apostrophes inside a quotation ('patients\u2019 own', 'it\u2019s') quote nothing."""
    text = "\u201cThe patients\u2019 own cells, it\u2019s clear, were used,\u201d said Bo Lind."
    expected = [False]
    assert expected == [q.nested for q in find_quotes(text)]


def test_german_quotation_marks() -> None:
    """A quotation opened low and closed high, „like this“, is one quotation."""
    text = "\u201eWir sind noch ganz am Anfang\u201c, sagte Ana Ruiz."
    expected = ["Wir sind noch ganz am Anfang"]
    assert expected == [q.text for q in find_quotes(text)]


def test_colon_cue_wins_over_the_next_sentence() -> None:
    """'X said: "… works." Y said the …': the quotation is X's, not Y's."""
    text = 'Lind said: "The infusion works in some." Ruiz said the trial was small.'
    expected = [("Lind", "Lind said", False)]
    assert expected == _summary(text)


def test_pronoun_is_never_the_paper() -> None:
    """'He said' after 'the paper said' is the person named before the paper."""
    text = (
        '"Our first result was clear," said Bo Lind.\n\n'
        '"MSCs can reach the brain and blood vessels too," the paper said.\n\n'
        '"It needs a control group," he said.'
    )
    expected = ["Bo Lind", "the-paper", "Bo Lind"]
    assert expected == [_speaker_id(q) for q in find_quotes(text)]


@given(speech_sequences())
def test_speakers_follow_the_rules(article: tuple[str, list[str | None]]) -> None:
    """Named, unnamed, pronoun and continuation quotes in any order get the right speaker."""
    text, expected = article
    assert expected == [q.speaker for q in find_quotes(text)]
