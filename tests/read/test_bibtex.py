r"""BibTeX and BibLaTeX reader: each row of the mapping in docs/reading.rst, by hand."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from msc_sci import BibliographyError, parse_bibliography
from msc_sci._read.bibtex import TYPES, simple_name, split_name


def read(text: str) -> list[dict[str, object]]:
    """Return the CSL-JSON of every work in BibTeX *text*."""
    return [work.to_csl_json() for work in parse_bibliography(text, format="bibtex")]


def one(fields: str, entry_type: str = "misc") -> dict[str, object]:
    """Return the CSL-JSON of one entry with *fields*, without its id."""
    (item,) = read(f"@{entry_type}{{key, {fields}}}")
    assert "key" == item.pop("id")
    return item


# -- entry types -----------------------------------------------------------------------

TYPE_ROWS = [
    ("article", "article-journal"),
    ("artwork", "graphic"),
    ("audio", "song"),
    ("book", "book"),
    ("bookinbook", "chapter"),
    ("booklet", "pamphlet"),
    ("collection", "book"),
    ("conference", "paper-conference"),
    ("dataset", "dataset"),
    ("electronic", "webpage"),
    ("image", "graphic"),
    ("inbook", "chapter"),
    ("incollection", "chapter"),
    ("inproceedings", "paper-conference"),
    ("inreference", "entry-encyclopedia"),
    ("jurisdiction", "legal_case"),
    ("legal", "treaty"),
    ("legislation", "legislation"),
    ("letter", "personal_communication"),
    ("manual", "report"),
    ("mastersthesis", "thesis"),
    ("misc", "document"),
    ("movie", "motion_picture"),
    ("music", "song"),
    ("mvbook", "book"),
    ("mvcollection", "book"),
    ("mvproceedings", "book"),
    ("mvreference", "book"),
    ("online", "webpage"),
    ("patent", "patent"),
    ("performance", "performance"),
    ("periodical", "periodical"),
    ("phdthesis", "thesis"),
    ("proceedings", "book"),
    ("reference", "book"),
    ("report", "report"),
    ("review", "review"),
    ("software", "software"),
    ("standard", "standard"),
    ("suppbook", "chapter"),
    ("suppcollection", "chapter"),
    ("suppperiodical", "article-journal"),
    ("techreport", "report"),
    ("thesis", "thesis"),
    ("unpublished", "manuscript"),
    ("video", "motion_picture"),
    ("www", "webpage"),
    ("bibnote", "document"),
    ("customa", "document"),
]


@pytest.mark.parametrize(("entry_type", "csl_type"), TYPE_ROWS)
def test_entry_type(entry_type: str, csl_type: str) -> None:
    """Each entry type becomes the CSL type the docs' table gives, in any case."""
    assert csl_type == one("title = {T}", entry_type.upper())["type"]


def test_every_known_type_has_a_row() -> None:
    """The rows above cover every type the reader knows."""
    assert set(TYPES) <= {row[0] for row in TYPE_ROWS}


@pytest.mark.parametrize(
    ("subtype", "csl_type"),
    [
        ("magazine", "article-magazine"),
        ("newspaper", "article-newspaper"),
        ("x", "article-journal"),
    ],
)
def test_article_subtypes(subtype: str, csl_type: str) -> None:
    """``entrysubtype`` tells magazine and newspaper articles apart."""
    assert csl_type == one(f"entrysubtype = {{{subtype}}}", "article")["type"]


def test_arxiv_preprint_is_an_article_with_its_number() -> None:
    """A @misc arXiv e-print is a CSL preprint (``article``) numbered and linked."""
    assert {
        "type": "article",
        "title": "P",
        "publisher": "arXiv",
        "number": "arXiv:2101.00001",
        "URL": "https://arxiv.org/abs/2101.00001",
    } == one("title = {P}, eprint = {2101.00001}, archiveprefix = {arXiv}")


