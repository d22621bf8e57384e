"""BibTeX styles: pybtex's Python styles, .bst files, and real BibTeX as the reference."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import msc_sci
from msc_sci import MscSciError, RecordError, StyleError, UnknownFormatError, UnknownStyleError
from msc_sci._cite.bibtex import FORMATS, BibtexStyle, builtin_names
from tests import _needs as needs
from tests.strategies import hostile_text, works

BST_DIR = Path("/usr/share/texlive/texmf-dist/bibtex/bst/base")
needs_bibtex_files = pytest.mark.skipif(not BST_DIR.is_dir(), reason=needs.TEXLIVE_BST)
REAL_STYLES = ("plain", "unsrt", "alpha")
BUILTIN = ("plain", "unsrt", "alpha", "unsrtalpha")
TITLE = (
    "Intravenous infusion of auto serum-expanded autologous mesenchymal stem cells"
    " in spinal cord injury patients: 13 case series"
)
# A .bst of our own, so the interpreter is tested where TeX Live is not installed.
TINY_BST = r"""
ENTRY { title year } {} {}
FUNCTION {output.entry}
{ "\bibitem{" cite$ * "}" * write$ newline$
  title empty$
    { "empty title in " cite$ * warning$ }
    { "{\em " title * "}, " * write$ }
  if$
  year empty$ { "" } { year } if$ write$ newline$
}
FUNCTION {article} { output.entry }
FUNCTION {default.type} { output.entry }
READ
FUNCTION {begin.bib} { "\begin{thebibliography}{9}" write$ newline$ }
EXECUTE {begin.bib}
ITERATE {call.type$}
FUNCTION {end.bib} { "\end{thebibliography}" write$ newline$ }
EXECUTE {end.bib}
"""
# Text that LaTeX escapes, a particle, a suffix and an organisation, for real BibTeX.
AWKWARD = {
    "id": "awkward",
    "type": "article-journal",
    "title": "Stem cells & mice: 100% of $5 # costs_x ~ ^ \\ in DNA {braces}",
    "author": [
        {"family": "Berg", "given": "Anna", "non-dropping-particle": "van der", "suffix": "Jr."},
        {"literal": "Sapporo Medical University"},
        {"family": "M\u00fcller", "given": "J\u00fcrgen"},
    ],
    "container-title": "Journal of Cells & Mice",
    "volume": "3",
    "page": "10-20",
    "issued": {"date-parts": [[2019, 2]]},
}
AWKWARD_TITLE = "Stem cells & mice: 100% of $5 # costs_x ~ ^ \\ in DNA {braces}"
INCOMPLETE = {"id": "incomplete", "type": "article-journal", "title": "Only a title"}
BOOK = {
    "id": "aardvark1999",
    "type": "book",
    "title": "A book",
    "author": [{"family": "Aardvark", "given": "Anna"}],
    "publisher": "Press",
    "issued": {"date-parts": [[1999]]},
}


@pytest.fixture(scope="module")
def tiny_bst(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A minimal .bst file written for the tests."""
    path = tmp_path_factory.mktemp("bst") / "tiny.bst"
    path.write_text(TINY_BST, encoding="utf-8")
    return path


def normalise(text: str) -> str:
    """Collapse runs of whitespace, as the comparisons with real BibTeX do."""
    return " ".join(text.split())


# -- names ---------------------------------------------------------------------------------


def test_builtin_names() -> None:
    """The four Python styles are listed with the bibtex: prefix."""
    expected = ("bibtex:plain", "bibtex:unsrt", "bibtex:alpha", "bibtex:unsrtalpha")
    assert expected == builtin_names()


@pytest.mark.parametrize("spec", ["plain", "bibtex:plain"])
def test_name_has_the_prefix(spec: str) -> None:
    """The style's name is the full style name, with or without the prefix given."""
    assert "bibtex:plain" == BibtexStyle(spec).name


def test_unknown_style() -> None:
    """A name that is neither built in nor a .bst file is an UnknownStyleError."""
    with pytest.raises(UnknownStyleError, match=r"bibtex:plian.*bibtex:plain"):
        BibtexStyle("plian")


