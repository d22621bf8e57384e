"""The ``msc-cite`` role: an in-text citation linked to the bibliography entry.

``:msc-cite:`apa``` writes the study's APA in-text citation, e.g. "(Honmou et al.,
2021)", linked to the page's ``.. msc-citation::`` entry in the same style.
"""

from __future__ import annotations

from docutils import nodes
from docutils.nodes import Node, system_message
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxRole

import msc_sci
from msc_sci.sphinx.nodes import cite_reference
from msc_sci.sphinx.warnings import warn

__all__ = ["CiteRole", "setup"]


class CiteRole(SphinxRole):
    """Write the in-text citation of the style the role names (or ``msc_sci_style``)."""

    def run(self) -> tuple[list[Node], list[system_message]]:
        """Format the citation and return a reference to its bibliography entry."""
        style = self.text.strip() or self.config.msc_sci_style
        try:
            text = msc_sci.cite(
                style, locale=self.config.msc_sci_locale, mode="citation", format="text"
            )
        except msc_sci.MscSciError as exc:
            warn(f"msc-cite: {exc}", subtype="style", location=self.get_location())
            return [nodes.inline(self.rawtext, self.text, classes=["msc-cite"])], []
        reference = cite_reference(self.rawtext, text, style=style, support_smartquotes=False)
        self.set_source_info(reference)
        return [reference], []


def setup(app: Sphinx) -> None:
    """Register the ``msc-cite`` role.

    Args:
        app: The Sphinx application.
    """
    app.add_role("msc-cite", CiteRole())
