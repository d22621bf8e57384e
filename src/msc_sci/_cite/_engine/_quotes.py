"""Quoted text, marked as a span so ``punctuation-in-quote`` can be applied after."""

from __future__ import annotations

from citeproc import model
from citeproc.string import String

from msc_sci._cite._engine._rich import CLOSE, OPEN

__all__ = ["Quoted"]


class Quoted(model.Quoted):
    """Wrap ``quotes="true"`` output in a quote span, quote marks included."""

    def quote(self, string: object) -> object:
        if self.get("quotes", "false").lower() != "true":
            return string
        open_quote = self.get_single_term(name="open-quote")
        close_quote = self.get_single_term(name="close-quote")
        return String(OPEN["quote"]) + open_quote + string + close_quote + String(CLOSE)