def test_xdata_and_set_entries_are_not_works() -> None:
    """``@xdata`` and ``@set`` lend fields; they are not works themselves."""
    assert ["a"] == [
        item["id"] for item in read("@xdata{x, year = 2000} @set{s, entryset={a}} @misc{a}")
    ]


# -- titles ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "entry_type", "expected"),
    [
        (
            "title = {Main}, subtitle = {Sub}, titleaddon = {Addon}",
            "book",
            {"type": "book", "title": "Main: Sub. Addon"},
        ),
        ("shorttitle = {Short}", "book", {"type": "book", "title-short": "Short"}),
        ("journal = {J}", "article", {"type": "article-journal", "container-title": "J"}),
        (
            "journaltitle = {J}, journalsubtitle = {S}",
            "article",
            {"type": "article-journal", "container-title": "J: S"},
        ),
        (
            "shortjournal = {J. T.}",
            "article",
            {"type": "article-journal", "container-title-short": "J. T."},
        ),
        (
            "booktitle = {B}, booksubtitle = {S}, booktitleaddon = {A}",
            "incollection",
            {"type": "chapter", "container-title": "B: S. A"},
        ),
        (
            "title = {Volume two}, maintitle = {Works}",
            "book",
            {"type": "book", "title": "Works", "volume-title": "Volume two"},
        ),
        (
            "title = {Ch}, booktitle = {Volume two}, maintitle = {Works}",
            "incollection",
            {
                "type": "chapter",
                "title": "Ch",
                "container-title": "Works",
                "volume-title": "Volume two",
            },
        ),
        ("series = {Lecture Notes}", "book", {"type": "book", "collection-title": "Lecture Notes"}),
        (
            "journal = {J}, issuetitle = {Special}",
            "article",
            {"type": "article-journal", "container-title": "J", "volume-title": "Special"},
        ),
        ("origtitle = {Urtext}", "book", {"type": "book", "original-title": "Urtext"}),
        (
            "eventtitle = {Conf}, venue = {Rome}, eventdate = {2019-05-01/2019-05-03}",
            "inproceedings",
            {
                "type": "paper-conference",
                "event-title": "Conf",
                "event-place": "Rome",
                "event-date": {"date-parts": [[2019, 5, 1], [2019, 5, 3]]},
            },
        ),
    ],
)
def test_title_fields(fields: str, entry_type: str, expected: dict[str, object]) -> None:
    """Title fields go to CSL's title variables, subtitles joined with ': '."""
    assert expected == one(fields, entry_type)


# -- names -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Doe, Jane", {"family": "Doe", "given": "Jane"}),
        ("Jane Q. Doe", {"family": "Doe", "given": "Jane Q."}),
        (
            "van Beethoven, Ludwig",
            {"family": "Beethoven", "given": "Ludwig", "non-dropping-particle": "van"},
        ),
        (
            "Jean de la Fontaine",
            {"family": "Fontaine", "given": "Jean", "non-dropping-particle": "de la"},
        ),
        ("{Van Gogh}, Vincent", {"family": "Van Gogh", "given": "Vincent"}),
        ("{World Health Organization}", {"literal": "World Health Organization"}),
        ("Doe, Jr., John", {"family": "Doe", "given": "John", "suffix": "Jr."}),
        (r"M{\"u}ller, J{\"o}rg", {"family": "Müller", "given": "Jörg"}),
        (r"{\O}stergaard, S{\o}ren", {"family": "Østergaard", "given": "Søren"}),
        ("Plato", {"family": "Plato"}),
    ],
)
def test_names(name: str, expected: dict[str, str]) -> None:
    """Names split as BibTeX splits them: particles, braces, Jr., accents."""
    assert [expected] == one(f"author = {{{name}}}")["author"]


