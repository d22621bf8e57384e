"""`CiteItem`: one work as cited in a citation, with its locator and affixes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import KW_ONLY, dataclass
from typing import TYPE_CHECKING

from msc_sci._errors import RecordError, UnknownLabelError
from msc_sci._fields import check_text

if TYPE_CHECKING:
    from msc_sci._records import Work

__all__ = ["LABELS", "CiteItem"]

#: The locator terms of CSL 1.0.2, which a locator's ``label`` must be one of.
LABELS = (
    "act",
    "appendix",
    "article-locator",
    "book",
    "canon",
    "chapter",
    "column",
    "elocation",
    "equation",
    "figure",
    "folio",
    "issue",
    "line",
    "note",
    "opus",
    "page",
    "paragraph",
    "part",
    "rule",
    "scene",
    "section",
    "sub-verbo",
    "supplement",
    "table",
    "timestamp",
    "title-locator",
    "verse",
    "volume",
)


@dataclass(frozen=True, slots=True)
class CiteItem:
    """One work as cited in a citation: where in it, and text around it.

    Args:
        work: The work cited: a :class:`~msc_sci.Work` or a CSL-JSON mapping.
        locator: Where in the work, e.g. ``"4"`` or ``"12-15"``; ``None`` for the whole
            work.
        label: What the locator counts: a CSL locator term such as ``"page"``,
            ``"chapter"`` or ``"figure"`` (``"sub verbo"`` is read as ``"sub-verbo"``).
        prefix: Text before the cite, e.g. ``"see "``.
        suffix: Text after the cite, e.g. ``" for details"``.

    Raises:
        RecordError: when *work* is neither a work nor valid CSL-JSON, or *locator*,
            *prefix* or *suffix* is not a string (or *locator* is blank).
        UnknownLabelError: when *label* is not a CSL locator term.

    >>> item = CiteItem({"id": "x", "type": "book", "title": "T"}, locator="4")
    >>> (item.work.title, item.locator, item.label)
    ('T', '4', 'page')

    .. versionadded:: 0.2.0
    """

    work: Work
    _: KW_ONLY
    locator: str | None = None
    label: str = "page"
    prefix: str | None = None
    suffix: str | None = None

    def __post_init__(self) -> None:
        from msc_sci._records import Work

        if isinstance(self.work, Mapping):
            object.__setattr__(self, "work", Work.from_csl_json(self.work, where="work"))
        elif not isinstance(self.work, Work):
            raise RecordError(
                "not a Work or a CSL-JSON mapping", field="work", value=type(self.work).__name__
            )
        if self.locator is not None and (
            not isinstance(self.locator, str) or not self.locator.strip()
        ):
            reason = "blank" if isinstance(self.locator, str) else "not a string"
            raise RecordError(f"{reason}; a locator is text such as '4'", field="locator")
        if not isinstance(self.label, str):
            raise RecordError(
                "not a string; a label is a CSL locator term such as 'page'",
                field="label",
                value=type(self.label).__name__,
            )
        label = self.label.strip().replace(" ", "-")
        if label not in LABELS:
            raise UnknownLabelError(self.label, known=LABELS)
        object.__setattr__(self, "label", label)
        for name in ("prefix", "suffix"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, str):
                raise RecordError("not a string", field=name, value=type(value).__name__)
        for name in ("locator", "prefix", "suffix"):
            value = getattr(self, name)
            if value is not None:
                check_text(value, field=name)

    def to_cite(self, index: int) -> dict[str, object]:
        """Return this cite as the engine takes it, citing item *index*.

        >>> CiteItem({"id": "x", "type": "book"}, locator="4", prefix="see ").to_cite(0)
        {'index': 0, 'locator': '4', 'label': 'page', 'prefix': 'see '}
        """
        cite: dict[str, object] = {"index": index}
        if self.locator is not None:
            cite["locator"] = self.locator
            cite["label"] = self.label
        if self.prefix:
            cite["prefix"] = self.prefix
        if self.suffix:
            cite["suffix"] = self.suffix
        return cite
