"""The ``msc-cite`` role: an in-text citation linked to the bibliography entry.

``:msc-cite:`apa``` writes the study's APA in-text citation, e.g. "(Honmou et al.,
2021)", linked to the page's ``.. msc-citation::`` entry in the same style. A locator
may follow the style, or stand alone for the configured style: ``:msc-cite:`apa p. 4```,
``:msc-cite:`figure 2``` or ``:msc-cite:`4``` (a page).
"""

from __future__ import annotations

from docutils import nodes
from docutils.nodes import Node, system_message
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxRole

import msc_sci
from msc_sci.sphinx.config import references
from msc_sci.sphinx.nodes import cite_reference
from msc_sci.sphinx.warnings import warn

__all__ = ["CiteRole", "parse", "setup"]

# Abbreviated locator labels (the short forms of CSL's English terms) and their terms.
_SHORT_LABELS = {
    "app.": "appendix",
    "art.": "article-locator",
    "bk.": "book",
    "ch.": "chapter",
    "chap.": "chapter",
    "col.": "column",
    "eq.": "equation",
    "fig.": "figure",
    "fol.": "folio",
    "l.": "line",
    "n.": "note",
    "no.": "issue",
    "op.": "opus",
    "p.": "page",
    "para.": "paragraph",
    "pt.": "part",
    "sc.": "scene",
    "sec.": "section",
    "supp.": "supplement",
    "s.v.": "sub-verbo",
    "tbl.": "table",
    "v.": "verse",
    "vol.": "volume",
    "\u00a7": "section",
    "\u00b6": "paragraph",
}
# Plural short forms: "pp.", "ll.", "\u00a7\u00a7"; otherwise an "s" before the period.
_PLURAL_SHORT = {"pp.": "page", "ll.": "line", "nn.": "note", "vv.": "verse", "s.vv.": "sub-verbo"}


def _label(word: str) -> str | None:
    """Return the CSL locator term *word* names (``"pp."``, ``"Chapters"``...), or ``None``."""
    from msc_sci._cite._item import LABELS

    word = word.lower()
    for form in (word, word.replace("s.", ".", 1) if word.endswith("s.") else word):
        found = _SHORT_LABELS.get(form) or _PLURAL_SHORT.get(form)
        if found:
            return found
    if len(word) == 2 and word[0] == word[1] and word[0] in "\u00a7\u00b6":
        return _SHORT_LABELS[word[0]]
    for form in (word, word.removesuffix("s")):
        if form in LABELS:
            return form
    return None


def parse(text: str, default_style: str) -> tuple[str, str | None, str]:
    """Return the style, locator and label a role's *text* asks for.

    >>> parse("apa p. 4", "ieee"), parse("chapters 2-3", "ieee"), parse("", "ieee")
    (('apa', '4', 'page'), ('ieee', '2-3', 'chapter'), ('ieee', None, 'page'))
    >>> parse("4", "apa"), parse("vancouver pg. 4", "apa")
    (('apa', '4', 'page'), ('vancouver', '4', 'pg.'))
    """
    words = text.split()
    style = default_style
    if words and _label(words[0]) is None and not words[0][0].isdigit():
        style = words.pop(0)
    if not words:
        return style, None, "page"
    if len(words) > 1 and not words[0][0].isdigit():
        label = words.pop(0)
        return style, " ".join(words), _label(label) or label
    return style, " ".join(words), "page"


class CiteRole(SphinxRole):
    """Write the in-text citation of the style the role names (or ``msc_sci_style``)."""

    def run(self) -> tuple[list[Node], list[system_message]]:
        """Format the citation and return a reference to its bibliography entry."""
        style, locator, label = parse(self.text, self.config.msc_sci_style)
        try:
            text = references(self.config).cite(
                style,
                locale=self.config.msc_sci_locale,
                mode="citation",
                format="text",
                locator=locator,
                label=label,
            )
        except msc_sci.MscSciError as exc:
            kind = (
                "references"
                if isinstance(exc, msc_sci.ReferenceDataError)
                else "locator"
                if isinstance(exc, msc_sci.RecordError | msc_sci.UnknownLabelError)
                else "style"
            )
            warn(f"msc-cite: {exc}", subtype=kind, location=self.get_location())
            return [nodes.inline(self.rawtext, self.text, classes=["msc-cite"])], []
        reference = cite_reference(self.rawtext, text, style=style, support_smartquotes=False)
        self.set_source_info(reference)
        return [reference], []


def setup(app: Sphinx) -> None:
    """Register the ``msc-cite`` role.

    Args:
        app: The Sphinx application.
    """
    app.add_role("msc-cite", CiteRole())
