"""RIS reader: each tag of the mapping in docs/reading.rst, and bad records by line."""

from __future__ import annotations

import pytest

from msc_sci import BibliographyError, parse_bibliography
from msc_sci._read.ris import TYPES


def one(*lines: str, ris_type: str = "JOUR") -> dict[str, object]:
    """Return the CSL-JSON of one record of *lines* (ID ``k``), without its id."""
    text = "\n".join([f"TY  - {ris_type}", "ID  - k", *lines, "ER  - ", ""])
    (work,) = parse_bibliography(text, format="ris")
    item = work.to_csl_json()
    assert "k" == item.pop("id")
    return item


@pytest.mark.parametrize(("ris_type", "csl_type"), sorted(TYPES.items()))
def test_types(ris_type: str, csl_type: str) -> None:
    """Each RIS type becomes its CSL type."""
    assert {"type": csl_type} == one(ris_type=ris_type)


def test_unknown_type_is_a_document() -> None:
    """An unknown RIS type is CSL's generic ``document``."""
    assert {"type": "document"} == one(ris_type="WHAT")


def test_a_full_record() -> None:
    """Every common tag lands in its CSL variable."""
    assert {
        "type": "article-journal",
        "title": "Cells",
        "title-short": "C",
        "author": [
            {"family": "Doe", "given": "Jane"},
            {"family": "Beethoven", "given": "Ludwig", "non-dropping-particle": "van"},
            {"family": "Roe", "given": "Al", "suffix": "Jr."},
            {"literal": "World Health Organization"},
            {"family": "Plato"},
        ],
        "editor": [{"family": "Ed", "given": "A."}],
        "translator": [{"family": "Tr", "given": "B."}],
        "collection-editor": [{"family": "Se", "given": "C."}],
        "container-title": "Journal",
        "container-title-short": "J.",
        "collection-title": "Series",
        "publisher": "Pub",
        "publisher-place": "Paris",
        "volume": "3",
        "issue": "4",
        "page": "10-19",
        "number": "e5",
        "edition": "2",
        "DOI": "10.1000/x",
        "ISSN": "0303-8467",
        "ISBN": "978-3-16-148410-0",
        "URL": "https://example.org",
        "language": "en",
        "abstract": "We did it.",
        "note": "First. Second.",
        "archive": "PubMed",
        "call-number": "QA1",
        "genre": "Review",
        "keyword": "a, b",
        "issued": {"date-parts": [[2020, 3, 5]]},
        "accessed": {"date-parts": [[2021, 2, 3]]},
    } == one(
        "TI  - Cells",
        "ST  - C",
        "AU  - Doe, Jane",
        "AU  - van Beethoven, Ludwig",
        "AU  - Roe, Al, Jr.",
        "AU  - World Health Organization",
        "AU  - Plato,",
        "A2  - Ed, A.",
        "A3  - Se, C.",
        "A4  - Tr, B.",
        "T2  - Journal",
        "J2  - J.",
        "T3  - Series",
        "PY  - 2020",
        "DA  - 2020/03/05/",
        "VL  - 3",
        "IS  - 4",
        "SP  - 10",
        "EP  - 19",
        "C7  - e5",
        "ET  - 2",
        "PB  - Pub",
        "CY  - Paris",
        "SN  - 0303-8467",
        "SN  - 978-3-16-148410-0",
        "DO  - 10.1000/x",
        "UR  - https://example.org",
        "LA  - en",
        "AB  - We did",
        "it.",
        "N1  - First.",
        "N1  - Second.",
        "KW  - a",
        "KW  - b",
        "M3  - Review",
        "DB  - PubMed",
        "CN  - QA1",
        "Y2  - 2021-02-03",
    )


@pytest.mark.parametrize(
    ("lines", "issued"),
    [
        (["PY  - 2020"], {"date-parts": [[2020]]}),
        (["PY  - 2020///"], {"date-parts": [[2020]]}),
        (["Y1  - 2020/03//"], {"date-parts": [[2020, 3]]}),
        (["PY  - 2020", "DA  - 2020/03/"], {"date-parts": [[2020, 3]]}),
        (["DA  - Spring 2020"], {"literal": "Spring 2020"}),
    ],
)
def test_dates(lines: list[str], issued: dict[str, object]) -> None:
    """PY, Y1 and DA give the issue date; DA wins when it parses."""
    assert issued == one(*lines)["issued"]


def test_records_without_ids_get_keys() -> None:
    """A record without ID gets family name and year, with a letter when taken."""
    text = "".join(
        f"TY  - BOOK\nAU  - M{chr(252)}ller, Jo\nPY  - 2020\nTI  - {title}\nER  - \n\n"
        for title in ("A", "B")
    )
    assert ["mller2020", "mller2020b"] == [
        work.id for work in parse_bibliography(text, format="ris")
    ]


def test_bad_records_are_listed_by_line() -> None:
    """Each bad record, or stray line, is named by its line and tag."""
    text = (
        "stray\n"
        "TY  - JOUR\nID  - a\nDO  - nope\nER  - \n"
        "AU  - Outside, A\n"
        "TY  - JOUR\nID  - b\nSN  - 1234-5678\nER  - \n"
        "TY  - JOUR\nID  - a\nER  - \n"
        "TY  - JOUR\nID  - open\n"
    )
    with pytest.raises(BibliographyError) as caught:
        parse_bibliography(text, format="ris")
    assert [
        (1, None, None),
        (4, "a", "DO"),
        (6, None, None),
        (9, "b", "SN"),
        (11, "a", None),
        (14, None, None),
    ] == [(p.line, p.key, p.field) for p in caught.value.problems]
