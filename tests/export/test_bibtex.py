"""BibTeX export: read back by pybtex and by bibtexparser v2 as the same record."""

from __future__ import annotations

import calendar
from collections.abc import Mapping

import bibtexparser
import pytest
from hypothesis import example, given
from pybtex.database import parse_string
from pylatexenc.latex2text import LatexNodes2Text

import msc_sci
from msc_sci import Date, ExportError, Person, Work
from msc_sci._bibtex import entry
from msc_sci._bibtex.latex import ESCAPES
from msc_sci._export import bibtex
from strategies import hostile_works, works

from .readback import collapse, commands, decode, has_control

ALLOWED_COMMANDS = commands("".join(ESCAPES.values()))


def shown_name(person: Person) -> tuple[str, str, str]:
    """Return (von Last, Jr, First) as the person's text, the parts BibTeX keeps apart."""
    if person.family is None:
        return (collapse(person.literal or person.given or ""), "", "")
    von_last = " ".join(
        p for p in (person.dropping_particle, person.non_dropping_particle, person.family) if p
    )
    return (collapse(von_last), collapse(person.suffix or ""), collapse(person.given or ""))


def read_name(person: object) -> tuple[str, str, str]:
    """Return (von Last, Jr, First) of a pybtex person, decoded."""
    parts = [
        " ".join(getattr(person, f"{part}_names"))
        for part in ("prelast", "last", "lineage", "first", "middle")
    ]
    von_last = " ".join(p for p in parts[:2] if p)
    first = " ".join(p for p in parts[3:] if p)
    return (decode(von_last), decode(parts[2]), decode(first))


def as_parsed(fields: Mapping[str, str]) -> dict[str, str]:
    """Return *fields* as pybtex reads them back: a bare month macro (apr) expanded."""
    expected = dict(fields)
    if expected.get("month") in entry.MONTH_MACROS:
        number = entry.MONTH_MACROS.index(expected["month"]) + 1
        expected["month"] = calendar.month_name[number]
    return expected


def check_round_trip(work: Work) -> None:
    """Export *work*; pybtex and bibtexparser must read the same entry, text intact."""
    text = bibtex.dumps(work)
    key, entry = bibtex.to_entry(work)
    parsed = parse_string(text, "bibtex").entries[key]
    assert entry.type == parsed.type
    assert as_parsed(entry.fields) == dict(parsed.fields)
    assert {r: [str(p) for p in ps] for r, ps in entry.persons.items()} == {
        r: [str(p) for p in ps] for r, ps in parsed.persons.items()
    }
    library = bibtexparser.parse_string(text)
    assert library.failed_blocks == []
    (other,) = library.entries
    assert key == other.key
    expected_raw = dict(entry.fields)
    for role, people in entry.persons.items():
        expected_raw[role] = " and ".join(str(p) for p in people)
    assert expected_raw == {f.key: f.value for f in other.fields}
    assert commands(text) <= ALLOWED_COMMANDS
    if work.title is not None:
        assert collapse(work.title) == decode(parsed.fields["title"])
    assert [shown_name(p) for p in work.authors] == [
        read_name(p) for p in parsed.persons.get("author", [])
    ]


def test_study_entry() -> None:
    """The study is an @article with every bibliographic field."""
    key, entry = bibtex.to_entry(msc_sci.study())
    expected = {
        "title": msc_sci.study().title,
        "journal": "Clinical Neurology and Neurosurgery",
        "shortjournal": "Clin Neurol Neurosurg",
        "year": "2021",
        "month": "apr",
        "volume": "203",
        "pages": "106565",
        "eid": "106565",
        "publisher": "Elsevier",
        "issn": "0303-8467",
        "language": "en",
        "doi": "10.1016/j.clineuro.2021.106565",
    }
    assert ("honmou2021", "article", expected) == (key, entry.type, dict(entry.fields))
    assert len(entry.persons["author"]) == 19


def test_study_round_trips() -> None:
    """pybtex and bibtexparser read the study's entry back unchanged."""
    check_round_trip(msc_sci.study())


def test_study_decodes_with_pylatexenc() -> None:
    """A LaTeX-to-text decoder other than ours reads the study's title and journal."""
    library = bibtexparser.parse_string(bibtex.dumps(msc_sci.study()))
    fields = {f.key: f.value for f in library.entries[0].fields}
    decoder = LatexNodes2Text()
    assert msc_sci.study().title == decoder.latex_to_text(fields["title"])
    assert msc_sci.study().container_title == decoder.latex_to_text(fields["journal"])