def test_missing_bst_file(tmp_path: Path) -> None:
    """A .bst path that does not exist is a StyleError saying the file was not found."""
    with pytest.raises(StyleError, match=r"nothere\.bst': file not found"):
        BibtexStyle(str(tmp_path / "nothere.bst"))


def test_malformed_bst_file(tmp_path: Path) -> None:
    """A .bst file pybtex cannot parse is a StyleError naming the style."""
    path = tmp_path / "broken.bst"
    path.write_text("FUNCTION {oops", encoding="utf-8")
    with pytest.raises(StyleError, match=r"broken\.bst"):
        BibtexStyle(str(path))


def test_non_english_locale() -> None:
    """BibTeX styles are English only: another locale is a StyleError."""
    with pytest.raises(StyleError, match="English only"):
        BibtexStyle("plain", locale="de-DE")


@pytest.mark.parametrize("locale", [None, "en", "en-US", "en_GB"])
def test_english_locale(locale: str | None) -> None:
    """English locales are accepted."""
    assert "[1]" == BibtexStyle("plain", locale=locale).citation([msc_sci.study()])


def test_unknown_format() -> None:
    """An unknown output format is an UnknownFormatError listing the known ones."""
    with pytest.raises(UnknownFormatError, match="html, latex, markdown, rst, text"):
        BibtexStyle("plain").bibliography([msc_sci.study()], format="docx")


# -- the built-in styles -------------------------------------------------------------------


def test_plain_text() -> None:
    """plain formats the study as pybtex's plain style does: full names, title, DOI."""
    entry = BibtexStyle("plain").bibliography([msc_sci.study()])[0]
    expected = (
        "Osamu Honmou, Toshihiko Yamashita, ",
        f"Stephen G. Waxman, and Jeffery D. Kocsis. {TITLE}. Clinical Neurology and Neurosurgery,"
        " 203:106565,",
        "2021. doi:10.1016/j.clineuro.2021.106565.",
    )
    assert expected == (
        entry[: len(expected[0])],
        entry[entry.index("Stephen") :][: len(expected[1])],
        entry[-len(expected[2]) :],
    )


@pytest.mark.parametrize("style", BUILTIN)
@pytest.mark.parametrize("format", sorted(FORMATS))
def test_builtin_style_in_every_format(style: str, format: str) -> None:
    """Each built-in style formats the study in each format, without warnings."""
    entries = BibtexStyle(style).bibliography([msc_sci.study()], format=format)
    assert (1, True, ()) == (len(entries), "Honmou" in entries[0], entries.warnings)


@pytest.mark.parametrize(
    ("format", "marked"),
    [
        ("html", "<em>Clinical Neurology and Neurosurgery</em>"),
        ("latex", "\\emph{Clinical Neurology and Neurosurgery}"),
        ("markdown", "*Clinical Neurology and Neurosurgery*"),
        ("rst", ":emphasis:`Clinical Neurology and Neurosurgery`"),
        ("text", "Clinical Neurology and Neurosurgery, 203"),
    ],
)
def test_journal_markup(format: str, marked: str) -> None:
    """The journal is emphasised in each format's own markup."""
    assert marked in BibtexStyle("plain").bibliography([msc_sci.study()], format=format)[0]


@pytest.mark.parametrize(
    ("style", "label"),
    [("plain", "[1]"), ("unsrt", "[1]"), ("alpha", "[HYM+21]"), ("unsrtalpha", "[HYM+21]")],
)
def test_citation_label(style: str, label: str) -> None:
    """The citation is the study's label in the style."""
    assert label == BibtexStyle(f"bibtex:{style}").citation([msc_sci.study()])


def test_plain_sorts_by_author() -> None:
    """plain puts Aardvark before Honmou, whatever order the works come in."""
    style = BibtexStyle("plain")
    entries = style.bibliography([msc_sci.study(), BOOK])
    assert (True, "[2, 1]") == (
        entries[0].startswith("Anna Aardvark"),
        style.citation([msc_sci.study(), BOOK]),
    )


def test_unsrt_keeps_citation_order() -> None:
    """unsrt lists the works in the order they are cited."""
    style = BibtexStyle("unsrt")
    entries = style.bibliography([msc_sci.study(), BOOK])
    assert (True, "[1, 2]") == (
        entries[0].startswith("Osamu Honmou"),
        style.citation([msc_sci.study(), BOOK]),
    )


