"""Conditions and labels as citeproc-js evaluates them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from citeproc import model
from citeproc.source import VariableError
from citeproc.string import String, join

from msc_sci._cite._engine._context import current
from msc_sci._cite._engine._names import name_parts
from msc_sci._cite._engine._position import locator_of, positions
from msc_sci._cite._engine._spaces import DROP, ends_dropping, pin_seams, without_drop

__all__ = [
    "CONDITION_TESTS",
    "FORM_FALLBACK",
    "Condition",
    "Conditions",
    "Else_If",
    "If",
    "Label",
    "Substitute",
    "taken_children",
]

#: The XPath of a style's ``disambiguate`` tests for citations, in document order.
CONDITION_TESTS = (
    ".//cs:if[@disambiguate][not(ancestor::cs:bibliography)]"
    " | .//cs:else-if[@disambiguate][not(ancestor::cs:bibliography)]"
)

# CSL's numeric content: numbers with letter affixes ("2b", "L2d"), joined by a comma,
# hyphen, en dash or ampersand ("2, 3", "2-4", "2 & 4").
_NUMBER = r"[A-Za-z]*\d+[A-Za-z]*"
_NUMERIC = re.compile(rf"{_NUMBER}(?:\s*[,&\-\u2013]\s*{_NUMBER})*")
# A range or list of roman numerals ("i-ix", "iv & vi"): plural, as citeproc-js counts it.
_ROMAN = r"(?:[ivxlcdm]+|[IVXLCDM]+)"
_ROMAN_SEVERAL = re.compile(rf"{_ROMAN}(?:\s*[,&\-\u2013]\s*{_ROMAN})+")
#: Two numbers joined as a list or range, as citeproc-js reads them: a comma followed by a
#: space (``1, 2``; ``1,931`` is one number), ``&``, a word (``and``, ``et``), a hyphen or
#: an en dash.
_SEVERAL = re.compile(
    r"\d[^\s,&\-\u2013]*(?:\s*(?:,(?=\s)|&|[\-\u2013]|(?<=\s)[^\W\d_]+(?=\s)))+"
    r"\s*[^\s,&\-\u2013]*\d"
)


#: CSL's locator terms, whose abbreviations a locator may start with ("vol. 1").
_LOCATOR_TERMS = (
    "act", "appendix", "article-locator", "book", "canon", "chapter", "column", "elocation",
    "equation", "figure", "folio", "issue", "line", "note", "opus", "page", "paragraph", "part",
    "rule", "scene", "section", "sub-verbo", "supplement", "table", "timestamp",
    "title-locator", "verse", "version", "volume",
)  # fmt: skip
_NUMBER_START = re.compile(rf"\d|{_ROMAN}\b")

#: What a branch "prints" when :meth:`If.holds` only tests it.
_PROBED = object()


def taken_children(element: Any, item: Any, context: Any) -> Iterator[Any]:
    """Yield the children of *element*, each ``cs:choose`` replaced by its branch taken.

    A ``cs:choose`` is transparent: the children of the branch whose test holds stand
    where it stands, so a group (or macro) judges them as its own children.
    """
    for child in element.child_elements():
        if not isinstance(child, model.Choose):
            yield child
            continue
        for branch in child.child_elements():
            if not isinstance(branch, If) or branch.holds(item, context):
                yield from taken_children(branch, item, context)
                break


class If(model.If):
    """A ``cs:if`` whose ``disambiguate="true"`` test holds for items still ambiguous.

    Disambiguation (:mod:`._disambiguate`) turns on the style's ``disambiguate`` tests
    one at a time, in document order, for items whose citations still print alike after
    names and given names were tried; for all others the test is false (citeproc-py
    treated it as always true). In the bibliography, the tests hold for items whose
    citations needed any of them.
    """

    def _type(self, item: Any) -> list[bool]:
        """Return one test: whether the item's type is any of the types listed.

        citeproc-js joins the values of ``type`` by "any" whatever the ``match``, so
        ``<if type="webpage post">`` holds for a web page (citeproc-py: never).
        """
        kind = item.reference.type
        return [any(name.lower() == kind for name in self.get("type").split())]

    def _rank(self) -> int:
        """Return the place of this test among the style's ``disambiguate`` tests (from 1)."""
        try:
            return int(self.__dict__["_rank_memo"])
        except KeyError:
            tests = self.get_root().xpath_search(CONDITION_TESTS)
            rank = self.__dict__["_rank_memo"] = tests.index(self) + 1 if self in tests else 1
            return int(rank)

    def render(
        self, item: object, context: object = None, delimiter: str = "", **kw: object
    ) -> object:
        conditions = self._conditions()
        if conditions is not None:  # CSL 1.1's extended syntax
            if not conditions.hold(item, context):
                raise model.ConditionFailed
            return self.render_children(item, context=context, delimiter=delimiter, **kw)
        if self.get("disambiguate") == "true":
            state = current().state(item.key)  # type: ignore[attr-defined]
            holds = state is not None and state.condition > 0
            where: Any = context if context is not None else self
            if holds and not where.xpath_search("./ancestor::cs:bibliography"):
                holds = state.condition >= self._rank()  # type: ignore[union-attr]
            match = self.get("match", "all")
            others = [name for name in self.attrib if name not in ("disambiguate", "match")]
            if match == "none":
                if holds:
                    raise model.ConditionFailed
            elif not holds and (match == "all" or not others):
                raise model.ConditionFailed
            elif holds and match == "any":
                return self.render_children(item, context=context, delimiter=delimiter, **kw)
        return super().render(item, context=context, delimiter=delimiter, **kw)

    def holds(self, item: Any, context: Any) -> bool:
        """Return whether this branch's test holds for *item*, without rendering it."""
        try:
            only_types = self.__dict__["_types_memo"]
        except KeyError:
            only_types = self.__dict__["_types_memo"] = self._only_types()
        if only_types is not None:  # the common test, answered directly
            types, negated = only_types
            return (item.reference.type in types) is not negated
        state = current()
        state.testing = True
        try:
            return self.render(item, context=context) is _PROBED
        except model.ConditionFailed:
            return False
        finally:
            state.testing = False

    def render_children(self, item: Any, delimiter: str = "", **kw: Any) -> Any:
        if current().testing:
            return _PROBED
        return render_branch(self, item, delimiter, kw)

    def _position(self, item: Any, context: Any) -> list[bool]:
        """Test ``position`` against the document's earlier cites (see `_position`)."""
        element = self if context is None else context
        if element.xpath_search("./ancestor::*[self::cs:bibliography]"):
            return [False]
        citation = element.get_layout().getparent()
        history = current().history
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
            elif not results[index]:
                # A range ("10-20") or list ("2, 4") is numeric, as citeproc-js tests it.
                value = item.reference.get(name.replace("-", "_"))
                results[index] = value is not None and bool(_NUMERIC.fullmatch(str(value).strip()))
        return results

    def _locator(self, item: Any) -> list[bool]:
        """Test ``locator`` against the cite's label (``sub-verbo`` spelt either way)."""
        located = locator_of(item)
        label = located[0].replace(" ", "-") if located else None
        return [label == name.replace(" ", "-") for name in self.get("locator").split()]

    def _only_types(self) -> tuple[frozenset[str], bool] | None:
        """Return the types a plain ``type`` test names and whether ``match="none"``."""
        if set(self.attrib) - {"type", "match"} or "type" not in self.attrib:
            return None
        if self._conditions() is not None:
            return None
        types = frozenset(name.lower() for name in self.get("type").split())
        return types, self.get("match") == "none"

    def _conditions(self) -> Conditions | None:
        """Return this branch's ``cs:conditions`` (CSL 1.1), if it has one."""
        try:
            found: Conditions | None = self.__dict__["_conditions_memo"]
        except KeyError:
            found = next(
                (child for child in self.iterchildren() if isinstance(child, Conditions)), None
            )
            self.__dict__["_conditions_memo"] = found
        return found


