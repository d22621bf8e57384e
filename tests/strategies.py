"""Hypothesis strategies for every record, kept in one place (house style rule 10)."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from msc_sci import CiteItem, Date, Person, Work
from msc_sci._cite._item import LABELS

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

#: Text meant to become markup or a link in some output format: the probes of issue 15,
#: and runs of the characters that are markup in HTML, Markdown, reStructuredText or
#: LaTeX. No control characters: they are normalised separately.
injection_payloads = st.one_of(
    st.sampled_from(
        [
            'http://x/"><script>alert(1)</script>',
            "javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "<script>alert(1)</script>",
            '<a href="javascript:alert(1)">x</a>',
            "<img src=x onerror=alert(1)>",
            "[x](javascript:alert(1))",
            "](javascript:alert(1))",
            "<javascript:alert(1)>",
            "`x <javascript:alert(1)>`__",
            ".. raw:: html\n\n   <script>alert(1)</script>",
            "|sub| _target `role`:x:",
            "\\input{/etc/passwd}",
            "\\immediate\\write18{rm -rf /}",
            "} \\def\\x{",
            "100% & $5 # ^ _ ~",
        ]
    ),
    st.text(alphabet="<>\"'`&;:/()[]{}\\%#$^_~*|=!-. aAx1", min_size=1, max_size=40),
    plain_text,
).filter(lambda text: text.strip() != "")

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


#: Locator labels: every CSL locator term.
locator_labels = st.sampled_from(LABELS)


@st.composite
def cite_items(
    draw: st.DrawFn,
    work: st.SearchStrategy[Work] | None = None,
    text: st.SearchStrategy[str] = plain_text,
) -> CiteItem:
    """Valid cite items: a work with an optional locator, label and affixes from *text*."""
    return CiteItem(
        draw(work if work is not None else works()),
        locator=draw(st.none() | text),
        label=draw(locator_labels),
        prefix=draw(st.none() | text),
        suffix=draw(st.none() | text),
    )


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


# -- texts about the study, for the coverage checker -------------------------------------

#: Phrases the checker's rules look for, negated or not, to mix with arbitrary text.
_coverage_phrases = st.sampled_from(
    [
        "a blinded trial",
        "not blinded",
        "no placebo",
        "placebo-controlled",
        "a dozen patients",
        "13 patients",
        "12 people",
        "embryonic stem cells",
        "injected into the spinal cord",
        "non-traumatic",
        "no side effects",
        "no serious side effects",
        "a cure",
        "repaired the spinal cord",
        "Stemirac, the team behind",
        "Waxman, lead author of the study",
        "Journal of Clinical Neurology and Neurosurgery",
        "published in the journal Nature Medicine",
        "\u201cThe idea that it is possible to restore motor function\u201d",
        '"unbalanced quote',
        "patients improved",
    ]
)

#: Text that may or may not talk about the study: phrases, hostile strings and noise.
coverage_texts = st.lists(
    st.one_of(_coverage_phrases, hostile_text, st.text(max_size=30)), max_size=8
).map(" ".join)


# -- quotations in running text ----------------------------------------------------------

#: Fictional speakers for generated articles (never real people).
FICTIONAL_SPEAKERS = ("Ana Ruiz", "Bo Lind", "Carla Mendes", "Dr. Priya Natarajan")

_quote_words = st.lists(
    st.sampled_from(
        [
            "the",
            "cells",
            "patients'",
            "it's",
            "results",
            "we",
            "hope",
            "may",
            "help",
            "trial",
            "small",
            "early",
            "[stem cells](#)",
            "years",
            "function",
            "walk",
        ]
    ),
    min_size=4,
    max_size=14,
).map(" ".join)
_narrative = st.sampled_from(
    [
        "The trial was small.",
        "Patients' own cells were used, and it's early days.",
        "Critics called it a \u201cmiracle\u201d.",
        "Nobody was blinded.",
        "",
    ]
)


@st.composite
def attributed_paragraphs(draw: st.DrawFn) -> tuple[str, str]:
    """A paragraph with one quotation attributed to a fictional speaker, and that name."""
    name = draw(st.sampled_from(FICTIONAL_SPEAKERS))
    words = draw(_quote_words)
    opening, closing = draw(st.sampled_from([("\u201c", "\u201d"), ('"', '"')]))
    cue = draw(
        st.sampled_from(["said {n}", "{n} said", "noted {n}", "{n} added", "according to {n}"])
    ).format(n=name)
    before = draw(_narrative)
    if draw(st.booleans()):
        body = f"{before} {cue}: {opening}{words}.{closing}".strip()
        if cue.startswith("according"):
            body = f"{before} {opening}{words},{closing} {cue}.".strip()
    else:
        body = f"{before} {opening}{words},{closing} {cue}.".strip()
    return body, name.removeprefix("Dr. ")


#: Text made to stress a quote finder: stray, nested, curly and straight marks, breaks.
quote_noise = st.lists(
    st.sampled_from(
        [
            *"\"'\u201c\u201d\u2018\u2019\u201e\u00ab\u00bb\n \t:,.-\u2014",
            *("a", "B", "said", " he said", "Waxman", " the paper said", "[x](#)", "\n\n"),
        ]
    ),
    max_size=40,
).map("".join)


@st.composite
def news_texts(draw: st.DrawFn) -> str:
    """News-like text: attributed paragraphs, narrative, noise, arbitrary strings."""
    parts = draw(
        st.lists(
            st.one_of(
                attributed_paragraphs().map(lambda pair: pair[0]),
                _narrative,
                quote_noise,
                st.text(max_size=30),
            ),
            max_size=8,
        )
    )
    separator = draw(st.sampled_from(["\n\n", "\n", " ", "\n \n"]))
    return separator.join(parts)


@st.composite
def speech_sequences(draw: st.DrawFn) -> tuple[str, list[str | None]]:
    """An article of named, unnamed, pronoun and continuation quotes, with each speaker.

    The expected speakers follow the finder's rules: a pronoun is the last named person,
    nobody after an unnamed speaker; a quote-only paragraph continues the paragraph
    before it, nobody after narrative.
    """
    paragraphs: list[str] = []
    expected: list[str | None] = []
    last: str | None = None
    previous: str | None = None
    for kind in draw(
        st.lists(
            st.sampled_from(["named", "unnamed", "pronoun", "continuation", "narrative"]),
            min_size=1,
            max_size=10,
        )
    ):
        words = draw(_quote_words)
        if kind == "named":
            name = draw(st.sampled_from(FICTIONAL_SPEAKERS))
            paragraphs.append(f"\u201c{words},\u201d said {name}.")
            last = previous = name.removeprefix("Dr. ")
            expected.append(last)
        elif kind == "unnamed":
            paragraphs.append(f"\u201c{words},\u201d an independent expert said.")
            last = previous = None
            expected.append(None)
        elif kind == "pronoun":
            paragraphs.append(f'"{words}," she added.')
            previous = last
            expected.append(last)
        elif kind == "continuation":
            paragraphs.append(f"\u201c{words}.\u201d")
            expected.append(previous)
        else:
            paragraphs.append(draw(_narrative.filter(bool)))
            previous = None
    return "\n\n".join(paragraphs), expected


@st.composite
def reprinted_quotes(draw: st.DrawFn) -> tuple[str, str]:
    """A registry quote reprinted faithfully, and its id.

    Marks, apostrophes, spacing and a markdown link change; the words do not.
    """
    from msc_sci import quotes

    quote = draw(st.sampled_from([q for q in quotes() if q.kind != "indirect"]))
    words = quote.text.split()
    if draw(st.booleans()):
        index = draw(st.integers(0, len(words) - 1))
        words[index] = f"[{words[index]}](#)"
    spaces = st.sampled_from([" ", "  ", "\n", " \t "])
    text = words[0] + "".join(draw(spaces) + word for word in words[1:])
    if draw(st.booleans()):
        text = text.replace("'", "\u2019")
    opening, closing = draw(st.sampled_from([("", ""), ('"', '"'), ("\u201c", "\u201d")]))
    return f"{opening}{text}{closing}", quote.id


# -- hostile input for every public entry point -------------------------------------------

#: Any Python value a caller might pass by mistake: None, numbers, bytes, containers.
any_values = st.one_of(
    json_values,
    st.binary(max_size=20),
    st.just(object()),
)

#: Text that is not quite text: lone surrogates, NULs, huge or odd strings, paths.
hostile_strings = st.one_of(
    hostile_text,
    st.text(st.characters(codec=None, categories=("Cs", "Cc", "Zl", "Zp")), max_size=8),
    st.sampled_from(
        [
            "",
            " ",
            "a\0b",
            "\ud800",
            "../../etc/passwd",
            "en-/../../x",
            "x" * 300,
            "javascript:alert(1)",
            "bibtex:",
            "bibtex:../../x",
            "-",
            "--help",
        ]
    ),
)


def _nested(depth: int) -> list[object]:
    value: list[object] = []
    for _ in range(depth):
        value = [value]
    return value


#: CSL-JSON items broken in one field: a wrong type, hostile text, deep nesting.
hostile_csl_items = st.builds(
    lambda base, key, value: {**base, key: value},
    csl_json_items(),
    st.sampled_from(
        [
            "id",
            "type",
            "title",
            "author",
            "issued",
            "volume",
            "page",
            "DOI",
            "URL",
            "ISSN",
            "custom",
            "categories",
            "PMID",
            "accessed",
            "editor",
        ]
    ),
    st.one_of(
        any_values,
        hostile_strings,
        st.just(_nested(100_000)),
        st.builds(lambda parts: {"date-parts": parts}, json_values),
        st.builds(lambda family: [{"family": family}], hostile_strings | any_values),
    ),
)
