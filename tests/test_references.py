"""References: a loaded study does everything the package does, whatever its ids and file names."""

from __future__ import annotations

import itertools
import json
import re
import shutil
import tomllib
from pathlib import Path

import pytest

import msc_sci
from msc_sci import References

SEEDS = ("seeds/000_655b9478474eebb7.txt", "seeds/004_ad8a47b71054a40d.txt")
STYLES = ("apa", "vancouver", "chicago-author-date", "ieee", "apa-6th-edition", "bibtex:plain")
FORMATS = ("bibtex", "biblatex", "ris", "csl-json", "cff", "coins", "highwire", "jsonld")
CHECKED = (
    "Stephen Waxman, lead author of the study, said so.",
    "It appeared in the Journal of Clinical Neurology and Neurosurgery.",
    "A blinded, randomised trial of a dozen patients was published in Nature Medicine.",
    "They used embryonic stem cells from donors, injected into the spinal cord.",
    "Stem cells cure chronic spinal cord injury with no side effects, a study says.",
    "Stemirac, the team behind this new study, said so.",
    "\u201cThe idea that it is possible to restore motor function after a brain and spinal "
    "cord injury using the patient\u2019s own stem cells has fascinated us for years,\u201d "
    "Waxman said.",
)


def _renamed_copy(source: Path, target: Path) -> dict[str, str]:
    """Copy *source* to *target* with every id and the record's file name renamed.

    Returns the renaming, old id -> new id.
    """
    shutil.copytree(source, target)
    study = tomllib.loads((source / "study.toml").read_text(encoding="utf-8"))
    ids: dict[str, str] = {study["work"]: "work-a"}
    for file, key, prefix in (
        ("sources.toml", "sources", "source"),
        ("people.toml", "people", "person"),
        ("claims.toml", "claims", "claim"),
        ("quotes.toml", "quotes", "quote"),
        ("quotes.toml", "entities", "entity"),
    ):
        data = tomllib.loads((source / file).read_text(encoding="utf-8"))
        for index, entry in enumerate(data[key]):
            ids.setdefault(entry["id"], f"{prefix}-{index:02d}")
    old_record = study["record"]
    new_record = "the-record.json"
    (target / old_record).rename(target / new_record)
    for path in target.iterdir():
        if path.suffix not in {".toml", ".json"}:
            continue
        text = path.read_text(encoding="utf-8")
        text = text.replace(f'"{old_record}"', f'"{new_record}"')
        text = _rename_tokens(text, ids)
        path.write_text(text, encoding="utf-8")
    return ids


def _rename_tokens(text: str, ids: dict[str, str]) -> str:
    """Rename each id in *text* wherever it stands as a whole token."""
    names = sorted(ids, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w.-])(" + "|".join(map(re.escape, names)) + r")(?![\w-])")
    return pattern.sub(lambda m: ids[m.group()], text)


def _rename(text: str, ids: dict[str, str]) -> str:
    """Rename each id in *text* where it stands as a whole token.

    A plain word (a person's id is their family name) is renamed only in quotes, as a
    ``repr`` or JSON gives it, so that the same word in prose stays.
    """
    names = sorted(ids, key=len, reverse=True)
    words = "|".join(re.escape(name) for name in names if not re.search(r"[\d-]", name))
    tokens = "|".join(re.escape(name) for name in names if re.search(r"[\d-]", name))
    pattern = re.compile(rf"(?<=['\"])({words})(?=['\"])|(?<![\w.-])({tokens})(?![\w-])")
    return pattern.sub(lambda m: ids[m.group()], text)


@pytest.fixture(scope="module")
def renamed(tmp_path_factory: pytest.TempPathFactory) -> tuple[References, dict[str, str]]:
    """The bundled study loaded from a copy in which every id and file name is renamed."""
    root = Path(__file__).resolve().parent.parent / "references"
    target = tmp_path_factory.mktemp("renamed") / "refs"
    ids = _renamed_copy(root, target)
    return msc_sci.load_references(target), ids


def test_renamed_copy_renames_everything(renamed: tuple[References, dict[str, str]]) -> None:
    """No old id and no old file name is left in the copy, yet it loads."""
    refs, ids = renamed
    text = "\n".join(path.read_text(encoding="utf-8") for path in refs.directory.glob("*.toml")) + (
        refs.directory / refs.record_file
    ).read_text(encoding="utf-8")
    left = [old for old in ids if re.search(rf'"{re.escape(old)}"', text)]
    expected = ([], "the-record.json", False)
    assert expected == (left, refs.record_file, (refs.directory / "honmou2021.json").exists())


