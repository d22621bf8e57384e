"""``msc-sci cite --bibliography refs.bib`` against citeproc-js on the same CSL-JSON.

The ``.bib`` file is read by our reader; citeproc-js formats the CSL-JSON the reader
gives, and the command line must print what citeproc-js prints. Skipped where ``node``
or the citeproc npm module is missing, as the other cross-checks are.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest

import msc_sci
from msc_sci._cli import main
from tests.cite.test_crosscheck import STYLES, _run_node, _ws, pytestmark  # noqa: F401

BIB = r"""
@string{nat = "Nature"}
@article{honmou, author = {Honmou, Osamu and Yamashita, Tomonori and Morita, Tomohiro
    and others}, title = {Intravenous infusion of auto serum-expanded autologous
    mesenchymal stem cells in spinal cord injury patients: 13 case series},
  journaltitle = {Clinical Neurology and Neurosurgery}, date = {2021-04},
  volume = 203, eid = {106565}, doi = {10.1016/j.clineuro.2021.106565}}
@article{beethoven, author = {van Beethoven, Ludwig and de la Fontaine, Jean},
  title = {On the {Markov} property of {\"U}ber-{DNA} -- a note}, journal = nat,
  year = 1999, month = mar, volume = 12, number = 3, pages = {101--119}}
@book{who, author = {{World Health Organization}}, title = {Global report on
  spinal cord injury}, publisher = {WHO} # { Press}, location = {Geneva}, year = 2013,
  edition = {2}, isbn = {978-92-4-156466-3}}
@incollection{chapter, author = {M{\"u}ller, J{\"o}rg and Doe, Jr., John},
  title = {Stem cells}, crossref = {edited}, pages = {45--67}}
@collection{edited, editor = {Smith, Ann and Jones, Bo}, title = {Regeneration},
  publisher = {Springer}, address = {Berlin}, year = 2015, series = {Neuro Methods},
  volume = 7}
@phdthesis{thesis, author = {{\O}stergaard, S{\o}ren}, title = {Axon growth},
  school = {University of Copenhagen}, year = 2010}
@techreport{report, author = {Roe, Al}, title = {Trial design}, institution = {NASA},
  number = {TR-12}, year = 2004}
@online{web, author = {Kay, Jo}, title = {Cells explained}, url = {https://example.org/cells},
  urldate = {2024-02-03}, date = {2023-11-20}, organization = {Example Org}}
@inproceedings{talk, author = {Lee, Min}, title = {Imaging the cord},
  booktitle = {Proceedings of the Spine Meeting}, year = 2018, pages = {1--4},
  publisher = {IEEE}, address = {Rome}}
"""
KEYS = ("beethoven", "who", "chapter", "web")
#: Entries our CSL engine still formats differently from citeproc-js (the engine's own
#: issues, not the reader's: both format the same CSL-JSON). Left out of the comparison.
ENGINE_DIFFERENCES = {
    ("apa", "thesis"),  # APA adds "(Publication)" for a thesis without a number
    ("nature", "chapter"),  # Nature's editor label: "eds" where citeproc-js has "eds."
}


@cache
def _citeproc_js(style: str) -> dict[str, Any]:
    """citeproc-js's output for the CSL-JSON our reader makes of the .bib file."""
    items = [work.to_csl_json() for work in msc_sci.parse_bibliography(BIB, format="bibtex")]
    result: dict[str, Any] = _run_node("render.js", style, items=items, cite=list(KEYS))
    return result


@pytest.fixture(scope="module")
def bib(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The varied .bib file above."""
    path = tmp_path_factory.mktemp("bib") / "refs.bib"
    path.write_text(BIB, encoding="utf-8")
    return path


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert 0 == main(list(argv))
    return capsys.readouterr().out


@pytest.mark.parametrize("style", STYLES)
def test_cli_bibliography_of_a_bib_file_matches_citeproc_js(
    style: str, bib: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every entry of the .bib file, in order, is what citeproc-js prints for its CSL-JSON."""
    expected = _citeproc_js(style)["bibliography"]
    printed = _cli(capsys, "cite", "--bibliography", str(bib), "--style", style).splitlines()
    assert len(expected) == len(printed)
    compared = [
        (key, _ws(entry), _ws(line))
        for (key, entry), line in zip(expected, printed, strict=True)
        if (style, key) not in ENGINE_DIFFERENCES
    ]
    assert [(key, entry) for key, entry, _ in compared] == [
        (key, line) for key, _, line in compared
    ]


@pytest.mark.parametrize("style", STYLES)
def test_cli_citation_of_keys_matches_citeproc_js(
    style: str, bib: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One citation of several keys is what citeproc-js prints for the same cluster."""
    expected = _citeproc_js(style)
    keys = [argument for key in KEYS for argument in ("--key", key)]
    printed = _cli(
        capsys, "cite", "--bibliography", str(bib), "--style", style, "--mode", "citation", *keys
    )
    assert _ws(expected["together"]) == _ws(printed)
