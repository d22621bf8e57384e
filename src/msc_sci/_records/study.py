"""The study itself: the paper as a work, plus its design, patients and treatment."""

from __future__ import annotations

from dataclasses import dataclass, fields

from msc_sci._errors import RecordError
from msc_sci._public import public
from msc_sci._records.dates import Date
from msc_sci._records.person import Person, Role
from msc_sci._records.provenance import Provenance
from msc_sci._records.work import Work

__all__ = ["Design", "Intervention", "Population", "Study"]


@public
@dataclass(frozen=True, slots=True, kw_only=True)
class Design:
    """How the study was designed.

    Attributes:
        kind: e.g. ``"case series"``.
        patients: Number of patients treated.
        blinded: Whether outcome assessment was blinded.
        placebo: Whether there was a placebo control.
        control: What the patients were compared with, in words.
        preliminary: Whether the authors call the results preliminary.
    """

    kind: str
    patients: int
    blinded: bool
    placebo: bool
    control: str
    preliminary: bool

    def __post_init__(self) -> None:
        if self.patients < 1:
            raise RecordError("must be at least 1", field="patients", value=self.patients)


@public
@dataclass(frozen=True, slots=True, kw_only=True)
class Population:
    """Who was treated.

    Attributes:
        condition: e.g. ``"spinal cord injury"``.
        injury: The kind of injury, in words.
        causes: Typical causes, in words.
        timing: When the injury happened relative to treatment, in words.
        symptoms: Symptoms before treatment.
    """

    condition: str
    injury: str
    causes: str
    timing: str
    symptoms: tuple[str, ...]


@public
@dataclass(frozen=True, slots=True, kw_only=True)
class Intervention:
    """The treatment given.

    Attributes:
        cells: The cell type, e.g. ``"mesenchymal stem cells"``.
        abbreviation: e.g. ``"MSCs"``.
        autologous: Whether the cells were the patients' own.
        cell_source: Where the cells came from, e.g. ``"bone marrow"``.
        culture: How the cells were grown, in words.
        culture_medium: What the cells were grown in, e.g. ``"the patient's own serum"``.
        route: How the cells were given, e.g. ``"intravenous"``.
    """

    cells: str
    abbreviation: str
    autologous: bool
    cell_source: str
    culture: str
    culture_medium: str
    route: str


@public
@dataclass(frozen=True, slots=True, kw_only=True)
class Study(Work):
    """The paper as a citable :class:`Work`, plus what the study did, each fact sourced.

    Attributes:
        online: The date the results were first reported online.
        design: Study design.
        population: Who was treated.
        intervention: What they were given.
        provenance: For each fact, by dotted path (``"doi"``, ``"design.patients"``), the
            sources that state it. :meth:`provenance_of` looks one up.

    >>> import msc_sci
    >>> msc_sci.study().design.patients
    13
    """

    online: Date | None = None
    design: Design
    population: Population
    intervention: Intervention
    provenance: tuple[tuple[str, tuple[Provenance, ...]], ...] = ()

    def __post_init__(self) -> None:
        Work.__post_init__(self)
        known = set(self.fact_paths())
        for path, _ in self.provenance:
            if path not in known:
                raise RecordError("no such fact", field="provenance", value=path)

    def fact_paths(self) -> tuple[str, ...]:
        """Every fact of the study that needs a provenance, as dotted paths."""
        paths: list[str] = []
        for field in fields(Study):
            if field.name in {
                "provenance",
                "names",
                "dates",
                "variables",
                "categories",
                "custom",
                "id",
                "type",
            }:
                continue
            value = getattr(self, field.name)
            if value is None or value == ():
                continue
            if isinstance(value, Design | Population | Intervention):
                paths.extend(f"{field.name}.{sub.name}" for sub in fields(value))
            else:
                paths.append(field.name)
        return tuple(paths)

    def provenance_of(self, path: str) -> tuple[Provenance, ...]:
        """Return the sources of the fact at *path*, e.g. ``"design.patients"``.

        Raises:
            RecordError: when *path* names no fact of the study.

        >>> import msc_sci
        >>> msc_sci.study().provenance_of("doi")[0].source
        'yale2021release'
        """
        found = dict(self.provenance).get(path)
        if found is None:
            raise RecordError("no such fact of the study", field="path", value=path)
        return found

    @property
    def first_author(self) -> Person:
        """The first author."""
        return self.authors[0]

    @property
    def senior_authors(self) -> tuple[Person, ...]:
        """The authors marked as senior authors, in author order."""
        return tuple(p for p in self.authors if Role.SENIOR_AUTHOR in p.roles)

    def to_work(self) -> Work:
        """Return the bibliographic part alone, as a plain :class:`Work`."""
        return Work(**{f.name: getattr(self, f.name) for f in fields(Work)})