class Condition(If):
    """A ``cs:condition`` of CSL 1.1: the tests of a ``cs:if``, without children."""

    def test(self, item: Any, context: Any) -> bool:
        """Return whether the condition's tests hold for *item*, as its ``match`` says."""
        try:
            super().render(item, context=context)
        except model.ConditionFailed:
            return False
        return True


class Conditions(model.CitationStylesElement):
    """A ``cs:conditions`` of CSL 1.1: its ``cs:condition`` tests joined by ``match``.

    It prints nothing itself: its branch prints its other children.
    """

    def hold(self, item: Any, context: Any) -> bool:
        """Return whether the conditions hold for *item*."""
        results = (
            child.test(item, context)
            for child in self.iterchildren()
            if isinstance(child, Condition)
        )
        match = self.get("match", "all")
        if match == "any":
            return any(results)
        if match == "none":
            return not any(results)
        return all(results)

    def render(self, *args: Any, **kwargs: Any) -> None:
        return None

    def calls_variable(self) -> bool:
        return False


class Else_If(If):  # noqa: N801  (citeproc-py names element classes after their tags)
    """A ``cs:else-if``, with the same tests as :class:`If`."""


class Else(model.Else):
    """A ``cs:else``, whose children are joined as :func:`render_branch` joins them."""

    def render_children(self, item: Any, delimiter: str = "", **kw: Any) -> Any:
        return render_branch(self, item, delimiter, kw)


