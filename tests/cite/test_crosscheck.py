"""Our output against the real citeproc-js, run by Node.js on the same records.

Skipped where ``node`` is missing, or the npm module citeproc-js
(``npm install --prefix tests/cite/node``, which ``.ci/setup.d/20-node-citeproc.sh`` runs).
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
from msc_sci._cite._names import find
from tests import _needs as needs

NODE_DIR = Path(__file__).resolve().parent / "node"
GOLDEN = Path(__file__).resolve().parents[3] / "shared" / "golden"
STYLES = ("apa", "ieee", "nature", "chicago-author-date", "vancouver", "cell")

pytestmark = [
    pytest.mark.skipif(shutil.which("node") is None, reason=needs.NODE),
    # In a fresh clone node may well be installed while citeproc-js is not: it is an npm
    # module, installed into tests/cite/node/node_modules by `npm install`.
    pytest.mark.skipif(
        not (NODE_DIR / "node_modules" / "citeproc").is_dir(), reason=needs.CITEPROC_JS
    ),
]


def _records() -> list[dict[str, Any]]:
    if not GOLDEN.is_dir():
        pytest.skip(needs.SHARED)
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
#: Articles whose page ranges each Chicago rule shortens differently.
PAGE_RANGES = [
    {
        "id": f"p{number}",
        "type": "article-journal",
        "title": f"Pages {number}",
        "container-title": "Journal",
        "author": [{"family": "Roe", "given": "Jo"}],
        "issued": {"date-parts": [[2000 + number]]},
        "page": page,
    }
    for number, page in enumerate(
        ("1496-504", "1100-23", "321-8", "107-108", "2787-816", "71-2", "11564-11615")
    )
]
#: Newspaper articles dated by a range: days, months, years, seasons; one open-ended.
DATE_RANGES = [
    {
        "id": f"d{number}",
        "type": "article-newspaper",
        "title": f"Dates {number}",
        "container-title": "Daily",
        "author": [{"family": "Poe", "given": "Al"}],
        "issued": {"date-parts": dates},
    }
    for number, dates in enumerate(
        (
            [[2003, 8, 10], [2003, 8, 23]],
            [[2003, 8, 3], [2003, 10, 23]],
            [[2003, 12, 30], [2004, 1, 2]],
            [[2005, 13], [2005, 14]],
            [[2006, 3], [2007, 5]],
            [[2008], [2010]],
        )
    )
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


def _run_node(script: str, style: str, *, own_locale: bool = False, **job: Any) -> Any:
    """Run the node *script* on *style* (in its default locale) and *job*; return its JSON.

    The job carries the style, the en-US and en-GB locale files (with *own_locale*, the
    style's default locale's too), and text as the output format.
    """
    from citeproc import LOCALES_PATH

    found = find(style)
    assert found is not None
    locale = found.default_locale or "en-US"
    codes = dict.fromkeys(("en-US", "en-GB", locale) if own_locale else ("en-US", "en-GB"))
    full = {
        "style": found.path.read_text("utf-8"),
        "locales": {
            code: (Path(LOCALES_PATH) / f"locales-{code}.xml").read_text("utf-8") for code in codes
        },
        "locale": locale,
        "format": "text",
        **job,
    }
    result = subprocess.run(
        ["node", str(NODE_DIR / script)],
        input=json.dumps(full),
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return json.loads(result.stdout)


@cache
def _citeproc_js(
    style: str,
    same_authors: bool = False,
    items: tuple[str, ...] = (),
    clashes: bool = False,
    dates: bool = False,
) -> dict[str, Any]:
    records = NAME_CLASHES if clashes else SAME_AUTHORS if same_authors else _records()
    if items:
        records = [record for record in PAGE_RANGES if record["id"] in items]
    if dates:
        records = DATE_RANGES
    parsed: dict[str, Any] = _run_node(
        "render.js",
        style,
        items=records,
        cite=[str(record["id"]) for record in (records if clashes else records[:4])],
        incontext=clashes,
    )
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


@pytest.mark.parametrize(
    "style",
    ["chicago-author-date", "american-journal-of-sociology", "chicago-fullnote-bibliography"],
)
def test_page_ranges_match_citeproc_js(style: str) -> None:
    """Page ranges in Chicago (15th and 16th edition rules) are shortened as citeproc-js does."""
    expected = _citeproc_js(style, items=tuple(str(record["id"]) for record in PAGE_RANGES))
    actual = Style(style).keyed_entries(PAGE_RANGES)
    assert [(key, _ws(entry)) for key, entry in expected["bibliography"]] == [
        (key, _ws(entry)) for key, entry in actual
    ]


@pytest.mark.parametrize("style", ["apa", "chicago-author-date", "chicago-notes-bibliography"])
def test_date_ranges_match_citeproc_js(style: str) -> None:
    """Date ranges (days, months, years, seasons) print and sort as in citeproc-js."""
    expected = _citeproc_js(style, dates=True)
    chosen = Style(style)
    assert (
        [(key, _ws(entry)) for key, entry in expected["bibliography"]],
        {key: _ws(value) for key, value in expected["citations"].items()},
    ) == (
        [(key, _ws(entry)) for key, entry in chosen.keyed_entries(DATE_RANGES)],
        {str(record["id"]): _ws(chosen.citation([record])) for record in DATE_RANGES[:4]},
    )


#: Styles for citation sequences: notes (with ibid, and with note numbers), author-date,
#: numeric.
SEQUENCE_STYLES = (
    "chicago-notes-bibliography",
    "chicago-notes-bibliography-16th-edition",
    "oscola",
    "bluebook-law-review",
    "apa",
    "chicago-author-date",
    "ieee",
    "vancouver",
)


#: Numeric styles, where citeproc-js puts the layout delimiter after a cite prefix that
#: ends a sentence ("[As shown before. , 1]"): a quirk we do not copy.
_SENTENCE_PREFIX_QUIRK = ("ieee", "vancouver")


def _sequence(style: str) -> list[list[dict[str, str]]]:
    """Return a document's citations (cites of record ids), repeats and locators included."""
    a, b, c = (str(record["id"]) for record in _records()[:3])
    last = [] if style in _SENTENCE_PREFIX_QUIRK else [[{"id": a, "prefix": "As shown. "}]]
    return [
        [{"id": a}],
        [{"id": a, "locator": "4", "label": "page"}],
        [{"id": a, "locator": "4", "label": "page"}],
        [{"id": b}],
        [{"id": a}],
        [{"id": a}, {"id": b, "prefix": "see ", "suffix": " for details"}],
        [{"id": b, "locator": "2", "label": "figure"}],
        [{"id": b, "locator": "10-12", "label": "chapter"}],
        [{"id": c, "locator": "3", "label": "section"}, {"id": a}],
        [{"id": c}, {"id": a, "prefix": ", cited in "}],
        [{"id": b, "suffix": " is one source,"}, {"id": c}],
        *last,
    ]


