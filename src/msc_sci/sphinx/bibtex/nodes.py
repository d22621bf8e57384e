"""Placeholder nodes: what the reader leaves for :mod:`.transforms` to fill in.

Formatting waits until every page has been read (:mod:`.resolve`), because a CSL
citation depends on the citations before it anywhere in the project (numbers, ``ibid.``,
year suffixes).
"""

from __future__ import annotations

from typing import Any

from docutils import nodes
from sphinx.application import Sphinx

__all__ = ["pending_bibliography", "pending_citation", "pending_entry", "pending_note", "setup"]


class pending_citation(nodes.Inline, nodes.TextElement):  # noqa: N801  (docutils' naming)
    """A ``:cite:`` or ``:footcite:`` role; node key ``cite_id`` names its record."""


class pending_note(nodes.Inline, nodes.TextElement):  # noqa: N801  (docutils' naming)
    """The text of a note-style citation's footnote; node key ``cite_id``."""


class pending_bibliography(nodes.General, nodes.Element):  # noqa: N801  (docutils' naming)
    """A ``.. bibliography::``; node key ``bib_id`` names its record."""


class pending_entry(nodes.Inline, nodes.TextElement):  # noqa: N801  (docutils' naming)
    """The entry in a ``.. footbibliography::`` footnote; node keys ``key``, ``docname``."""


def _visit(self: object, node: nodes.Element) -> None:
    """Write a placeholder's text as it is (a copy in a table of contents)."""


def setup(app: Sphinx) -> None:
    """Register the nodes, writing a placeholder copied out of the page as its text.

    A section title that cites is copied into tables of contents before citations are
    formatted; there the keys as written stand in for the citation.

    Args:
        app: The Sphinx application.
    """
    writers: dict[str, Any] = dict.fromkeys(
        ("html", "latex", "text", "man", "texinfo"), (_visit, _visit)
    )
    for node in (pending_citation, pending_note, pending_bibliography, pending_entry):
        app.add_node(node, **writers)
