"""Cites, citations and the bibliography they register in: citeproc-py's, with our fields.

citeproc-py's citations and cites are dicts that keep every attribute set on them as a
key; what we add (a citation's note number, the note first citing a cite's item) are
declared attributes of our own subclasses instead.
The document's earlier cites are the render context's history (:mod:`._context`),
not a private list of the bibliography.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

from citeproc import Citation as _Citation
from citeproc import CitationItem, CitationStylesBibliography

from msc_sci._cite._engine._context import current

__all__ = ["Bibliography", "Citation", "Cite"]


class Cite(CitationItem):
    """A cite of one item, which looks its reference up once.

    Attributes:
        first_note: The note that first cited the item (0: none yet, or the running
            text); the cite prints it as ``first-reference-note-number``.
    """

    __slots__ = ("_found", "first_note")

    def __init__(self, key: str, first_note: int = 0, **extra: Any) -> None:
        super().__init__(key, **extra)
        object.__setattr__(self, "first_note", first_note)
        object.__setattr__(self, "_found", None)

    @property
    def reference(self) -> Any:
        found = self._found
        if found is None:
            found = self.citation.bibliography.source[self.key]
            if self.first_note:  # a per-cite variable: this cite's own copy
                found = copy.copy(found)
                found["first_reference_note_number"] = str(self.first_note)
            object.__setattr__(self, "_found", found)
        return found

    @property
    def number(self) -> int:
        """The citation number: the place of the entry in the bibliography."""
        bibliography = self.citation.bibliography
        index: int = bibliography.keys.index(self.key)
        if isinstance(bibliography, Bibliography) and bibliography.numbers_descend:
            return len(bibliography.keys) - index
        return index + 1


class Citation(_Citation):
    """A citation of some cites, in a note (``note_index``; 0: in the running text)."""

    __slots__ = ("note_index",)

    def __init__(self, cites: Sequence[Any], note_index: int = 0) -> None:
        super().__init__(list(cites))
        object.__setattr__(self, "note_index", note_index)


class Bibliography(CitationStylesBibliography):
    """citeproc-py's bibliography, citing after the render context's history.

    Attributes:
        numbers_descend: Whether citation numbers count down from the last entry.
    """

    numbers_descend: bool = False

    def cite(self, citation: Any, callback: Any) -> Any:
        """Return *citation* rendered after the document's earlier cites."""
        return self.style.render_citation(citation, current().history, callback)
