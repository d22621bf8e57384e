"""The ``:filter:`` language of ``.. bibliography::``: what it keeps, and what it refuses."""

from __future__ import annotations

import pytest

from msc_sci.sphinx.bibtex.filters import FilterError, compile_filter, entry_fields

ENTRY = {
    "cited": True,
    "docname": "index",
    "docnames": {"index", "methods"},
    "key": "doe2020",
    "type": "article-journal",
    **entry_fields(
        {
            "id": "doe2020",
            "type": "article-journal",
            "title": "Stem cells",
            "container-title": "Journal of Examples",
            "author": [{"family": "Doe", "given": "Jane"}],
            "issued": {"date-parts": [[2020, 3]]},
        }
    ),
}


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("cited", True),
        ("not cited", False),
        ('type == "article"', True),
        ('type == "book"', False),
        ('type != "book"', True),
        ('year >= "2010" and year < "2021"', True),
        ('author % "doe"', True),
        ('journal % "^Journal"', True),
        ('{"index"} <= docnames', True),
        ('{"other"} & docnames', False),
        ('docnames - {"index"}', True),
        ('docname in {"index", "methods"}', True),
        ('key == "doe2020" or False', True),
        ("edition", False),
    ],
)
def test_filter_keeps_what_sphinxcontrib_bibtex_keeps(source: str, expected: bool) -> None:
    """Names, comparisons, set operators, ``%`` and BibTeX type names work as before."""
    assert expected == compile_filter(source)(ENTRY)


@pytest.mark.parametrize(
    "source",
    [
        "__import__('os').system('true')",
        "title.upper()",
        "(lambda: True)()",
        "[x for x in docnames]",
        "author if cited else title",
        "yield author",
        "author + title",
        "",
    ],
)
def test_filter_refuses_anything_but_the_expression_language(source: str) -> None:
    """Calls, attributes, lambdas, comprehensions and arithmetic are refused before running."""
    with pytest.raises(FilterError):
        compile_filter(source)


def test_filter_reports_a_bad_pattern() -> None:
    """A bad regular expression after ``%`` is a filter error, not a crash."""
    with pytest.raises(FilterError, match="bad regular expression"):
        compile_filter('title % "("')(ENTRY)
