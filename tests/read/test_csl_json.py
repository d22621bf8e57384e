"""CSL-JSON reader: arrays of items, single items, pandoc's references, bad items by line."""

from __future__ import annotations

import contextlib
import json

import pytest
from hypothesis import given

from msc_sci import BibliographyError, Work, parse_bibliography
from tests.strategies import json_values, works


def test_items_in_order_with_their_ids() -> None:
    """Items come back in order, as works with their ids."""
    text = json.dumps([{"id": "b", "type": "book", "title": "B"}, {"id": 7, "type": "book"}])
    assert [("b", "B"), ("7", None)] == [
        (work.id, work.title) for work in parse_bibliography(text, format="csl-json")
    ]


@pytest.mark.parametrize(
    "text",
    [
        '{"id": "a", "type": "book"}',
        '{"references": [{"id": "a", "type": "book"}]}',
        ' \n [ {"id": "a", "type": "book"} ] \n',
    ],
)
def test_single_items_and_pandoc_references(text: str) -> None:
    """A lone item and pandoc's ``{"references": [...]}`` read like an array."""
    assert ["a"] == [work.id for work in parse_bibliography(text, format="json")]


def test_empty_array() -> None:
    """An empty array is an empty bibliography."""
    assert [] == parse_bibliography("[]", format="csl-json")


def test_bad_items_are_listed_with_line_and_field() -> None:
    """Each bad item is named by its line, id and CSL-JSON field."""
    text = """[
  {"id": "ok", "type": "book"},
  {"id": "date", "type": "book",
   "issued": {"date-parts": [[2020, 2, 30]]}},
  {"id": "doi", "type": "book", "DOI": "nope"},
  {"type": "book"},
  "not an item",
  {"id": "ok", "type": "book"}
]"""
    with pytest.raises(BibliographyError) as caught:
        parse_bibliography(text, format="csl-json")
    assert [
        (3, "date", "issued.date-parts[0][2]"),
        (5, "doi", "DOI"),
        (6, None, "id"),
        (7, None, None),
        (8, "ok", None),
    ] == [(p.line, p.key, p.field) for p in caught.value.problems]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ('[{"id": "a", "type": "book"', "not JSON"),
        ('[{"id": "a"} {"id": "b"}]', "not JSON"),
        ("[] []", "not JSON"),
        ('"text"', "expected an array of CSL-JSON items"),
        ("", "not JSON"),
    ],
)
def test_malformed_json_is_one_error(text: str, reason: str) -> None:
    """Text that is not a JSON array of items is a BibliographyError with its line."""
    with pytest.raises(BibliographyError, match=reason):
        parse_bibliography(text, format="csl-json")


@given(work=works())
def test_any_work_reads_back(work: Work) -> None:
    """A work's own CSL-JSON reads back as the same work."""
    text = json.dumps([work.to_csl_json()])
    assert [work] == parse_bibliography(text, format="csl-json")


@given(value=json_values)
def test_any_json_reads_or_fails_clearly(value: object) -> None:
    """Any JSON value either reads or raises BibliographyError, never anything else."""
    with contextlib.suppress(BibliographyError):
        parse_bibliography(json.dumps(value), format="csl-json")
