"""The extension's doctree node: the "cite this study" box, and how each builder writes it.

The box is pre-rendered at build time: it carries the formatted citation for every
style and locale it offers and the files to download, so the page needs no server.
HTML builders write it as a small form that ``msc-sci.js`` brings to life; other
builders write the default citation as a paragraph.
"""

from __future__ import annotations

import html
from typing import Any
from urllib.parse import quote

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.writers.html5 import HTML5Translator

__all__ = ["cite_box", "cite_reference", "setup"]


class cite_box(nodes.General, nodes.Element):  # noqa: N801  (docutils names nodes in lower case)
    """A pre-rendered "cite this study" box.

    Attributes (node keys):
        entries: One ``{"style", "label", "locale", "text", "html"}`` dict per choice: the
            plain text to copy, and the inline HTML (the style's italics) to show.
        default: ``"style|locale"`` of the choice shown first.
        locales: ``[(code, label), ...]`` for the locale menu.
        downloads: One ``{"label", "filename", "media_type", "content"}`` dict per file.
        known: How many style names the search offers (they are in ``msc-sci-styles.js``).
    """


class cite_reference(nodes.Inline, nodes.TextElement):  # noqa: N801  (docutils' naming)
    """An in-text citation waiting to be linked to its bibliography entry.

    Attributes (node keys):
        style: The style whose bibliography entry it links to.

    :class:`msc_sci.sphinx.transforms.LinkCitations` replaces it when pages are written.
    """


def _entry_key(entry: dict[str, str]) -> str:
    return f"{entry['style']}|{entry['locale']}"


def visit_cite_box_html(self: HTML5Translator, node: cite_box) -> None:
    """Write the box as HTML: menus, the citations, a copy button and the downloads."""
    esc = html.escape
    entries: list[dict[str, str]] = node["entries"]
    default: str = node["default"]
    default_style, _, default_locale = default.partition("|")
    styles: dict[str, str] = {}
    for entry in entries:
        styles.setdefault(entry["style"], entry["label"])
    parts = [
        f'<div class="msc-cite-box" data-default="{esc(default)}">',
        '<p class="msc-cite-box-title">Cite this study</p>',
        '<div class="msc-cite-box-controls">',
        '<label>Style <select class="msc-cite-box-style" aria-label="Citation style">',
    ]
    for style, label in styles.items():
        selected = " selected" if style == default_style else ""
        parts.append(f'<option value="{esc(style)}"{selected}>{esc(label)}</option>')
    parts += [
        "</select></label>",
        '<label>Language <select class="msc-cite-box-locale" aria-label="Language">',
    ]
    for code, label in node["locales"]:
        selected = " selected" if code == default_locale else ""
        parts.append(f'<option value="{esc(code)}"{selected}>{esc(label)}</option>')
    parts += ["</select></label>", "</div>", '<div class="msc-cite-box-entries">']
    for entry in entries:
        hidden = "" if _entry_key(entry) == default else " hidden"
        # The HTML is msc_sci.cite()'s own, which escapes every text of the record.
        shown = entry.get("html") or esc(entry["text"])
        parts.append(
            f'<p class="msc-cite-box-entry" data-style="{esc(entry["style"])}"'
            f' data-locale="{esc(entry["locale"])}" data-text="{esc(entry["text"])}"'
            f"{hidden}>{shown}</p>"
        )
    parts += [
        "</div>",
        '<p class="msc-cite-box-actions">',
        '<button type="button" class="msc-cite-box-copy">Copy citation</button> ',
        '<span class="msc-cite-box-status" role="status" aria-live="polite"></span>',
        "</p>",
        '<details class="msc-cite-box-more">',
        f"<summary>More styles: search all {node['known']:,}</summary>",
        '<label>Style name <input type="search" class="msc-cite-box-search"'
        ' placeholder="e.g. vancouver, elsevier, nature" autocomplete="off"'
        ' aria-label="Search all citation styles"></label>',
        '<p class="msc-cite-box-found" role="status" aria-live="polite"></p>',
        '<ul class="msc-cite-box-matches"></ul>',
        "<p>Styles not in the menu are formatted with <code>msc-sci cite --style NAME</code>"
        " or <code>msc_sci.cite(&quot;NAME&quot;)</code>.</p>",
        "</details>",
    ]
    if node["downloads"]:
        links = []
        for item in node["downloads"]:
            href = f"data:{item['media_type']};charset=utf-8,{quote(item['content'], safe='')}"
            links.append(
                f'<a class="msc-cite-box-download" href="{esc(href)}"'
                f' download="{esc(item["filename"])}">{esc(item["label"])}</a>'
            )
        parts.append('<p class="msc-cite-box-downloads">Download: ' + " · ".join(links) + "</p>")
    parts.append("</div>")
    self.body.append("\n".join(parts) + "\n")
    raise nodes.SkipNode


class CiteBoxFallback(SphinxPostTransform):
    """Replace each box by its default citation for builders that do not write HTML."""

    default_priority = 200

    def run(self, **kwargs: Any) -> None:
        """Swap every :class:`cite_box` for a paragraph unless the output is HTML."""
        if self.app.builder.format == "html":
            return
        for node in list(self.document.findall(cite_box)):
            texts = [e["text"] for e in node["entries"] if _entry_key(e) == node["default"]]
            node.replace_self(nodes.paragraph(text=texts[0] if texts else ""))


def setup(app: Sphinx) -> None:
    """Register :class:`cite_box` and its fallback.

    Args:
        app: The Sphinx application.
    """
    app.add_node(cite_box, html=(visit_cite_box_html, None))
    app.add_post_transform(CiteBoxFallback)
