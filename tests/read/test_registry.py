"""read_bibliography and parse_bibliography: formats by name or suffix, files, errors."""

from __future__ import annotations

import pickle
import warnings
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import msc_sci
from msc_sci import (
    BibliographyError,
    BibliographyWarning,
    InputError,
    UnknownFormatError,
    UnknownNameError,
    parse_bibliography,
    read_bibliography,
)
from msc_sci._read import FORMATS, resolve

BOOK = {
    "bibtex": "@book{a, title = {T}}",
    "csl-json": '[{"id": "a", "type": "book", "title": "T"}]',
    "csl-yaml": "- {id: a, type: book, title: T}",
    "ris": "TY  - BOOK\nID  - a\nTI  - T\nER  - \n",
}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("bibtex", "bibtex"),
        ("BibLaTeX", "bibtex"),
        (".bib", "bibtex"),
        ("json", "csl-json"),
        (".JSON", "csl-json"),
        ("yaml", "csl-yaml"),
        (".yml", "csl-yaml"),
        ("ris", "ris"),
    ],
)
def test_names_aliases_and_suffixes(name: str, expected: str) -> None:
    """A format is named by its name, an alias or a file suffix, in any case."""
    assert expected == resolve(name)


def test_unknown_format_suggests() -> None:
    """An unknown format names the known ones."""
    with pytest.raises(UnknownFormatError, match="unknown bibliography format 'bibtx'; did you"):
        parse_bibliography("", format="bibtx")


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_reads_a_file_by_its_suffix(fmt: str, tmp_path: Path) -> None:
    """Each format reads from a file whose suffix names it."""
    suffix = {"bibtex": ".bib", "csl-json": ".json", "csl-yaml": ".yaml", "ris": ".ris"}[fmt]
    path = tmp_path / f"refs{suffix}"
    path.write_text(BOOK[fmt], encoding="utf-8")
    assert [{"id": "a", "type": "book", "title": "T"}] == [
        work.to_csl_json() for work in read_bibliography(path)
    ]


def test_format_overrides_the_suffix(tmp_path: Path) -> None:
    """``format=`` reads a file whatever its suffix; a byte-order mark is skipped."""
    path = tmp_path / "refs.txt"
    path.write_text("\ufeff" + BOOK["bibtex"], encoding="utf-8")
    assert ["a"] == [work.id for work in read_bibliography(str(path), format="biblatex")]


def test_no_suffix_needs_a_format(tmp_path: Path) -> None:
    """A file without a suffix and without ``format=`` is an unknown format."""
    with pytest.raises(UnknownFormatError, match="'refs'"):
        read_bibliography(tmp_path / "refs")


def test_missing_and_undecodable_files(tmp_path: Path) -> None:
    """A missing file or one that is not UTF-8 is an InputError naming it."""
    latin = tmp_path / "latin.bib"
    latin.write_bytes("@book{a, title = {Caf\xe9}}".encode("latin-1"))
    with pytest.raises(InputError, match=r"missing\.bib: cannot be read"):
        read_bibliography(tmp_path / "missing.bib")
    with pytest.raises(InputError, match=r"latin\.bib: cannot be read as UTF-8"):
        read_bibliography(latin)


def test_errors_mode_is_checked() -> None:
    """``errors`` is "raise" or "warn"."""
    with pytest.raises(UnknownNameError, match="unknown errors mode 'ignore'"):
        parse_bibliography("", format="bibtex", errors="ignore")


def test_problems_carry_the_path(tmp_path: Path) -> None:
    """Read from a file, the error and each problem name the file."""
    path = tmp_path / "bad.bib"
    path.write_text("\n@book{a, doi = {x}}", encoding="utf-8")
    with pytest.raises(BibliographyError) as caught:
        read_bibliography(path)
    problem = caught.value.problems[0]
    assert (str(path), str(path), 2, "a", "doi") == (
        caught.value.path,
        problem.path,
        problem.line,
        problem.key,
        problem.field,
    )
    assert f"{path}:2: a: doi: 'x': not a DOI (expected 10.NNNN/suffix)" == str(caught.value)


def test_warnings_point_at_the_caller() -> None:
    """With errors='warn', each warning is reported at the caller's line."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        works = parse_bibliography("@book{a} @book{a}", format="bibtex", errors="warn")
    assert (["a"], [__file__]) == ([w.id for w in works], [w.filename for w in caught])
    assert issubclass(caught[0].category, BibliographyWarning)


def test_errors_pickle() -> None:
    """The error and its problems survive pickling (for parallel Sphinx builds)."""
    problem = BibliographyWarning("bad", path="a.bib", line=3, key="k", field="year")
    error = BibliographyError([problem, problem], path="a.bib")
    again = pickle.loads(pickle.dumps(error))
    assert (str(error), "a.bib", 3) == (str(again), again.path, again.problems[0].line)
    assert (isinstance(again, ValueError), isinstance(again, msc_sci.MscSciError)) == (True, True)


_BIB_ALPHABET = st.sampled_from(
    [*"@{}(),=#\"\\ \n%~-'`$^_aAbZ0129", "@article{", "author = ", " and ", "title"]
)


@given(text=st.lists(_BIB_ALPHABET, max_size=60).map("".join))
def test_any_bibtex_text_reads_or_fails_clearly(text: str) -> None:
    """Any text either reads or raises BibliographyError: pybtex's errors never leak."""
    try:
        works = parse_bibliography(text, format="bibtex")
    except BibliographyError as exc:
        works = []
        problems = exc.problems
    else:
        problems = (BibliographyWarning("none"),)
    assert (True, True) == (bool(problems), all(isinstance(w, msc_sci.Work) for w in works))


@given(text=st.text(max_size=200))
@pytest.mark.parametrize("fmt", ["ris", "csl-yaml"])
def test_any_text_reads_or_fails_clearly(fmt: str, text: str) -> None:
    """RIS and YAML readers also only ever raise BibliographyError."""
    try:
        parse_bibliography(text, format=fmt)
    except BibliographyError as exc:
        problems = exc.problems
    else:
        problems = (BibliographyWarning("none"),)
    assert problems
