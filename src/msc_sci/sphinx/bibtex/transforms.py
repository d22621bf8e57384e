"""Transforms: place note-style footnotes when a page is read; fill in every
placeholder with its formatted text when a page is written.

The second runs as a post-transform, after :mod:`.resolve` has formatted the whole
project, so a citation can link to an entry on another page and parallel writers see
the same results.
"""

from __future__ import annotations

import re
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.builders import Builder
from sphinx.environment import BuildEnvironment
from sphinx.transforms import SphinxTransform
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util.nodes import make_refnode

from msc_sci.sphinx.bibtex.domain import cite_domain
from msc_sci.sphinx.bibtex.nodes import (
    pending_bibliography,
    pending_citation,
    pending_entry,
    pending_note,
)
from msc_sci.sphinx.bibtex.roles import auto_footnote, footnote_name

__all__ = ["FillCitations", "PlaceFootnotes", "setup"]

_HTML_ENTRY = re.compile(r'\A<div class="csl-entry">(?P<inner>.*)</div>\Z', re.DOTALL)


def _builder(env: BuildEnvironment) -> Builder:
    """Return the builder writing *env*'s pages (``env.app`` is deprecated in Sphinx 9)."""
    app = getattr(env, "_app", None) or env.app
    return app.builder


class PlaceFootnotes(SphinxTransform):
    """Put the footnotes of note-style citations, and of ``:footcite:`` keys no
    ``.. footbibliography::`` took, at the end of the page, before they are numbered."""

    default_priority = 610  # before docutils numbers footnotes (620)

    def apply(self, **kwargs: Any) -> None:
        """Append the page's pending footnotes."""
        temp = self.env.temp_data
        notes: list[nodes.footnote] = temp.pop("msc_sci_notes", None) or []
        footcites: list[str] = temp.pop("msc_sci_footcites", None) or []
        done: set[str] = temp.pop("msc_sci_footnoted", None) or set()
        pending = [key for key in footcites if key not in done]
        if not (notes or pending):
            return
        container = nodes.container(classes=["msc-sci-footnotes"])
        container.extend(notes)
        for key in pending:
            entry = pending_entry("", key, key=key, docname=self.env.docname)
            container += auto_footnote(
                self.document, footnote_name(key), nodes.paragraph("", "", entry)
            )
        self.document += container


class FillCitations(SphinxPostTransform):
    """Replace every placeholder with its formatted citation, link or entries."""

    default_priority = 5  # before Sphinx's own footnote and reference transforms

    def _content(self, text: str, fmt: str, *, block: bool = False) -> list[nodes.Node]:
        if not text:
            return []
        if fmt == "html":
            if block:
                return [nodes.raw("", text, format="html")]
            match = _HTML_ENTRY.match(text)
            return [nodes.raw("", match["inner"] if match else text, format="html")]
        if fmt == "latex":
            return [nodes.raw("", text, format="latex")]
        return [nodes.Text(text)]

    def run(self, **kwargs: Any) -> None:
        """Fill in the page being written."""
        rendered = cite_domain(self.env).data.get("rendered", {})
        fmt = rendered.get("format", "text")
        for cite in list(self.document.findall(pending_citation)):
            self._cite(cite, rendered, fmt, rendered.get("cites", {}))
        for note in list(self.document.findall(pending_note)):
            self._cite(note, rendered, fmt, rendered.get("notes", {}))
        for node in list(self.document.findall(pending_entry)):
            text = rendered.get("foot", {}).get(f"{node['docname']}#{node['key']}")
            content = self._content(text, fmt) if text else [nodes.Text(node["key"])]
            node.replace_self(nodes.inline("", "", *content, classes=["csl-entry"]))
        for listing in list(self.document.findall(pending_bibliography)):
            self._bibliography(listing, rendered.get("entries", {}).get(listing["bib_id"], []), fmt)

    def _cite(
        self, node: nodes.Element, rendered: dict[str, Any], fmt: str, texts: dict[str, str]
    ) -> None:
        cite_id = node["cite_id"]
        text = texts.get(cite_id)
        if text is None:  # not formatted: the keys as written
            node.replace_self(nodes.inline(node.rawsource, node.astext(), classes=["msc-sci-cite"]))
            return
        kind = "msc-sci-footcite" if node.get("foot") else "msc-sci-cite"
        content = nodes.inline(node.rawsource, "", *self._content(text, fmt), classes=[kind])
        target = rendered.get("targets", {}).get(cite_id)
        if target is None or not text:
            node.replace_self(content)
            return
        docname, anchor = target
        builder = _builder(self.env)
        node.replace_self(make_refnode(builder, self.env.docname, docname, anchor, content))

    def _bibliography(self, node: nodes.Element, entries: list[tuple[str, str]], fmt: str) -> None:
        result = nodes.container(classes=["msc-sci-bibliography"])
        for anchor, text in entries:
            if fmt == "html":
                entry: nodes.Element = nodes.container(ids=[anchor], classes=["msc-sci-entry"])
                entry.extend(self._content(text, fmt, block=True))
            else:
                entry = nodes.paragraph("", "", *self._content(text, fmt), ids=[anchor])
            result += entry
        node.replace_self(result if entries else [])


def setup(app: Sphinx) -> None:
    """Register both transforms.

    Args:
        app: The Sphinx application.
    """
    app.add_transform(PlaceFootnotes)
    app.add_post_transform(FillCitations)