def render_branch(branch: Any, item: Any, delimiter: str, kwargs: dict[str, Any]) -> Any:
    """Return the children of a branch taken, joined by the *delimiter* it inherits.

    As citeproc-py joins them, but with no delimiter the seams between the children are
    the seams of siblings (:func:`._spaces.pin_seams`), as when a group takes them, and
    the branch ends with the mark of :func:`._spaces.mark_dropping` its last child ends with.
    """
    output = []
    for child in branch.child_elements():
        try:
            if isinstance(child, model.Choose):
                text = child.render(item, delimiter=delimiter, **kwargs)
            else:
                text = child.render(item, **kwargs)
        except VariableError:
            continue
        if text is not None:
            output.append((child, text))
    if not output:
        return None
    if delimiter:
        return join((without_drop(text) for _, text in output), delimiter)
    joined = join(pin_seams(output, item), "")
    # The choose is transparent: a mark its last child ends with is the choose's own.
    return joined + String(DROP) if ends_dropping(*output[-1]) else joined


#: The forms a term's form falls back to, in order (the long form comes last).
FORM_FALLBACK = {
    "verb-short": ("verb-short", "verb"),
    "symbol": ("symbol", "short"),
    "short": ("short",),
    "verb": ("verb",),
}


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
        if variable is None:
            variable = self.get("variable")
        if plural is None:
            plural = self._is_plural(item)
        if variable == "locator" and "locator" in item:  # type: ignore[operator]
            located = locator_of(item)
            if located is not None and self._labelled(located[1]):
                return None  # "vol. 1, fol. 186" brings its own labels (citeproc-js)
            variable = item.locator.label  # type: ignore[attr-defined]
        form = self._form(str(variable))
        option = self.get("plural", "contextual")
        if option == "always" or (option == "contextual" and plural):
            return self.get_plural_term(name=variable, form=form)
        return self.get_single_term(name=variable, form=form)

    def _labelled(self, locator: str) -> bool:
        """Return whether *locator* starts with a locator label (``vol. 1``)."""
        try:
            labels: tuple[str, ...] = self.__dict__["_labels_memo"]
        except KeyError:
            found: set[str] = set()
            for name in _LOCATOR_TERMS:
                for form in ("short", None):
                    term = self.get_term(name, form)
                    if term is not None:
                        found.update(str(text) for text in (term.single, term.multiple))
            labels = self.__dict__["_labels_memo"] = tuple(
                label for label in found if label.endswith(".") and label[:1].isalpha()
            )
        first, _, rest = locator.strip().partition(" ")
        return first in labels and bool(_NUMBER_START.match(rest))

    def _form(self, name: str) -> str | None:
        """Return the form of the term *name* to print: the label's, or its fallback.

        A missing ``verb-short`` form falls back to ``verb``, ``symbol`` to ``short``,
        and any form to the long one (``None``).
        """
        form = self.get("form", "long")
        if form == "long":
            # A style may spell the long form out (form="long"); it wins over the locale's.
            return "long" if self.get_term(name, "long") is not None else None
        for candidate in FORM_FALLBACK.get(form, ()):
            if self.get_term(name, candidate) is not None:
                return candidate
        return None

    def _is_plural(self, item: Any) -> bool:
        """Return whether the variable holds several numbers (``number-of-*``: more than 1).

        An escaped hyphen in a locator (``327\\-30``) is part of one number, not a range.
        """
        variable = self.get("variable") or ""
        if variable.startswith("number-of"):
            value = str(item.reference.get(variable.replace("-", "_"), "")).strip()
            if value.isdigit():
                return int(value) > 1
        elif variable == "locator":
            located = locator_of(item)
            if located is not None:
                return _several(located[1])
        elif variable:
            value = item.reference.get(variable.replace("-", "_"))
            return value is not None and _several(str(value))
        return bool(super()._is_plural(item))


