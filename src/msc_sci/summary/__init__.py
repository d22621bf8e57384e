"""Plain-language summaries of the study, generated from the records, never overclaiming."""

from __future__ import annotations

from msc_sci.summary._model import Section, Sentence, Summary
from msc_sci.summary._readability import Readability
from msc_sci.summary._summarize import summarize

__all__ = ["Readability", "Section", "Sentence", "Summary", "summarize"]


# Public as msc_sci.<name>: help(), reprs and tracebacks show the name users import.
for _public in (
    Readability,
    Section,
    Sentence,
    Summary,
):
    _public.__module__ = "msc_sci"
