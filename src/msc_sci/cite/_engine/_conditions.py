"""Conditions and labels as citeproc-js evaluates them."""

from __future__ import annotations

import re
from typing import Any

from citeproc import model

from msc_sci.cite._engine._position import locator_of, positions

__all__ = ["Else_If", "If", "Label", "Substitute"]

# CSL's numeric content: numbers with letter affixes ("2b", "L2d"), joined by a comma,
# hyphen, en dash or ampersand ("2, 3", "2-4", "2 & 4").
_NUMBER = r"[A-Za-z]*\d+[A-Za-z]*"
_NUMERIC = re.compile(rf"{_NUMBER}(?:\s*[,&\-\u2013]\s*{_NUMBER})*")


class If(model.If):
    """A ``cs:if`` whose ``disambiguate="true"`` test is false.

    We never need to disambiguate a single rendering, so the branch meant for
    ambiguous cites must not be taken (citeproc-py treated the test as true).
    """

    def render(
        self, item: object, context: object = None, delimiter: str = "", **kw: object
    ) -> object:
        if self.get("disambiguate") == "true" and self.get("match") != "none":
            others = [name for name in self.attrib if name not in ("disambiguate", "match")]
            if not others or self.get("match", "all") == "all":
                raise model.ConditionFailed
        return super().render(item, context=context, delimiter=delimiter, **kw)

    def _position(self, item: Any, context: Any) -> list[bool]:
        """Test ``position`` against the document's earlier cites (see `_position`)."""
        element = self if context is None else context
        if element.xpath_search("./ancestor::*[self::cs:bibliography]"):
            return [False]
        citation = element.get_layout().getparent()
        history = getattr(citation, "cites", [])
        distance = citation.get("near-note-distance", "5")
        found = positions(
            item, history, near_note_distance=int(distance) if distance.isdigit() else 5
        )
        return [name in found for name in self.get("position").split()]

    def _is_numeric(self, item: Any) -> list[bool]:
        """Test ``is-numeric``, reading ``locator`` from the cite (not the reference)."""
        results = [bool(result) for result in super()._is_numeric(item)]
        located = locator_of(item)
        for index, name in enumerate(self.get("is-numeric").split()):
            if name == "locator":
                results[index] = bool(located and _NUMERIC.fullmatch(located[1].strip()))
        return results

    def _locator(self, item: Any) -> list[bool]:
        """Test ``locator`` against the cite's label (``sub-verbo`` spelt either way)."""
        located = locator_of(item)
        label = located[0].replace(" ", "-") if located else None
        return [label == name.replace(" ", "-") for name in self.get("locator").split()]


class Else_If(If):  # noqa: N801  (citeproc-py names element classes after their tags)
    """A ``cs:else-if``, with the same tests as :class:`If`."""


class Label(model.Label):
    """A ``cs:label`` that prints nothing when its variable is empty."""

    def process(
        self,
        item: object,
        variable: str | None = None,
        plural: bool | None = None,
        context: object = None,
        **kw: object,
    ) -> object:
        if variable is None and plural is None:
            name = self.get("variable")
            if name and name != "locator":
                reference = item.reference  # type: ignore[attr-defined]
                if name.replace("-", "_") not in reference:
                    return None
        return super().process(item, variable, plural, context, **kw)


class Substitute(model.Substitute):
    """A ``cs:substitute`` that suppresses every variable it printed, as citeproc-js does.

    citeproc-py suppressed only a variable named on the substituting element itself, so a
    title reached through a macro was printed twice (``T. (n.d.). T.``).
    """

    def add_to_repressed_list(self, child: Any, context: Any) -> None:
        super().add_to_repressed_list(child, context)
        layout = context.get_layout() if context is not None else self.get_layout()
        text_tag = f"{{{self.nsmap['cs']}}}text"
        variables = layout.repressed.setdefault(text_tag, [])
        variables.extend(_variables(child, set()))


def _variables(element: Any, seen: set[str]) -> list[str]:
    """Return the variables *element* prints through ``cs:text``, macros included."""
    found = []
    for node in element.iter():
        tag = node.tag.rsplit("}", 1)[-1] if isinstance(node.tag, str) else ""
        if tag == "text" and node.get("variable"):
            found.append(node.get("variable"))
        if tag == "text" and node.get("macro") and node.get("macro") not in seen:
            seen.add(node.get("macro"))
            try:
                found.extend(_variables(node.get_root().macro(node.get("macro")), seen))
            except IndexError:
                continue
    return found