def _several(value: str) -> bool:
    """Return whether a value holds several numbers (``1-3``, ``2, 5``, ``i-iv``).

    An escaped hyphen (``327\\-30``) is part of one number, not a range; so are the
    commas of ``1,931,505`` and the words of ``US 7 B2`` (citeproc-js reads them so).
    """
    value = value.replace("\\-", "")
    return bool(_SEVERAL.search(value) or _ROMAN_SEVERAL.fullmatch(value.strip()))


class Substitute(model.Substitute):
    """A ``cs:substitute`` that suppresses every variable it printed, as citeproc-js does.

    citeproc-py suppressed only a variable named on the substituting element itself, so a
    title reached through a macro was printed twice (``T. (n.d.). T.``).
    """

    def render(self, item: Any, context: Any = None, **kw: Any) -> Any:
        """Return the first child's output; a term ends the search even when empty."""
        state = current()
        depth = state.substituting
        state.substituting = depth + 1  # names printed now are substituted (see _names)
        outer = state.inherited_parts
        owner_name = self.getparent().name
        if owner_name is not None:
            state.inherited_parts = {**(outer or {}), **name_parts(owner_name)}
        try:
            for child in _candidates(self.getchildren(), item, context):
                try:
                    if isinstance(child, model.Names) and child.name is None:
                        # A shorthand cs:names prints as its owner: without affixes of
                        # its own (citeproc-js), the owner's added after.
                        owner = self.xpath_search("./parent::cs:names[1]")[0]
                        text = child.process(item, names_context=owner, context=context, **kw)
                    else:
                        text = child.render(item, context=context, **kw)
                except VariableError:
                    continue
                if text:
                    self._repress(child, item, context)
                    state.bare_substitute = not isinstance(child, model.Names)
                    # A macro's output counts as a printed variable, as in a group.
                    state.term_substitute = not (child.calls_variable() or "macro" in child.attrib)
                    return text
                if str(child.tag).endswith("}text") and child.get("term") is not None:
                    return None
            return None
        finally:
            state.substituting = depth
            state.inherited_parts = outer

    def _repress(self, child: Any, item: Any, context: Any) -> None:
        """Suppress in the rest of the entry the variables *child* printed for *item*.

        Only the branches of ``cs:choose`` that were taken count: a variable named in a
        branch not taken still prints later (citeproc-js).
        """
        self.add_to_repressed_list(child, context)
        repressed = current().repressed
        for kind in ("text", "date"):
            variables = repressed.setdefault(f"{{{self.nsmap['cs']}}}{kind}", [])
            variables.extend(_variables(child, item, context, set(), kind))


def _candidates(children: list[Any], item: Any, context: Any) -> Iterator[Any]:
    """Yield the elements a substitution tries in turn.

    A ``cs:choose`` stands for the children of its matching branch: the first of them
    that prints is the substitute, as for the children of ``cs:substitute`` itself.
    """
    for child in children:
        if not isinstance(child, model.Choose):
            yield child
            continue
        for branch in child.iterchildren():
            if not isinstance(branch, If) or branch.holds(item, context):
                yield from _candidates(list(branch.iterchildren()), item, context)
                break


def _variables(
    element: Any, item: Any, context: Any, seen: set[str], kind: str = "text"
) -> list[str]:
    """Return the variables *element* prints through ``cs:text`` (or *kind*) for *item*.

    Macros are followed; of a ``cs:choose``, only the branch whose test holds.
    """
    found = []
    tag = element.tag.rsplit("}", 1)[-1] if isinstance(element.tag, str) else ""
    if tag == kind and element.get("variable"):
        found.append(element.get("variable"))
    if tag == "text" and element.get("macro") and element.get("macro") not in seen:
        seen.add(element.get("macro"))
        try:
            macro = element.get_root().macro(element.get("macro"))
        except IndexError:
            return found
        found.extend(_variables(macro, item, context, seen, kind))
    children = list(element.iterchildren())
    if isinstance(element, model.Choose):
        taken = next(
            (
                branch
                for branch in children
                if not isinstance(branch, If) or branch.holds(item, context)
            ),
            None,
        )
        children = [] if taken is None else [taken]
    for child in children:
        found.extend(_variables(child, item, context, seen, kind))
    return found
