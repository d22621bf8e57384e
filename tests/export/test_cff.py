"""CFF export: a CITATION.cff that cffconvert and the CFF 1.2.0 schema accept."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import jsonschema
import pytest
import yaml
from hypothesis import given

import msc_sci
from msc_sci import ExportError, Person, Work
from msc_sci._export import cff
from strategies import hostile_works, works
from tests import _needs as needs

ROOT = Path(__file__).resolve().parents[2]
TOOL = ROOT / ".ci" / ".tools" / "cffconvert"


def cffconvert() -> str:
    """Return the cffconvert command (set up by .ci/setup.d/40-cffconvert.sh)."""
    found = TOOL / "bin" / "cffconvert"
    if found.is_file():
        return str(found)
    on_path = shutil.which("cffconvert")
    if on_path is None:
        pytest.skip(needs.CFFCONVERT)
    return on_path


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft7Validator:
    """A validator for the CFF 1.2.0 schema that cffconvert ships."""
    schemas = sorted(TOOL.glob("lib/python*/site-packages/cffconvert/schemas/1.2.0/schema.json"))
    if not schemas:
        pytest.skip(needs.CFFCONVERT)
    schema = json.loads(schemas[0].read_text(encoding="utf-8"))
    return jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())


def test_study_passes_cffconvert(tmp_path: Path) -> None:
    """cffconvert --validate accepts the study's CITATION.cff."""
    path = tmp_path / "CITATION.cff"
    path.write_text(cff.dumps(msc_sci.study()), encoding="utf-8")
    result = subprocess.run(
        [cffconvert(), "--validate", "-i", str(path)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert (result.returncode, result.stderr.strip()) == (0, "")


def test_study_converts_with_cffconvert(tmp_path: Path) -> None:
    """cffconvert reads the preferred citation: its BibTeX names the paper's DOI and title."""
    path = tmp_path / "CITATION.cff"
    path.write_text(cff.dumps(msc_sci.study()), encoding="utf-8")
    result = subprocess.run(
        [cffconvert(), "-f", "bibtex", "-i", str(path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert "10.1016/j.clineuro.2021.106565" in result.stdout
    assert "13 case series" in result.stdout


def test_study_preferred_citation() -> None:
    """The preferred citation is the paper: journal, volume, article, date, DOI, ISSN."""
    data = yaml.safe_load(cff.dumps(msc_sci.study()))
    ref = data["preferred-citation"]
    expected = {
        "type": "article",
        "journal": "Clinical Neurology and Neurosurgery",
        "abbreviation": "Clin Neurol Neurosurg",
        "volume": "203",
        "start": "106565",
        "year": 2021,
        "month": 4,
        "doi": "10.1016/j.clineuro.2021.106565",
        "issn": "0303-8467",
        "publisher": {"name": "Elsevier"},
        "languages": ["en"],
    }
    assert expected == {key: ref[key] for key in expected}
    assert ref["authors"][-1] == {"family-names": "Kocsis", "given-names": "Jeffery D."}


def test_study_is_valid(validator: jsonschema.Draft7Validator) -> None:
    """The study's CITATION.cff passes the CFF 1.2.0 schema."""
    assert list(validator.iter_errors(yaml.safe_load(cff.dumps(msc_sci.study())))) == []


def test_no_authors_is_an_error() -> None:
    """CFF needs an author: a work without one is refused."""
    with pytest.raises(ExportError, match="cff: authors: CFF requires at least one author"):
        cff.dumps(Work(id="x", title="t"))


def test_duplicate_authors_are_an_error() -> None:
    """CFF lists authors once: the same name twice is refused."""
    twice = (Person(family="A"), Person(family="A"))
    with pytest.raises(ExportError, match="appears twice"):
        cff.dumps(Work(id="x", title="t", authors=twice))


def test_yaml_injection_is_inert() -> None:
    """YAML syntax in a title stays text."""
    title = 'x"\nmessage: pwned\n- !!python/object:os.system ["id"] #'
    work = Work(id="x", title=title, authors=(Person(family="A"),))
    assert title == yaml.safe_load(cff.dumps(work))["title"]


def expected_or_error(work: Work) -> dict[str, object] | None:
    """Return the work's reference, or None when CFF cannot hold the work."""
    try:
        return cff.reference(work)
    except ExportError:
        return None


@given(work=works())
def test_any_work_is_valid(validator: jsonschema.Draft7Validator, work: Work) -> None:
    """Any ordinary work with authors gives a CITATION.cff the schema accepts."""
    ref = expected_or_error(work)
    if ref is None:
        with pytest.raises(ExportError):
            cff.dumps(work)
        return
    data = yaml.safe_load(cff.dumps(work))
    assert list(validator.iter_errors(data)) == []
    assert ref == data["preferred-citation"]


@given(work=hostile_works())
def test_hostile_works_read_back(validator: jsonschema.Draft7Validator, work: Work) -> None:
    """Hostile text reads back unchanged through a YAML parser and stays schema-valid."""
    ref = expected_or_error(work)
    if ref is None:
        return
    data = yaml.safe_load(cff.dumps(work))
    assert ref == data["preferred-citation"]
    assert list(validator.iter_errors(data)) == []
