"""Plain-language summaries of the study, generated from the records, never overclaiming."""

from __future__ import annotations

from msc_sci.summary._model import Section, Sentence, Summary
from msc_sci.summary._readability import Readability
from msc_sci.summary._summarize import summarize

__all__ = ["Readability", "Section", "Sentence", "Summary", "summarize"]