_NAME_WORD = st.lists(
    st.sampled_from(
        [
            "A",
            "b",
            "Mc",
            ".",
            "-",
            "\u00c9",
            "\u00e9",
            "{\\O}",
            '{\\"u}',
            '{\\"U}',
            "\\'e",
            "{",
            "}",
            "~",
            "{A B}",
            "{x,y}",
        ]
    ),
    min_size=1,
    max_size=4,
).map("".join)
_NAMES = st.builds(
    "{}, {}".format,
    st.lists(_NAME_WORD, min_size=1, max_size=3).map(" ".join),
    st.lists(_NAME_WORD, max_size=3).map(" ".join),
)


@given(name=_NAMES)
def test_the_fast_name_split_agrees_with_pybtex(name: str) -> None:
    """Names split without pybtex's parser split exactly as pybtex splits them."""
    simple = simple_name(name.strip())
    if simple is not None:
        assert split_name(name.strip()) == simple


def test_and_others_ends_the_list() -> None:
    """``and others`` is BibTeX's et al.: it is not a name, and ends the list."""
    assert [{"family": "Doe", "given": "Jane"}] == one("author = {Doe, Jane and others}")["author"]


@pytest.mark.parametrize(
    ("field", "variable"),
    [
        ("author", "author"),
        ("editor", "editor"),
        ("translator", "translator"),
        ("bookauthor", "container-author"),
        ("director", "director"),
        ("compiler", "compiler"),
    ],
)
def test_name_fields(field: str, variable: str) -> None:
    """Each name field becomes its CSL name variable."""
    assert {"type": "document", variable: [{"family": "Roe", "given": "Al"}]} == one(
        f"{field} = {{Roe, Al}}"
    )


def test_editortype_names_the_role() -> None:
    """``editortype = {director}`` makes the editor a director."""
    assert [{"family": "Roe"}] == one("editor = {Roe}, editortype = {director}")["director"]


# -- dates -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "issued"),
    [
        ("date = {2020}", {"date-parts": [[2020]]}),
        ("date = {2020-03}", {"date-parts": [[2020, 3]]}),
        ("date = {2020-03-05}", {"date-parts": [[2020, 3, 5]]}),
        ("date = {2019-05/2020-06}", {"date-parts": [[2019, 5], [2020, 6]]}),
        ("date = {2020~}", {"date-parts": [[2020]], "circa": True}),
        ("date = {2020-21}", {"date-parts": [[2020, 13]]}),
        ("date = {2020/..}", {"date-parts": [[2020]]}),
        ("year = 2020", {"date-parts": [[2020]]}),
        ("year = 2020, month = mar", {"date-parts": [[2020, 3]]}),
        ("year = 2020, month = {3}", {"date-parts": [[2020, 3]]}),
        ("year = 2020, month = {March}", {"date-parts": [[2020, 3]]}),
        ("year = 2020, month = {Sept.}", {"date-parts": [[2020, 9]]}),
        ("year = 2020, month = {Spring}", {"date-parts": [[2020, 13]]}),
        ("year = 2020, month = {3}, day = {9}", {"date-parts": [[2020, 3, 9]]}),
        ("year = {2019--2020}", {"date-parts": [[2019], [2020]]}),
        ("year = {in press}", {"literal": "in press"}),
        ("date = {2021}, year = {1999}", {"date-parts": [[2021]]}),
    ],
)
def test_issued(fields: str, issued: dict[str, object]) -> None:
    """``date`` (EDTF) or ``year``, ``month`` and ``day`` give the issue date."""
    assert issued == one(fields)["issued"]


@pytest.mark.parametrize(
    ("field", "variable"),
    [("urldate", "accessed"), ("origdate", "original-date"), ("eventdate", "event-date")],
)
def test_other_dates(field: str, variable: str) -> None:
    """The other date fields become CSL dates too."""
    assert {"date-parts": [[2021, 2, 3]]} == one(f"{field} = {{2021-02-03}}")[variable]