def test_latex_commands_are_escaped() -> None:
    r"""``\input`` and ``\write18`` in a title print as text; no command reaches LaTeX."""
    work = Work(id="x", title="\\input{/etc/passwd} \\immediate\\write18{rm -rf /} 100%")
    text = bibtex.dumps(work)
    assert "\\input" not in text
    assert "\\write18" not in text
    assert commands(text) <= ALLOWED_COMMANDS
    check_round_trip(work)


def test_acronyms_are_braced() -> None:
    """Words with inner capitals are braced so styles do not lowercase them."""
    work = Work(id="x", title="Bone-marrow MSCs and iPSC DNA in mice")
    assert bibtex.to_entry(work)[1].fields["title"] == "Bone-marrow {MSCs} and {iPSC} {DNA} in mice"


def test_ascii_only_is_ascii_and_decodes() -> None:
    """With ``ascii_only`` the file is ASCII and a LaTeX decoder gives the text back."""
    work = Work(
        id="x", title="Café naïve \u2013 Ærø", authors=(Person(family="Müller", given="Jürgen"),)
    )
    text = bibtex.dumps(work, ascii_only=True)
    assert text.isascii()
    fields = {f.key: f.value for f in bibtexparser.parse_string(text).entries[0].fields}
    decoder = LatexNodes2Text()
    assert decoder.latex_to_text(fields["title"]) == "Café naïve \u2013 Ærø"
    assert decoder.latex_to_text(fields["author"]) == "Müller, Jürgen"


def test_ascii_only_rejects_what_latex_cannot_spell() -> None:
    """A character with no LaTeX spelling is a clear error in ASCII mode, not a bad file."""
    with pytest.raises(ExportError, match=r"title.*U\+202E"):
        bibtex.dumps(Work(id="x", title="\u202eevil"), ascii_only=True)


def test_utf8_is_kept() -> None:
    """By default non-ASCII characters are written as UTF-8."""
    assert "title = {Café}" in bibtex.dumps(Work(id="x", title="Café"))


def test_control_characters_are_an_error() -> None:
    """A control character is refused with the field named."""
    with pytest.raises(ExportError, match=r"bibtex: title: .*U\+0007"):
        bibtex.dumps(Work(id="x", title="bell\u0007"))


def test_names_with_commas_and_and_stay_one_name() -> None:
    """Commas and "and" inside a name are braced, so the name list keeps its length."""
    work = Work(
        id="x",
        authors=(
            Person(literal="Smith, Jones and Co"),
            Person(family="Rock and Roll", given="A, B"),
            Person(family="Gogh", given="Vincent", non_dropping_particle="van"),
        ),
    )
    check_round_trip(work)
    assert len(bibtex.to_entry(work)[1].persons["author"]) == 3


def test_keys_are_made_safe() -> None:
    """An id with characters BibTeX keys cannot hold becomes a safe key."""
    assert bibtex.to_entry(Work(id="a b,{c}", title="t"))[0] == "a-b-c"


@given(works())
def test_any_work_round_trips(work: Work) -> None:
    """Any ordinary work reads back the same from pybtex and bibtexparser."""
    check_round_trip(work)


@given(hostile_works())
def test_hostile_works_round_trip_or_fail_clearly(work: Work) -> None:
    """Hostile text reads back as itself, or is refused with an ExportError."""
    if has_control(work):
        with pytest.raises(ExportError, match="control character"):
            bibtex.dumps(work)
    else:
        check_round_trip(work)


@given(hostile_works())
@example(Work(id="0", type="article-journal", title="0", issued=Date(year=1000, month=1)))
def test_ascii_only_is_ascii_or_fails_clearly(work: Work) -> None:
    """With ascii_only, any work is pure ASCII that parses back, or an ExportError."""
    try:
        text = bibtex.dumps(work, ascii_only=True)
    except ExportError as exc:
        error: ExportError | None = exc
    else:
        error = None
    if error is not None:
        assert "U+" in error.reason
        return
    key, entry = bibtex.to_entry(work, ascii_only=True)
    assert (True, as_parsed(entry.fields)) == (
        text.isascii(),
        dict(parse_string(text, "bibtex").entries[key].fields),
    )
    assert set() == commands(text) & {"\\input", "\\write", "\\immediate", "\\include"}
