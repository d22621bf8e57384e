"""Post-transforms: link each in-text citation to its style's bibliography entry.

They run when a page is written, once every page has been read, so a citation can link
to an entry on another page, and parallel builds see the merged :class:`MscDomain` data.
"""

from __future__ import annotations

from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util.nodes import make_refnode

from msc_sci.sphinx.domain import MscDomain
from msc_sci.sphinx.nodes import cite_reference
from msc_sci.sphinx.warnings import warn

__all__ = ["LinkCitations", "setup"]


class LinkCitations(SphinxPostTransform):
    """Turn each :class:`~msc_sci.sphinx.nodes.cite_reference` into a link, or warn."""

    default_priority = 100

    def run(self, **kwargs: Any) -> None:
        """Link every citation of the page being written."""
        domain = self.env.get_domain("msc")
        assert isinstance(domain, MscDomain)
        for node in list(self.document.findall(cite_reference)):
            content = nodes.inline(node.rawsource, "", *node.children, classes=["msc-cite"])
            found = domain.bibliographies.get(node["style"])
            if found is None:
                warn(
                    f"no msc-citation bibliography entry in style {node['style']!r} to link"
                    f" to; add '.. msc-citation::' with ':style: {node['style']}'",
                    subtype="bibliography",
                    location=node,
                )
                node.replace_self(content)
                continue
            docname, anchor = found
            reference = make_refnode(
                self.app.builder, self.env.docname, docname, anchor, content, node["style"]
            )
            node.replace_self(reference)


def setup(app: Sphinx) -> None:
    """Register :class:`LinkCitations`.

    Args:
        app: The Sphinx application.
    """
    app.add_post_transform(LinkCitations)