@pytest.mark.parametrize(
    ("style", "mode", "format"),
    list(itertools.product(STYLES, ("bibliography", "citation"), ("text", "html"))),
)
def test_renamed_copy_cites_alike(
    renamed: tuple[References, dict[str, str]], style: str, mode: str, format: str
) -> None:
    """The renamed copy cites the study exactly as the bundled one does."""
    refs, _ = renamed
    assert msc_sci.cite(style, mode=mode, format=format) == refs.cite(
        style, mode=mode, format=format
    )


def test_renamed_copy_cites_with_a_locator(renamed: tuple[References, dict[str, str]]) -> None:
    """A citation with a locator and affixes is the same too."""
    refs, _ = renamed
    options = {"mode": "citation", "locator": "4", "prefix": "see ", "label": "figure"}
    assert msc_sci.cite("apa", **options) == refs.cite("apa", **options)


@pytest.mark.parametrize("to", FORMATS)
def test_renamed_copy_exports_alike(renamed: tuple[References, dict[str, str]], to: str) -> None:
    """Each export is the bundled one with the record's id renamed."""
    refs, ids = renamed
    assert _rename(msc_sci.export(to), ids) == refs.export(to)


def test_renamed_copy_exports_its_own_record(renamed: tuple[References, dict[str, str]]) -> None:
    """The CSL-JSON export reproduces the renamed record file byte for byte."""
    refs, _ = renamed
    expected = (refs.directory / refs.record_file).read_text(encoding="utf-8")
    assert expected == refs.export("csl-json")


@pytest.mark.parametrize(
    ("audience", "length", "format"),
    list(
        itertools.product(
            ("public", "patient", "clinician", "journalist"),
            ("tweet", "short", "standard"),
            ("text", "json"),
        )
    ),
)
def test_renamed_copy_summarises_alike(
    renamed: tuple[References, dict[str, str]], audience: str, length: str, format: str
) -> None:
    """Each summary is the bundled one, its claim, quote and source ids renamed."""
    refs, ids = renamed
    bundled = msc_sci.summarize(audience, length=length, format=format)
    ours = refs.summarize(audience, length=length, format=format)
    assert _rename(str(bundled), ids) == str(ours)
    assert _rename(repr(bundled.sentences), ids) == repr(ours.sentences)


def _findings(findings: list[msc_sci.Finding], text: str) -> str:
    return json.dumps([finding.to_dict(text) for finding in findings])


@pytest.mark.parametrize("text", CHECKED)
def test_renamed_copy_checks_alike(renamed: tuple[References, dict[str, str]], text: str) -> None:
    """The checker finds the same things, against the renamed claims and quotes."""
    refs, ids = renamed
    assert _rename(_findings(msc_sci.check(text), text), ids) == _findings(refs.check(text), text)


@pytest.mark.parametrize("seed", SEEDS)
def test_renamed_copy_reads_the_seeds_alike(
    renamed: tuple[References, dict[str, str]], shared: Path, seed: str
) -> None:
    """Checking, finding quotes and attributing them in the seeds gives the same results."""
    refs, ids = renamed
    text = (shared / seed).read_text(encoding="utf-8")
    assert _rename(_findings(msc_sci.check(text), text), ids) == _findings(refs.check(text), text)
    assert _rename(repr(msc_sci.find_quotes(text)), ids) == repr(refs.find_quotes(text))
    for paragraph in text.split("\n\n"):
        expected = _rename(repr(msc_sci.attribute(paragraph)), ids)
        assert expected == repr(refs.attribute(paragraph))


@pytest.mark.parametrize("speaker", ["Waxman", "Dr. Jeffrey Kocsis", "the paper", None])
def test_renamed_copy_gives_the_same_quotes(
    renamed: tuple[References, dict[str, str]], speaker: str | None
) -> None:
    """Quotes by any form of a speaker's name, and their attributions, are the same."""
    refs, ids = renamed
    bundled = msc_sci.quotes(speaker)
    ours = refs.quotes(speaker)
    assert _rename(repr(bundled), ids) == repr(ours)
    assert [q.attributed("academic") for q in bundled] == [q.attributed("academic") for q in ours]


def test_renamed_copy_gives_the_same_records(renamed: tuple[References, dict[str, str]]) -> None:
    """Study, people, sources and claims are the bundled ones with their ids renamed."""
    refs, ids = renamed
    for name in ("people", "sources", "claims"):
        assert _rename(repr(getattr(msc_sci, name)()), ids) == repr(getattr(refs, name)())
    assert _rename(repr(msc_sci.study()), ids) == repr(refs.study)
