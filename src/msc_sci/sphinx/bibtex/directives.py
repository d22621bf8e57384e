"""The ``.. bibliography::`` and ``.. footbibliography::`` directives.

Both take the options sphinxcontrib-bibtex documents, so its projects build unchanged.
``:style:`` names a CSL style; pybtex's style names (``plain``, ``alpha``, ``unsrt``,
``unsrtalpha``) mean ``msc_sci_style``. ``:list:``, ``:enumtype:``, ``:start:`` and
``:labelprefix:`` are accepted and have no effect: the CSL style decides how entries
are labelled.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from msc_sci.sphinx.bibtex.filters import FilterError, compile_filter
from msc_sci.sphinx.bibtex.nodes import pending_bibliography, pending_entry
from msc_sci.sphinx.bibtex.roles import auto_footnote, footnote_name, page_data
from msc_sci.sphinx.warnings import warn

__all__ = ["PYBTEX_STYLES", "BibliographyDirective", "FootBibliographyDirective", "setup"]

#: pybtex's formatting styles; a ``:style:`` naming one means ``msc_sci_style``.
PYBTEX_STYLES = frozenset({"plain", "alpha", "unsrt", "unsrtalpha"})


class _HeaderDirective(SphinxDirective):
    def header(self, source: str) -> list[nodes.Node]:
        if not source.strip():
            return []
        return list(self.parse_text_to_nodes(source))


class BibliographyDirective(_HeaderDirective):
    """List the entries of ``bibtex_bibfiles`` that pass the filter, formatted in CSL.

    Options:
        all: Every entry.
        cited: The entries cited anywhere in the project (the default).
        notcited: The entries cited nowhere.
        filter: A filter expression (see :mod:`.filters`).
        style: A CSL style (default: ``msc_sci_style``).
        keyprefix: A prefix the citations put before each key of this bibliography.

    Its content may list more keys, one per line, to include whatever the filter says.
    """

    has_content = True
    optional_arguments = 1  # the bibliography files of sphinxcontrib-bibtex 1.x: ignored
    final_argument_whitespace = True
    option_spec: ClassVar[dict[str, Callable[[str], Any]]] = {
        "all": directives.flag,
        "cited": directives.flag,
        "notcited": directives.flag,
        "filter": directives.unchanged,
        "style": directives.unchanged,
        "list": directives.unchanged,
        "enumtype": directives.unchanged,
        "start": directives.unchanged,
        "labelprefix": directives.unchanged,
        "keyprefix": directives.unchanged,
    }

    def _filter(self) -> str:
        given = [
            (name, expression)
            for name, expression in (
                ("all", "True"),
                ("cited", "cited"),
                ("notcited", "not cited"),
                ("filter", self.options.get("filter")),
            )
            if name in self.options
        ]
        if len(given) > 1:
            names = ", ".join(f":{name}:" for name, _ in given)
            warn(
                f"bibliography: {names} clash; using :{given[-1][0]}:",
                subtype="filter",
                location=self.get_location(),
            )
        source = given[-1][1] if given else "cited"
        try:
            compile_filter(source or "")
        except FilterError as exc:
            warn(
                f"bibliography: bad :filter: {source!r}: {exc}; using 'cited'",
                subtype="filter",
                location=self.get_location(),
            )
            return "cited"
        return source or "cited"

    def run(self) -> list[nodes.Node]:
        """Record the bibliography and return its placeholder."""
        from msc_sci.sphinx.bibtex.domain import cite_domain

        style = self.options.get("style", "").strip() or None
        if style in PYBTEX_STYLES:
            style = None
        bib_id = f"{self.env.docname}#bib{self.env.new_serialno('msc-sci-bibliography')}"
        record = {
            "id": bib_id,
            "docname": self.env.docname,
            "line": self.lineno,
            "style": style,
            "filter": self._filter(),
            "keyprefix": self.options.get("keyprefix", ""),
            "list": "list" in self.options,
            "labelprefix": self.options.get("labelprefix", ""),
            "keys": [line.strip() for line in self.content if line.strip()],
        }
        cite_domain(self.env).note_bibliography(record)
        configured = {Path(self.env.srcdir, name) for name in self.config.bibtex_bibfiles or ()}
        for name in self.arguments[0].split() if self.arguments else ():
            if Path(self.env.relfn2path(name)[1]) not in configured:
                warn(
                    f"bibliography: {name} not found or not configured in bibtex_bibfiles",
                    subtype="bibfile",
                    location=self.get_location(),
                )
        node = pending_bibliography("", bib_id=bib_id)
        self.set_source_info(node)
        return [*self.header(self.config.bibtex_bibliography_header), node]


class FootBibliographyDirective(_HeaderDirective):
    """Write, as footnotes, the entries ``:footcite:`` cited above it in this document."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        """Return one footnote per key cited since the previous footbibliography."""
        footcites: list[str] = page_data(self.env, "msc_sci_footcites", list)
        done: set[str] = page_data(self.env, "msc_sci_footnoted", set)
        keys = [key for key in footcites if key not in done]
        if not keys:
            return []
        done.update(keys)
        container = nodes.container(classes=["msc-sci-footbibliography"])
        for key in keys:
            entry = pending_entry("", key, key=key, docname=self.env.docname)
            container += auto_footnote(
                self.state.document, footnote_name(key), nodes.paragraph("", "", entry)
            )
        self.set_source_info(container)
        return [*self.header(self.config.bibtex_footbibliography_header), container]


def setup(app: Sphinx) -> None:
    """Register the directives.

    Args:
        app: The Sphinx application.
    """
    app.add_directive("bibliography", BibliographyDirective)
    app.add_directive("footbibliography", FootBibliographyDirective)
