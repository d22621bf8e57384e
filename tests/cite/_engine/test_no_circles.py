"""The engine's modules import each other in one direction only: no import circle."""

from __future__ import annotations

import ast
from pathlib import Path

import msc_sci._cite._engine as engine

PACKAGE = "msc_sci._cite._engine"


def imports() -> dict[str, set[str]]:
    """Return each engine module -> the engine modules it imports (anywhere in it)."""
    graph: dict[str, set[str]] = {}
    for path in sorted(Path(engine.__file__).parent.glob("*.py")):
        name = PACKAGE if path.stem == "__init__" else f"{PACKAGE}.{path.stem}"
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                module = node.module or ""
                if node.level:  # relative: from the package (level 1) upwards
                    base = PACKAGE.split(".")[: len(PACKAGE.split(".")) - node.level + 1]
                    module = ".".join([*base, module] if module else base)
                targets = [module] + [f"{module}.{alias.name}" for alias in node.names]
            elif isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                continue
            found.update(target for target in targets if target.startswith(PACKAGE + "."))
        graph[name] = found
    return {name: {target for target in found if target in graph} for name, found in graph.items()}


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Return the import circles of *graph*: each a path that comes back to its start."""
    found: list[list[str]] = []
    done: set[str] = set()

    def visit(name: str, path: list[str]) -> None:
        if name in path:
            found.append([*path[path.index(name) :], name])
            return
        if name in done:
            return
        for target in sorted(graph[name]):
            visit(target, [*path, name])
        done.add(name)

    for name in sorted(graph):
        visit(name, [])
    return found


def test_graph_sees_every_import() -> None:
    """The import graph finds imports inside functions too (so none can hide a circle)."""
    graph = imports()
    assert f"{PACKAGE}._processor" in graph
    assert f"{PACKAGE}._context" in graph[f"{PACKAGE}._layout"]
    assert f"{PACKAGE}._elements" in graph[f"{PACKAGE}._xml"]  # imported in a function


def test_circles_are_found() -> None:
    """A graph with a circle is reported with the circle's path."""
    assert [["a", "b", "a"]] == circles({"a": {"b"}, "b": {"a"}, "c": {"a"}})


def test_engine_has_no_import_circle() -> None:
    """No module of the engine imports, through others, a module that imports it."""
    assert [] == circles(imports())


def test_render_context_imports_no_engine_module() -> None:
    """The render context, read by every module, depends on none of them."""
    assert set() == imports()[f"{PACKAGE}._context"]
