"""Loading references/: the bundled facts, their provenance, and errors in edited files."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

import msc_sci
from msc_sci import ReferenceDataError, Role, UnknownNameError, load_references

AUTHORS = [
    "Osamu Honmou",
    "Toshihiko Yamashita",
    "Tomonori Morita",
    "Tsutomu Oshigiri",
    "Ryunosuke Hirota",
    "Satoshi Iyama",
    "Junji Kato",
    "Yuichi Sasaki",
    "Sumio Ishiai",
    "Yoichi M. Ito",
    "Ai Namioka",
    "Tomohiro Namioka",
    "Masahito Nakazaki",
    "Yuko Kataoka-Sasaki",
    "Rie Onodera",
    "Shinichi Oka",
    "Masanori Sasaki",
    "Stephen G. Waxman",
    "Jeffery D. Kocsis",
]

SEEDS = {"S004": "004_ad8a47b71054a40d.txt", "S000": "000_655b9478474eebb7.txt"}


def test_study_bibliographic_facts() -> None:
    """The bundled study has the paper's DOI, journal, volume, article number and dates."""
    study = msc_sci.study()
    actual = (
        study.doi,
        study.container_title,
        study.issn,
        study.volume,
        study.number,
        str(study.issued),
        str(study.online),
        study.publisher,
    )
    expected = (
        "10.1016/j.clineuro.2021.106565",
        "Clinical Neurology and Neurosurgery",
        "0303-8467",
        "203",
        "106565",
        "2021-04",
        "2021-02-18",
        "Elsevier",
    )
    assert expected == actual


def test_nineteen_authors_in_order() -> None:
    """All 19 authors are there, in the publisher's order."""
    assert AUTHORS == [str(person) for person in msc_sci.study().authors]


def test_roles_of_first_and_senior_authors() -> None:
    """Honmou is first author; Waxman and Kocsis are the senior authors."""
    study = msc_sci.study()
    assert study.first_author.has_role(Role.FIRST_AUTHOR)
    assert ["waxman", "kocsis"] == [p.id for p in study.senior_authors]
    assert all(p.has_role(Role.AUTHOR) for p in study.authors)


def test_senior_authors_titles_at_the_time() -> None:
    """Titles come from the news release, each with its provenance."""
    refs = load_references()
    waxman = refs.person("waxman").affiliations[0]
    assert "professor of neurology, neuroscience and pharmacology at Yale University" == str(waxman)
    assert "yale2021release" == waxman.provenance[0].source


def test_study_is_cached() -> None:
    """``study()`` returns the same object each time."""
    assert msc_sci.study() is msc_sci.study()


def test_design_facts() -> None:
    """The design is a 13-patient case series, not blinded, without placebo."""
    design = msc_sci.study().design
    assert ("case series", 13, False, False) == (
        design.kind,
        design.patients,
        design.blinded,
        design.placebo,
    )


def test_every_fact_has_provenance_from_a_known_source() -> None:
    """Each fact of the study names at least one source that exists."""
    refs = load_references()
    source_ids = {source.id for source in refs.sources}
    for path in refs.study.fact_paths():
        provenance = refs.study.provenance_of(path)
        assert provenance, path
        assert {p.source for p in provenance} <= source_ids, path


def test_every_person_claim_and_quote_has_provenance() -> None:
    """People, affiliations, claims and quotes all carry their sources."""
    refs = load_references()
    assert all(p.provenance for p in refs.study.authors)
    assert all(a.provenance for p in refs.people for a in p.affiliations)
    assert all(c.provenance for c in refs.claims)
    assert all(q.provenance for q in refs.quotes)


