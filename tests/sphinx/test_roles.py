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