# -- publishers, places, numbers --------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "entry_type", "expected"),
    [
        ("publisher = {Pub}", "book", {"publisher": "Pub"}),
        ("publisher = {P1 and P2}", "book", {"publisher": "P1; P2"}),
        ("institution = {NASA}", "techreport", {"publisher": "NASA"}),
        ("school = {MIT}", "phdthesis", {"publisher": "MIT", "genre": "PhD thesis"}),
        ("organization = {ACM}, publisher = {ACMP}", "inproceedings", {"publisher": "ACM; ACMP"}),
        ("howpublished = {Flyer}", "misc", {"publisher": "Flyer"}),
        (r"howpublished = {\url{https://x.org/a_b}}", "misc", {"URL": "https://x.org/a_b"}),
        ("location = {Berlin and Paris}", "book", {"publisher-place": "Berlin; Paris"}),
        ("address = {New York}", "book", {"publisher-place": "New York"}),
        ("location = {Lyon}, address = {Paris}", "book", {"publisher-place": "Lyon"}),
    ],
)
def test_publishers_and_places(fields: str, entry_type: str, expected: dict[str, str]) -> None:
    """Publisher-like fields join into ``publisher``; location or address is the place."""
    item = one(fields, entry_type)
    item.pop("type")
    assert expected == item


@pytest.mark.parametrize(
    ("fields", "entry_type", "expected"),
    [
        ("number = {4}", "article", {"issue": "4"}),
        ("number = {4}, issue = {Spring}", "article", {"issue": "4, Spring"}),
        ("issue = {Spring}", "book", {"issue": "Spring"}),
        (
            "number = {12}, series = {S}",
            "book",
            {"collection-number": "12", "collection-title": "S"},
        ),
        ("number = {TR-1}", "techreport", {"number": "TR-1"}),
        ("eid = {e5}", "article", {"number": "e5"}),
        ("volume = {3}", "book", {"volume": "3"}),
        ("volumes = {4}", "book", {"number-of-volumes": "4"}),
        ("pagetotal = {200}", "book", {"number-of-pages": "200"}),
        ("pages = {1--10}", "article", {"page": "1-10"}),
        ("pages = {1\u201310}", "article", {"page": "1-10"}),
        ("pages = {e123}", "article", {"page": "e123"}),
        ("chapter = {3}", "inbook", {"chapter-number": "3"}),
        ("edition = {2}", "book", {"edition": "2"}),
        ("version = {1.2}", "software", {"version": "1.2"}),
        ("part = {2}", "book", {"part": "2"}),
    ],
)
def test_numbers(fields: str, entry_type: str, expected: dict[str, str]) -> None:
    """``number`` is an issue, a number in a series or a report number, by type."""
    item = one(fields, entry_type)
    item.pop("type")
    assert expected == item


# -- identifiers and links ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ("doi = {10.1000/xyz}", {"DOI": "10.1000/xyz"}),
        ("doi = {https://doi.org/10.1000/xyz}", {"DOI": "10.1000/xyz"}),
        ("url = {https://ex.org/a_b%20c}", {"URL": "https://ex.org/a_b%20c"}),
        (r"url = {\url{https://ex.org/}}", {"URL": "https://ex.org/"}),
        ("isbn = {978-3-16-148410-0}", {"ISBN": "978-3-16-148410-0"}),
        ("issn = {0303-8467}", {"ISSN": "0303-8467"}),
        ("pmid = {123}", {"PMID": "123"}),
        ("pmcid = {PMC1}", {"PMCID": "PMC1"}),
        ("eprint = {123}, eprinttype = {pubmed}", {"PMID": "123"}),
        ("eprint = {PMC1}, eprinttype = {pmc}", {"PMCID": "PMC1"}),
        ("eprint = {42}, eprinttype = {jstor}", {"URL": "https://www.jstor.org/stable/42"}),
        ("eprint = {1/2}, eprinttype = {hdl}", {"URL": "https://hdl.handle.net/1/2"}),
        ("eprint = {10.1000/x}, eprinttype = {doi}", {"DOI": "10.1000/x"}),
        ("eprint = {9}", {}),
    ],
)
def test_identifiers(fields: str, expected: dict[str, str]) -> None:
    """DOIs, URLs, ISBNs, ISSNs and e-prints, written as they are (no LaTeX)."""
    item = one(fields, "book")
    item.pop("type")
    assert expected == item


