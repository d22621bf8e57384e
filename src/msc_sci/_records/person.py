"""People and organisations: names, roles in the study, affiliations."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from msc_sci._errors import RecordError
from msc_sci._fields import Fields, check_text
from msc_sci._records.identifiers import check_orcid, require_canonical
from msc_sci._records.provenance import Provenance

__all__ = ["Affiliation", "Person", "Role"]

_NAME_PARTS = ("family", "given", "non_dropping_particle", "dropping_particle", "suffix", "literal")
_CSL_NAME_KEYS = (
    "family",
    "given",
    "dropping-particle",
    "non-dropping-particle",
    "suffix",
    "comma-suffix",
    "static-ordering",
    "literal",
    "parse-names",
)


class Role(StrEnum):
    """A person's part in the study."""

    AUTHOR = "author"
    FIRST_AUTHOR = "first-author"
    SENIOR_AUTHOR = "senior-author"
    KEY_INVESTIGATOR = "key-investigator"


@dataclass(frozen=True, slots=True, kw_only=True)
class Affiliation:
    """Where a person worked at the time of the study, and as what.

    Attributes:
        institution: e.g. ``"Yale University"``.
        title: The person's title there, e.g. ``"professor of neurology and neuroscience"``.
        provenance: The sources that state it.
    """

    institution: str
    title: str | None = None
    provenance: tuple[Provenance, ...] = ()

    def __post_init__(self) -> None:
        if not self.institution.strip():
            raise RecordError("must not be empty", field="institution", value=self.institution)

    def __str__(self) -> str:
        return f"{self.title} at {self.institution}" if self.title else self.institution


@dataclass(frozen=True, slots=True, kw_only=True)
class Person:
    """A person or, with only :attr:`literal`, an organisation named as an author.

    Name parts follow CSL-JSON, so any name a citation style can print can be stored.

    Attributes:
        family: Family name, e.g. ``"Waxman"``.
        given: Given names and initials, e.g. ``"Stephen G."``.
        non_dropping_particle: A particle kept when sorting, e.g. ``"van"`` in Dutch usage.
        dropping_particle: A particle dropped when sorting, e.g. ``"de"`` in French usage.
        suffix: e.g. ``"Jr."``.
        literal: A name printed as it is, e.g. ``"Yale University"``.
        comma_suffix: Whether a comma goes before the suffix.
        static_ordering: Whether the name is always printed family name first.
        parse_names: CSL-JSON ``parse-names``, kept for round trips (``None`` when unset).
        id: Registry id, e.g. ``"waxman"``, for people in ``references/people.toml``.
        orcid: ORCID iD, checked.
        roles: The person's parts in the study.
        affiliations: Institutions and titles at the time.
        provenance: The sources that name the person in these roles.

    >>> str(Person(family="Waxman", given="Stephen G."))
    'Stephen G. Waxman'
    """

    family: str | None = None
    given: str | None = None
    non_dropping_particle: str | None = None
    dropping_particle: str | None = None
    suffix: str | None = None
    literal: str | None = None
    comma_suffix: bool = False
    static_ordering: bool = False
    parse_names: bool | None = None
    id: str | None = None
    orcid: str | None = None
    roles: tuple[Role, ...] = ()
    affiliations: tuple[Affiliation, ...] = ()
    provenance: tuple[Provenance, ...] = ()

    def __post_init__(self) -> None:
        for part in _NAME_PARTS:
            value = getattr(self, part)
            if value is not None and (not isinstance(value, str) or not value.strip()):
                raise RecordError("must be a non-empty string or None", field=part, value=value)
            if value is not None:
                check_text(value, field=part)
        if self.family is None and self.given is None and self.literal is None:
            raise RecordError(
                "a name needs a family name, a given name or a literal", field="family"
            )
        require_canonical("orcid", self.orcid, check_orcid)

    def __str__(self) -> str:
        if self.literal is not None:
            return self.literal
        words = [
            self.given,
            self.dropping_particle,
            self.non_dropping_particle,
            self.family,
        ]
        text = " ".join(w for w in words if w)
        if self.suffix:
            text += f", {self.suffix}" if self.comma_suffix else f" {self.suffix}"
        return text

    @property
    def is_organization(self) -> bool:
        """Whether this is a literal name, as organisations are."""
        return self.literal is not None and self.family is None

    def has_role(self, role: Role | str) -> bool:
        """Whether the person had *role* in the study.

        >>> Person(family="Honmou", roles=(Role.FIRST_AUTHOR,)).has_role("first-author")
        True
        """
        return Role(role) in self.roles

    def same_name(self, other: Person) -> bool:
        """Whether *other* has the same name parts, whatever the roles and ids."""
        return all(getattr(self, part) == getattr(other, part) for part in _NAME_PARTS)

    @classmethod
    def from_csl_json(cls, data: object, where: str = "", *, path: str | None = None) -> Person:
        """Build a person from a CSL-JSON name object.

        >>> Person.from_csl_json({"family": "Kocsis", "given": "Jeffery D."}).given
        'Jeffery D.'
        """
        fields = Fields(data, where, path=path)
        fields.reject_unknown(_CSL_NAME_KEYS)
        parse_names = fields.flag("parse-names") if "parse-names" in fields else None
        family = fields.opt_string("family")
        given = fields.opt_string("given")
        literal = fields.opt_string("literal")
        if family is None and given is None and literal is None:
            raise fields.error(None, "a name needs family, given or literal")
        return cls(
            family=family,
            given=given,
            non_dropping_particle=fields.opt_string("non-dropping-particle"),
            dropping_particle=fields.opt_string("dropping-particle"),
            suffix=fields.opt_string("suffix"),
            literal=literal,
            comma_suffix=fields.flag("comma-suffix"),
            static_ordering=fields.flag("static-ordering"),
            parse_names=parse_names,
        )

    def to_csl_json(self) -> dict[str, object]:
        """Return the CSL-JSON name object (name parts only).

        >>> Person(family="Honmou", given="Osamu").to_csl_json()
        {'family': 'Honmou', 'given': 'Osamu'}
        """
        out: dict[str, object] = {}
        for key in (
            "family",
            "given",
            "dropping-particle",
            "non-dropping-particle",
            "suffix",
            "literal",
        ):
            value = getattr(self, key.replace("-", "_"))
            if value is not None:
                out[key] = value
        if self.comma_suffix:
            out["comma-suffix"] = True
        if self.static_ordering:
            out["static-ordering"] = True
        if self.parse_names is not None:
            out["parse-names"] = self.parse_names
        return out
