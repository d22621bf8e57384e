"""The base of the extension's domains: each resolves its own roles and nothing else."""

from __future__ import annotations

from collections.abc import Iterable

from docutils import nodes
from docutils.nodes import Element
from sphinx.addnodes import pending_xref
from sphinx.builders import Builder
from sphinx.domains import Domain
from sphinx.environment import BuildEnvironment

__all__ = ["QuietDomain"]


class QuietDomain(Domain):
    """A domain that takes no part in ``:any:`` references and lists nothing."""

    def resolve_any_xref(
        self,
        env: BuildEnvironment,
        fromdocname: str,
        builder: Builder,
        target: str,
        node: pending_xref,
        contnode: Element,
    ) -> list[tuple[str, nodes.reference]]:
        """Take no part in ``:any:`` references."""
        return []

    def get_objects(self) -> Iterable[tuple[str, str, str, str, str, int]]:
        """List nothing for the search index or inventories."""
        return ()
