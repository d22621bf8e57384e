"""This site's changelog: ``.. msc-changelog::`` compiles ``changelog.d/`` fragments.

Each fragment is ``changelog.d/<issue>.<type>.md`` (or ``<issue>.<type>.<n>.md`` for a
second one of the same issue and type), in Markdown (CommonMark, read by
MyST); the directive groups them into Keep a Changelog sections (Added, Changed,
Deprecated, Removed, Fixed, Security) under "Unreleased".
Each paragraph of a fragment is one entry of the list, naming its issue (linked when
``msc_changelog_issue_url`` is set in ``conf.py``, e.g. to
``"https://example.org/issues/{issue}"``).
Markdown that MyST leaves as text (a stray backtick, ``**`` or ``](``) is a warning
typed ``msc_docs.changelog``, so ``-W`` fails the build on raw markup.
A released ``CHANGELOG.md`` beside them is included after the unreleased entries.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective, new_document

SECTIONS = ("added", "changed", "deprecated", "removed", "fixed", "security")
FRAGMENT = re.compile(r"^(?P<issue>\d+)\.(?P<type>[a-z]+)(?:\.\d+)?\.md$")
#: What Markdown markup looks like when it was not parsed.
RAW_MARKUP = re.compile(r"`|\*\*|\]\(|(?<!\w)_(?=\w)|(?<=\w)_(?!\w)")

logger = logging.getLogger(__name__)


def compile_fragments(directory: Path) -> dict[str, list[tuple[int, Path, str]]]:
    """Return ``{section: [(issue, path, paragraph), ...]}`` for the fragments in *directory*.

    A fragment's paragraphs (separated by blank lines) are its entries.
    """
    found: dict[str, list[tuple[int, Path, str]]] = {}
    for path in sorted(directory.glob("*.md")):
        match = FRAGMENT.match(path.name)
        if not match or match["type"] not in SECTIONS:
            continue
        text = path.read_text(encoding="utf-8").strip()
        for paragraph in re.split(r"\n\s*\n", text):
            found.setdefault(match["type"], []).append((int(match["issue"]), path, paragraph))
    for entries in found.values():
        entries.sort(key=lambda entry: entry[0])
    return found


def raw_markup(tree: nodes.Node) -> list[str]:
    """Return the text outside code in *tree* that still looks like Markdown markup."""
    found = []
    for text in tree.findall(nodes.Text):
        if any(isinstance(parent, nodes.literal) for parent in _ancestors(text)):
            continue
        match = RAW_MARKUP.search(text.astext())
        if match:
            found.append(text.astext())
    return found


def _ancestors(node: nodes.Node) -> list[nodes.Node]:
    found = []
    while node.parent is not None:
        node = node.parent
        found.append(node)
    return found


class Changelog(SphinxDirective):
    """Render the unreleased changes from ``changelog.d/``."""

    required_arguments = 1  # the fragments directory, relative to this document

    def _issue(self, issue: int) -> str:
        url = self.config.msc_changelog_issue_url
        return f"[#{issue}]({url.format(issue=issue)})" if url else f"#{issue}"

    def _markdown(self, text: str, path: Path) -> list[nodes.Node]:
        """Return the docutils nodes MyST makes of the Markdown *text*."""
        from myst_parser.parsers.sphinx_ import MystParser

        document = new_document(str(path), self.state.document.settings)
        MystParser().parse(text, document)
        where = nodes.Element()
        where.source, where.line = str(path), 1
        for leftover in raw_markup(document):
            logger.warning(
                "raw Markdown left in the changelog: %r",
                leftover,
                location=where,
                type="msc_docs",
                subtype="changelog",
            )
        return list(document.children)

    def run(self) -> list[nodes.Node]:
        _, path = self.env.relfn2path(self.arguments[0], self.env.docname)
        directory = Path(path)
        for fragment in directory.glob("*.md"):
            self.env.note_dependency(str(fragment))
        found = compile_fragments(directory)
        unreleased = nodes.section(ids=["unreleased"], names=["unreleased"])
        unreleased += nodes.title("", "Unreleased")
        if not found:
            unreleased += nodes.paragraph("", "No changes yet.")
        for section in SECTIONS:
            if section not in found:
                continue
            node = nodes.section(ids=[section], names=[section])
            node += nodes.title("", section.capitalize())
            entries = nodes.bullet_list(bullet="-")
            for issue, fragment, paragraph in found[section]:
                item = nodes.list_item()
                item += self._markdown(f"{paragraph} ({self._issue(issue)})", fragment)
                entries += item
            node += entries
            unreleased += node
        return [unreleased]


def setup(app: Sphinx) -> dict[str, Any]:
    app.setup_extension("myst_parser")
    app.add_config_value("msc_changelog_issue_url", None, "env")
    app.add_directive("msc-changelog", Changelog)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
