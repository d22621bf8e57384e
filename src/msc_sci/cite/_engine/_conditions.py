"""Conditions and labels as citeproc-js evaluates them."""

from __future__ import annotations

from citeproc import model

__all__ = ["Else_If", "If", "Label"]


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