# -- the rest --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "entry_type", "expected"),
    [
        ("type = {Working paper}", "report", {"genre": "Working paper"}),
        ("type = {mathesis}", "thesis", {"genre": "Master's thesis"}),
        ("title = {T}", "mastersthesis", {"title": "T", "genre": "Master's thesis"}),
        ("note = {N}, addendum = {A}", "book", {"note": "N. A"}),
        ("annotation = {Good}", "book", {"annote": "Good"}),
        ("annote = {Good}", "book", {"annote": "Good"}),
        ("abstract = {We did}", "book", {"abstract": "We did"}),
        ("keywords = {a, b}", "book", {"keyword": "a, b"}),
        ("library = {QA76}", "book", {"call-number": "QA76"}),
        ("pubstate = {forthcoming}", "book", {"status": "forthcoming"}),
        (
            "origlocation = {L}, origpublisher = {P}",
            "book",
            {"original-publisher-place": "L", "original-publisher": "P"},
        ),
        ("langid = {ngerman}", "book", {"language": "de"}),
        ("langid = {british}", "book", {"language": "en-GB"}),
        ("language = {English}", "book", {"language": "en"}),
        ("language = {en-US}", "book", {"language": "en-US"}),
        ("hyphenation = {french}", "book", {"language": "fr"}),
        ("medium = {CD}, archive = {Box 3}", "book", {"medium": "CD", "archive": "Box 3"}),
        ("file = {x.pdf}, timestamp = {2020}, owner = {me}", "book", {}),
    ],
)
def test_other_fields(fields: str, entry_type: str, expected: dict[str, str]) -> None:
    """Genres, notes, keywords, languages; unknown fields kept only where CSL has one."""
    item = one(fields, entry_type)
    item.pop("type")
    assert expected == item


# -- LaTeX -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("latex", "title"),
    [
        (r"{\"U}ber {\O}sterreich", "Über Østerreich"),
        (r"\'Eric na\"{\i}ve \c{c}a \v{S}koda \ss{} \aa", "Éric naïve ça Škoda ß å"),
        (r"A \& B, 10\% \$5 \#1 a\_b", "A & B, 10% $5 #1 a_b"),
        (r"1--2 and 3---4", "1\u20132 and 3\u20144"),
        (r"a~b", "a\u00a0b"),
        (r"``quoted''", "\u201cquoted\u201d"),
        (
            r"\emph{It} \textbf{Bold} {\em Em} \textsc{Sc}",
            '<i>It</i> <b>Bold</b> <i>Em</i> <span style="font-variant:small-caps;">Sc</span>',
        ),
        (r"H\textsubscript{2}O and E = mc$^2$", "H<sub>2</sub>O and E = mc<sup>2</sup>"),
        (r"The $\alpha$ and $\beta$ cells", "The \u03b1 and \u03b2 cells"),
        (r"A {Markov} chain", 'A <span class="nocase">Markov</span> chain'),
        (r"{Stem Cells} today", '<span class="nocase">Stem Cells</span> today'),
        (r"The {DNA} of {MSCs}", "The DNA of MSCs"),
        (r"{\noopsort{b}}Zed", "Zed"),
        (r"\mbox{Kept} text", "Kept text"),
        ("Many   spaces\n and lines", "Many spaces and lines"),
    ],
)
def test_latex_to_unicode(latex: str, title: str) -> None:
    """Accents, escapes, dashes, font commands and case-protecting braces in titles."""
    assert title == one(f"title = {{{latex}}}")["title"]


