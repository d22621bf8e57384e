"""Load ``references/`` into records, checking everything on the way in.

The files, one per kind of record:

- ``honmou2021.json``: the paper's bibliographic record (CSL-JSON);
- ``study.toml``: design, patients and treatment, and the provenance of every fact;
- ``people.toml``: the people the sources name, their roles and affiliations;
- ``sources.toml``: the documents facts come from;
- ``claims.toml``: what each source claims, and how it stands;
- ``quotes.toml``: what was said, by whom, where, and how coverage changed it.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from msc_sci._errors import RecordError, ReferenceDataError, UnknownNameError
from msc_sci._fields import Fields
from msc_sci._records import (
    Affiliation,
    Assessment,
    Claim,
    Date,
    Design,
    Entity,
    Intervention,
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
from msc_sci._records.identifiers import check_orcid

__all__ = ["References", "load_references", "references_dir", "study"]

T = TypeVar("T")
_STUDY_FILE = "honmou2021.json"


@dataclass(frozen=True, slots=True, kw_only=True)
class References:
    """Everything loaded from one ``references/`` directory.

    Attributes:
        study: The study.
        people: The people the sources name, with roles and affiliations.
        sources: The documents facts come from.
        claims: What the sources claim about the study.
        quotes: What was said about it.
        entities: Speakers that are not people, such as the paper.
    """

    study: Study
    people: tuple[Person, ...]
    sources: tuple[Source, ...]
    claims: tuple[Claim, ...]
    quotes: tuple[Quote, ...]
    entities: tuple[Entity, ...]

    def source(self, id: str) -> Source:
        """Return the source with *id*.

        >>> load_references().source("yale2021release").outlet
        'Medical Xpress'
        """
        return _find(self.sources, id, "source")

    def person(self, id: str) -> Person:
        """Return the person with registry *id*, e.g. ``"waxman"``.

        >>> str(load_references().person("kocsis"))
        'Jeffery D. Kocsis'
        """
        return _find(self.people, id, "person")

    def claim(self, id: str) -> Claim:
        """Return the claim with *id*.

        >>> load_references().claim("harms-none-substantial").topic
        'harms'
        """
        return _find(self.claims, id, "claim")

    def quote(self, id: str) -> Quote:
        """Return the quote with *id*.

        >>> load_references().quote("waxman-hint").cue
        'Waxman said'
        """
        return _find(self.quotes, id, "quote")


def _find(items: Iterable[T], id: str, kind: str) -> T:
    known = []
    for item in items:
        item_id = getattr(item, "id", None)
        if item_id == id:
            return item
        if isinstance(item_id, str):
            known.append(item_id)
    raise UnknownNameError(id, kind=kind, known=known)


def references_dir() -> Path:
    """Return the bundled ``references/`` directory.

    A wheel carries it inside the package; a source checkout has it at the top.
    """
    here = Path(__file__).resolve().parent
    for candidate in (here / "references", here.parent.parent / "references"):
        if (candidate / _STUDY_FILE).is_file():
            return candidate
    raise ReferenceDataError(
        "the bundled references/ directory is missing; reinstall msc-sci",
        path=str(here / "references"),
    )


@functools.cache
def _bundled() -> References:
    return load_references()


def study() -> Study:
    """Return the bundled record of the study (loaded once, then cached).

    >>> import msc_sci
    >>> msc_sci.study().doi
    '10.1016/j.clineuro.2021.106565'
    """
    return _bundled().study


def load_references(directory: str | Path | None = None) -> References:
    """Load and check every file in a ``references/`` directory.

    Args:
        directory: The directory; by default the one bundled with the package.

    Raises:
        ReferenceDataError: naming the file and field when anything is missing or
            invalid: a bad DOI or ISSN, an impossible date, an unknown source id, a
            duplicate id, a fact without provenance.

    >>> len(load_references().study.authors)
    19
    """
    if directory is None:
        root = references_dir()
        label = "references"
    else:
        if not isinstance(directory, str | Path):
            raise TypeError(f"directory must be a str or Path, not {type(directory).__name__}")
        root = Path(directory)
        label = str(root)
        if "\0" in label:
            raise ReferenceDataError("a path cannot hold a NUL character", path=label)
    loader = _Loader(root, label)
    return loader.load()


class _Loader:
    def __init__(self, root: Path, label: str) -> None:
        self.root = root
        self.label = label

    def name(self, file: str) -> str:
        return f"{self.label}/{file}"

    def read_toml(self, file: str) -> Fields:
        path = self.root / file
        try:
            with path.open("rb") as stream:
                data = tomllib.load(stream)
        except FileNotFoundError:
            raise ReferenceDataError("file is missing", path=self.name(file)) from None
        except tomllib.TOMLDecodeError as exc:
            raise ReferenceDataError(f"not valid TOML: {exc}", path=self.name(file)) from exc
        except RecursionError:
            raise ReferenceDataError(
                "not valid TOML: nested too deeply", path=self.name(file)
            ) from None
        except (OSError, UnicodeDecodeError, ValueError) as exc:  # ValueError: a NUL in the path
            raise ReferenceDataError(f"cannot be read: {exc}", path=self.name(file)) from exc
        return Fields(data, path=self.name(file))

    def read_json(self, file: str) -> object:
        path = self.root / file
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ReferenceDataError("file is missing", path=self.name(file)) from None
        except json.JSONDecodeError as exc:
            raise ReferenceDataError(
                f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})",
                path=self.name(file),
            ) from exc
        except RecursionError:
            raise ReferenceDataError(
                "not valid JSON: nested too deeply", path=self.name(file)
            ) from None
        except (OSError, UnicodeDecodeError, ValueError) as exc:  # ValueError: a NUL in the path
            raise ReferenceDataError(f"cannot be read: {exc}", path=self.name(file)) from exc

    def load(self) -> References:
        try:
            return self._load()
        except ReferenceDataError:
            raise
        except RecordError as exc:
            raise exc.moved(path=exc.path or self.label) from exc

    def _load(self) -> References:
        paper = self._paper()
        sources = self._sources(paper)
        source_ids = {source.id for source in sources}
        people = self._people(source_ids)
        study = self._study(paper, people, source_ids)
        people = tuple(_with_author_role(person, study) for person in people)
        claims = self._claims(source_ids)
        entities, quotes = self._quotes(sources, people, source_ids)
        return References(
            study=study,
            people=people,
            sources=sources,
            claims=claims,
            quotes=quotes,
            entities=entities,
        )

    # -- the paper ---------------------------------------------------------------------

    def _paper(self) -> Work:
        data = self.read_json(_STUDY_FILE)
        path = self.name(_STUDY_FILE)
        if not isinstance(data, list) or len(data) != 1:
            raise ReferenceDataError("expected a CSL-JSON array of one item", path=path)
        return Work.from_csl_json(data[0], path=path, where="[0]")

    # -- sources -----------------------------------------------------------------------

    def _sources(self, paper: Work) -> tuple[Source, ...]:
        top = self.read_toml("sources.toml")
        top.reject_unknown(("sources",))
        sources: list[Source] = []
        for entry in top.tables("sources"):
            entry.reject_unknown(
                (
                    "id",
                    "code",
                    "kind",
                    "reliability",
                    "work",
                    "title",
                    "outlet",
                    "provided_by",
                    "date",
                    "retrieved",
                    "url",
                    "relays",
                    "language",
                    "note",
                )
            )
            work_id = entry.opt_string("work")
            if work_id is not None and work_id != paper.id:
                raise entry.error("work", f"no such work (known: {paper.id!r})", work_id)
            date = entry.opt_parse("date", Date.parse)
            retrieved = entry.opt_parse("retrieved", Date.parse)
            kind = entry.parse("kind", _enum(SourceKind))
            title = entry.opt_string("title") or (paper.title if work_id else None)
            if title is None:
                raise entry.error("title", "missing (required unless the source is a work)")
            outlet = entry.opt_string("outlet")
            provided_by = entry.opt_string("provided_by")
            url = entry.opt_string("url")
            source_id = entry.string("id")
            code = entry.string("code")
            reliability = entry.parse("reliability", _enum(Reliability))
            language = entry.opt_string("language")
            with entry.at("id"):
                work = paper
                if not work_id:
                    work = Work(
                        id=source_id,
                        type="article-newspaper",
                        title=title,
                        authors=(Person(literal=provided_by),) if provided_by else (),
                        container_title=outlet,
                        issued=date,
                        accessed=retrieved,
                        url=url,
                        language=language,
                    )
                source = Source(
                    id=source_id,
                    code=code,
                    kind=kind,
                    title=title,
                    reliability=reliability,
                    work=work,
                    outlet=outlet,
                    provided_by=provided_by,
                    date=date,
                    retrieved=retrieved,
                    url=url,
                    relays=entry.opt_string("relays"),
                    note=entry.opt_string("note"),
                )
            sources.append(source)
        _check_unique(top, "sources", [s.id for s in sources])
        _check_unique(top, "sources", [s.code for s in sources], what="code")
        return tuple(sources)

    # -- people ------------------------------------------------------------------------

    def _people(self, source_ids: set[str]) -> tuple[Person, ...]:
        top = self.read_toml("people.toml")
        top.reject_unknown(("people",))
        people = []
        for entry in top.tables("people"):
            entry.reject_unknown(
                (
                    "id",
                    "family",
                    "given",
                    "non_dropping_particle",
                    "dropping_particle",
                    "suffix",
                    "literal",
                    "orcid",
                    "roles",
                    "affiliations",
                    "provenance",
                )
            )
            affiliations = []
            for aff in entry.tables("affiliations"):
                aff.reject_unknown(("institution", "title", "provenance"))
                affiliations.append(
                    Affiliation(
                        institution=aff.string("institution"),
                        title=aff.opt_string("title"),
                        provenance=_provenance(aff, source_ids, required=True),
                    )
                )
            roles = []
            for index, role in enumerate(entry.strings("roles")):
                with entry.at(f"roles[{index}]"):
                    roles.append(_enum(Role)(role))
            person_id = entry.string("id")
            orcid = entry.opt_parse("orcid", check_orcid)
            provenance = _provenance(entry, source_ids, required=True)
            with entry.at("family"):
                person = Person(
                    id=person_id,
                    family=entry.opt_string("family"),
                    given=entry.opt_string("given"),
                    non_dropping_particle=entry.opt_string("non_dropping_particle"),
                    dropping_particle=entry.opt_string("dropping_particle"),
                    suffix=entry.opt_string("suffix"),
                    literal=entry.opt_string("literal"),
                    orcid=orcid,
                    roles=tuple(roles),
                    affiliations=tuple(affiliations),
                    provenance=provenance,
                )
            people.append(person)
        _check_unique(top, "people", [p.id or "" for p in people])
        return tuple(people)

    # -- the study ---------------------------------------------------------------------

    def _study(self, paper: Work, people: tuple[Person, ...], source_ids: set[str]) -> Study:
        top = self.read_toml("study.toml")
        top.reject_unknown(("work", "online", "design", "population", "intervention", "provenance"))
        if top.string("work") != paper.id:
            raise top.error(
                "work", f"no such work in {_STUDY_FILE} (known: {paper.id!r})", top.string("work")
            )
        design = top.table("design")
        design.reject_unknown([f.name for f in dataclasses.fields(Design)])
        population = top.table("population")
        population.reject_unknown([f.name for f in dataclasses.fields(Population)])
        intervention = top.table("intervention")
        intervention.reject_unknown([f.name for f in dataclasses.fields(Intervention)])
        provenance_table = top.table("provenance")
        provenance = tuple(
            (key, _provenance(provenance_table, source_ids, key=key, required=True))
            for key in provenance_table.names()
        )
        author_sources = dict(provenance).get("authors", ())
        authors = tuple(
            _enrich_author(author, index, people, author_sources)
            for index, author in enumerate(paper.authors)
        )
        bibliographic = {f.name: getattr(paper, f.name) for f in dataclasses.fields(Work)}
        bibliographic["authors"] = authors
        online = top.opt_parse("online", Date.parse)
        with design.at("patients"):
            design_record = Design(
                kind=design.string("kind"),
                patients=design.integer("patients", minimum=1),
                blinded=design.boolean("blinded"),
                placebo=design.boolean("placebo"),
                control=design.string("control"),
                preliminary=design.boolean("preliminary"),
            )
        population_record = Population(
            condition=population.string("condition"),
            injury=population.string("injury"),
            causes=population.string("causes"),
            timing=population.string("timing"),
            symptoms=population.strings("symptoms"),
        )
        intervention_record = Intervention(
            cells=intervention.string("cells"),
            abbreviation=intervention.string("abbreviation"),
            autologous=intervention.boolean("autologous"),
            cell_source=intervention.string("cell_source"),
            culture=intervention.string("culture"),
            culture_medium=intervention.string("culture_medium"),
            route=intervention.string("route"),
        )
        with top.at("provenance"):
            study = Study(
                **bibliographic,
                online=online,
                design=design_record,
                population=population_record,
                intervention=intervention_record,
                provenance=provenance,
            )
        missing = [path for path in study.fact_paths() if path not in dict(provenance)]
        if missing:
            raise provenance_table.error(missing[0], "missing: every fact needs a provenance")
        for person in people:
            if Role.FIRST_AUTHOR in person.roles and not authors[0].same_name(person):
                raise ReferenceDataError(
                    f"{person.id!r} is marked first author but is not first in {_STUDY_FILE}",
                    path=self.name("people.toml"),
                    field="roles",
                )
        return study

    # -- claims ------------------------------------------------------------------------

    def _claims(self, source_ids: set[str]) -> tuple[Claim, ...]:
        top = self.read_toml("claims.toml")
        top.reject_unknown(("claims",))
        claims = []
        entries = top.tables("claims")
        for entry in entries:
            entry.reject_unknown(
                ("id", "topic", "statement", "provenance", "assessment", "corrects", "note")
            )
            assessment = entry.opt_parse("assessment", _enum(Assessment))
            values = {key: entry.opt_string(key) for key in ("corrects", "note")}
            claim_id = entry.string("id")
            topic = entry.string("topic")
            statement = entry.string("statement")
            provenance = _provenance(entry, source_ids, required=True)
            with entry.at("corrects"):
                claim = Claim(
                    id=claim_id,
                    topic=topic,
                    statement=statement,
                    provenance=provenance,
                    assessment=assessment or Assessment.SUPPORTED,
                    **values,
                )
            claims.append(claim)
        ids = [claim.id for claim in claims]
        _check_unique(top, "claims", ids)
        for entry, claim in zip(entries, claims, strict=True):
            if claim.corrects is not None and claim.corrects not in ids:
                raise entry.error("corrects", "no such claim", claim.corrects)
        return tuple(claims)

    # -- quotes ------------------------------------------------------------------------

    def _quotes(
        self, sources: tuple[Source, ...], people: tuple[Person, ...], source_ids: set[str]
    ) -> tuple[tuple[Entity, ...], tuple[Quote, ...]]:
        top = self.read_toml("quotes.toml")
        top.reject_unknown(("entities", "quotes"))
        entities = []
        for entry in top.tables("entities"):
            entry.reject_unknown(("id", "name", "kind", "work"))
            entities.append(
                Entity(
                    id=entry.string("id"),
                    name=entry.string("name"),
                    kind=entry.string("kind"),
                    work=entry.opt_string("work"),
                )
            )
        speakers: dict[str, Person | Entity] = {p.id: p for p in people if p.id}
        for entity in entities:
            if entity.id in speakers:
                raise top.error("entities", "id already used by a person", entity.id)
            speakers[entity.id] = entity
        by_id = {source.id: source for source in sources}
        quotes = []
        for entry in top.tables("quotes"):
            entry.reject_unknown(
                (
                    "id",
                    "speakers",
                    "kind",
                    "source",
                    "cue",
                    "text",
                    "role",
                    "title",
                    "provenance",
                    "variants",
                )
            )
            names = entry.strings("speakers")
            if not names:
                raise entry.error("speakers", "missing (required)")
            resolved = tuple(
                _lookup(entry, f"speakers[{index}]", speakers, name, "speaker")
                for index, name in enumerate(names)
            )
            source = _lookup(entry, "source", by_id, entry.string("source"), "source")
            variants = []
            for variant in entry.tables("variants"):
                variant.reject_unknown(
                    ("source", "text", "altered", "differences", "attributed_as")
                )
                text = variant.string("text")
                variant_source = _lookup(
                    variant, "source", by_id, variant.string("source"), "source"
                )
                altered = variant.boolean("altered")
                differences = variant.strings("differences")
                with variant.at("differences"):
                    variants.append(
                        QuoteVariant(
                            text=text,
                            source=variant_source,
                            altered=altered,
                            differences=differences,
                            attributed_as=variant.opt_string("attributed_as"),
                        )
                    )
            first = resolved[0]
            role, title = _speaker_role(first) if isinstance(first, Person) else (None, None)
            values = {key: entry.opt_string(key) for key in ("role", "title", "cue")}
            values["role"] = values["role"] or role
            values["title"] = values["title"] or title
            quote_id = entry.string("id")
            text = entry.string("text")
            kind = entry.parse("kind", _enum(QuoteKind))
            provenance = _provenance(entry, source_ids, required=True)
            with entry.at("text"):
                quote = Quote(
                    id=quote_id,
                    text=text,
                    speakers=resolved,
                    source=source,
                    kind=kind,
                    provenance=provenance,
                    variants=tuple(variants),
                    **values,
                )
            quotes.append(quote)
        _check_unique(top, "entities", [e.id for e in entities])
        _check_unique(top, "quotes", [q.id for q in quotes])
        return tuple(entities), tuple(quotes)


def _enum(cls: type[T]) -> type[T]:
    """Return *cls* wrapped so an unknown value raises :class:`RecordError`."""

    def parse(value: str) -> T:
        try:
            return cls(value)  # type: ignore[call-arg]
        except ValueError:
            known = ", ".join(str(member) for member in cls)  # type: ignore[attr-defined]
            raise RecordError(f"expected one of: {known}", value=value) from None

    return parse  # type: ignore[return-value]


def _lookup(entry: Fields, key: str, table: Mapping[str, T], name: str, kind: str) -> T:
    if name not in table:
        known = ", ".join(sorted(table))
        raise entry.error(key, f"no such {kind} (known: {known})", name)
    return table[name]


def _provenance(
    entry: Fields, source_ids: set[str], *, key: str = "provenance", required: bool = False
) -> tuple[Provenance, ...]:
    items = []
    for item in entry.tables(key):
        item.reject_unknown(("source", "excerpt", "locator"))
        source = item.string("source")
        if source not in source_ids:
            raise item.error(
                "source", f"unknown source id (known: {', '.join(sorted(source_ids))})", source
            )
        excerpt = item.opt_string("excerpt")
        locator = item.opt_string("locator")
        with item.at("excerpt"):
            items.append(Provenance(source=source, excerpt=excerpt, locator=locator))
    if required and not items:
        raise entry.error(key, "missing: at least one source is required")
    return tuple(items)


def _check_unique(top: Fields, key: str, ids: list[str], *, what: str = "id") -> None:
    seen: set[str] = set()
    for index, value in enumerate(ids):
        if value in seen:
            raise top.error(f"{key}[{index}].{what}", f"duplicate {what}", value)
        seen.add(value)


def _enrich_author(
    author: Person, index: int, people: tuple[Person, ...], sources: tuple[Provenance, ...]
) -> Person:
    for person in people:
        if person.same_name(author):
            roles = (Role.AUTHOR, *(r for r in person.roles if r is not Role.AUTHOR))
            return dataclasses.replace(person, roles=roles)
    roles = (Role.AUTHOR, Role.FIRST_AUTHOR) if index == 0 else (Role.AUTHOR,)
    return dataclasses.replace(author, roles=roles, provenance=sources)


def _with_author_role(person: Person, study: Study) -> Person:
    for author in study.authors:
        if author.same_name(person):
            return author
    return person


def _speaker_role(person: Person) -> tuple[str | None, str | None]:
    roles = [role for role in person.roles if role is not Role.AUTHOR]
    role = roles[0].value.replace("-", " ") if roles else None
    title = str(person.affiliations[-1]) if person.affiliations else None
    return role, title
