"""The ``:cite:`` and ``:footcite:`` roles, as sphinxcontrib-bibtex spells them.

``:cite:p:`{see}smith2020{p. 4},jones2021``` cites two keys, the first with a prefix and
a locator. The roles only record the citation (in the ``cite`` domain) and leave a
placeholder; :mod:`.resolve` formats every citation of the project at once, in document
order, so numbers, ``ibid.`` and year suffixes are right. When ``msc_sci_style`` is a
note style, parenthetical citations become footnotes.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from docutils import nodes
from docutils.nodes import Node, system_message
from sphinx.environment import BuildEnvironment
from sphinx.util.docutils import SphinxRole

import msc_sci
from msc_sci.sphinx.bibtex.nodes import pending_citation, pending_note
from msc_sci.sphinx.warnings import warn

if TYPE_CHECKING:
    from msc_sci.sphinx.bibtex.domain import CiteDomain

__all__ = [
    "FOOT_VARIANTS",
    "VARIANTS",
    "CiteRole",
    "auto_footnote",
    "footnote_name",
    "page_data",
    "parse_keys",
]

#: What each variant writes: the CSL citation, the authors and citation, the authors,
#: the year, or nothing (``empty`` only marks the entry as cited).
VARIANTS = (
    "p",
    "ps",
    "t",
    "ts",
    "ct",
    "cts",
    "label",
    "labelpar",
    "author",
    "authors",
    "cauthor",
    "cauthors",
    "authorpar",
    "authorpars",
    "year",
    "yearpar",
    "empty",
    "alp",
    "alps",
)
#: The ``:footcite:`` variants: a footnote mark, with the authors for the ``t`` forms.
FOOT_VARIANTS = ("p", "ps", "t", "ts", "ct", "cts")
#: The variants that are the CSL citation itself (a footnote in a note style).
CITATION_VARIANTS = frozenset(
    {"p", "ps", "alp", "alps", "label", "labelpar", "t", "ts", "ct", "cts"}
)

_KEY = re.compile(
    r"\s*(?:\{(?P<pre>[^{}]*)\})?\s*(?P<key>[^{},\s]+)\s*(?:\{(?P<post>[^{}]*)\})?\s*(?:,|$)"
)


def parse_keys(text: str) -> list[tuple[str, str, str]] | None:
    """Return the ``(key, prefix, suffix)`` of each key in a role's *text*, or ``None``.

    >>> parse_keys("{see}smith2020{p. 4}, jones2021")
    [('smith2020', 'see', 'p. 4'), ('jones2021', '', '')]
    >>> parse_keys("smith2020 {bad") is None
    True
    """
    found: list[tuple[str, str, str]] = []
    position = 0
    text = text.strip()
    while position < len(text):
        match = _KEY.match(text, position)
        if match is None or match.end() == position:
            return None
        found.append((match["key"], match["pre"] or "", match["post"] or ""))
        position = match.end()
    return found or None


def page_data(env: BuildEnvironment, name: str, factory: Callable[[], Any]) -> Any:
    """Return what the page being read keeps under *name*, made by *factory* at first."""
    data = env.temp_data
    if name not in data:
        data[name] = factory()
    return data[name]


def footnote_name(key: str) -> str:
    """Return the name of the footnote that ``:footcite:`` of *key* refers to."""
    return nodes.fully_normalize_name(f"footcite-{key}")


@functools.lru_cache(maxsize=16)
def _is_note_style(style: str) -> bool:
    try:
        return msc_sci.Style(style).category == "note"
    except msc_sci.MscSciError:
        return False


def _auto_footnote_reference(document: nodes.document, name: str) -> nodes.footnote_reference:
    reference = nodes.footnote_reference(f"[#{name}]_", auto=1)
    document.note_autofootnote_ref(reference)
    reference["refname"] = name
    document.note_footnote_ref(reference)
    return reference


def auto_footnote(document: nodes.document, name: str, *body: Node) -> nodes.footnote:
    """Return an auto-numbered footnote named *name* holding *body*, noted in *document*."""
    footnote = nodes.footnote("", *body, auto=1)
    footnote["names"].append(name)
    document.note_autofootnote(footnote)
    document.note_explicit_target(footnote, footnote)
    return footnote


class CiteRole(SphinxRole):
    """A ``:cite:<variant>:`` or ``:footcite:<variant>:`` role.

    Args:
        variant: One of :data:`VARIANTS` (``"p"``, ``"t"`` ...).
        foot: Whether the entries go to a ``.. footbibliography::`` as footnotes.
    """

    def __init__(self, variant: str, *, foot: bool = False) -> None:
        super().__init__()
        self.variant = variant
        self.foot = foot

    def run(self) -> tuple[list[Node], list[system_message]]:
        """Record the citation and return its placeholder."""
        keys = parse_keys(self.text)
        if keys is None:
            warn(
                f"cannot read the citation keys {self.text!r}; write 'key', 'key1,key2'"
                " or '{prefix}key{suffix}'",
                subtype="key",
                location=self.get_location(),
            )
            return [nodes.inline(self.rawtext, self.text)], []
        docname = self.env.docname
        serial = self.env.new_serialno("msc-sci-cite")
        cite_id = f"{docname}#{serial}"
        style = self.config.msc_sci_style
        note = not self.foot and self.variant in CITATION_VARIANTS and _is_note_style(style)
        record: dict[str, Any] = {
            "id": cite_id,
            "docname": docname,
            "line": self.lineno,
            "variant": self.variant,
            "foot": self.foot,
            "note": note,
            "keys": keys,
        }
        # The domain registers this role, so it is reached through the environment.
        cast("CiteDomain", self.env.get_domain("cite")).note_cite(record)
        document = self.inliner.document
        placeholder = pending_citation(self.rawtext, self.text, cite_id=cite_id, foot=self.foot)
        self.set_source_info(placeholder)
        result: list[Node] = []
        narrative = self.variant in ("t", "ts", "ct", "cts")
        if self.foot:
            footcites: list[str] = page_data(self.env, "msc_sci_footcites", list)
            if narrative:
                result += [placeholder, nodes.Text(" ")]
            for key, _, _ in keys:
                if key not in footcites:
                    footcites.append(key)
                result.append(_auto_footnote_reference(document, footnote_name(key)))
            return result, []
        if not note:
            return [placeholder], []
        name = f"msc-sci-note-{serial}"
        text = pending_note("", "", cite_id=cite_id)
        self.set_source_info(text)
        notes: list[nodes.footnote] = page_data(self.env, "msc_sci_notes", list)
        notes.append(auto_footnote(document, name, nodes.paragraph("", "", text)))
        if narrative:
            result += [placeholder, nodes.Text(" ")]
        result.append(_auto_footnote_reference(document, name))
        return result, []
