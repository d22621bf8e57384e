"""The home page's "cite this study" box, driven in a real headless Chromium.

Playwright drives the system Chromium (``/usr/bin/chromium``; CI installs Debian's
``chromium``); the test is skipped only where that browser or Playwright is missing.
Screenshots of the home and API pages go to ``test-artifacts/`` (not committed).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

import msc_sci
from tests import _needs as needs

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

if not CHROMIUM.exists() and shutil.which("chromium") is None:
    pytest.skip(needs.CHROMIUM, allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason=needs.python("playwright"))


@pytest.fixture
def page(tmp_path: Path) -> Iterator[object]:
    """A page in a fresh headless Chromium profile that may use the clipboard."""
    executable = str(CHROMIUM) if CHROMIUM.exists() else shutil.which("chromium")
    with sync_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path / "profile"),  # a fresh --user-data-dir
            executable_path=executable,
            headless=True,
            args=FLAGS,
            permissions=["clipboard-read", "clipboard-write"],
            viewport={"width": 1280, "height": 900},
        )
        try:
            yield context.new_page()
        finally:
            context.close()


def test_switch_style_and_copy(site: Path, page: sync_api.Page) -> None:
    """Choosing IEEE shows the IEEE citation, and Copy puts it on the clipboard."""
    page.goto((site / "index.html").as_uri())
    box = page.locator("div.msc-cite-box")
    page.select_option("select.msc-cite-box-style", "ieee")
    shown = box.locator("p.msc-cite-box-entry:visible")
    expected = msc_sci.cite("ieee").strip()
    assert 1 == shown.count()
    assert expected == shown.inner_text().strip()
    page.click("button.msc-cite-box-copy")
    status = box.locator(".msc-cite-box-status")
    sync_api.expect(status).to_have_text("Copied the IEEE citation.")
    assert expected == box.get_attribute("data-copied")
    assert expected == page.evaluate("navigator.clipboard.readText()")


def test_switch_locale(site: Path, page: sync_api.Page) -> None:
    """Choosing German shows the citation formatted with the de-DE locale."""
    page.goto((site / "index.html").as_uri())
    page.select_option("select.msc-cite-box-style", "apa")
    page.select_option("select.msc-cite-box-locale", "de-DE")
    shown = page.locator("p.msc-cite-box-entry:visible")
    assert msc_sci.cite("apa", locale="de-DE").strip() == shown.inner_text().strip()


def test_shown_citation_keeps_italics_and_copies_as_text(site: Path, page: sync_api.Page) -> None:
    """The APA entry shows its journal in italics; Copy still gives the plain text."""
    page.goto((site / "index.html").as_uri())
    page.select_option("select.msc-cite-box-style", "apa")
    shown = page.locator("p.msc-cite-box-entry:visible")
    assert ["Clinical Neurology and Neurosurgery", "203"] == shown.locator("i").all_inner_texts()
    page.click("button.msc-cite-box-copy")
    status = page.locator(".msc-cite-box-status")
    sync_api.expect(status).to_have_text("Copied the APA 7th edition citation.")
    assert msc_sci.cite("apa") == page.evaluate("navigator.clipboard.readText()")


def test_search_finds_any_style(site: Path, page: sync_api.Page) -> None:
    """Searching lists matching styles: one in the menu can be picked, others show the command."""
    page.goto((site / "index.html").as_uri())
    page.click("details.msc-cite-box-more summary")
    page.fill("input.msc-cite-box-search", "vancouver")
    found = page.locator(".msc-cite-box-found")
    sync_api.expect(found).to_contain_text("styles match")
    page.click("button.msc-cite-box-pick:text-is('vancouver')")
    shown = page.locator("p.msc-cite-box-entry:visible")
    assert msc_sci.cite("vancouver").strip() == shown.inner_text().strip()
    page.fill("input.msc-cite-box-search", "elsevier harvard")
    matches = page.locator("ul.msc-cite-box-matches li").all_inner_texts()
    assert "msc-sci cite --style elsevier-harvard" in matches


def test_screenshots_of_home_and_api_pages(site: Path, page: sync_api.Page) -> None:
    """The home and API pages render; their screenshots are saved for review."""
    ARTIFACTS.mkdir(exist_ok=True)
    for name in ("index", "api"):
        page.goto((site / f"{name}.html").as_uri())
        target = ARTIFACTS / f"{name}.png"
        page.screenshot(path=str(target), full_page=name == "index")
        assert target.stat().st_size > 0
    assert "API reference" in page.title()
