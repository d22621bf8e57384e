"""BibLaTeX export: read back by pybtex and bibtexparser v2 as the same record."""

from __future__ import annotations

import bibtexparser
from hypothesis import given
from pybtex.database import parse_string

import msc_sci
from msc_sci import Date, Work
from msc_sci._bibtex.entry import build_entry
from msc_sci._export import biblatex
from strategies import hostile_works

from .readback import collapse, decode, has_control


def test_study_fields() -> None:
    """The study has biblatex's journaltitle, an EDTF date, a babel langid and an eid."""
    text = biblatex.dumps(msc_sci.study())
    fields = dict(parse_string(text, "bibtex").entries["honmou2021"].fields)
    expected = {
        "journaltitle": "Clinical Neurology and Neurosurgery",
        "date": "2021-04",
        "eid": "106565",
        "langid": "english",
    }
    assert expected == {key: fields[key] for key in expected}


def test_date_ranges_are_edtf() -> None:
    """A date range is written as an EDTF interval."""
    work = Work(id="x", title="t", issued=Date(year=2020, end=Date(year=2021, month=3)))
    assert "date = {2020/2021-03}" in biblatex.dumps(work)


def test_web_pages_are_online() -> None:
    """A web page is an @online entry."""
    assert biblatex.dumps(Work(id="x", type="webpage", title="t")).startswith("@online{x,")


@given(hostile_works())
def test_hostile_works_read_back(work: Work) -> None:
    """pybtex and bibtexparser read back the same fields; titles decode to the text."""
    if has_control(work):
        return
    text = biblatex.dumps(work)
    key, entry = build_entry(work, dialect="biblatex", ascii_only=False)
    parsed = parse_string(text, "bibtex").entries[key]
    assert dict(entry.fields) == dict(parsed.fields)
    library = bibtexparser.parse_string(text)
    assert library.failed_blocks == []
    fields = {f.key: f.value for f in library.entries[0].fields}
    assert dict(entry.fields) == {k: v for k, v in fields.items() if k in entry.fields}
    if work.title is not None:
        assert collapse(work.title) == decode(fields["title"])
