"""The documentation site: it builds cleanly and every public name is two clicks away."""

from __future__ import annotations

import inspect
import re
import subprocess
import sys
from importlib import import_module
from pathlib import Path

import msc_sci

ROOT = Path(__file__).resolve().parents[2]


def test_api_page_lists_every_public_name(site: Path) -> None:
    """Each name in ``msc_sci.__all__`` has an entry on the API page."""
    page = (site / "api.html").read_text(encoding="utf-8")
    ids = set(re.findall(r'id="msc_sci\.([A-Za-z_][A-Za-z0-9_]*)"', page))
    assert [] == [name for name in msc_sci.__all__ if name not in ids]


def _defined(name: str) -> object:
    """Return public *name* from the module that defines it.

    ``msc_sci.export`` names a function and, once imported, a callable package.
    """
    return getattr(import_module(msc_sci._LAZY[name]), name)


def test_every_public_name_has_an_example() -> None:
    """Each public name has a ``>>>`` example: in its docstring or in the docs' EXAMPLES."""
    sys.path.insert(0, str(ROOT / "docs" / "_ext"))
    try:
        from msc_docs_examples import EXAMPLES
    finally:
        sys.path.pop(0)
    missing = [
        name
        for name in msc_sci.__all__
        if name != "__version__"
        and ">>>" not in (inspect.getdoc(_defined(name)) or "")
        and name not in EXAMPLES
    ]
    assert [] == missing


def test_home_page_links_the_api_page(site: Path) -> None:
    """The home page links the API page, so every name is two clicks from home."""
    page = (site / "index.html").read_text(encoding="utf-8")
    assert 'href="api.html"' in page


def test_cli_page_shows_every_subcommand(site: Path) -> None:
    """The CLI page is generated from the parser: each subcommand has a section."""
    from msc_sci._cli import COMMANDS, build_parser

    page = (site / "cli.html").read_text(encoding="utf-8")
    usage = build_parser().format_usage()
    assert len(COMMANDS) == len(re.findall(r'<section id="cli-', page)), usage


def test_changelog_page_compiles_the_fragments(site: Path) -> None:
    """Each ``changelog.d`` fragment appears on the changelog page with its issue."""
    page = (site / "changelog.html").read_text(encoding="utf-8")
    for fragment in (ROOT / "changelog.d").glob("*.md"):
        issue = fragment.name.split(".")[0]
        assert f"(#{issue})" in page


def _unreleased(site: Path) -> str:
    page = (site / "changelog.html").read_text(encoding="utf-8")
    return page[page.index('id="unreleased"') :]


def test_changelog_shows_no_raw_markdown(site: Path) -> None:
    """Fragments are read as Markdown: code is ``<code>``, no backtick is left as text."""
    section = _unreleased(site)
    outside_code = re.sub(r"<code.*?</code>", "", section, flags=re.S)
    assert ("`" in outside_code, "<code" in section) == (False, True)


def test_changelog_entry_per_paragraph(site: Path) -> None:
    """Each paragraph of a fragment is its own list entry, not one long paragraph."""
    paragraphs = sum(
        len(re.split(r"\n\s*\n", path.read_text(encoding="utf-8").strip()))
        for path in (ROOT / "changelog.d").glob("*.md")
    )
    section = _unreleased(site)
    section = section[: section.index("</article>")] if "</article>" in section else section
    assert paragraphs == section.count("<li>")


def test_changelog_warns_on_raw_markup() -> None:
    """Markdown MyST leaves as text is found, so ``-W`` fails the build on it."""
    from docutils import nodes

    sys.path.insert(0, str(ROOT / "docs" / "_ext"))
    try:
        from msc_docs_changelog import raw_markup
    finally:
        sys.path.pop(0)
    tree = nodes.paragraph("", "", nodes.Text("see "), nodes.literal("", "`x`"))
    assert [] == raw_markup(tree)
    tree += nodes.Text("apa p. 4`` cites")
    assert ["apa p. 4`` cites"] == raw_markup(tree)


def test_site_builds_in_parallel(tmp_path: Path) -> None:
    """``-j 2`` builds the whole site with no warning, like the serial build."""
    from tests.docs.conftest import DOCS, SPHINX_BUILD

    result = subprocess.run(
        [*SPHINX_BUILD, "-j", "2", "-b", "html", str(DOCS), str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert 0 == result.returncode, result.stderr
    assert 'class="msc-cite-box"' in (tmp_path / "index.html").read_text(encoding="utf-8")


def test_accuracy_page_describes_every_conformance_group(site: Path, shared: Path) -> None:
    """The accuracy page tables each fixture group of the CSL test suite, with its meaning."""
    page = (site / "accuracy.html").read_text(encoding="utf-8")
    table = page[page.index('class="msc-conformance') :]
    table = table[: table.index("</table>")]
    cells = [
        re.sub(r"<[^>]+>", "", cell).strip() for cell in re.findall(r"<td.*?</td>", table, re.S)
    ]
    rows = [cells[index : index + 4] for index in range(0, len(cells), 4)]
    suite = shared / "csl-test-suite"
    groups = {path.stem.split("_")[0] for path in suite.rglob("*.txt")}
    assert sorted(groups) == sorted(row[0] for row in rows)
    assert [] == [row[0] for row in rows if not row[1]]
    failing = [int(row[3]) - int(row[2]) for row in rows]
    assert sorted(failing, reverse=True) == failing