def _all_provenance() -> list[tuple[str, str, str]]:
    refs = load_references()
    found = [
        (path, p.source, p.excerpt) for path, ps in refs.study.provenance for p in ps if p.excerpt
    ]
    found += [
        (f"person {x.id}", p.source, p.excerpt)
        for x in refs.people
        for p in x.provenance
        if p.excerpt
    ]
    found += [
        (f"affiliation {x.id}", p.source, p.excerpt)
        for x in refs.people
        for a in x.affiliations
        for p in a.provenance
        if p.excerpt
    ]
    found += [
        (f"claim {c.id}", p.source, p.excerpt)
        for c in refs.claims
        for p in c.provenance
        if p.excerpt
    ]
    found += [
        (f"quote {q.id}", p.source, p.excerpt)
        for q in refs.quotes
        for p in q.provenance
        if p.excerpt
    ]
    return found


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_every_excerpt_is_verbatim_in_its_seed(shared: Path) -> None:
    """Each excerpt quoted from a news article appears word for word in that article."""
    refs = load_references()
    seeds = {
        source.id: _normalise((shared / "seeds" / SEEDS[source.code]).read_text("utf-8"))
        for source in refs.sources
        if source.code in SEEDS
    }
    checked = 0
    for where, source, excerpt in _all_provenance():
        if source in seeds:
            assert _normalise(excerpt) in seeds[source], (where, excerpt)
            checked += 1
    assert checked > 50


def test_quote_variants_are_verbatim_in_their_seed(shared: Path) -> None:
    """A variant's text is how that source printed it."""
    refs = load_references()
    for quote in refs.quotes:
        for variant in quote.variants:
            text = _normalise((shared / "seeds" / SEEDS[variant.source.code]).read_text("utf-8"))
            assert _normalise(variant.text.rstrip(".")) in text


def test_unknown_lookup_suggests_the_closest_id() -> None:
    """Looking up a misspelt id raises a LookupError that suggests the right one."""
    with pytest.raises(UnknownNameError, match="did you mean 'waxman'"):
        load_references().person("waxmann")


# -- edited references/ with mistakes --------------------------------------------------------


@pytest.fixture
def copy(tmp_path: Path, references_dir: Path) -> Path:
    """A writable copy of references/."""
    target = tmp_path / "references"
    shutil.copytree(references_dir, target)
    return target


def _edit(directory: Path, file: str, change: Callable[[str], str]) -> None:
    path = directory / file
    before = path.read_text("utf-8")
    after = change(before)
    assert before != after, "the edit changed nothing"
    path.write_text(after, "utf-8")


@pytest.mark.parametrize(
    ("file", "old", "new", "field", "match"),
    [
        ("honmou2021.json", '"DOI": "10.1016/', '"DOI": "11.1016/', "[0].DOI", "not a DOI"),
        ("honmou2021.json", '"0303-8467"', '"0303-8468"', "[0].ISSN", "check digit"),
        (
            "honmou2021.json",
            "[\n          2021,\n          4\n        ]",
            "[\n          2021,\n          13,\n          1\n        ]",
            "[0].issued.date-parts[0][2]",
            "needs a month",
        ),
        (
            "study.toml",
            'online = "2021-02-18"',
            'online = "2021-02-30"',
            "online",
            "February has 28 days",
        ),
        (
            "study.toml",
            "patients = 13",
            'patients = "13"',
            "design.patients",
            "expected an integer",
        ),
        (
            "study.toml",
            'doi = [{ source = "yale2021release"',
            'doi = [{ source = "yale"',
            "provenance.doi[0].source",
            "unknown source id",
        ),
        ("people.toml", 'id = "sasaki"', 'id = "honmou"', "people[1].id", "duplicate id"),
        (
            "people.toml",
            'roles = ["senior-author"]',
            'roles = ["senior-autor"]',
            "people[2].roles[0]",
            "expected one of",
        ),
        (
            "claims.toml",
            'corrects = "harms-none-substantial"',
            'corrects = "harms-none"',
            "claims[16].corrects",
            "no such claim",
        ),
        (
            "quotes.toml",
            'speakers = ["kocsis"]',
            'speakers = ["kosis"]',
            "quotes[0].speakers[0]",
            "no such speaker",
        ),
        (
            "sources.toml",
            'date = "2021-02-22"',
            'date = "22 Feb 2021"',
            "sources[1].date",
            "not a date",
        ),
        ("sources.toml", 'kind = "news"', 'kind = "blog"', "sources[2].kind", "expected one of"),
    ],
)
def test_mistakes_name_the_file_and_field(
    copy: Path, file: str, old: str, new: str, field: str, match: str
) -> None:
    """Each mistake raises ReferenceDataError naming the file and the field."""
    _edit(copy, file, lambda text: text.replace(old, new, 1))
    with pytest.raises(ReferenceDataError, match=match) as info:
        load_references(copy)
    assert (f"{copy}/{file}", field) == (info.value.path, info.value.field)


