"""This site's changelog: ``.. msc-changelog::`` compiles ``changelog.d/`` fragments.

Each fragment is ``changelog.d/<issue>.<type>.md`` (or ``<issue>.<type>.<n>.md`` for a second
one of the same issue and type); the directive groups them into Keep a
Changelog sections (Added, Changed, Deprecated, Removed, Fixed, Security) under
"Unreleased", each entry naming its issue (linked when ``msc_changelog_issue_url`` is set
in ``conf.py``, e.g. to ``"https://example.org/issues/{issue}"``).
A released ``CHANGELOG.md`` beside them is included after the unreleased entries.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from docutils import nodes
from docutils.statemachine import StringList
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective
from sphinx.util.nodes import nested_parse_with_titles

SECTIONS = ("added", "changed", "deprecated", "removed", "fixed", "security")
FRAGMENT = re.compile(r"^(?P<issue>\d+)\.(?P<type>[a-z]+)(?:\.\d+)?\.md$")


def markdown_to_rst(text: str) -> str:
    """Turn the little Markdown fragments use (code and links) into reST."""
    text = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r"`\1 <\2>`__", text)
    return re.sub(r"(?<!`)`([^`]+)`(?!`)", r"``\1``", text)


def compile_fragments(directory: Path) -> dict[str, list[tuple[int, str]]]:
    """Return ``{section: [(issue, text), ...]}`` for the fragments in *directory*."""
    found: dict[str, list[tuple[int, str]]] = {}
    for path in sorted(directory.glob("*.md")):
        match = FRAGMENT.match(path.name)
        if not match or match["type"] not in SECTIONS:
            continue
        text = " ".join(path.read_text(encoding="utf-8").split())
        found.setdefault(match["type"], []).append((int(match["issue"]), text))
    for entries in found.values():
        entries.sort()
    return found


class Changelog(SphinxDirective):
    """Render the unreleased changes from ``changelog.d/``."""

    required_arguments = 1  # the fragments directory, relative to this document

    def _issue(self, issue: int) -> str:
        url = self.config.msc_changelog_issue_url
        return f"`#{issue} <{url.format(issue=issue)}>`__" if url else f"#{issue}"

    def run(self) -> list[nodes.Node]:
        _, path = self.env.relfn2path(self.arguments[0], self.env.docname)
        directory = Path(path)
        for fragment in directory.glob("*.md"):
            self.env.note_dependency(str(fragment))
        found = compile_fragments(directory)
        lines = ["Unreleased", "----------", ""]
        if not found:
            lines += ["No changes yet.", ""]
        for section in SECTIONS:
            if section not in found:
                continue
            title = section.capitalize()
            lines += [title, "~" * len(title), ""]
            for issue, text in found[section]:
                lines += [f"- {markdown_to_rst(text)} ({self._issue(issue)})"]
            lines.append("")
        content = StringList(lines, source=str(directory))
        section_node = nodes.section()
        section_node.document = self.state.document
        nested_parse_with_titles(self.state, content, section_node)
        return list(section_node.children)


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_config_value("msc_changelog_issue_url", None, "env")
    app.add_directive("msc-changelog", Changelog)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
