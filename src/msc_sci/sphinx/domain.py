"""The ``msc`` domain: where each style's bibliography entry is, for the ``msc-cite`` role.

A ``msc-citation`` directive in bibliography mode records its anchor here; each
``:msc-cite:`` role is linked to the entry of its style when the pages are written
(see :mod:`msc_sci.sphinx.transforms`). The data is kept per document, so
incremental and parallel builds (``-j auto``) merge it safely.
"""

from __future__ import annotations

from collections.abc import Set
from typing import Any, ClassVar

from sphinx.application import Sphinx

from msc_sci.sphinx._quiet import QuietDomain

__all__ = ["MscDomain", "setup"]


class MscDomain(QuietDomain):
    """Bibliography entries by style: ``{style: (docname, anchor)}``."""

    name = "msc"
    label = "msc-sci"
    initial_data: ClassVar[dict[str, Any]] = {"bibliographies": {}}

    @property
    def bibliographies(self) -> dict[str, tuple[str, str]]:
        """Return the first bibliography entry of each style: ``(docname, anchor)``."""
        found: dict[str, tuple[str, str]] = self.data.setdefault("bibliographies", {})
        return found

    def note_bibliography(self, style: str, docname: str, anchor: str) -> None:
        """Record the entry of *style* at *anchor* in *docname*; the first document wins."""
        known = self.bibliographies.get(style)
        if known is None or (docname, anchor) < known:
            self.bibliographies[style] = (docname, anchor)

    def clear_doc(self, docname: str) -> None:
        """Forget the entries of *docname* (it is being read again)."""
        for style, (doc, _) in list(self.bibliographies.items()):
            if doc == docname:
                del self.bibliographies[style]

    def merge_domaindata(self, docnames: Set[str], otherdata: dict[str, Any]) -> None:
        """Merge the entries a parallel reader found in *docnames*."""
        for style, (doc, anchor) in otherdata.get("bibliographies", {}).items():
            if doc in docnames:
                self.note_bibliography(style, doc, anchor)


def setup(app: Sphinx) -> None:
    """Register :class:`MscDomain`.

    Args:
        app: The Sphinx application.
    """
    app.add_domain(MscDomain)
