"""Works: CSL-JSON in and out, validation, properties."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from dataclasses import FrozenInstanceError
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from msc_sci import MscSciError, RecordError, Work
from tests.strategies import csl_json_items, json_values, works

BOOK = {
    "id": "smith2020",
    "type": "book",
    "title": "A book",
    "author": [{"family": "Smith", "given": "Ann"}],
    "editor": [{"family": "Jones", "given": "Bo"}],
    "publisher": "Press",
    "publisher-place": "Oxford",
    "ISBN": "978-0-19-000000-0",
    "PMID": "123",
    "issued": {"date-parts": [[2020]]},
    "original-date": {"date-parts": [[1901]]},
    "categories": ["history"],
    "custom": {"shelf": "B3"},
}


def test_book_round_trips() -> None:
    """Every variable of a book, typed or not, survives a round trip."""
    assert BOOK == Work.from_csl_json(BOOK).to_csl_json()


def test_untyped_variables_are_reachable() -> None:
    """Variables without an attribute are found with ``get`` and ``names_of``."""
    work = Work.from_csl_json(BOOK)
    assert ("123", "Jones") == (work.get("PMID"), work.names_of("editor")[0].family)


def test_numbers_become_strings() -> None:
    """CSL-JSON numbers for volume or page are read as strings."""
    work = Work.from_csl_json({"id": 7, "type": "article-journal", "volume": 203, "page": 1})
    assert ("7", "203", "1") == (work.id, work.volume, work.page)


def test_doi_url_is_normalised() -> None:
    """A DOI given as a resolver URL is stored bare."""
    work = Work.from_csl_json({"id": "x", "type": "article", "DOI": "https://doi.org/10.1000/a"})
    assert ("10.1000/a", "https://doi.org/10.1000/a") == (work.doi, work.doi_url)


@pytest.mark.parametrize(
    ("data", "field", "match"),
    [
        ({"type": "book"}, "id", "missing"),
        ({"id": "x", "type": "novel"}, "type", "not a CSL item type"),
        ({"id": "x", "type": "book", "DOI": "10.1/x"}, "DOI", "not a DOI"),
        ({"id": "x", "type": "book", "ISSN": "0303-8468"}, "ISSN", "check digit"),
        ({"id": "x", "type": "book", "titel": "A"}, "titel", "did you mean 'title'"),
        ({"id": "x", "type": "book", "title": ["A"]}, "title", "expected a string"),
        ({"id": "x", "type": "book", "author": [{"given": 1}]}, "author[0].given", "string"),
        (
            {"id": "x", "type": "book", "issued": {"date-parts": [[2021, 2, 30]]}},
            "issued.date-parts[0][2]",
            "February has 28 days",
        ),
    ],
)
def test_malformed_items_name_the_field(data: dict[str, Any], field: str, match: str) -> None:
    """Each kind of bad input names the field that is wrong."""
    with pytest.raises(RecordError, match=match) as info:
        Work.from_csl_json(data)
    assert field == info.value.field


def test_error_carries_the_path() -> None:
    """A path given on input appears in the error and its message."""
    with pytest.raises(RecordError) as info:
        Work.from_csl_json({"id": "x", "type": "novel"}, path="refs.json", where="[3]")
    assert ("refs.json", "[3].type") == (info.value.path, info.value.field)
    assert str(info.value).startswith("refs.json: [3].type: 'novel': ")


def test_records_are_immutable() -> None:
    """Assigning to a field raises FrozenInstanceError."""
    work = Work(id="x")
    with pytest.raises(FrozenInstanceError):
        work.title = "changed"  # type: ignore[misc]


def test_direct_construction_is_validated() -> None:
    """Building a Work in code checks the DOI as loading does."""
    with pytest.raises(RecordError, match="doi"):
        Work(id="x", doi="https://doi.org/10.1000/a")


@given(works())
def test_work_round_trip_is_lossless(work: Work) -> None:
    """Work -> CSL-JSON -> Work gives the same work."""
    assert work == Work.from_csl_json(work.to_csl_json())


@given(csl_json_items())
def test_csl_json_round_trip_is_lossless(item: dict[str, Any]) -> None:
    """CSL-JSON -> Work -> CSL-JSON gives the same item, through JSON text too."""
    text = json.dumps(item)
    assert item == Work.from_csl_json(json.loads(text)).to_csl_json()


@given(works())
def test_works_are_hashable_and_equal_by_value(work: Work) -> None:
    """Equal works hash alike, so they can be set members and cache keys."""
    again = Work.from_csl_json(work.to_csl_json())
    assert hash(work) == hash(again)


@given(
    st.dictionaries(
        st.sampled_from(
            [
                "id",
                "type",
                "title",
                "author",
                "issued",
                "DOI",
                "ISSN",
                "volume",
                "editor",
                "custom",
                "x",
            ]
        ),
        json_values,
        max_size=6,
    )
)
def test_malformed_input_raises_only_msc_sci_errors(data: dict[str, Any]) -> None:
    """Whatever the input, the result is a Work or an MscSciError, never another exception."""
    with contextlib.suppress(MscSciError):
        Work.from_csl_json(data)


@given(json_values)
def test_non_mapping_input_raises_record_error(value: object) -> None:
    """Input that is not an object at all is a RecordError."""
    if isinstance(value, dict):
        return
    with pytest.raises(RecordError, match="expected a table"):
        Work.from_csl_json(value)  # type: ignore[arg-type]


def test_hashes_are_deterministic_across_hash_seeds() -> None:
    """A record's CSL-JSON and equality do not depend on PYTHONHASHSEED."""
    code = (
        "import json, msc_sci; s = msc_sci.study(); "
        "print(json.dumps(s.to_csl_json(), sort_keys=True)); "
        "print(hash(s.design), hash(s.authors[0].roles))"
    )
    outputs = set()
    for seed in ("0", "1", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        )
        outputs.add(result.stdout.splitlines()[0])
    assert 1 == len(outputs)


