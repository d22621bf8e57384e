"""``msc_sci.sphinx.bibtex``: sphinxcontrib-bibtex's markup, formatted by CSL styles."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from tests.sphinx.conftest import ROOTS, Built


def _text(built: Built, name: str = "index") -> str:
    return " ".join((built.outdir / f"{name}.txt").read_text(encoding="utf-8").split())


def test_author_date_citations_link_to_their_entries(build: Callable[..., Built]) -> None:
    """Each APA citation links to its entry; same author and year get 2020a and 2020b."""
    built = build("bibtex")
    assert ("", 0) == (built.warnings, built.returncode)
    page = built.page()
    for key, text in (("doe2020a", "(Doe, 2020a)"), ("doe2020b", "(Doe, 2020b)")):
        link = re.search(
            rf'<a class="reference internal" href="#(cite-bib\d+-{key})">(.*?)</a>', page
        )
        assert link is not None
        assert text in link.group(2)
        assert f'id="{link.group(1)}"' in page


def test_roles_write_what_sphinxcontrib_bibtex_roles_write(build: Callable[..., Built]) -> None:
    """``t``, ``ts``, ``year``, ``author`` and ``{pre}key{post}`` give their forms."""
    built = build("bibtex", builder="text")
    index, methods = _text(built), _text(built, "methods")
    assert "As Roe and Poe (2019, p. 4) show" in index
    assert "(Doe, 2020a, Chapter 2; see Poe et al., 2018; Roe & Poe, 2019)" in index
    assert "Published in 2021 by Lee." in index
    assert "as does Poe, Moe, and Loe (2018)." in methods


def test_bibliography_lists_the_cited_entries_sorted_by_the_style(
    build: Callable[..., Built],
) -> None:
    """The default bibliography lists every cited entry (``:cite:empty:`` too), APA-sorted."""
    index = _text(build("bibtex", builder="text"))
    starts = ["Doe, J. (2020a)", "Doe, J. (2020b)", "Lee, L.", "Noone, N.", "Poe, P.", "Roe, R."]
    positions = [index.find(start, index.find("Published in")) for start in starts]
    assert -1 not in positions
    assert sorted(positions) == positions


def test_filter_and_keyprefix_make_a_second_bibliography(build: Callable[..., Built]) -> None:
    """A ``type == "book"`` filter with ``:keyprefix: b-`` lists books; ``b-`` keys link there."""
    built = build("bibtex")
    methods = built.page("methods")
    books = methods.split("Books only")[1]
    assert "A Book of Methods" in books
    assert "Early work" not in books
    assert re.search(
        r'<a class="reference internal" href="methods.html#cite-bib\d+-roe2019"',
        built.page("notes"),
    )


def test_footcite_writes_footnotes_with_the_entries(build: Callable[..., Built]) -> None:
    """``:footcite:p:`` is a footnote mark; ``.. footbibliography::`` holds the entries."""
    methods = _text(build("bibtex", builder="text"), "methods")
    assert "Early work [1], and Roe and Poe [2]." in methods
    assert "[1] Poe, P., Moe, M., & Loe, L. (2018). Early work." in methods


def test_numeric_style_collapses_ranges(build: Callable[..., Built]) -> None:
    """In a numeric style, works are numbered as first cited and ranges collapse."""
    built = build("bibtex", "-D", "msc_sci_style=elsevier-with-titles", builder="text")
    index = _text(built)
    assert "First [1], then [2]." in index
    assert "Together [1\u20133]." in _text(built, "methods")


def test_note_style_sets_citations_as_footnotes_with_ibid(
    build: Callable[..., Built], tmp_path: Path
) -> None:
    """With a note style, each citation is a footnote, and a repeat is "Ibid."."""
    built = build("bibtex", "-D", "msc_sci_style=chicago-notes-bibliography-16th-edition")
    page = built.page()
    notes = re.findall(r'<aside class="footnote[^>]*>.*?</aside>', page, flags=re.DOTALL)
    texts = [" ".join(re.sub(r"<[^>]+>", "", note).split()) for note in notes]
    assert texts[0].startswith("[1] Jane Doe, “First Findings,” ")
    assert texts[1].startswith("[2] Jane Doe, “Second Findings,” ")
    assert any(text.endswith("Ibid., 3.") for text in texts), texts


def test_latex_and_text_builders_write_the_citations(build: Callable[..., Built]) -> None:
    """The LaTeX builder writes citations and entries as LaTeX, with links."""
    built = build("bibtex", builder="latex")
    assert 0 == built.returncode
    tex = next(built.outdir.glob("*.tex")).read_text(encoding="utf-8")
    assert "(Doe, 2020a)" in tex
    assert r"\textit{A Book of Methods}" in tex
    assert r"\hyperref[\detokenize{index:cite-" in tex


def test_parallel_build_writes_what_a_serial_build_writes(build: Callable[..., Built]) -> None:
    """``-j 2`` gives the same pages as a serial build, without warnings."""
    serial = build("bibtex", builder="text")
    parallel = build("bibtex", "-j", "2", "-D", "language=en", builder="text")
    assert ("", 0) == (parallel.warnings, parallel.returncode)
    for name in ("index", "methods", "notes"):
        assert _text(serial, name) == _text(parallel, name)


def _incremental(source: Path, outdir: Path) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "sphinx", "-b", "text", "-q", str(source), str(outdir)],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stderr


def test_editing_the_bib_file_updates_every_citing_page(tmp_path: Path) -> None:
    """An incremental build after editing the ``.bib`` file rewrites every page citing it."""
    source = tmp_path / "project"
    shutil.copytree(ROOTS / "test-bibtex", source)
    outdir = tmp_path / "out"
    _incremental(source, outdir)
    bib = source / "refs.bib"
    bib.write_text(
        bib.read_text(encoding="utf-8").replace("Roe, Richard", "Zoe, Richard"), encoding="utf-8"
    )
    assert "" == _incremental(source, outdir)
    assert "See (Zoe & Poe, 2019)." in (outdir / "notes.txt").read_text(encoding="utf-8")
    assert "As Zoe and Poe (2019, p. 4)" in " ".join(
        (outdir / "index.txt").read_text(encoding="utf-8").split()
    )


def test_editing_one_page_renumbers_the_others(tmp_path: Path) -> None:
    """Citing a new work first on one page renumbers the citations on every other page."""
    source = tmp_path / "project"
    shutil.copytree(ROOTS / "test-bibtex", source)
    conf = source / "conf.py"
    conf.write_text(
        conf.read_text(encoding="utf-8") + 'msc_sci_style = "elsevier-with-titles"\n',
        encoding="utf-8",
    )
    outdir = tmp_path / "out"
    _incremental(source, outdir)
    assert "report [5] says" in (outdir / "methods.txt").read_text(encoding="utf-8")
    index = source / "index.rst"
    index.write_text(
        index.read_text(encoding="utf-8").replace(
            "First :cite:p:", "First :cite:p:`lee2021` :cite:p:"
        ),
        encoding="utf-8",
    )
    _incremental(source, outdir)
    assert "report [1] says" in (outdir / "methods.txt").read_text(encoding="utf-8")


def test_each_fault_gives_a_located_typed_warning(build: Callable[..., Built]) -> None:
    """Unknown key, duplicate key, bad filter and missing file warn at their file and line."""
    built = build("bibtex-faults")
    assert 0 == built.returncode
    expected = [
        (r"refs\.bib:7", "duplicate key", "msc_sci.duplicate"),
        (r"again\.bib:1", "duplicate key 'doe2020'", "msc_sci.duplicate"),
        (r"conf\.py:3", "could not open bibtex file", "msc_sci.bibfile"),
        (r"index\.rst:6", "bad :filter:", "msc_sci.filter"),
        (r"index\.rst:4", 'could not find bibtex key "nosuchkey"', "msc_sci.key"),
    ]
    for where, what, kind in expected:
        pattern = rf"{where}: WARNING: .*{re.escape(what)}.*\[{re.escape(kind)}\]"
        assert re.search(pattern, built.warnings), (pattern, built.warnings)


def test_study_directives_work_beside_the_bibtex_roles(
    build: Callable[..., Built], tmp_path: Path
) -> None:
    """A project loading ``msc_sci.sphinx.bibtex`` can still use ``.. msc-citation::``."""
    source = tmp_path / "test-bibtex"
    shutil.copytree(ROOTS / "test-bibtex", source)
    notes = source / "notes.rst"
    notes.write_text(
        notes.read_text(encoding="utf-8") + "\n.. msc-citation::\n   :style: apa\n",
        encoding="utf-8",
    )
    built = build("bibtex")
    assert ("", 0) == (built.warnings, built.returncode)
    assert "Honmou" in built.page("notes")
