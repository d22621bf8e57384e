"""RIS export: rispy reads back the same record."""

from __future__ import annotations

import pytest
import rispy
from hypothesis import given

import msc_sci
from msc_sci import ExportError, Work
from msc_sci._export import ris
from strategies import hostile_works, works

from .readback import has_control


def one_line(text: str) -> str:
    """Return *text* as RIS holds it: whitespace runs made one space."""
    return " ".join(text.split())


def expected_record(work: Work) -> dict[str, object]:
    """Return what rispy should read for *work*, built from the work's fields."""
    record: dict[str, object] = {"type_of_reference": ris.TYPES.get(work.type, "GEN")}
    record["id"] = work.id
    plain = {
        "title": work.title,
        "short_title": work.title_short,
        "secondary_title": work.container_title,
        "alternate_title1": work.container_title_short,
        "tertiary_title": work.collection_title,
        "volume": work.volume,
        "number": work.issue,
        "custom7": work.number,
        "edition": work.edition,
        "publisher": work.publisher,
        "place_published": work.publisher_place,
        "doi": work.doi,
        "language": work.language,
        "abstract": work.abstract,
        "notes": work.note,
    }
    record.update({key: one_line(value) for key, value in plain.items() if value is not None})
    if work.url is not None:
        record["urls"] = [work.url]
    if work.authors:
        record["authors"] = [one_line(ris.name(p)) for p in work.authors]
    if work.names_of("editor"):
        record["secondary_authors"] = [one_line(ris.name(p)) for p in work.names_of("editor")]
    if work.page is not None:
        record["start_page"] = work.page
    if work.issued is not None and work.issued.year is not None:
        record["year"] = str(work.issued.year)
        month = f"{work.issued.month:02d}" if work.issued.month else ""
        day = f"{work.issued.day:02d}" if work.issued.day else ""
        record["date"] = f"{work.issued.year}/{month}/{day}/"
    if work.issn or work.isbn:
        record["issn"] = (work.issn or work.isbn or "").split(", ")[0]
    return record


def test_study() -> None:
    """The study is a JOUR record with 19 AU lines and its DOI, volume and article number."""
    record = rispy.loads(ris.dumps(msc_sci.study()))[0]
    expected = {
        "type_of_reference": "JOUR",
        "doi": "10.1016/j.clineuro.2021.106565",
        "volume": "203",
        "start_page": "106565",
        "custom7": "106565",
        "issn": "0303-8467",
        "secondary_title": "Clinical Neurology and Neurosurgery",
        "year": "2021",
    }
    assert expected == {key: record[key] for key in expected}
    assert len(record["authors"]) == 19
    assert record["authors"][-1] == "Kocsis, Jeffery D."


def test_study_reads_back_whole() -> None:
    """rispy reads back every field of the study."""
    study = msc_sci.study()
    assert expected_record(study) == rispy.loads(ris.dumps(study))[0]


def test_page_ranges_split() -> None:
    """A page range is written as SP and EP."""
    record = rispy.loads(ris.dumps(Work(id="x", title="t", page="12-34")))[0]
    assert (record["start_page"], record["end_page"]) == ("12", "34")


def test_newlines_cannot_start_a_tag() -> None:
    """A newline in a field cannot start a forged tag line."""
    text = ris.dumps(Work(id="x", title="a\nER  - \nTY  - BOOK"))
    assert len(rispy.loads(text)) == 1
    assert [line[:2] for line in text.splitlines()] == ["TY", "ID", "TI", "ER"]


def test_newlines_in_the_id_cannot_start_a_tag() -> None:
    """A newline in the work's id stays inside the ID line."""
    text = ris.dumps(Work(id="x\nTY  - BOOK", title="t"))
    assert ["TY", "ID", "TI", "ER"] == [line[:2] for line in text.splitlines()]
    assert "x TY - BOOK" == rispy.loads(text)[0]["id"]


def test_control_characters_are_an_error() -> None:
    """A control character is refused, naming the field."""
    with pytest.raises(ExportError, match=r"ris: title: .*U\+0007"):
        ris.dumps(Work(id="x", title="bell\u0007"))


@given(works())
def test_any_work_reads_back(work: Work) -> None:
    """rispy reads back any ordinary work's fields."""
    assert expected_record(work) == rispy.loads(ris.dumps(work))[0]


@given(hostile_works())
def test_hostile_works_read_back_or_fail_clearly(work: Work) -> None:
    """Hostile text reads back as itself (on one line), or is refused with ExportError."""
    if has_control(work):
        with pytest.raises(ExportError, match="control character"):
            ris.dumps(work)
        return
    assert expected_record(work) == rispy.loads(ris.dumps(work))[0]
