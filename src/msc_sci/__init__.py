"""Cite, quote and explain Honmou et al. 2021, with every fact sourced.

>>> import msc_sci
>>> msc_sci.study().doi
'10.1016/j.clineuro.2021.106565'

Names are imported on first use, so ``import msc_sci`` stays cheap.
"""

from __future__ import annotations

from importlib import import_module

from msc_sci._version import __version__

# Not ``typing.TYPE_CHECKING``: importing typing would triple the cost of ``import msc_sci``.
# Type checkers treat any constant of this name as true.
TYPE_CHECKING = False

if TYPE_CHECKING:
    from collections.abc import Callable

    from msc_sci._bundled import (
        attribute,
        check,
        cite,
        claims,
        export,
        find_quotes,
        people,
        quotes,
        sources,
        study,
        summarize,
        verify_online,
    )
    from msc_sci._cite._item import CiteItem
    from msc_sci._cite._style import Style
    from msc_sci._errors import (
        BibliographyError,
        BibliographyWarning,
        ExportError,
        InputError,
        MscSciError,
        OnlineError,
        RecordError,
        ReferenceDataError,
        StyleError,
        UnknownAudienceError,
        UnknownFormatError,
        UnknownLabelError,
        UnknownLengthError,
        UnknownLocaleError,
        UnknownNameError,
        UnknownSpeakerError,
        UnknownStyleError,
    )
    from msc_sci._quotes._attribute import Attribution, QuoteDifference, Verdict
    from msc_sci._quotes._find import FoundQuote
    from msc_sci._read import parse_bibliography, read_bibliography
    from msc_sci._records import (
        Affiliation,
        Assessment,
        Claim,
        Date,
        Design,
        Entity,
        Intervention,
        Journal,
        Person,
        Population,
        Provenance,
        Quote,
        QuoteKind,
        QuoteVariant,
        Reliability,
        Role,
        Source,
        SourceKind,
        Study,
        Work,
    )
    from msc_sci._references import References, load_references
    from msc_sci._verify import Mismatch, Verification
    from msc_sci.checker import Finding
    from msc_sci.summary import Readability, Section, Sentence, Summary

# Public name -> module that defines it.
_LAZY = {
    "Affiliation": "msc_sci._records",
    "Assessment": "msc_sci._records",
    "Attribution": "msc_sci._quotes._attribute",
    "BibliographyError": "msc_sci._errors",
    "BibliographyWarning": "msc_sci._errors",
    "CiteItem": "msc_sci._cite._item",
    "Claim": "msc_sci._records",
    "Date": "msc_sci._records",
    "Design": "msc_sci._records",
    "Entity": "msc_sci._records",
    "ExportError": "msc_sci._errors",
    "Finding": "msc_sci.checker",
    "FoundQuote": "msc_sci._quotes._find",
    "InputError": "msc_sci._errors",
    "Intervention": "msc_sci._records",
    "Journal": "msc_sci._records",
    "Mismatch": "msc_sci._verify",
    "MscSciError": "msc_sci._errors",
    "OnlineError": "msc_sci._errors",
    "Person": "msc_sci._records",
    "Population": "msc_sci._records",
    "Provenance": "msc_sci._records",
    # The quotes feature prints Quote.attributed(): importing it installs the printer.
    "Quote": "msc_sci._quotes",
    "QuoteDifference": "msc_sci._quotes._attribute",
    "QuoteKind": "msc_sci._records",
    "QuoteVariant": "msc_sci._records",
    "Readability": "msc_sci.summary",
    "RecordError": "msc_sci._errors",
    "ReferenceDataError": "msc_sci._errors",
    "References": "msc_sci._references",
    "Reliability": "msc_sci._records",
    "Role": "msc_sci._records",
    "Section": "msc_sci.summary",
    "Sentence": "msc_sci.summary",
    "Source": "msc_sci._records",
    "SourceKind": "msc_sci._records",
    "Study": "msc_sci._records",
    "Style": "msc_sci._cite._style",
    "StyleError": "msc_sci._errors",
    "Summary": "msc_sci.summary",
    "UnknownAudienceError": "msc_sci._errors",
    "UnknownFormatError": "msc_sci._errors",
    "UnknownLabelError": "msc_sci._errors",
    "UnknownLengthError": "msc_sci._errors",
    "UnknownLocaleError": "msc_sci._errors",
    "UnknownNameError": "msc_sci._errors",
    "UnknownSpeakerError": "msc_sci._errors",
    "UnknownStyleError": "msc_sci._errors",
    "Verdict": "msc_sci._quotes._attribute",
    "Verification": "msc_sci._verify",
    "Work": "msc_sci._records",
    "attribute": "msc_sci._bundled",
    "check": "msc_sci._bundled",
    "cite": "msc_sci._bundled",
    "claims": "msc_sci._bundled",
    "export": "msc_sci._bundled",
    "find_quotes": "msc_sci._bundled",
    "load_references": "msc_sci._references",
    "parse_bibliography": "msc_sci._read",
    "people": "msc_sci._bundled",
    "quotes": "msc_sci._bundled",
    "read_bibliography": "msc_sci._read",
    "sources": "msc_sci._bundled",
    "study": "msc_sci._bundled",
    "summarize": "msc_sci._bundled",
    "verify_online": "msc_sci._bundled",
}

__all__ = [
    "Affiliation",
    "Assessment",
    "Attribution",
    "BibliographyError",
    "BibliographyWarning",
    "CiteItem",
    "Claim",
    "Date",
    "Design",
    "Entity",
    "ExportError",
    "Finding",
    "FoundQuote",
    "InputError",
    "Intervention",
    "Journal",
    "Mismatch",
    "MscSciError",
    "OnlineError",
    "Person",
    "Population",
    "Provenance",
    "Quote",
    "QuoteDifference",
    "QuoteKind",
    "QuoteVariant",
    "Readability",
    "RecordError",
    "ReferenceDataError",
    "References",
    "Reliability",
    "Role",
    "Section",
    "Sentence",
    "Source",
    "SourceKind",
    "Study",
    "Style",
    "StyleError",
    "Summary",
    "UnknownAudienceError",
    "UnknownFormatError",
    "UnknownLabelError",
    "UnknownLengthError",
    "UnknownLocaleError",
    "UnknownNameError",
    "UnknownSpeakerError",
    "UnknownStyleError",
    "Verdict",
    "Verification",
    "Work",
    "__version__",
    "attribute",
    "check",
    "cite",
    "claims",
    "export",
    "find_quotes",
    "load_references",
    "parse_bibliography",
    "people",
    "quotes",
    "read_bibliography",
    "sources",
    "study",
    "summarize",
    "verify_online",
]


def _lazy_getattr(lazy: dict[str, str]) -> Callable[[str], object]:
    def __getattr__(name: str) -> object:  # noqa: N807  (the module attribute hook)
        if name == "_LAZY":  # for the tests; not a global, so help() and dir() leave it out
            return lazy
        module = lazy.get(name)
        if module is None:
            raise AttributeError(f"module 'msc_sci' has no attribute {name!r}")
        value = getattr(import_module(module), name)
        globals()[name] = value
        return value

    return __getattr__


__getattr__ = _lazy_getattr(_LAZY)


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


del _LAZY, _lazy_getattr