def test_braces_protect_case_only_in_titles() -> None:
    """Outside titles, braces only group: no nocase span."""
    assert "Springer Nature" == one("publisher = {{Springer Nature}}")["publisher"]


# -- macros, concatenation, inheritance -------------------------------------------------


def test_string_macros_and_concatenation() -> None:
    """``@string`` macros and ``#`` build values, month macros included."""
    (item,) = read(
        '@string{jn = "Journal of Tests"}\n'
        '@article{a, journal = jn # " Part A", year = 2020, month = dec}'
    )
    assert ("Journal of Tests Part A", {"date-parts": [[2020, 12]]}) == (
        item["container-title"],
        item["issued"],
    )


def test_crossref_renames_the_parent_title() -> None:
    """A chapter inherits its book's title as ``booktitle``, its author also as bookauthor."""
    items = read(
        "@inbook{c, title = {Ch}, crossref = {b}, pages = {1--2}}\n"
        "@book{b, title = {Book}, author = {Roe, Al}, publisher = {P}, year = 2001}"
    )
    assert {
        "id": "c",
        "type": "chapter",
        "title": "Ch",
        "author": [{"family": "Roe", "given": "Al"}],
        "container-author": [{"family": "Roe", "given": "Al"}],
        "container-title": "Book",
        "publisher": "P",
        "page": "1-2",
        "issued": {"date-parts": [[2001]]},
    } == items[0]


def test_crossref_proceedings_and_bibtex_style_booktitle() -> None:
    """Proceedings lend their title as booktitle; a child's own fields win."""
    items = read(
        "@inproceedings{p, title = {Talk}, crossref = {pr}, publisher = {Own}}\n"
        "@proceedings{pr, title = {Proc}, editor = {Ed, A}, publisher = {PP}, year = 1998}"
    )
    assert ("Proc", "Own", [{"family": "Ed", "given": "A"}]) == (
        items[0]["container-title"],
        items[0]["publisher"],
        items[0]["editor"],
    )


def test_crossref_periodical_gives_the_journal() -> None:
    """An article cross-referencing a @periodical gets its title as journal."""
    items = read(
        "@article{a, title = {A}, crossref = {p}}\n"
        "@periodical{p, title = {Journal}, volume = {3}, date = {2010}}"
    )
    assert ("Journal", "3") == (items[0]["container-title"], items[0]["volume"])


def test_crossref_mvbook_gives_the_maintitle() -> None:
    """A book in a multi-volume work gets its title as maintitle."""
    (item, _) = read("@book{v, title = {Volume 2}, crossref = {mv}}\n@mvbook{mv, title = {Works}}")
    assert ("Works", "Volume 2") == (item["title"], item["volume-title"])


def test_crossref_keys_ignore_case_and_shortitle_is_not_inherited() -> None:
    """Keys match in any case; ``shorttitle`` stays with its own entry."""
    (child, _) = read(
        "@incollection{c, crossref = {BOOK}}\n@collection{book, title = {B}, shorttitle = {S}}"
    )
    assert ("B", None) == (child["container-title"], child.get("title-short"))


def test_xdata_fills_missing_fields() -> None:
    """``xdata`` entries lend their fields as they are; the entry's own fields win."""
    (item,) = read(
        "@xdata{pub, publisher = {P}, location = {L}, year = 1999}\n"
        "@book{b, title = {T}, xdata = {pub}, year = 2000}"
    )
    assert ("P", "L", {"date-parts": [[2000]]}) == (
        item["publisher"],
        item["publisher-place"],
        item["issued"],
    )


def test_comments_and_preambles_are_skipped() -> None:
    """``@comment`` and ``@preamble`` are not entries; text between entries is ignored."""
    assert ["a"] == [
        item["id"]
        for item in read(
            '% a comment\n@comment{x}\n@preamble{"\\newcommand{\\noopsort}[1]{}"}\n'
            "Stray text. @misc{a, title={T}}"
        )
    ]


