"""Seams citeproc-js leaves as printed, where citeproc-py would merge two marks.

citeproc-js prints a space that begins or ends the text of a variable, term or value
(``<text value="Vol. "/>``, a term ``Consultation: ``) even where an affix or delimiter
space meets it (``Vol.  560``), while two affix or delimiter spaces that meet print as
one. It also keeps whole the seam after a decorated sibling (``<i>Title</i>.``
then ``. Publisher`` prints ``Title.. Publisher``) and the spaces after a number.
citeproc-py's joins merge any two spaces or repeated marks, so such a space is pinned
with a mark while the text is put together, and such a seam with another one, kept
through the punctuation fixes (``Title;. Publisher`` stays); the marks are taken out
from the finished cite or entry.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from citeproc import model
from citeproc.string import String, normalize_seam

from msc_sci._cite._engine._context import current

__all__ = [
    "DROP",
    "NUMBERS",
    "PIN",
    "SEAM",
    "ends_dropping",
    "keeps_seam",
    "mark_dropping",
    "pin_seams",
    "pin_spaces",
    "unpin_seams",
    "unpin_spaces",
    "without_drop",
]

#: Keeps the space beside it from merging (a private-use character, which record data
#: cannot forge: see `._source`).
PIN = "\ue002"


#: Keeps the two sides of a seam from merging, up to the punctuation fixes.
SEAM = "\ue004"
#: Ends a group whose suffix citeproc-js merged into its last child's: the next
#: sibling's prefix loses its leading mark.
DROP = "\ue005"
_MARKS = frozenset(".,;:!?")
#: Elements whose text never ends with :data:`DROP` (a macro call's macro takes it off).
_LEAVES = (model.Text, model.Number, model.Label, model.Date)


def pin_spaces(text: Any) -> Any:
    """Return *text* with a mark outside a space it begins or ends with.

    >>> str(pin_spaces(String("Vol. "))) == "Vol. " + PIN
    True
    """
    plain = str(text)
    if plain.startswith(" "):
        text = String(PIN) + text
    if plain.endswith(" "):
        text = text + String(PIN)
    return text


def unpin_spaces(text: str) -> str:
    """Return *text* without the marks.

    >>> unpin_spaces("Vol. " + PIN + " 5")
    'Vol.  5'
    """
    return text.replace(PIN, "")


#: An element with any of these is a decorated "blob" of its own in citeproc-js.
_DECORATIONS = ("font-style", "font-variant", "font-weight", "text-decoration", "vertical-align")
#: The variables citeproc-js prints as a number when their value is one.
NUMBERS = frozenset(
    (
        "chapter-number",
        "citation-number",
        "collection-number",
        "edition",
        "issue",
        "number",
        "number-of-pages",
        "number-of-volumes",
        "page",
        "part-number",
        "printing-number",
        "section",
        "supplement-number",
        "volume",
    )
)


def pin_seams(pieces: Sequence[tuple[Any, Any]], item: Any) -> list[Any]:
    """Return the texts of sibling *pieces*, ``(element, text)``, with seams pinned.

    The siblings are printed with no delimiter between them; each seam that
    :func:`keeps_seam` names is pinned. After a group :func:`mark_dropping` marked, the
    next sibling's prefix loses its leading mark, as citeproc-js prints them.
    """
    # A leaf never holds the mark; a group, a choose or names (substitutes) may.
    texts = [
        text if isinstance(element, _LEAVES) else without_drop(text) for element, text in pieces
    ]
    if current().sorting:
        return texts
    for index, (element, text) in enumerate(pieces[:-1]):
        if ends_dropping(element, text):
            following, after = pieces[index + 1]
            if str(after)[:1] in _MARKS and not _decorated(element) and not _decorated(following):
                texts[index + 1] = normalize_seam(str(after)[:1], texts[index + 1])
        if keeps_seam(element, text, item):
            texts[index] = texts[index] + String(SEAM)
    return texts


def mark_dropping(group: Any, last: Any, text: Any) -> Any:
    """Return the text of *group* marked if its suffix repeats the mark *last* ends with.

    *last* is the group's last printed child. citeproc-js merges the next sibling's
    leading prefix mark into the group's suffix, then drops the suffix's last mark as a
    duplicate of the child's: ``<group suffix=".">`` round ``T.`` then ``; P`` prints
    ``T. P``.
    """
    suffix = group.get("suffix", "")
    if (
        suffix in _MARKS
        and last.get("suffix", "").endswith(suffix)
        and not _decorated(group)
        and not current().sorting
    ):
        return text + String(DROP)
    return text


def ends_dropping(element: Any, text: Any) -> bool:
    """Return whether *text*, printed by *element*, ends with :func:`mark_dropping`'s mark."""
    return not isinstance(element, _LEAVES) and str(text).endswith(DROP)


def without_drop(text: Any) -> Any:
    """Return *text* without the mark of :func:`mark_dropping`."""
    return text.replace(DROP, "") if DROP in str(text) else text


def _decorated(element: Any) -> bool:
    return any(name in element.attrib for name in _DECORATIONS)


def keeps_seam(element: Any, text: Any, item: Any) -> bool:
    """Return whether citeproc-js keeps whole the seam after *element*, which printed *text*.

    After a decorated element, citeproc-js merges neither a space nor a mark with the
    next sibling's prefix; after a quoted one or a number it merges no space.
    """
    if _decorated(element):
        return True
    if element.get("quotes") == "true":
        return str(text).endswith(" ")
    return (
        element.get("variable") in NUMBERS and str(text).endswith(" ") and _is_number(element, item)
    )


def _is_number(element: Any, item: Any) -> bool:
    """Return whether *element* prints one of *item*'s numbers (``5``, not ``5-7``)."""
    variable = element.get("variable")
    if variable not in NUMBERS or not isinstance(element, model.Number | model.Text):
        return False
    if variable == "citation-number":
        return True
    value = current().items.get(item.key, {}).get(variable)
    return isinstance(value, int) or (isinstance(value, str) and value.strip().isdigit())


def unpin_seams(text: str) -> str:
    """Return *text* without the marks of :func:`pin_seams`.

    >>> unpin_seams("Title;" + SEAM + ". P")
    'Title;. P'
    """
    return text.replace(SEAM, "").replace(DROP, "")