def test_csl_json_items_are_accepted() -> None:
    """A CSL-JSON item formats as the work made from it does."""
    style = BibtexStyle("alpha")
    study = msc_sci.study()
    assert style.bibliography([study]) == style.bibliography([study.to_csl_json()])


def test_same_work_twice_is_one_entry() -> None:
    """Citing the study twice gives one entry and one label."""
    style = BibtexStyle("plain")
    study = msc_sci.study()
    assert (1, "[1]") == (len(style.bibliography([study, study])), style.citation([study, study]))


def test_two_works_with_one_id() -> None:
    """Two different works with one id are a RecordError naming the id."""
    other = dict(BOOK, id="honmou2021")
    with pytest.raises(RecordError, match="honmou2021"):
        BibtexStyle("plain").bibliography([msc_sci.study(), other])


def test_invalid_csl_json_is_a_record_error() -> None:
    """An invalid CSL-JSON item is a RecordError, not a pybtex error."""
    with pytest.raises(RecordError, match="type"):
        BibtexStyle("plain").bibliography([{"id": "x", "type": "nonsense"}])


@pytest.mark.parametrize("style", [*BUILTIN, str(BST_DIR / "alpha.bst")])
def test_rst_is_valid(style: str) -> None:
    """The rst format parses without a docutils warning, awkward text included."""
    from docutils.core import publish_doctree

    if style.endswith(".bst") and not BST_DIR.is_dir():
        pytest.skip(needs.TEXLIVE_BST)
    entries = BibtexStyle(style).bibliography([msc_sci.study(), AWKWARD], format="rst")
    messages: list[str] = []
    for entry in entries:
        tree = publish_doctree(entry, settings_overrides={"report_level": 5, "halt_level": 5})
        messages += [str(node) for node in tree.findall() if node.tagname == "system_message"]
    assert [] == messages


