"""CSL-YAML reader: pandoc's YAML bibliographies, YAML's own dates and numbers."""

from __future__ import annotations

import pytest

from msc_sci import BibliographyError, parse_bibliography

PANDOC = """\
---
references:
- id: doe2020
  type: article-journal
  author:
  - family: Doe
    given: Jane
  title: A title
  container-title: Journal
  issued: 2020-03-01
  volume: 12
- id: roe
  type: book
  issued: 1999
  title: B
...
"""


def test_pandoc_references_block() -> None:
    """A ``references`` list inside a metadata block reads, dates and numbers as CSL."""
    works = parse_bibliography(PANDOC, format="csl-yaml")
    assert [
        {
            "id": "doe2020",
            "type": "article-journal",
            "title": "A title",
            "author": [{"family": "Doe", "given": "Jane"}],
            "container-title": "Journal",
            "volume": "12",
            "issued": {"date-parts": [[2020, 3, 1]]},
        },
        {"id": "roe", "type": "book", "title": "B", "issued": {"date-parts": [[1999]]}},
    ] == [work.to_csl_json() for work in works]


def test_a_plain_list_and_a_single_item() -> None:
    """A top-level list, or one item alone, reads too."""
    assert (["a", "b"], ["c"]) == (
        [
            w.id
            for w in parse_bibliography(
                "- {id: a, type: book}\n- {id: b, type: book}", format="yaml"
            )
        ],
        [w.id for w in parse_bibliography("id: c\ntype: book\n", format="yml")],
    )


def test_bad_items_are_listed_by_line() -> None:
    """Each bad item is named by the line it starts on."""
    text = "- id: a\n  type: book\n- id: b\n  type: nonsense\n- id: c\n  type: book\n  URL: 3\n"
    with pytest.raises(BibliographyError) as caught:
        parse_bibliography(text, format="csl-yaml")
    assert [(3, "b", "type"), (5, "c", "URL")] == [
        (p.line, p.key, p.field) for p in caught.value.problems
    ]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("- id: a\n  type: [unclosed\n", "not YAML"),
        ("just text", "expected a list of CSL items"),
        ("references: 3", "expected a list of CSL items"),
    ],
)
def test_malformed_yaml_is_one_error(text: str, reason: str) -> None:
    """Text that is not YAML, or not a list of items, is a BibliographyError."""
    with pytest.raises(BibliographyError, match=reason):
        parse_bibliography(text, format="csl-yaml")


def test_empty_file() -> None:
    """An empty file is an empty bibliography."""
    assert [] == parse_bibliography("", format="csl-yaml")
