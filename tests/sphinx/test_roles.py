"""The ``msc-cite`` role: in-text citations linked to their bibliography entry."""

from __future__ import annotations

from collections.abc import Callable

from bs4 import BeautifulSoup

import msc_sci
from tests.sphinx.conftest import Built


def test_role_links_to_the_entry_on_the_same_page(build: Callable[..., Built]) -> None:
    """``:msc-cite:`apa``` is the APA in-text citation, linked to the APA entry."""
    built = build("citation")
    page = BeautifulSoup(built.page("index"), "html.parser")
    link = page.select_one("a.reference span.msc-cite").parent
    entry = page.select_one("p.msc-bibliography")
    assert msc_sci.cite("apa", mode="citation") == link.get_text()
    assert f"#{entry['id']}" == link["href"]


def test_role_links_to_an_entry_on_another_page(build: Callable[..., Built]) -> None:
    """A citation on a page without an APA entry links to the page that has one."""
    built = build("citation")
    page = BeautifulSoup(built.page("other"), "html.parser")
    link = page.select_one("a.reference span.msc-cite").parent
    assert link["href"].startswith("index.html#")


def test_role_without_an_entry_warns_and_stays_text(build: Callable[..., Built]) -> None:
    """With no entry to link to, the role warns ``msc_sci.bibliography`` and is plain text."""
    built = build("bad-input")
    page = BeautifulSoup(built.page("index"), "html.parser")
    assert "index.rst:7: WARNING: no msc-citation bibliography entry" in built.warnings
    assert "[msc_sci.bibliography]" in built.warnings
    assert page.select_one("span.msc-cite").find_parent("a") is None


def test_role_with_a_locator(build: Callable[..., Built]) -> None:
    """``:msc-cite:`apa p. 4``` cites page 4, still linked to the APA entry."""
    page = BeautifulSoup(build("cite-locator").page("index"), "html.parser")
    links = [span.parent for span in page.select("a.reference span.msc-cite")]
    expected = [
        msc_sci.cite("apa", mode="citation", locator="4"),
        msc_sci.cite("apa", mode="citation", locator="2-3", label="figure"),
        msc_sci.cite("apa", mode="citation", locator="12"),
    ]
    assert expected == [link.get_text() for link in links]


def test_role_with_an_unknown_label_warns(build: Callable[..., Built]) -> None:
    """An unknown label is a located ``msc_sci.locator`` warning, and the role stays text."""
    built = build("cite-locator")
    page = BeautifulSoup(built.page("index"), "html.parser")
    texts = [span.get_text() for span in page.select("span.msc-cite") if not span.find_parent("a")]
    assert (["apa pg. 4"], True, True) == (
        texts,
        "index.rst:7: WARNING: msc-cite: unknown locator label 'pg.'" in built.warnings,
        "[msc_sci.locator]" in built.warnings,
    )