def balanced(latex: str) -> bool:
    """Whether the braces of *latex* balance, escaped braces aside."""
    depth = 0
    for char in re.sub(r"\\[{}\\]", "", latex):
        depth += {"{": 1, "}": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


@pytest.mark.parametrize("style", [*BUILTIN, str(BST_DIR / "plain.bst")])
def test_latex_specials(style: str) -> None:
    """LaTeX specials print as themselves in text and stay escaped, braces balanced, in LaTeX."""
    if style.endswith(".bst") and not BST_DIR.is_dir():
        pytest.skip(needs.TEXLIVE_BST)
    chosen = BibtexStyle(style)
    text = chosen.bibliography([AWKWARD])[0]
    latex = chosen.bibliography([AWKWARD], format="latex")[0]
    assert (True, True, True) == (
        AWKWARD_TITLE in text,
        balanced(latex),
        all(escaped in latex for escaped in ("\\textbackslash", "\\$5", "\\&", "\\_x")),
    )


# -- through the public API ----------------------------------------------------------------


def test_style_api() -> None:
    """``msc_sci.Style("bibtex:...")`` formats through this module."""
    style = msc_sci.Style("bibtex:alpha")
    expected = BibtexStyle("alpha").bibliography([msc_sci.study()], format="html")
    assert (expected, "[HYM+21]") == (
        style.bibliography([msc_sci.study()], format="html"),
        style.citation([msc_sci.study()]),
    )


@pytest.mark.parametrize(
    ("style", "label"), [("bibtex:plain", "[1]"), ("bibtex:alpha", "[HYM+21]")]
)
def test_cite_api(style: str, label: str) -> None:
    """``msc_sci.cite(style="bibtex:...")`` gives the study's entry and label."""
    entry = msc_sci.cite(style=style, format="latex")
    assert (True, label) == (
        entry.startswith("Osamu Honmou"),
        msc_sci.cite(style=style, mode="citation"),
    )


def test_cite_api_bst_path() -> None:
    """``msc_sci.cite`` takes a ``bibtex:`` .bst path too."""
    if not BST_DIR.is_dir():
        pytest.skip(needs.TEXLIVE_BST)
    entry = msc_sci.cite(style=f"bibtex:{BST_DIR / 'unsrt.bst'}", format="latex")
    assert "\\newblock {\\em Clinical Neurology and Neurosurgery}, 203:106565" in entry


def test_cite_api_other_locale() -> None:
    """A BibTeX style with a non-English locale is a StyleError, not silent English."""
    with pytest.raises(StyleError, match="English only"):
        msc_sci.cite(style="bibtex:plain", locale="fr-FR")


def test_cli_lists_the_styles(capsys: pytest.CaptureFixture[str]) -> None:
    """``msc-sci styles`` lists the four BibTeX styles."""
    from msc_sci._cli import main

    assert 0 == main(["styles", "--search", "bibtex:"])
    assert list(builtin_names()) == capsys.readouterr().out.splitlines()


def test_cli_cite(capsys: pytest.CaptureFixture[str]) -> None:
    """``msc-sci cite --style bibtex:unsrt --mode citation`` prints the label."""
    from msc_sci._cli import main

    assert 0 == main(["cite", "--style", "bibtex:unsrt", "--mode", "citation"])
    assert "[1]\n" == capsys.readouterr().out


# -- missing fields ------------------------------------------------------------------------


def test_missing_fields_are_warnings() -> None:
    """An article without author, journal and year is formatted, with one warning each."""
    entries = BibtexStyle("plain").bibliography([INCOMPLETE])
    expected = (
        ["Only a title."],
        tuple(
            f"incomplete: missing field {field} (required by bibtex:plain for @article{hint})"
            for field, hint in (
                ("'author'", ""),
                ("'journal'", "; CSL-JSON: container-title"),
                ("'year'", "; CSL-JSON: issued"),
            )
        ),
    )
    assert expected == (list(entries), entries.warnings)


@pytest.mark.parametrize("style", ["plain", str(BST_DIR / "plain.bst")])
def test_missing_phrase_is_dropped(style: str) -> None:
    """A chapter without a book title loses its whole "In ..." phrase, as in BibTeX."""
    if style.endswith(".bst") and not BST_DIR.is_dir():
        pytest.skip(needs.TEXLIVE_BST)
    chapter = {"id": "c", "type": "chapter", "title": "Ch", "issued": {"date-parts": [[2000]]}}
    entries = BibtexStyle(style).bibliography([chapter])
    assert (["Ch. 2000."], True) == (
        list(entries),
        any("missing field 'booktitle'" in warning for warning in entries.warnings),
    )


def test_missing_editor_leaves_no_trace() -> None:
    """A book without author or editor is formatted without a stray "editor"."""
    entries = BibtexStyle("plain").bibliography([{"id": "b", "type": "book", "title": "Bk"}])
    assert ["Bk."] == list(entries)


def test_missing_fields_do_not_stop_the_others() -> None:
    """An incomplete work does not stop the study from being formatted."""
    entries = BibtexStyle("unsrt").bibliography([msc_sci.study(), INCOMPLETE])
    assert (2, "Only a title.") == (len(entries), entries[1])


def test_missing_field_strict() -> None:
    """With strict=True a missing field is a RecordError naming the work and field."""
    with pytest.raises(RecordError, match=r"'incomplete' lacks field 'author'"):
        BibtexStyle("plain", strict=True).bibliography([INCOMPLETE])


@pytest.mark.parametrize("style", ["alpha", "tiny"])
def test_nothing_printed(capfd: pytest.CaptureFixture[str], tiny_bst: Path, style: str) -> None:
    """pybtex's messages become warnings; nothing reaches stdout or stderr."""
    chosen = BibtexStyle(str(tiny_bst) if style == "tiny" else style)
    untitled = {"id": "untitled", "type": "book"}  # no @book in tiny.bst: a warning
    entries = chosen.bibliography([INCOMPLETE, untitled, msc_sci.study()])
    assert (("", ""), True) == (capfd.readouterr(), bool(entries.warnings))


def test_other_threads_output_is_untouched(capsys: pytest.CaptureFixture[str]) -> None:
    """What another thread prints while a BibTeX style formats reaches stdout, all of it."""
    import threading
    import time

    done = threading.Event()

    def chatter() -> None:
        for number in range(2_000):
            print(f"line {number}")
            time.sleep(0.0001)  # spread over many formattings
        done.set()

    works = [{**BOOK, "id": f"b{index}", "title": f"Book {index}"} for index in range(10)]
    thread = threading.Thread(target=chatter)
    thread.start()
    warnings: list[str] = []
    while not done.is_set():
        warnings.extend(BibtexStyle("alpha").bibliography([INCOMPLETE, *works]).warnings)
    thread.join()
    printed = capsys.readouterr().out.splitlines()
    assert (2_000, []) == (
        len(printed),
        [warning for warning in warnings if "line " in warning],
    )


def test_threads() -> None:
    """Styles used from several threads at once give what they give alone."""
    from concurrent.futures import ThreadPoolExecutor

    styles = [BibtexStyle(name) for name in BUILTIN] * 4
    alone = [style.bibliography([INCOMPLETE, msc_sci.study()]) for style in styles]
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(
            pool.map(lambda style: style.bibliography([INCOMPLETE, msc_sci.study()]), styles)
        )
    assert [(list(b), b.warnings) for b in alone] == [(list(b), b.warnings) for b in together]


# -- .bst files ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("format", "expected"),
    [
        ("latex", "{\\em A book}, 1999"),
        ("rst", "\\ :emphasis:`A book`\\ , 1999"),
        ("text", "A book, 1999"),
        ("html", "<em>A book</em>, 1999"),
        ("markdown", "*A book*, 1999"),
    ],
)
def test_bst_in_every_format(tiny_bst: Path, format: str, expected: str) -> None:
    """A .bst file runs in pybtex's interpreter; its LaTeX is converted for other formats."""
    entries = BibtexStyle(str(tiny_bst)).bibliography([BOOK], format=format)
    assert [expected] == list(entries)


