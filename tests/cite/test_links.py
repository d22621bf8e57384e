"""Record data never becomes live markup or a link to anything but http, https, ftp or a DOI."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import msc_sci
from msc_sci._cite._links import (
    html_href,
    latex_link,
    link_target,
    markdown_link,
    rst_link,
)
from tests.strategies import injection_payloads

FORMATS = ("text", "html", "markdown", "rst", "latex")
CSL_STYLES = ("apa", "ieee", "vancouver")
BIBTEX_STYLES = ("bibtex:plain", "bibtex:unsrt", "bibtex:alpha", "bibtex:unsrtalpha")
# The fields a payload is put in, with the CSL-JSON value each is written as.
FIELDS = (
    "title",
    "container-title",
    "publisher",
    "publisher-place",
    "note",
    "volume",
    "page",
    "edition",
    "URL",
    "DOI",
    "family",
    "given",
)
# The probes of issue 15.
SCRIPT_URL = 'http://x/"><script>alert(1)</script>'
ISSUE_PAYLOADS = (
    SCRIPT_URL,
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "<script>alert(1)</script>",
    "](javascript:alert(1))",
    "`x <javascript:alert(1)>`__",
    "\\input{/etc/passwd}",
)
LINKED = re.compile(r"(?:https?|ftp)://[^\s\"'<>`\\{}()]+\Z", re.IGNORECASE)


def work_with(field: str, payload: str) -> dict[str, Any]:
    """A book whose *field* holds *payload* (a DOI keeps its required prefix)."""
    item: dict[str, Any] = {
        "id": "x",
        "type": "book",
        "title": "T",
        "author": [{"family": "Doe", "given": "Jane"}],
        "issued": {"date-parts": [[2020]]},
    }
    if field in ("family", "given"):
        item["author"][0][field] = payload
    elif field == "DOI":
        item["DOI"] = "10.1234/" + "".join(payload.split())
    else:
        item[field] = payload
    return item


class _Html(HTMLParser):
    """Collect the tags, attributes and text of an HTML fragment."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            if name == "href":
                self.hrefs.append(value or "")
            elif name != "class" and name != "style":
                self.tags.append(f"{tag}[{name}]")


HTML_TAGS = {"a", "b", "i", "em", "strong", "span", "div", "sup", "sub"}
LATEX_COMMANDS = {
    "emph",
    "href",
    "newblock",
    "textasciicircum",
    "textasciitilde",
    "textbackslash",
    "textbf",
    "textbraceleft",
    "textbraceright",
    "textit",
    "textmd",
    "textsc",
    "textsubscript",
    "textsuperscript",
    "textup",
    "underline",
    "url",
}


def check_safe(output: str, format: str) -> None:
    """Assert that *output* holds no live markup and links only http, https and ftp."""
    if format == "html":
        parsed = _Html()
        parsed.feed(output)
        assert set(parsed.tags) <= HTML_TAGS, parsed.tags
        assert all(LINKED.match(href) for href in parsed.hrefs), parsed.hrefs
    elif format == "markdown":
        targets = re.findall(r"(?<!\\)\]\(([^)]*)\)", output)
        assert all(LINKED.match(target) for target in targets), targets
        tags = re.findall(r"(?<!\\)<(/?[A-Za-z][^>]*)>", output)
        autolinks = {tag for tag in tags if ":" in tag}
        assert all(LINKED.match(target) for target in autolinks), autolinks
        assert set(tags) - autolinks <= {"sup", "/sup", "sub", "/sub"}, tags
    elif format == "rst":
        check_rst(output)
    elif format == "latex":
        commands = set(re.findall(r"\\([A-Za-z]+)", re.sub(r"\\\\", "", output)))
        assert commands <= LATEX_COMMANDS, commands
        for target in re.findall(r"\\(?:url|href)\{([^}]*)\}", output):
            assert LINKED.match(target.replace("\\%", "%").replace("\\#", "#")), target
        depth = 0
        for char in re.sub(r"\\[{}\\]", "", output):
            depth += {"{": 1, "}": -1}.get(char, 0)
            assert depth >= 0, output
        assert depth == 0, output


def check_rst(output: str) -> None:
    """Assert that docutils reads *output* as text and safe links only, without errors."""
    from docutils import nodes
    from docutils.core import publish_doctree

    tree = publish_doctree(
        output,
        settings_overrides={"report_level": 5, "halt_level": 5, "raw_enabled": False},
    )
    for node in tree.findall():
        assert not isinstance(
            node, (nodes.raw, nodes.target, nodes.substitution_reference, nodes.system_message)
        ), output
        if isinstance(node, nodes.reference):
            assert LINKED.match(node.get("refuri", "")), output
    assert not list(tree.findall(nodes.problematic)), output


def render_all(style: str, item: dict[str, Any], format: str) -> list[str]:
    """The bibliography entries and the citation of *item* in *style* and *format*."""
    chosen = msc_sci.Style(style)
    return [*chosen.bibliography([item], format=format), chosen.citation([item], format=format)]


