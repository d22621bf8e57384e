"""The ``:filter:`` of a ``.. bibliography::``: a small, safe expression language.

A filter is a Python expression over one entry, as in sphinxcontrib-bibtex, evaluated
without ``eval()``: only literals, names, comparisons, ``and``/``or``/``not``, the set
operators ``&``, ``|``, ``-``, ``in`` and ``%`` (a regular-expression search) are allowed.
Names:

``cited``
    Whether the entry is cited anywhere in the project.
``docname``
    The document holding the bibliography.
``docnames``
    The set of documents citing the entry.
``key``
    The entry's key (with the bibliography's ``:keyprefix:``).
``type``
    The entry's CSL type (``"article-journal"``, ``"book"`` ...) and its BibTeX name
    (``"article"``, ``"book"`` ...): ``type == "article"`` holds for both.
``True``, ``False``
    As in Python.

Any other name is the entry's field of that name as text (``year``, ``author``, ``title``,
``journal``, or any CSL variable), or ``""`` when the entry lacks it.
"""

from __future__ import annotations

import ast
import operator
import re
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["Filter", "FilterError", "compile_filter", "entry_fields"]


class FilterError(ValueError):
    """A filter that is not a valid expression of the filter language."""


#: BibTeX entry types and the CSL types they map to, so filters written for
#: sphinxcontrib-bibtex keep working on CSL records.
_BIBTEX_TYPES: dict[str, tuple[str, ...]] = {
    "article": ("article-journal", "article-magazine", "article-newspaper", "article"),
    "book": ("book",),
    "booklet": ("pamphlet",),
    "inbook": ("chapter",),
    "incollection": ("chapter",),
    "inproceedings": ("paper-conference",),
    "conference": ("paper-conference",),
    "manual": ("report", "book"),
    "mastersthesis": ("thesis",),
    "phdthesis": ("thesis",),
    "thesis": ("thesis",),
    "misc": ("document", "article", "webpage"),
    "online": ("webpage",),
    "proceedings": ("book",),
    "techreport": ("report",),
    "report": ("report",),
    "unpublished": ("manuscript",),
    "software": ("software",),
    "dataset": ("dataset",),
    "patent": ("patent",),
}

#: Field names BibTeX users write, and the CSL variables that hold them.
_ALIASES = {
    "journal": "container-title",
    "journaltitle": "container-title",
    "booktitle": "container-title",
    "address": "publisher-place",
    "location": "publisher-place",
    "pages": "page",
    "number": "issue",
    "school": "publisher",
    "institution": "publisher",
    "editor": "editor",
}

_COMPARE: dict[type[ast.cmpop], Callable[[Any, Any], Any]] = {
    ast.Eq: operator.eq,
    ast.NotEq: operator.ne,
    ast.Lt: operator.lt,
    ast.LtE: operator.le,
    ast.Gt: operator.gt,
    ast.GtE: operator.ge,
    ast.In: lambda a, b: a in b,
    ast.NotIn: lambda a, b: a not in b,
}


def _search(text: Any, pattern: Any) -> bool:
    if not isinstance(text, str) or not isinstance(pattern, str):
        raise FilterError("'%' takes a field on the left and a pattern on the right")
    try:
        return re.search(pattern, text, flags=re.IGNORECASE) is not None
    except re.error as exc:
        raise FilterError(f"bad regular expression {pattern!r}: {exc}") from None


_BINARY: dict[type[ast.operator], Callable[[Any, Any], Any]] = {
    ast.BitAnd: operator.and_,
    ast.BitOr: operator.or_,
    ast.Sub: operator.sub,
    ast.Mod: _search,
}


def _names(people: object) -> str:
    if not isinstance(people, list):
        return ""
    parts = []
    for person in people:
        if isinstance(person, Mapping):
            name = person.get("literal") or " ".join(
                str(person[part])
                for part in ("given", "non-dropping-particle", "family")
                if person.get(part)
            )
            parts.append(str(name))
    return " and ".join(parts)