@pytest.mark.parametrize(
    "date_parts", [[[2020], []], [[2020], [""]], [[2020], [None]], [[2020, 5], [None, None]]]
)
def test_an_empty_end_date_is_no_end(date_parts: list[object]) -> None:
    """An empty end in ``date-parts`` leaves a date without an end, not an IndexError."""
    item = {"id": "x", "type": "book", "issued": {"date-parts": date_parts}}
    issued = Work.from_csl_json(item).issued
    assert (2020, None) == (issued.year if issued else None, issued.end if issued else None)


@pytest.mark.parametrize("field", ["volume", "page", "id"])
def test_an_integer_too_long_to_print_is_a_record_error(field: str) -> None:
    """An integer of 5,000 digits is refused with the field named and a short message."""
    item: dict[str, object] = {"id": "x", "type": "book", field: 10**5000}
    with pytest.raises(RecordError, match=f"^{field}: <an integer of 5001 digits>: ") as info:
        Work.from_csl_json(item)
    assert len(str(info.value)) < 300


@pytest.mark.parametrize("where", ["author", "custom", "title", "issued"])
def test_deep_nesting_is_a_short_record_error(where: str) -> None:
    """A value nested 100,000 deep is refused with a short message, not a RecursionError."""
    nested: list[object] = []
    for _ in range(100_000):
        nested = [nested]
    value: object = {"a": nested} if where == "custom" else nested
    with pytest.raises(RecordError) as info:
        Work.from_csl_json({"id": "x", "type": "book", where: value})
    assert len(str(info.value)) < 300


@pytest.mark.parametrize(
    ("item", "field"),
    [
        ({"title": "caf\ud800e"}, "title"),
        ({"author": [{"family": "\udfff"}]}, "author[0].family"),
        ({"PMID": "1\ud83d"}, "PMID"),
        ({"categories": ["a", "\ud800"]}, "categories[1]"),
        ({"custom": {"k": "\ud800"}}, "custom.k"),
        ({"custom": {"\ud800": "v"}}, "custom"),
        ({"id": "x\ud800"}, "id"),
        ({"\ud800": "v"}, None),
    ],
)
def test_lone_surrogates_are_refused_where_read(item: dict[str, object], field: str | None) -> None:
    """Half a UTF-16 pair is not text: reading it names the field, in a printable message."""
    data = {"id": "x", "type": "book", **item}
    with pytest.raises(RecordError, match="lone surrogate") as info:
        Work.from_csl_json(data)
    assert (field, True) == (info.value.field, str(info.value).isprintable())


def test_lone_surrogates_are_refused_in_code() -> None:
    """A work built in code refuses lone surrogates too."""
    with pytest.raises(RecordError, match="lone surrogate"):
        Work(id="x", title="a\ud800")


def test_a_proper_pair_is_text() -> None:
    """An astral character (a full surrogate pair in JSON) is ordinary text."""
    work = Work.from_csl_json(json.loads('{"id": "x", "type": "book", "title": "\\ud83d\\ude00"}'))
    assert "\U0001f600" == work.title