@cache
def _citeproc_js_sequence(style: str) -> list[str]:
    parsed: list[str] = _run_node(
        "sequence.js", style, items=_records()[:3], citations=_sequence(style)
    )
    return parsed


@pytest.mark.parametrize("style", SEQUENCE_STYLES)
def test_citation_sequences_match_citeproc_js(style: str) -> None:
    """Citations in order (ibid, subsequent, locators, affixes) are citeproc-js's."""
    from msc_sci import CiteItem

    records = {str(record["id"]): record for record in _records()[:3]}
    citations = [
        [
            CiteItem(records[cite["id"]], **{k: v for k, v in cite.items() if k != "id"})
            for cite in citation
        ]
        for citation in _sequence(style)
    ]
    expected = [_ws(text) for text in _citeproc_js_sequence(style)]
    assert expected == [_ws(text) for text in Style(style).citations(citations)]


@pytest.mark.parametrize("style", [*AUTHOR_DATE[:3], "american-sociological-association"])
def test_added_names_and_given_names_match_citeproc_js(style: str) -> None:
    """Works told apart by more names or given names cite and list as in citeproc-js.

    Each work is cited alone, with all of them known, as citeproc-js disambiguates.
    """
    expected = _citeproc_js(style, clashes=True)
    chosen = Style(style)
    cites = chosen.citations([[record] for record in NAME_CLASHES])
    assert (
        {key: _ws(value) for key, value in expected["incontext"].items()},
        [(key, _ws(entry)) for key, entry in expected["bibliography"]],
    ) == (
        {str(record["id"]): _ws(cite) for record, cite in zip(NAME_CLASHES, cites, strict=True)},
        [(key, _ws(entry)) for key, entry in chosen.keyed_entries(NAME_CLASHES)],
    )


#: Names with particles, given in the data or parsed from the family and given names.
PARTICLES = [
    {
        "id": f"n{number}",
        "type": "book",
        "title": f"Book {number}",
        "author": [person],
        "issued": {"date-parts": [[2000 + number]]},
        "publisher": "Press",
    }
    for number, person in enumerate(
        (
            {"family": "van der Vlist", "given": "Eric"},
            {"family": "Humboldt", "given": "Alexander von"},
            {"family": "Gogh", "given": "Vincent", "non-dropping-particle": "van"},
            {"family": "d'Aubignac", "given": "François"},
            {"family": "Fontaine", "given": "Jean", "dropping-particle": "de", "suffix": "Jr."},
            {"family": "Meer", "given": "Anna"},
        )
    )
]


@cache
def _citeproc_js_records(style: str, records: str) -> dict[str, Any]:
    """Return citeproc-js's rendering of the JSON list *records* in *style*."""
    items = json.loads(records)
    parsed: dict[str, Any] = _run_node(
        "render.js", style, items=items, cite=[str(item["id"]) for item in items]
    )
    return parsed