def entry_fields(item: Mapping[str, object]) -> dict[str, str]:
    """Return the fields of a CSL-JSON *item* as a filter sees them (all text).

    >>> fields = entry_fields({"id": "x", "type": "book", "title": "T",
    ...                        "issued": {"date-parts": [[2020, 5]]},
    ...                        "author": [{"family": "Doe", "given": "Jane"}]})
    >>> fields["year"], fields["author"], fields["title"]
    ('2020', 'Jane Doe', 'T')
    """
    fields: dict[str, str] = {}
    for name, value in item.items():
        if isinstance(value, str | int | float):
            fields[name] = str(value)
        elif isinstance(value, list):
            fields[name] = _names(value)
        elif isinstance(value, Mapping):
            parts = value.get("date-parts")
            if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
                fields[name] = "-".join(str(part) for part in parts[0])
            elif value.get("literal") or value.get("raw"):
                fields[name] = str(value.get("literal") or value.get("raw"))
    issued = fields.get("issued", "")
    if issued:
        fields["year"] = issued.split("-")[0]
    for alias, variable in _ALIASES.items():
        if variable in fields:
            fields.setdefault(alias, fields[variable])
    return fields


class Filter:
    """A compiled filter; call it with the names of one entry.

    >>> keep = compile_filter('cited and (type == "article" or year >= "2010")')
    >>> keep({"cited": True, "type": "article-journal", "year": "2001"})
    True
    >>> keep({"cited": True, "type": "book", "year": "2001"})
    False
    """

    def __init__(self, source: str, tree: ast.expr) -> None:
        self.source = source
        self._tree = tree

    def __call__(self, names: Mapping[str, object]) -> bool:
        """Return whether the entry with *names* passes the filter."""
        return bool(self._eval(self._tree, names))

    def _eval(self, node: ast.expr, names: Mapping[str, object]) -> Any:
        if isinstance(node, ast.Constant):
            return node.value
        if isinstance(node, ast.Name):
            if node.id == "type":
                return _Type(str(names.get("type", "")))
            value = names.get(node.id)
            return "" if value is None else value
        if isinstance(node, ast.Set | ast.List | ast.Tuple):
            return {self._eval(element, names) for element in node.elts}
        if isinstance(node, ast.BoolOp):
            if isinstance(node.op, ast.And):
                return all(self._eval(value, names) for value in node.values)
            return any(self._eval(value, names) for value in node.values)
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            return not self._eval(node.operand, names)
        if isinstance(node, ast.BinOp):
            left, right = self._eval(node.left, names), self._eval(node.right, names)
            try:
                return _BINARY[type(node.op)](left, right)
            except TypeError as exc:
                raise FilterError(f"cannot apply an operator here: {exc}") from None
        if isinstance(node, ast.Compare):
            left = self._eval(node.left, names)
            for op, comparator in zip(node.ops, node.comparators, strict=True):
                right = self._eval(comparator, names)
                try:
                    if not _COMPARE[type(op)](left, right):
                        return False
                except TypeError as exc:
                    raise FilterError(f"cannot compare these: {exc}") from None
                left = right
            return True
        raise FilterError(f"{type(node).__name__} is not allowed")  # pragma: no cover


class _Type(str):
    """An entry's CSL type that also equals the BibTeX names of that type."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        if isinstance(other, str) and str.__eq__(self, other):
            return True
        return isinstance(other, str) and str(self) in _BIBTEX_TYPES.get(other.lower(), ())

    def __ne__(self, other: object) -> bool:
        return not self.__eq__(other)

    __hash__ = str.__hash__


_ALLOWED = (
    ast.Expression,
    ast.Constant,
    ast.Name,
    ast.Load,
    ast.Set,
    ast.List,
    ast.Tuple,
    ast.BoolOp,
    ast.And,
    ast.Or,
    ast.UnaryOp,
    ast.Not,
    ast.BinOp,
    ast.Compare,
    *_BINARY,
    *_COMPARE,
)


def compile_filter(source: str) -> Filter:
    """Parse and check the filter expression *source*.

    Raises:
        FilterError: when it is not an expression, or uses anything but literals, names,
            comparisons, boolean and set operators and ``%``.

    >>> compile_filter("key % 'smith'")({"key": "Smith2020"})
    True
    >>> compile_filter("__import__('os')")
    Traceback (most recent call last):
    ...
    msc_sci.sphinx.bibtex.filters.FilterError: Call is not allowed
    """
    try:
        tree = ast.parse(source.strip(), mode="eval")
    except SyntaxError as exc:
        raise FilterError(f"syntax error: {exc.msg}") from None
    for node in ast.walk(tree):
        if not isinstance(node, _ALLOWED):
            raise FilterError(f"{type(node).__name__} is not allowed")
        if isinstance(node, ast.Constant) and not isinstance(node.value, str | int | float | bool):
            raise FilterError(f"the constant {node.value!r} is not allowed")
    return Filter(source, tree.body)