def test_missing_provenance_is_an_error(copy: Path) -> None:
    """A fact whose provenance is removed fails to load."""
    _edit(copy, "study.toml", lambda t: re.sub(r"\nvolume = \[.*\]\n", "\n", t))
    with pytest.raises(ReferenceDataError, match="every fact needs a provenance") as info:
        load_references(copy)
    assert "provenance.volume" == info.value.field


def test_invalid_toml_names_the_file(copy: Path) -> None:
    """A TOML syntax error is reported with the file and line."""
    _edit(copy, "people.toml", lambda t: t.replace('family = "Waxman"', 'family = "Waxman'))
    with pytest.raises(ReferenceDataError, match=r"people.toml: not valid TOML.*line"):
        load_references(copy)


def test_invalid_json_names_the_file(copy: Path) -> None:
    """A JSON syntax error is reported with the file, line and column."""
    _edit(copy, "honmou2021.json", lambda t: t.replace('"id":', '"id"', 1))
    with pytest.raises(ReferenceDataError, match=r"honmou2021.json: not valid JSON.*line 3"):
        load_references(copy)


def test_missing_file(copy: Path) -> None:
    """A missing file is named."""
    (copy / "claims.toml").unlink()
    with pytest.raises(ReferenceDataError, match=r"claims\.toml: file is missing"):
        load_references(copy)


def test_unknown_field_suggests_the_right_one(copy: Path) -> None:
    """A misspelt key is reported with a suggestion."""
    _edit(copy, "study.toml", lambda t: t.replace("placebo = false", "placedo = false"))
    with pytest.raises(ReferenceDataError, match="did you mean 'placebo'"):
        load_references(copy)


def test_first_author_role_must_match_author_order(copy: Path) -> None:
    """Marking someone first author who is not first is caught."""
    _edit(
        copy,
        "people.toml",
        lambda t: t.replace('roles = ["senior-author"]', 'roles = ["first-author"]', 1),
    )
    with pytest.raises(ReferenceDataError, match="first author but is not first"):
        load_references(copy)


def test_errors_are_value_errors_too(copy: Path) -> None:
    """ReferenceDataError is a ValueError, for callers that catch that."""
    _edit(copy, "study.toml", lambda t: t.replace("patients = 13", "patients = 0"))
    with pytest.raises(ValueError, match="must be at least 1"):
        load_references(copy)


def test_a_nul_in_the_directory_is_a_reference_data_error() -> None:
    """A path with a NUL byte is refused as data, not a bare ValueError."""
    with pytest.raises(ReferenceDataError, match=r"a\\x00b: a path cannot hold a NUL"):
        load_references("a\0b")


def test_deeply_nested_json_is_a_reference_data_error(copy: Path) -> None:
    """JSON nested 100,000 deep is refused naming the file, not a RecursionError."""
    _edit(copy, "honmou2021.json", lambda t: "[" * 100_000 + "]" * 100_000)
    with pytest.raises(ReferenceDataError, match=r"honmou2021.json: not valid JSON"):
        load_references(copy)


def test_deeply_nested_toml_is_a_reference_data_error(copy: Path) -> None:
    """TOML nested 100,000 deep is refused naming the file, not a RecursionError."""
    _edit(copy, "people.toml", lambda t: "x = " + "[" * 100_000 + "]" * 100_000)
    with pytest.raises(ReferenceDataError, match=r"people.toml: not valid TOML"):
        load_references(copy)


def test_a_lone_surrogate_in_a_reference_file_is_refused(copy: Path) -> None:
    """A JSON escape of half a UTF-16 pair in the study record is refused with the field."""
    _edit(copy, "honmou2021.json", lambda t: t.replace('"title": "', '"title": "\\ud800', 1))
    with pytest.raises(ReferenceDataError, match=r"\[0\]\.title: .*lone surrogate U\+D800"):
        load_references(copy)