@pytest.mark.parametrize("style", ["apa", "chicago-author-date", "chicago-notes-bibliography"])
def test_name_particles_match_citeproc_js(style: str) -> None:
    """Particles (van der, von, d') print and sort as in citeproc-js."""
    expected = _citeproc_js_records(style, json.dumps(PARTICLES))
    chosen = Style(style)
    assert (
        [_ws(text) for text in expected["citations"].values()],
        [(key, _ws(entry)) for key, entry in expected["bibliography"]],
    ) == (
        [_ws(chosen.citation([record])) for record in PARTICLES],
        [(key, _ws(entry)) for key, entry in chosen.keyed_entries(PARTICLES)],
    )


#: Works with contributors named by hyphenated variables (container-author, reviewed-author).
CONTRIBUTORS = [
    {
        "id": "ch",
        "type": "chapter",
        "title": "A Chapter",
        "container-title": "The Book",
        "author": [{"family": "Doe", "given": "Ann"}],
        "container-author": [{"family": "Roe", "given": "Bo"}],
        "editor": [{"family": "Poe", "given": "Cy"}],
        "publisher": "Press",
        "issued": {"date-parts": [[2001]]},
    },
    {
        "id": "rv",
        "type": "review-book",
        "title": "A Review",
        "container-title": "Journal",
        "author": [{"family": "Lee", "given": "Dee"}],
        "reviewed-author": [{"family": "Burtle", "given": "Beaver"}],
        "reviewed-title": "The Reviewed Book",
        "issued": {"date-parts": [[2002]]},
    },
    {
        "id": "ot",
        "type": "book",
        "title": "A Translation",
        "author": [{"family": "Marx", "given": "Karl"}],
        "original-author": [{"family": "Marx", "given": "Karl"}],
        "translator": [{"family": "Moore", "given": "Sam"}],
        "publisher": "Press",
        "issued": {"date-parts": [[2003]]},
    },
    {
        "id": "ed",
        "type": "book",
        "title": "Edited",
        "editor": [{"family": "Roe", "given": "Rick"}, {"family": "Poe", "given": "Pat"}],
        "translator": [{"family": "Lee", "given": "Li"}],
        "publisher": "Press",
        "issued": {"date-parts": [[2004]]},
    },
    {
        "id": "et",
        "type": "book",
        "title": "Edited and Translated",
        "editor": [{"family": "Gray", "given": "Gus"}],
        "translator": [{"family": "Gray", "given": "Gus"}],
        "publisher": "Press",
        "issued": {"date-parts": [[2005]]},
    },
]


@pytest.mark.parametrize(
    "style",
    [
        "apa",
        "chicago-author-date",
        "chicago-notes-bibliography",
        "council-of-science-editors",
        "associacao-brasileira-de-normas-tecnicas",
    ],
)
def test_contributor_variables_match_citeproc_js(style: str) -> None:
    """Container, reviewed and original authors, editors and translators are citeproc-js's."""
    expected = _citeproc_js_records(style, json.dumps(CONTRIBUTORS))
    chosen = Style(style)
    assert (
        [_ws(text) for text in expected["citations"].values()],
        [(key, _ws(entry)) for key, entry in expected["bibliography"]],
    ) == (
        [_ws(chosen.citation([record])) for record in CONTRIBUTORS],
        [(key, _ws(entry)) for key, entry in chosen.keyed_entries(CONTRIBUTORS)],
    )


#: Real styles that once differed from citeproc-js, and what they show.
REAL_STYLES = (
    "acta-pharmaceutica-sinica-b",  # affixes round each name; the "in" term's long form
    "british-journal-of-cancer",  # an en-GB style with an en-US locale of its own
    "chicago-notes-bibliography-fr",  # superscript letters (n\u1d52) in plain text
    "changer-d-epoque",  # the same, in a style with ordinal terms of its own
)


@cache
def _citeproc_js_in_locale(style: str) -> dict[str, Any]:
    """Return citeproc-js's rendering of the records in *style*, in its own locale."""
    parsed: dict[str, Any] = _run_node(
        "render.js",
        style,
        own_locale=True,
        items=_records(),
        cite=[str(record["id"]) for record in _records()],
    )
    return parsed


@pytest.mark.parametrize("style", REAL_STYLES)
def test_real_styles_match_citeproc_js(style: str) -> None:
    """Bibliography and first citations in styles users pick are citeproc-js's."""
    expected = _citeproc_js_in_locale(style)
    chosen = Style(style)
    assert (
        {key: _ws(value) for key, value in expected["citations"].items()},
        [(key, _ws(entry)) for key, entry in expected["bibliography"]],
    ) == (
        {str(record["id"]): _ws(chosen.citation([record])) for record in _records()},
        [(key, _ws(entry)) for key, entry in chosen.keyed_entries(_records())],
    )
