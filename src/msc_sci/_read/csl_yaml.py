"""CSL-YAML: CSL-JSON items written as YAML, as pandoc reads and writes them.

The file is a list of items, or a mapping whose ``references`` key holds the list
(pandoc's form, also inside a ``---`` metadata block). YAML's own types are read as
CSL-JSON has them: an unquoted date (``issued: 2020-03-01``) is an EDTF date string, a
number (``volume: 12``) a number, as :meth:`msc_sci.Work.from_csl_json` accepts.
"""

from __future__ import annotations

import datetime

from msc_sci._read._parsed import Parsed
from msc_sci._read.csl_json import parse_items

__all__ = ["NAME", "SUFFIXES", "parse"]

_DATE_VARIABLES = (
    "issued",
    "accessed",
    "available-date",
    "event-date",
    "original-date",
    "submitted",
)

NAME = "csl-yaml"
SUFFIXES = (".yaml", ".yml")


def parse(text: str, *, path: str | None) -> Parsed:
    """Read the items of CSL-YAML *text*, each with the line it starts on.

    >>> parse("- id: a\\n  type: book\\n  title: T\\n", path=None).entries[0].work.title
    'T'
    """
    import yaml

    parsed = Parsed(path)
    try:
        # An empty document is None, whatever the stubs say.
        documents: list[yaml.Node | None] = list(yaml.compose_all(text, Loader=yaml.SafeLoader))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        parsed.problem(f"not YAML: {problem}", line=mark.line + 1 if mark else None)
        return parsed
    node = next((document for document in documents if document is not None), None)
    if node is None:
        return parsed
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == "references":
                node = value
                break
        else:
            node = yaml.SequenceNode("tag:yaml.org,2002:seq", [node])
    if not isinstance(node, yaml.SequenceNode):
        parsed.problem(
            "expected a list of CSL items (or a mapping with 'references')",
            line=node.start_mark.line + 1,
        )
        return parsed
    items = []
    loader = yaml.SafeLoader("")
    for child in node.value:
        try:
            data = loader.construct_document(child)
        except yaml.YAMLError as exc:  # pragma: no cover - compose already checked it
            parsed.problem(f"not YAML: {exc}", line=child.start_mark.line + 1)
            continue
        data = _as_json(data)
        if isinstance(data, dict):
            for variable in _DATE_VARIABLES:
                if isinstance(data.get(variable), int):  # issued: 2020
                    data[variable] = str(data[variable])
        items.append((data, child.start_mark.line + 1))
    parse_items(parsed, items)
    return parsed


def _as_json(value: object) -> object:
    """Return *value* with YAML's dates as ISO strings and keys as strings."""
    if isinstance(value, datetime.date):
        return value.isoformat()[:10]
    if isinstance(value, dict):
        return {str(key): _as_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_as_json(item) for item in value]
    return value
