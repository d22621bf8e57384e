"""The cite box node: every choice pre-rendered, with the downloads, in HTML."""

from __future__ import annotations

import json
from collections.abc import Callable
from urllib.parse import unquote

from bs4 import BeautifulSoup

import msc_sci
from tests.sphinx.conftest import Built


def test_box_renders_every_style_and_locale(build: Callable[..., Built]) -> None:
    """Each style and locale pair is in the page, formatted by ``msc_sci.cite``."""
    built = build("cite-box", "-W")
    assert 0 == built.returncode, built.warnings
    box = BeautifulSoup(built.page(), "html.parser").select_one("div.msc-cite-box")
    entries = {
        (p["data-style"], p["data-locale"]): p.get_text()
        for p in box.select("p.msc-cite-box-entry")
    }
    expected = {
        (style, locale): msc_sci.cite(style, locale=locale)
        for style in ("apa", "ieee")
        for locale in ("en-US", "de-DE")
    }
    assert expected == entries


def test_box_shows_only_the_default_choice(build: Callable[..., Built]) -> None:
    """Without the script, only the first style in the first locale is visible."""
    built = build("cite-box")
    box = BeautifulSoup(built.page(), "html.parser").select_one("div.msc-cite-box")
    shown = [p["data-style"] for p in box.select("p.msc-cite-box-entry:not([hidden])")]
    assert ["apa"] == shown


def test_box_offers_the_four_downloads(build: Callable[..., Built]) -> None:
    """The box links .bib, .ris, CSL-JSON and CITATION.cff, each with ``msc_sci.export``."""
    built = build("cite-box")
    box = BeautifulSoup(built.page(), "html.parser").select_one("div.msc-cite-box")
    links = {a["download"]: a["href"] for a in box.select("a.msc-cite-box-download")}
    assert ["CITATION.cff", "honmou2021.bib", "honmou2021.json", "honmou2021.ris"] == sorted(links)
    csl = unquote(links["honmou2021.json"].split(",", 1)[1])
    assert msc_sci.export("csl-json") == csl
    assert json.loads(csl)


def test_box_loads_its_script(build: Callable[..., Built]) -> None:
    """The page loads ``msc-sci.js`` and ``msc-sci.css``, copied into ``_static``."""
    built = build("cite-box")
    assert "_static/msc-sci.js" in built.page()
    assert (built.outdir / "_static" / "msc-sci.js").is_file()
    assert (built.outdir / "_static" / "msc-sci.css").is_file()


def test_box_falls_back_to_text_for_other_builders(build: Callable[..., Built]) -> None:
    """The text builder writes the default citation as a paragraph."""
    built = build("cite-box", builder="text")
    assert 0 == built.returncode, built.warnings
    text = (built.outdir / "index.txt").read_text(encoding="utf-8")
    assert " ".join(msc_sci.cite("apa").split())[:40] in " ".join(text.split())


def test_box_leaves_out_an_unknown_style_with_a_warning(build: Callable[..., Built]) -> None:
    """A style that fails warns ``msc_sci.style``; the box keeps the styles that work."""
    built = build("bad-input")
    box = BeautifulSoup(built.page(), "html.parser").select_one("div.msc-cite-box")
    assert "unknown style 'no-such-box-style'" in built.warnings
    assert ["apa"] == [p["data-style"] for p in box.select("p.msc-cite-box-entry")]


def test_box_keeps_the_style_italics(build: Callable[..., Built]) -> None:
    """The shown APA entry has its italic journal and volume, as ``format="html"`` has."""
    built = build("cite-box")
    box = BeautifulSoup(built.page(), "html.parser").select_one("div.msc-cite-box")
    entry = box.select_one('p.msc-cite-box-entry[data-style="apa"][data-locale="en-US"]')
    assert ["Clinical Neurology and Neurosurgery", "203"] == [i.get_text() for i in entry("i")]
    assert msc_sci.cite("apa") == entry["data-text"]


def test_box_searches_every_style(build: Callable[..., Built]) -> None:
    """The box offers a search over all style names, listed in ``_static``."""
    from msc_sci._cite._names import bibtex_names, csl_names

    built = build("cite-box")
    box = BeautifulSoup(built.page(), "html.parser").select_one("div.msc-cite-box")
    names = [*csl_names(), *bibtex_names()]
    assert f"search all {len(names):,}" in box.select_one("summary").get_text()
    assert box.select_one("input.msc-cite-box-search") is not None
    script = (built.outdir / "_static" / "msc-sci-styles.js").read_text(encoding="utf-8")
    assert f"window.mscSciStyles = {json.dumps(names, separators=(',', ':'))};\n" == script


def test_default_box_offers_vancouver() -> None:
    """Vancouver, the medical journals' style, is in the box's menu by default."""
    from msc_sci.sphinx.config import DEFAULT_BOX_STYLES, STYLE_LABELS

    assert "vancouver" in DEFAULT_BOX_STYLES
    assert "Vancouver" == STYLE_LABELS["vancouver"]
