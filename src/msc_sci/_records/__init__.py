"""Typed, immutable records of the study, its people, sources, claims and quotes."""

from msc_sci._records.claim import Assessment, Claim
from msc_sci._records.dates import Date
from msc_sci._records.journal import Journal
from msc_sci._records.person import Affiliation, Person, Role
from msc_sci._records.provenance import Provenance
from msc_sci._records.quote import Entity, Quote, QuoteKind, QuoteVariant
from msc_sci._records.source import Reliability, Source, SourceKind
from msc_sci._records.study import Design, Intervention, Population, Study
from msc_sci._records.work import Work

__all__ = [
    "Affiliation",
    "Assessment",
    "Claim",
    "Date",
    "Design",
    "Entity",
    "Intervention",
    "Journal",
    "Person",
    "Population",
    "Provenance",
    "Quote",
    "QuoteKind",
    "QuoteVariant",
    "Reliability",
    "Role",
    "Source",
    "SourceKind",
    "Study",
    "Work",
]