@needs_bibtex_files
def test_bst_page_range_dash() -> None:
    """A .bst style's "--" page range is an en dash outside LaTeX."""
    entry = BibtexStyle(str(BST_DIR / "plain.bst")).bibliography([AWKWARD], format="html")[0]
    assert "3:10\u201320" in entry


def test_bst_name_and_citation(tiny_bst: Path) -> None:
    """A .bst style is named by its path; entries without a label are numbered."""
    style = BibtexStyle(f"bibtex:{tiny_bst}")
    assert (f"bibtex:{tiny_bst}", "[1, 2]") == (style.name, style.citation([BOOK, INCOMPLETE]))


def test_bst_warning(tiny_bst: Path) -> None:
    """A .bst style's "empty field" warning becomes a missing-field warning."""
    untitled = {"id": "untitled", "type": "article-journal"}
    entries = BibtexStyle(str(tiny_bst)).bibliography([untitled])
    expected = (f"untitled: missing field 'title' (required by bibtex:{tiny_bst} for @article)",)
    assert expected == entries.warnings


def test_bst_warning_strict(tiny_bst: Path) -> None:
    """With strict=True a .bst style's "empty field" warning is a RecordError."""
    with pytest.raises(RecordError, match="'u' lacks field 'title'"):
        BibtexStyle(str(tiny_bst), strict=True).bibliography([{"id": "u", "type": "book"}])


# -- real BibTeX ---------------------------------------------------------------------------

needs_bibtex = pytest.mark.skipif(
    shutil.which("bibtex") is None or not BST_DIR.is_dir(),
    reason=needs.BIBTEX,
)


