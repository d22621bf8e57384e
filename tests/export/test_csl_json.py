"""CSL-JSON export: valid against the CSL-JSON schema, read back as the same work."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given

import msc_sci
from msc_sci import Work
from msc_sci._export import csl_json
from strategies import hostile_works, works


@pytest.fixture(scope="module")
def validator(shared: Path) -> jsonschema.Draft7Validator:
    """A validator for the CSL-JSON schema 1.0.2 in ../shared/schemas."""
    schema = json.loads((shared / "schemas" / "csl-data.json").read_text(encoding="utf-8"))
    return jsonschema.Draft7Validator(schema)


def test_study_is_valid(validator: jsonschema.Draft7Validator) -> None:
    """The study's CSL-JSON passes the schema."""
    assert list(validator.iter_errors(json.loads(csl_json.dumps(msc_sci.study())))) == []


def test_study_reproduces_the_curated_file(references_dir: Path) -> None:
    """Exporting the study gives references/honmou2021.json byte for byte."""
    expected = (references_dir / "honmou2021.json").read_text(encoding="utf-8")
    assert expected == csl_json.dumps(msc_sci.study())


def test_non_ascii_is_kept() -> None:
    """Non-ASCII text is written as UTF-8, not as escapes."""
    assert '"title": "Café"' in csl_json.dumps(Work(id="x", title="Café"))


@given(hostile_works())
def test_any_work_round_trips(work: Work) -> None:
    """Work.from_csl_json reads any exported work back as the same work."""
    (item,) = json.loads(csl_json.dumps(work))
    assert work == Work.from_csl_json(item)


@given(work=works())
def test_any_work_is_valid(validator: jsonschema.Draft7Validator, work: Work) -> None:
    """Every exported work passes the CSL-JSON schema."""
    assert list(validator.iter_errors(json.loads(csl_json.dumps(work)))) == []
