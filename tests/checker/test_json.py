"""The prose of a JSON document and the map from its characters back to the document."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from msc_sci.checker._json import json_prose


def test_string_values_are_paragraphs_and_keys_are_left_out() -> None:
    """Each non-empty string value is a paragraph of the prose, in order; keys, numbers are not."""
    document = json.dumps({"title": "One.", "n": 3, "lines": ["Two.", "", "Three."], "k": None})
    assert json_prose(document) is not None
    assert "One.\n\nTwo.\n\nThree." == json_prose(document)[0]  # type: ignore[index]


@pytest.mark.parametrize(
    "text",
    [
        '"A quoted sentence."',
        "[Editor's note] A blinded trial.",
        "{not json}",
        "12",
        "",
        "[" * 10**5 + "]" * 10**5,
    ],
)
def test_text_that_is_no_json_object_or_array_is_not_read_as_json(text: str) -> None:
    """A JSON string or number, broken or too deeply nested JSON, and plain text are not JSON."""
    assert json_prose(text) is None


def test_escaped_characters_map_to_their_escapes() -> None:
    """A span over escaped characters covers the escapes, surrogate pairs as one character."""
    words = 'caf\u00e9 \U0001f600 "q"\n\\'
    document = json.dumps({"key": "x", "text": words}, ensure_ascii=True)
    prose, positions = json_prose(document)  # type: ignore[misc]
    offset = prose.index(words)
    for start in range(len(words)):
        for end in range(start + 1, len(words) + 1):
            first, last = positions.span((offset + start, offset + end))
            assert words[start:end] == json.loads(f'"{document[first:last]}"')


@given(st.lists(st.text(), max_size=5), st.booleans())
def test_every_span_maps_to_the_same_characters(values: list[str], ascii: bool) -> None:
    """The document span of any prose span within one value decodes to the same characters."""
    document = json.dumps({"values": values}, ensure_ascii=ascii)
    prose, positions = json_prose(document)  # type: ignore[misc]
    assert "\n\n".join(v for v in values if v) == prose
    at = 0
    for value in (v for v in values if v):
        for start, end in ((0, len(value)), (len(value) // 2, len(value))):
            if start < end:
                first, last = positions.span((at + start, at + end))
                assert value[start:end] == json.loads(f'"{document[first:last]}"')
        at += len(value) + len("\n\n")
