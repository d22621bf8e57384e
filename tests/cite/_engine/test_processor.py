"""The processor behind every `Style`: one shared instance, safe to use from threads."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from msc_sci import Style
from msc_sci._cite._engine._processor import Processor

#: Substitutes a repeated author with dashes, the state the layout keeps between entries.
SUBSTITUTING = "american-journal-of-sociology"


def works(group: int) -> list[dict[str, object]]:
    """Return six journal articles, two per author, distinct for each *group*."""
    return [
        {
            "id": f"g{group}-{index}",
            "type": "article-journal",
            "title": f"Finding {group}.{index}",
            "author": [{"family": f"Author{group}x{index // 2}", "given": "Ann"}],
            "container-title": "Journal",
            "volume": str(group),
            "page": f"{index}-{index + 9}",
            "issued": {"date-parts": [[2000 + index]]},
        }
        for index in range(6)
    ]


def test_one_render_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """A second caller waits while the shared processor is rendering for the first."""
    style = Style("apa")
    inside, release = threading.Event(), threading.Event()
    finish = Processor._finish

    def held(self: Processor, rendered: object) -> Any:
        if not inside.is_set():
            inside.set()
            assert release.wait(10)
        return finish(self, rendered)

    monkeypatch.setattr(Processor, "_finish", held)
    first = threading.Thread(target=style.citation, args=(works(1),))
    first.start()
    assert inside.wait(10)
    result: list[str] = []
    second = threading.Thread(target=lambda: result.append(style.citation(works(2))))
    second.start()
    second.join(0.5)
    waited = second.is_alive()
    release.set()
    first.join(10)
    second.join(10)
    assert waited, "rendered while another caller held the processor"
    assert [Style("apa").citation(works(2))] == result


def test_threads_get_what_a_single_caller_gets() -> None:
    """Bibliographies rendered from eight threads at once equal the serial ones."""
    style = Style(SUBSTITUTING)
    groups = range(8)
    expected = {group: list(style.bibliography(works(group))) for group in groups}
    assert any(entry.startswith("———") for entry in expected[0])

    def render(group: int) -> tuple[int, list[str]]:
        return group, list(style.bibliography(works(group)))

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(render, [group for group in groups for _ in range(5)]))
    for group, entries in results:
        assert expected[group] == entries


NOTE_NUMBER_STYLE = """<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
  <info><id>x</id><title>x</title><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout><choose>
    <if position="first"><text variable="title"/></if>
    <else><text variable="first-reference-note-number" prefix="n "/></else>
  </choose></layout></citation>
</style>"""


def _note_processor() -> Processor:
    from msc_sci._cite._engine._xml import parse_xml

    return Processor(parse_xml(NOTE_NUMBER_STYLE.encode()), "en-US")


def test_citations_give_the_first_reference_note_number() -> None:
    """A later cite can print the note that first cited its work (notes 1, 2, ...)."""
    from msc_sci._cite._formats import text

    items = [{"id": "a", "type": "book", "title": "A"}, {"id": "b", "type": "book", "title": "B"}]
    groups = [[{"index": 1}], [{"index": 0}], [{"index": 0}], [{"index": 1}]]
    rendered = _note_processor().citations(items, groups)
    assert ["B", "A", "n 2", "n 1"] == [text.inline(tree) for tree in rendered]


def test_citations_take_note_numbers() -> None:
    """Given note numbers, the first reference's note is the one given."""
    from msc_sci._cite._formats import text

    items = [{"id": "a", "type": "book", "title": "A"}]
    rendered = _note_processor().citations(items, [[{"index": 0}], [{"index": 0}]], [7, 9])
    assert ["A", "n 7"] == [text.inline(tree) for tree in rendered]


def test_citations_need_one_note_number_each() -> None:
    """Note numbers that do not match the citations are a programming error."""
    with pytest.raises(ValueError, match="2 citations but 1 note numbers"):
        _note_processor().citations([{"id": "a", "type": "book"}], [[], []], [1])


def test_citation_numbers_follow_the_first_cites() -> None:
    """Without a bibliography sort, the first work cited is number 1, not the first given."""
    style = (
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">'
        '<citation><layout delimiter=","><text variable="citation-number"/></layout></citation>'
        "</style>"
    )
    from msc_sci._cite._engine._xml import parse_xml
    from msc_sci._cite._formats import text

    processor = Processor(parse_xml(style.encode()), "en-US")
    records = [{"id": key, "type": "book", "title": key} for key in ("a", "b", "c")]
    cited = processor.citations(records, [[{"index": 2}], [{"index": n} for n in range(3)]])
    assert ["1", "2,3,1"] == [text.inline(tree) for tree in cited]


SUFFIX_STYLE = """<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><id>x</id><title>x</title><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation disambiguate-add-year-suffix="true"><layout delimiter="; ">
    <date variable="issued"><date-part name="year"/></date>
  </layout></citation>
</style>"""


def test_citations_register_only_cited_items_in_citing_order() -> None:
    """Items never cited take no year suffix; the others take theirs in citing order."""
    from msc_sci._cite._engine._xml import parse_xml
    from msc_sci._cite._formats import text

    processor = Processor(parse_xml(SUFFIX_STYLE.encode()), "en-US")
    items = [{"id": n, "type": "book", "issued": {"date-parts": [[2000]]}} for n in "abc"]
    rendered = processor.citations(items, [[{"index": 2}], [{"index": 0}]])
    assert ["2000a", "2000b"] == [text.inline(tree) for tree in rendered]


LOCATOR_STYLE = """<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
  <info><id>x</id><title>x</title><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout suffix="."><group delimiter=" ">
    <label variable="locator" form="short"/><text variable="locator"/>
  </group></layout></citation>
</style>"""


def test_locator_quotes_and_sub_verbo_label() -> None:
    """A quoted locator gets typographic quotes (a full stop goes inside); ``sub verbo`` works."""
    from msc_sci._cite._engine._xml import parse_xml
    from msc_sci._cite._formats import text

    processor = Processor(parse_xml(LOCATOR_STYLE.encode()), "en-US")
    cite = {"index": 0, "label": "sub verbo", "locator": '"gargoyle"'}
    rendered = processor.citations([{"id": "a", "type": "book"}], [[cite]])
    assert ["s.v. \u201cgargoyle.\u201d"] == [text.inline(tree) for tree in rendered]