def run_bibtex(tmp_path: Path, style: str, keys: list[str], bib: str) -> tuple[str, str]:
    """Run real BibTeX on an .aux citing *keys*; return the .bbl and its output."""
    (tmp_path / "works.bib").write_text(bib, encoding="utf-8")
    aux = "".join(f"\\citation{{{key}}}\n" for key in keys)
    aux += f"\\bibdata{{works}}\n\\bibstyle{{{BST_DIR / style}}}\n"
    (tmp_path / "paper.aux").write_text(aux, encoding="utf-8")
    done = subprocess.run(
        ["bibtex", "-terse", "paper"], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert done.returncode in (0, 1), done.stdout + done.stderr  # 1: warnings only
    return (tmp_path / "paper.bbl").read_text(encoding="utf-8"), done.stdout


def split_bbl(bbl: str) -> tuple[dict[str, str], list[str]]:
    """Split a .bbl into its labels by key (as citations show them) and its entries."""
    body = bbl.split("\\end{thebibliography}")[0].split("\n\n", 1)[1]
    parts = re.split(r"\\bibitem(?:\[((?:[^\[\]])*)\])?\{([^}]*)\}", body)
    labels = {
        key: label.replace("{\\etalchar{+}}", "+") if label else str(number)
        for number, (label, key) in enumerate(zip(parts[1::3], parts[2::3], strict=True), 1)
    }
    return labels, [normalise(entry) for entry in parts[3::3]]


@needs_bibtex
@pytest.mark.parametrize("style", REAL_STYLES)
def test_real_bibtex(tmp_path: Path, style: str) -> None:
    """Our run of a TeX Live .bst gives the entries, labels and warnings real BibTeX gives."""
    from msc_sci._export.bibtex import dumps

    works = [msc_sci.study(), *map(msc_sci.Work.from_csl_json, (BOOK, AWKWARD, INCOMPLETE))]
    bib = "\n".join(dumps(work) for work in works)
    bbl, log = run_bibtex(tmp_path, f"{style}.bst", [work.id for work in works], bib)
    labels, entries = split_bbl(bbl)
    ours = BibtexStyle(str(BST_DIR / f"{style}.bst"))
    expected_warnings = sorted(
        re.sub(r"^empty (\w+) in (\S+)$", r"\2: missing field '\1'", message)
        if message.startswith("empty ")
        else f"{ours.name}: {message}"
        for message in re.findall(r"^Warning--(.*)$", log, flags=re.MULTILINE)
    )
    result = ours.bibliography(works, format="latex")
    our_labels = ours.citation(works).strip("[]").split(", ")
    our_warnings = sorted(warning.split(" (required")[0] for warning in result.warnings)
    assert (entries, labels, expected_warnings) == (
        [normalise(entry) for entry in result],
        dict(zip((work.id for work in works), our_labels, strict=True)),
        our_warnings,
    )


# -- robustness ----------------------------------------------------------------------------


@given(
    cited=st.lists(works(hostile_text), min_size=1, max_size=3),
    style=st.sampled_from(BUILTIN),
    format=st.sampled_from(sorted(FORMATS)),
)
def test_any_work_formats_or_raises_our_error(
    cited: list[msc_sci.Work], style: str, format: str
) -> None:
    """Any works, hostile text included, format or raise an MscSciError, never pybtex's."""
    try:
        entries = BibtexStyle(style).bibliography(cited, format=format)
        label = BibtexStyle(style).citation(cited, format=format)
    except MscSciError:
        return
    assert (len({work.id for work in cited}), True, True) == (
        len(entries),
        label.startswith("["),
        format != "latex" or all(balanced(entry) for entry in entries),
    )


@pytest.mark.parametrize("style", BUILTIN)
def test_synthetic_records(shared: Path, style: str) -> None:
    """The 200 synthetic records (particles, suffixes, corporate names) all format."""
    items = json.loads((shared / "golden/records/synth-a.json").read_text(encoding="utf-8"))
    entries = BibtexStyle(style).bibliography(items, format="html")
    assert len(items) == len(entries)


@needs_bibtex
@given(work=works(hostile_text), format=st.sampled_from(sorted(FORMATS)))
def test_any_work_through_a_bst(work: msc_sci.Work, format: str) -> None:
    """Any work, hostile text included, runs through plain.bst or raises an MscSciError."""
    try:
        entries = BibtexStyle(str(BST_DIR / "plain.bst")).bibliography([work], format=format)
    except MscSciError:
        return
    assert (1, True) == (len(entries), format != "latex" or balanced(entries[0]))


def test_import_does_not_load_pybtex() -> None:
    """Importing the module loads no pybtex; formatting does."""
    code = (
        "import sys, msc_sci._cite.bibtex as b; before = 'pybtex' in sys.modules;"
        "b.BibtexStyle('plain'); print(before, 'pybtex' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "False False\n" == done.stdout


def test_month_prints_as_its_name() -> None:
    """The month macro in the .bib record prints as the month's name, as in real BibTeX."""
    assert "203:106565, April 2021." in msc_sci.cite(style="bibtex:plain")