def test_order_and_keys_are_kept() -> None:
    """Works come in file order, each with its key as id, as written."""
    assert ["Zed", "alpha", "Mid"] == [
        item["id"] for item in read("@misc{Zed,} @misc{alpha,} @misc{Mid,}")
    ]


# -- bad input -------------------------------------------------------------------------

BAD = """\
@article{good, title = {Good}, year = 2020}

@article{badmonth, title = {X},
  year = 2020, month = {Smarch}}
@article{GOOD, title = {Dup}}
@book{macro, title = undefinedmacro, year = 1999}
@book{dupfield, title = {a}, title = {b}}
@book{baddoi,
  doi = {not-a-doi}}
@book{cr, crossref = {missing}}
@book{baddate, date = {2020-13-45}}
@book{badissn, issn = {1234-5678}}
@book{last, title = {Last}}
@book{unterminated, title = {abc,
"""


def test_every_bad_entry_is_listed_with_line_and_field() -> None:
    """One error lists each bad entry: its line, key, field and what is wrong."""
    with pytest.raises(BibliographyError) as caught:
        parse_bibliography(BAD, format="bibtex")
    assert [
        (4, "badmonth", "month"),
        (5, "GOOD", None),
        (6, "macro", "title"),
        (7, "dupfield", "title"),
        (9, "baddoi", "doi"),
        (10, "cr", "crossref"),
        (11, "baddate", "date"),
        (12, "badissn", "issn"),
        (14, "unterminated", "title"),
    ] == [(p.line, p.key, p.field) for p in caught.value.problems]
    assert str(caught.value).startswith("<string>: 9 bad entries:\n  <string>:4: badmonth: month:")


def test_duplicate_keys_name_both_lines() -> None:
    """A key used twice (in any case, as BibTeX compares them) names the first line."""
    with pytest.raises(
        BibliographyError, match=r"<string>:3: A: duplicate key \(first used at line 1\)"
    ):
        parse_bibliography("@misc{a, title={1}}\n\n@misc{A, title={2}}", format="bibtex")


def test_warn_returns_the_good_works() -> None:
    """With errors='warn' the good works come back, and each bad one is a warning."""
    from msc_sci import BibliographyWarning

    with pytest.warns(BibliographyWarning) as caught:
        works = parse_bibliography(BAD, format="bibtex", errors="warn")
    assert (["good", "last"], 9) == ([work.id for work in works], len(caught))
    assert "baddoi" == caught[4].message.key  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("@misc{a, title = {x}", "syntax error"),
        ("@misc{, title = {x}}", "entry has no key"),
        ("@misc{a, title = {x} year = 2}", "syntax error"),
        ('@misc{a, title = "x}', "syntax error"),
        ("@misc(a, title = {x}", "syntax error"),
        ("@misc{a, = {x}}", "syntax error"),
        ("@{a, title = {x}}", "syntax error"),
        ("@misc{a, author = {Doe, Jane, Jr, x}}", "author: 'Doe, Jane, Jr, x': Too many commas"),
        ("@misc{a, title = {" + "{" * 200 + "}" * 200 + "}}", "syntax error"),
        ("@misc{a, year = 2000, month = {13}}", "month: '13': not a month"),
    ],
)
def test_malformed_input_is_one_error(text: str, reason: str) -> None:
    """Malformed entries raise BibliographyError saying what is wrong, never pybtex's errors."""
    with pytest.raises(BibliographyError, match=re.escape(reason)):
        parse_bibliography(text, format="bibtex")


@pytest.mark.parametrize(
    "text",
    ["@misc{a, title = {x}}}", "@misc{a, author = {,}}", "@misc{a, author = {{}}}", ""],
)
def test_odd_but_readable_input(text: str) -> None:
    """Stray braces after an entry, empty names and empty files read without error."""
    assert len(parse_bibliography(text, format="bibtex")) <= 1
