"""Our output against citeproc-js (the reference CSL processor), from ../shared/golden/."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from msc_sci import Style
from tests import _needs as needs

GOLDEN = Path(__file__).resolve().parents[3] / "shared" / "golden"
_TAGS = {"em": "i", "strong": "b"}


def _load(name: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    path = GOLDEN / f"{name}.citeproc-js.json"
    if not path.is_file():
        return [], []
    results = json.loads(path.read_text(encoding="utf-8"))["results"]
    records = json.loads((GOLDEN / "records" / f"{name}.json").read_text(encoding="utf-8"))
    return results, records


STUDY, STUDY_RECORDS = _load("study-and-release")
SYNTH, SYNTH_RECORDS = _load("synth-a")

#: Golden cases we do not match yet, with the reason: the one place they are listed.
XFAIL: dict[str, str] = {}


def _ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


class _Structure(HTMLParser):
    """HTML as a list of events: tags (spelling normalised) and whitespace-collapsed text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.events: list[str] = []
        self._text = ""

    def _flush(self) -> None:
        text = _ws(self._text)
        if text:
            self.events.append(text)
        self._text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._flush()
        classes = dict(attrs).get("class") or ""
        self.events.append(f"<{_TAGS.get(tag, tag)} {classes}>")

    def handle_endtag(self, tag: str) -> None:
        self._flush()
        self.events.append(f"</{_TAGS.get(tag, tag)}>")

    def handle_data(self, data: str) -> None:
        self._text += data


def structure(html: str) -> list[str]:
    """Return the events of *html*, for comparing markup that differs only in spelling."""
    parser = _Structure()
    parser.feed(html)
    parser.close()
    parser._flush()
    return parser.events


def _marks(case_id: str) -> list[Any]:
    if case_id in XFAIL:
        return [pytest.mark.xfail(reason=XFAIL[case_id], strict=True)]
    return []


def _cases(results: list[dict[str, Any]], section: str) -> list[Any]:
    if not results:
        skip = pytest.mark.skip(reason=needs.SHARED)
        return [pytest.param(None, None, None, id="no-golden-files", marks=skip)]
    cases = []
    for result in results:
        pair = f"{result['style']}@{result['locale'] or 'default'}"
        for kind in ("text", "html"):
            found = result[f"{section}_{kind}"]
            keys = [entry["id"] for entry in found] if section == "bibliography" else list(found)
            for key in keys:
                case_id = f"{pair}:{section}-{kind}:{key}"
                cases.append(pytest.param(result, kind, key, id=case_id, marks=_marks(case_id)))
    return cases


_STYLES: dict[tuple[str, str | None], Style] = {}
_BIBS: dict[tuple[str, str | None, str, int], dict[str, str]] = {}


def _style(result: dict[str, Any]) -> Style:
    key = (result["style"], result["locale"])
    if key not in _STYLES:
        _STYLES[key] = Style(result["style"], locale=result["locale"])
    return _STYLES[key]


def _bibliography(
    result: dict[str, Any], kind: str, records: list[dict[str, Any]]
) -> dict[str, str]:
    key = (result["style"], result["locale"], kind, id(records))
    if key not in _BIBS:
        _BIBS[key] = dict(_style(result).keyed_entries(records, format=kind))
    return _BIBS[key]


def _compare(kind: str, expected: str, actual: str) -> None:
    if kind == "text":
        assert _ws(expected) == _ws(actual)
    else:
        assert structure(expected) == structure(actual)


@pytest.mark.parametrize(("result", "kind", "key"), _cases(STUDY, "bibliography"))
def test_study_matches_citeproc_js(result: dict[str, Any], kind: str, key: str) -> None:
    """Each study/release entry and citation is citeproc-js's, style by style."""
    entries = {entry["id"]: entry["entry"] for entry in result[f"bibliography_{kind}"]}
    ours = _bibliography(result, kind, STUDY_RECORDS)
    _compare(kind, entries[key], ours[key])


@pytest.mark.parametrize(("result", "kind", "key"), _cases(STUDY, "citation"))
def test_study_citation_matches_citeproc_js(result: dict[str, Any], kind: str, key: str) -> None:
    """The first citation of each record alone is citeproc-js's."""
    record = [item for item in STUDY_RECORDS if item["id"] == key]
    _compare(kind, result[f"citation_{kind}"][key], _style(result).citation(record, format=kind))


@pytest.mark.parametrize(("result", "kind", "key"), _cases(SYNTH, "bibliography"))
def test_synthetic_matches_citeproc_js(result: dict[str, Any], kind: str, key: str) -> None:
    """Each of the 200 synthetic records is printed as citeproc-js prints it."""
    entries = {entry["id"]: entry["entry"] for entry in result[f"bibliography_{kind}"]}
    ours = _bibliography(result, kind, SYNTH_RECORDS)
    _compare(kind, entries[key], ours[key])


def test_synthetic_order_matches_citeproc_js() -> None:
    """Bibliographies are sorted as citeproc-js sorts them."""
    for result in SYNTH or pytest.skip(needs.SHARED):
        expected = [entry["id"] for entry in result["bibliography_text"]]
        actual = [key for key, _ in _style(result).keyed_entries(SYNTH_RECORDS)]
        assert expected == actual, result["style"]
