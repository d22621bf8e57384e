"""Our output against the real citeproc-js, run by Node.js on the same records.

Skipped where ``node`` or the npm module (``tests/cite/node/node_modules``, installed by
``.ci/setup.d/20-node-citeproc.sh``) is missing.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from msc_sci import Style
from msc_sci.cite._names import find

NODE_DIR = Path(__file__).resolve().parent / "node"
GOLDEN = Path(__file__).resolve().parents[3] / "shared" / "golden"
STYLES = ("apa", "ieee", "nature", "chicago-author-date", "vancouver", "cell")

pytestmark = pytest.mark.skipif(
    shutil.which("node") is None or not (NODE_DIR / "node_modules" / "citeproc").is_dir(),
    reason="node or the citeproc npm module is missing (see .ci/setup.d/20-node-citeproc.sh)",
)


def _records() -> list[dict[str, Any]]:
    study = json.loads((GOLDEN / "records" / "study-and-release.json").read_text("utf-8"))
    synth = json.loads((GOLDEN / "records" / "synth-a.json").read_text("utf-8"))
    return [*study, *synth[:20]]


#: Works by the same authors, for year suffixes and cite grouping.
SAME_AUTHORS = [
    {
        "id": f"s{number}",
        "type": "book",
        "title": title,
        "author": [{"family": "Smith", "given": "Ann"}],
        "issued": {"date-parts": [[year]]},
    }
    for number, (title, year) in enumerate((("Beta", 2020), ("Alpha", 2020), ("Gamma", 2021)))
] + [
    {
        "id": "j",
        "type": "book",
        "title": "Z",
        "author": [{"family": "Jones"}],
        "issued": {"date-parts": [[2019]]},
    }
]


def _book(key: str, title: str, year: int, *authors: str) -> dict[str, Any]:
    """Return a book by *authors*, each ``"Family Given"``."""
    people = [dict(zip(("family", "given"), author.split(" "), strict=True)) for author in authors]
    return {
        "id": key,
        "type": "book",
        "title": title,
        "author": people,
        "issued": {"date-parts": [[year]]},
        "publisher": "Press",
    }


#: Works that only more names or given names tell apart.
NAME_CLASHES = [
    _book("js1", "On cells", 2019, "Smith John"),
    _book("js2", "On stroke", 2019, "Smith Jane"),
    _book("ts1", "On marrow", 2018, "Smith Thomas"),
    _book("ab1", "Trial one", 2009, "Baines Paul", "Lightfoot Tom", "Benedettini Oscar", "Kay Jim"),
    _book(
        "ab2", "Trial two", 2009, "Baines Paul", "Lightfoot Tom", "Benedettini Oscar", "Green Ann"
    ),
    _book("lp1", "Spine", 2020, "Lee Ann", "Park Min"),
    _book("lp2", "Brain", 2020, "Lee Ann", "Park Joon"),
    _book("lp3", "Nerve", 2020, "Lee Ann", "Park Joon"),
]
AUTHOR_DATE = (
    "apa",
    "chicago-author-date",
    "harvard-cite-them-right",
    "elsevier-harvard",
    "springer-basic-author-date",
    "cse-name-year",
)


@cache
def _citeproc_js(style: str, same_authors: bool = False, clashes: bool = False) -> dict[str, Any]:
    from citeproc import LOCALES_PATH

    found = find(style)
    assert found is not None
    items = NAME_CLASHES if clashes else SAME_AUTHORS if same_authors else _records()
    locales = {
        code: (Path(LOCALES_PATH) / f"locales-{code}.xml").read_text("utf-8")
        for code in ("en-US", "en-GB")
    }
    job = {
        "style": found.path.read_text("utf-8"),
        "locales": locales,
        "locale": found.default_locale or "en-US",
        "items": items,
        "cite": [str(record["id"]) for record in (items if clashes else items[:4])],
        "format": "text",
        "incontext": clashes,
    }
    result = subprocess.run(
        ["node", str(NODE_DIR / "render.js")],
        input=json.dumps(job),
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    parsed: dict[str, Any] = json.loads(result.stdout)
    return parsed


def _ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.mark.parametrize("style", STYLES)
def test_bibliography_matches_citeproc_js(style: str) -> None:
    """Every entry, in order, is what citeproc-js prints."""
    expected = [(key, _ws(entry)) for key, entry in _citeproc_js(style)["bibliography"]]
    actual = [(key, _ws(entry)) for key, entry in Style(style).keyed_entries(_records())]
    assert expected == actual


@pytest.mark.parametrize("style", STYLES)
def test_citations_match_citeproc_js(style: str) -> None:
    """The first citation of each record alone is what citeproc-js prints."""
    chosen = Style(style)
    expected = _citeproc_js(style)["citations"]
    actual = {str(record["id"]): chosen.citation([record]) for record in _records()[:4]}
    assert {key: _ws(value) for key, value in expected.items()} == {
        key: _ws(value) for key, value in actual.items()
    }


@pytest.mark.parametrize("style", STYLES)
def test_one_citation_of_several_works_matches_citeproc_js(style: str) -> None:
    """Several works cited together (number ranges included) are as in citeproc-js."""
    expected = _ws(_citeproc_js(style)["together"])
    assert expected == _ws(Style(style).citation(_records()[:4]))


@pytest.mark.parametrize("style", AUTHOR_DATE)
def test_year_suffixes_and_cite_groups_match_citeproc_js(style: str) -> None:
    """Same-author works: suffixes, grouping and order are citeproc-js's."""
    expected = _citeproc_js(style, same_authors=True)
    chosen = Style(style)
    assert (
        _ws(expected["together"]),
        [(key, _ws(entry)) for key, entry in expected["bibliography"]],
    ) == (
        _ws(chosen.citation(SAME_AUTHORS)),
        [(key, _ws(entry)) for key, entry in chosen.keyed_entries(SAME_AUTHORS)],
    )


@pytest.mark.parametrize("style", [*AUTHOR_DATE[:3], "american-sociological-association"])
def test_added_names_and_given_names_match_citeproc_js(style: str) -> None:
    """Works told apart by more names or given names cite and list as in citeproc-js.

    Each work is cited alone, with all of them known, as citeproc-js disambiguates.
    """
    from msc_sci.cite._formats import text

    expected = _citeproc_js(style, clashes=True)
    chosen = Style(style)
    cites = chosen._processor.citations(
        NAME_CLASHES, [[{"index": index}] for index in range(len(NAME_CLASHES))]
    )
    assert (
        {key: _ws(value) for key, value in expected["incontext"].items()},
        [(key, _ws(entry)) for key, entry in expected["bibliography"]],
    ) == (
        {
            str(record["id"]): _ws(text.inline(cite))
            for record, cite in zip(NAME_CLASHES, cites, strict=True)
        },
        [(key, _ws(entry)) for key, entry in chosen.keyed_entries(NAME_CLASHES)],
    )
