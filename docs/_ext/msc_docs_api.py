"""This site's API page: one autodoc entry for every name in ``msc_sci.__all__``.

``.. msc-api-reference::`` writes the entries, grouped into functions, classes,
exceptions and data, so a name added to ``__all__`` shows up without editing the page.
References to a public object by its private home (``msc_sci._load.References``) are
resolved to its public name (``msc_sci.References``).
"""

from __future__ import annotations

import inspect
from importlib import import_module
from typing import Any

import msc_docs_examples
from docutils import nodes
from docutils.statemachine import StringList
from msc_docs_examples import EXAMPLES
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.util.docutils import SphinxDirective
from sphinx.util.nodes import nested_parse_with_titles

import msc_sci

GROUPS = ("Functions", "Classes", "Exceptions", "Data")


def _defined(name: str) -> object:
    """Return public *name* from the module that defines it.

    ``msc_sci.export`` names a function, but importing an export format module makes
    the package attribute the (callable) ``msc_sci.export`` package instead.
    """
    module = msc_sci._LAZY.get(name)
    return getattr(import_module(module), name) if module else getattr(msc_sci, name)


def _group(value: object) -> str:
    if inspect.isclass(value):
        return "Exceptions" if issubclass(value, BaseException) else "Classes"
    if callable(value):
        return "Functions"
    return "Data"


class ApiReference(SphinxDirective):
    """Write an autodoc entry for each public name, in groups."""

    def run(self) -> list[nodes.Node]:
        self.env.note_dependency(__file__)
        self.env.note_dependency(msc_docs_examples.__file__)
        grouped: dict[str, list[str]] = {group: [] for group in GROUPS}
        for name in msc_sci.__all__:
            value = _defined(name)
            grouped[_group(value)].append(name)
        lines: list[str] = []
        for group in GROUPS:
            if not grouped[group]:
                continue
            lines += [group, "-" * len(group), ""]
            for name in grouped[group]:
                lines += self._entry(group, name)
        content = StringList(lines, source="<msc-api-reference>")
        section = nodes.section()
        section.document = self.state.document
        nested_parse_with_titles(self.state, content, section)
        return list(section.children)

    @staticmethod
    def _entry(group: str, name: str) -> list[str]:
        target = f"msc_sci.{name}"
        example = _example(name)
        if group == "Functions":
            return [f".. autofunction:: {target}", "", *example]
        if group == "Exceptions":
            return [f".. autoexception:: {target}", "   :show-inheritance:", "", *example]
        if group == "Classes":
            return [
                f".. autoclass:: {target}",
                "   :members:",
                "   :show-inheritance:",
                "",
                *example,
            ]
        value = getattr(msc_sci, name)
        return [
            f".. py:data:: {name}",
            "   :module: msc_sci",
            f"   :value: {value!r}",
            "",
            "   The installed version of msc-sci.",
            "",
            "   .. doctest::",
            "",
            "      >>> isinstance(msc_sci.__version__, str)",
            "      True",
            "",
        ]


def _example(name: str) -> list[str]:
    """Return the indented doctest block for *name* from EXAMPLES, or nothing."""
    code = EXAMPLES.get(name)
    if code is None:
        return []
    lines = ["   .. rubric:: Example", "", "   .. doctest::", ""]
    lines += [f"      {line}" if line else "" for line in code.strip().splitlines()]
    return [*lines, ""]


def _public_name(
    app: Sphinx, env: BuildEnvironment, node: Any, contnode: nodes.Element
) -> nodes.Element | None:
    """Resolve ``msc_sci._private.Name`` to the documented ``msc_sci.Name``."""
    if node.get("refdomain") != "py":
        return None
    target = str(node.get("reftarget", ""))
    if not target.startswith("msc_sci._"):
        return None
    name = target.rsplit(".", 1)[-1]
    if name not in msc_sci.__all__:
        return None
    domain = env.get_domain("py")
    resolved: nodes.Element | None = domain.resolve_xref(
        env, node["refdoc"], app.builder, node["reftype"], f"msc_sci.{name}", node, contnode
    )
    return resolved


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("msc-api-reference", ApiReference)
    app.connect("missing-reference", _public_name)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
