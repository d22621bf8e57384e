"""Hypothesis strategies for every record, kept in one place (house style rule 10)."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from msc_sci import Date, Person, Work

# -- text --------------------------------------------------------------------------------

#: Ordinary printable text without surrounding whitespace.
plain_text = (
    st.text(
        alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "Zs")),
        min_size=1,
        max_size=40,
    )
    .map(str.strip)
    .filter(bool)
)

#: Strings chosen to break formatters: markup, LaTeX, control and bidi characters, long runs.
hostile_text = st.one_of(
    plain_text,
    st.sampled_from(
        [
            "<script>alert(1)</script>",
            "\\input{/etc/passwd}",
            "\\immediate\\write18{rm -rf /}",
            "{unbalanced",
            "unbalanced}",
            "100% & $5 # ^ _ ~ \\",
            "quote \" and ' and ` marks",
            "\u202eevil\u202c right-to-left override",
            "e\u0301 combining acute",
            "tab\tand\u000bvertical tab and\u0007bell",
            "line\nbreak",
            "&amp; &lt;b&gt; &#38;",
            '<i>italic</i> <b>bold</b> <sup>2</sup> <span class="nocase">DNA</span>',
            "x" * 10_000,
        ]
    ),
    st.text(min_size=1, max_size=60).filter(lambda s: s.strip() != ""),
)

# -- records -----------------------------------------------------------------------------

_name_part = st.text(
    alphabet=st.characters(codec="utf-8", categories=("L",)), min_size=1, max_size=15
)


@st.composite
def dates(draw: st.DrawFn) -> Date:
    """Valid dates: a year, perhaps a month, perhaps a day."""
    year = draw(st.integers(min_value=1000, max_value=2100))
    month = draw(st.none() | st.integers(min_value=1, max_value=12))
    day = None
    if month is not None:
        day = draw(st.none() | st.integers(min_value=1, max_value=28))
    return Date(year=year, month=month, day=day)


@st.composite
def persons(draw: st.DrawFn, text: st.SearchStrategy[str] = _name_part) -> Person:
    """Valid names: a person with family and given names, or an organisation."""
    if draw(st.booleans().map(lambda b: b and draw(st.integers(0, 9)) == 0)):
        return Person(literal=draw(text))
    return Person(
        family=draw(text),
        given=draw(st.none() | text),
        non_dropping_particle=draw(st.none() | st.sampled_from(["van", "de", "van der"])),
        suffix=draw(st.none() | st.sampled_from(["Jr.", "III"])),
    )


_dois = st.builds(
    "10.{}/{}".format,
    st.integers(min_value=1000, max_value=99999),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789.-_/()", min_size=1, max_size=20),
)
_ids = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=20)
_numbers = st.integers(min_value=1, max_value=9999).map(str)


@st.composite
def works(
    draw: st.DrawFn,
    text: st.SearchStrategy[str] = plain_text,
    name_text: st.SearchStrategy[str] = _name_part,
) -> Work:
    """Valid works of the common CSL types, with optional fields filled at random.

    *text* fills titles and other free text, *name_text* the parts of names.
    """
    work_type = draw(
        st.sampled_from(["article-journal", "book", "chapter", "article-newspaper", "report"])
    )
    maybe = st.none() | text
    return Work(
        id=draw(_ids),
        type=work_type,
        title=draw(text),
        authors=tuple(draw(st.lists(persons(name_text), min_size=0, max_size=6))),
        container_title=draw(maybe),
        publisher=draw(maybe),
        publisher_place=draw(maybe),
        volume=draw(st.none() | _numbers),
        issue=draw(st.none() | _numbers),
        page=draw(st.none() | _numbers),
        doi=draw(st.none() | _dois),
        url=draw(st.none() | st.just("https://example.org/item")),
        language=draw(st.none() | st.sampled_from(["en", "de", "ja"])),
        issued=draw(st.none() | dates()),
        names=(("editor", tuple(draw(st.lists(persons(name_text), min_size=1, max_size=3)))),)
        if work_type == "chapter"
        else (),
    )


def hostile_works() -> st.SearchStrategy[Work]:
    """Valid works whose free text and names are :data:`hostile_text`."""
    return works(text=hostile_text, name_text=hostile_text)


def csl_json_items() -> st.SearchStrategy[dict[str, Any]]:
    """CSL-JSON items made from valid works."""
    return works().map(Work.to_csl_json)


#: JSON-like values of any shape, for feeding malformed data to loaders.
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=12,
)