# -- the link helpers ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://doi.org/10.1000/x", "https://doi.org/10.1000/x"),
        ("ftp://ftp.example.org/a b", "ftp://ftp.example.org/a%20b"),
        (SCRIPT_URL, "http://x/%22%3E%3Cscript%3Ealert%281%29%3C/script%3E"),
        ("HTTPS://EXAMPLE.ORG/", "HTTPS://EXAMPLE.ORG/"),
        ("javascript:alert(1)", None),
        ("data:text/html,x", None),
        ("http:alert(1)", None),
        ("//example.org/x", None),
        ("www.example.org", None),
        (" https://example.org", None),
    ],
)
def test_link_target(url: str, expected: str | None) -> None:
    """Only http, https and ftp URLs are linked, percent-encoded."""
    assert expected == link_target(url)


def test_unsafe_url_is_text_in_every_format() -> None:
    """A URL that must not be linked keeps only its (escaped) text."""
    url = "javascript:alert(1)"
    assert ["t"] * 4 == [
        html_href(url, "t"),
        markdown_link(url, "t"),
        rst_link(url, "t"),
        latex_link(url, "t", shown=False),
    ]


def test_link_without_text_is_nothing() -> None:
    """A link without text prints nothing, not a bare target."""
    assert ["", "", "", ""] == [
        html_href("https://a.org", ""),
        markdown_link("https://a.org", ""),
        rst_link("https://a.org", ""),
        latex_link("https://a.org", "", shown=True),
    ]


# -- every style path, every format ------------------------------------------------------


@pytest.mark.parametrize("payload", ISSUE_PAYLOADS)
@pytest.mark.parametrize("format", FORMATS)
@pytest.mark.parametrize("style", [*BIBTEX_STYLES, *CSL_STYLES])
def test_issue_payloads_in_url(style: str, format: str, payload: str) -> None:
    """The probes of issue 15, as a URL, give no live HTML and no unsafe link."""
    for output in render_all(style, work_with("URL", payload), format):
        check_safe(output, format)


def test_script_url_is_escaped_in_html() -> None:
    """The URL that printed a live ``<script>`` through bibtex:plain is now an escaped link."""
    entry = msc_sci.Style("bibtex:plain").bibliography(
        [work_with("URL", SCRIPT_URL)], format="html"
    )
    assert '<a href="http://x/%22%3E%3Cscript%3Ealert%281%29%3C/script%3E">' in entry[0]


@pytest.mark.parametrize("format", FORMATS)
def test_javascript_url_is_left_out(format: str) -> None:
    """A ``javascript:`` URL is left out of a BibTeX style's entry, with a warning."""
    entries = msc_sci.Style("bibtex:plain").bibliography(
        [work_with("URL", "javascript:alert(1)")], format=format
    )
    assert (False, True) == (
        "javascript" in entries[0],
        any("'javascript:alert(1)' left out" in warning for warning in entries.warnings),
    )


def test_doi_with_markup_is_escaped() -> None:
    """A DOI suffix with quotes and angle brackets cannot end the link in HTML."""
    item = work_with("URL", "https://example.org")
    item["DOI"] = '10.1234/"><script>x'
    entry = msc_sci.Style("bibtex:plain").bibliography([item], format="html")[0]
    assert (False, True) == (
        "<script>" in entry,
        'href="https://doi.org/10.1234/%22%3E%3Cscript%3Ex"' in entry,
    )


@given(
    field=st.sampled_from(FIELDS),
    payload=injection_payloads,
    format=st.sampled_from(FORMATS),
    style=st.sampled_from((*BIBTEX_STYLES, *CSL_STYLES)),
)
def test_any_payload_in_any_field(field: str, payload: str, format: str, style: str) -> None:
    """Any payload in any field, any format, any style path: escaped, links safe only."""
    try:
        outputs = render_all(style, work_with(field, payload), format)
    except msc_sci.MscSciError:
        return  # refused as invalid data, which is fine too
    for output in outputs:
        check_safe(output, format)


def test_bst_drops_an_unsafe_url(tmp_path: Path) -> None:
    """A .bst style never sees a URL it could print as a ``javascript:`` link."""
    bst = tmp_path / "url.bst"
    bst.write_text(
        'ENTRY { url } {} {}\nFUNCTION {book} { "\\bibitem{" cite$ * "}" * write$ newline$'
        ' "\\url{" url * "}" * write$ newline$ }\nREAD\nITERATE {call.type$}\n',
        encoding="utf-8",
    )
    entries = msc_sci.Style(f"bibtex:{bst}").bibliography(
        [work_with("URL", "javascript:alert(1)")], format="latex"
    )
    warning = "x: URL 'javascript:alert(1)' left out (only http, https and ftp URLs are printed)"
    assert (["\\url{}"], (warning,)) == (list(entries), entries.warnings)
