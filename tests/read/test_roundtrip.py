"""Our own exports read back: BibTeX, BibLaTeX, RIS and CSL-JSON give the work again.

A format that has no place for something loses it in the same way every time;
:func:`carried` is the work as each format can hold it, and the tests ask for exactly that.
"""

from __future__ import annotations

import dataclasses
import re

import pytest
from hypothesis import given

import msc_sci
from msc_sci import Date, ExportError, Person, Work, parse_bibliography
from msc_sci._bibtex.entry import citation_key
from tests.export.readback import has_control
from tests.strategies import hostile_works, works

#: Export format -> the reader that reads it.
FORMATS = {"bibtex": "bibtex", "biblatex": "bibtex", "ris": "ris", "csl-json": "csl-json"}
_SPACE = re.compile(r"\s+")
#: What the BibTeX exports write for each type, read back.
_BIBTEX_TYPES = {"article-newspaper": "article-journal", "article-magazine": "article-journal"}
#: Types whose BibTeX ``number`` is a number in a series, or a report number.
_SERIES = {"book", "chapter", "paper-conference", "thesis"}


def _one_line(text: str | None) -> str | None:
    return None if text is None else _SPACE.sub(" ", text).strip()


def _person(person: Person, fmt: str) -> Person:
    parts = {
        name: _one_line(getattr(person, name))
        for name in ("family", "given", "non_dropping_particle", "dropping_particle", "suffix")
    }
    literal = _one_line(person.literal)
    family_only = parts["family"] is not None and not any(
        value for name, value in parts.items() if name != "family"
    )
    if fmt in {"bibtex", "biblatex"} and family_only and " " in (parts["family"] or ""):
        # "{Two words}" is how BibTeX writes an organisation: it reads back as one.
        return Person(literal=parts["family"])
    if literal is not None:
        return Person(literal=literal)
    return Person(**parts)  # type: ignore[arg-type]


def carried(work: Work, fmt: str) -> dict[str, object]:
    """Return the CSL-JSON of *work* as format *fmt* holds it."""
    if fmt == "csl-json":
        return work.to_csl_json()
    strings = {
        field.name: _one_line(getattr(work, field.name))
        for field in dataclasses.fields(Work)
        if field.type in {"str | None"} and field.name not in {"id", "type"}
    }
    changes: dict[str, object] = dict(strings)
    changes["authors"] = tuple(_person(person, fmt) for person in work.authors)
    changes["names"] = tuple(
        (role, tuple(_person(person, fmt) for person in people)) for role, people in work.names
    )
    variables = dict(work.variables)
    if fmt in {"bibtex", "biblatex"}:
        changes["id"] = citation_key(work.id)
        changes["type"] = _BIBTEX_TYPES.get(work.type, work.type)
        periodical = work.type in _BIBTEX_TYPES or work.type == "article-journal"
        if work.issue is not None and not periodical:
            changes["issue"] = None
            if work.type in _SERIES:
                variables["collection-number"] = work.issue
            else:
                changes["number"] = work.issue
        if fmt == "bibtex" and work.issued is not None and work.issued.day is not None:
            issued = work.issued
            changes["issued"] = Date(year=issued.year, month=issued.month)
    changes["variables"] = tuple(sorted(variables.items()))
    return dataclasses.replace(work, **changes).to_csl_json()  # type: ignore[arg-type]


def read_back(work: Work, fmt: str) -> dict[str, object]:
    """Export *work* in *fmt* and read it back: its CSL-JSON."""
    (back,) = parse_bibliography(msc_sci.export(fmt, work=work), format=FORMATS[fmt])
    return back.to_csl_json()


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_study_reads_back_whole(fmt: str) -> None:
    """The study, exported in each format, reads back as the same CSL-JSON."""
    study = msc_sci.study()
    assert study.to_csl_json() == read_back(study, fmt)


@pytest.mark.parametrize("fmt", FORMATS)
@given(work=works())
def test_any_work_reads_back(fmt: str, work: Work) -> None:
    """Any ordinary work reads back as the format holds it."""
    assert carried(work, fmt) == read_back(work, fmt)


@pytest.mark.parametrize("fmt", ["bibtex", "biblatex", "csl-json"])
@given(work=hostile_works())
def test_hostile_works_read_back(fmt: str, work: Work) -> None:
    """LaTeX, markup, braces and long strings survive a BibTeX or CSL-JSON round trip."""
    if has_control(work) and fmt != "csl-json":
        with pytest.raises(ExportError):
            msc_sci.export(fmt, work=work)
        return
    assert carried(work, fmt) == read_back(work, fmt)


def test_several_works_read_back_in_order() -> None:
    """A file of several exported entries reads back in order."""
    works_ = [Work(id=f"w{n}", type="book", title=f"Book {n}") for n in range(3)]
    text = "\n".join(msc_sci.export("bibtex", work=work) for work in works_)
    assert [work.to_csl_json() for work in works_] == [
        work.to_csl_json() for work in parse_bibliography(text, format="bibtex")
    ]
