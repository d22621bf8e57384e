"""Dates as citeproc-js prints them: a locale date keeps its own delimiter."""

from __future__ import annotations

from typing import Any

from citeproc import model

__all__ = ["Date"]


class Date(model.Date):
    """A ``cs:date`` whose localized form joins its parts with the locale's delimiter.

    citeproc-py joined a localized date's parts with the delimiter of the calling
    ``cs:date`` in the style (usually none), so ``2021 Apr`` became ``2021Apr``.
    """

    def render_single_date(self, date: Any, show_parts: Any = None, context: Any = None) -> object:
        if context is None or context is self or not self.is_locale_date():
            return super().render_single_date(date, show_parts, context)
        parts = self.parts(date, show_parts, context)
        if not parts:
            return None
        delimiter = self.get("delimiter")
        if delimiter is None:
            return context.join(parts)
        return self.join(parts)
