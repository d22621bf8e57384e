"""Imports run one way: records < loading < features < the package face < CLI and Sphinx.

Shared machinery sits between records and loading: the BibTeX entry builder serves
both the BibTeX export and the BibTeX citation styles.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"
PACKAGE = SRC / "msc_sci"

#: Each layer, lowest first, as module-name prefixes; a module is in the layer of its
#: longest matching prefix.
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "base",
        (
            "msc_sci._version",
            "msc_sci._public",
            "msc_sci._errors",
            "msc_sci._fields",
            "msc_sci._controls",
        ),
    ),
    ("records", ("msc_sci._records",)),
    ("machinery", ("msc_sci._bibtex", "msc_sci._sentences")),
    ("loading", ("msc_sci._load", "msc_sci._load_summaries", "msc_sci._load_checker")),
    (
        "features",
        (
            "msc_sci._cite",
            "msc_sci._export",
            "msc_sci._quotes",
            "msc_sci.checker",
            "msc_sci.summary",
            "msc_sci._verify",
        ),
    ),
    ("face", ("msc_sci", "msc_sci._references", "msc_sci._bundled")),
    ("outputs", ("msc_sci._cli", "msc_sci.sphinx", "msc_sci.__main__")),
)
FEATURES = dict(LAYERS)["features"]


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(SRC).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


MODULES = _modules()


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return isinstance(test, ast.Name) and test.id == "TYPE_CHECKING"


def _imports(name: str, path: Path) -> Iterator[tuple[str, int]]:
    """Yield each module of the package that *name* imports when it runs, with the line."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    is_package = path.name == "__init__.py"
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and _is_type_checking(node):
            skip.update(id(child) for body in node.body for child in ast.walk(body))
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield from _known(alias.name, node.lineno)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                package = name.split(".") if is_package else name.split(".")[:-1]
                package = package[: len(package) - node.level + 1]
                base = ".".join([*package, base] if base else package)
            for alias in node.names:
                candidate = f"{base}.{alias.name}"
                if candidate in MODULES:
                    yield candidate, node.lineno
                else:
                    yield from _known(base, node.lineno)


def _known(module: str, line: int) -> Iterator[tuple[str, int]]:
    if module in MODULES:
        yield module, line


GRAPH: dict[str, set[str]] = {
    name: {target for target, _ in _imports(name, path) if target != name}
    for name, path in MODULES.items()
}


def _layer(module: str) -> int:
    best, layer = -1, -1
    for index, (_, prefixes) in enumerate(LAYERS):
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best:
                best, layer = len(prefix), index
    return layer


def _feature(module: str) -> str | None:
    for prefix in FEATURES:
        if module == prefix or module.startswith(prefix + "."):
            return prefix
    return None


def test_every_module_has_a_layer() -> None:
    """Each module of the package belongs to one of the layers."""
    expected: list[str] = []
    assert expected == sorted(name for name in MODULES if _layer(name) < 0)


def test_no_import_runs_up_a_layer() -> None:
    """No module imports one of a higher layer (records never import loading or a feature)."""
    upward = [
        f"{name} ({LAYERS[_layer(name)][0]}) imports {target} ({LAYERS[_layer(target)][0]})"
        for name, targets in GRAPH.items()
        for target in targets
        if _layer(target) > _layer(name)
    ]
    assert [] == sorted(upward)


def test_no_feature_reaches_into_another() -> None:
    """A feature uses another only through that one's package, never its private modules."""
    reaching = [
        f"{name} imports {target}"
        for name, targets in GRAPH.items()
        for target in targets
        if (own := _feature(name)) is not None
        and (other := _feature(target)) is not None
        and own != other
        and target != other
    ]
    assert [] == sorted(reaching)


def _circles() -> list[list[str]]:
    """Return the strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(GRAPH[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(GRAPH):
        if node not in index:
            visit(node)
    return found


def test_no_import_circles() -> None:
    """No modules import each other in a loop, the CSL engine's included."""
    assert [] == _circles()


@pytest.mark.parametrize(
    ("importer", "imported"),
    [("msc_sci._records.quote", "msc_sci._cli"), ("msc_sci._load", "msc_sci.checker")],
)
def test_the_walk_sees_a_planted_upward_import(importer: str, imported: str) -> None:
    """The layer check would catch an import from a lower layer to a higher one."""
    assert _layer(imported) > _layer(importer)
