"""Every output format escapes record data: hostile strings never become markup."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import msc_sci
from msc_sci import MscSciError
from tests.strategies import csl_json_items, hostile_text, hostile_works

FORMATS = ("text", "html", "markdown", "rst", "latex")
STYLES = ("apa", "ieee", "modern-language-association")
_ALLOWED_HTML = re.compile(r'</?(i|b|sup|sub|div|span)( class="csl-[a-z-]+"| style="[a-z:;-]+")?>')


def _record(text: str) -> dict[str, object]:
    return {
        "id": "h",
        "type": "article-journal",
        "title": text,
        "container-title": text,
        "publisher": text,
        "volume": text,
        "page": text,
        "URL": text,
        "author": [{"family": text, "given": text}, {"literal": text}],
        "issued": {"date-parts": [[2020, 1, 2]]},
    }


def test_html_escapes_script() -> None:
    """A title holding a script tag comes out as text."""
    record = _record("<script>alert(1)</script>")
    entry = msc_sci.Style("apa").bibliography([record], format="html")[0]
    assert "<script>" not in entry
    assert "&lt;script&gt;" in entry


def test_inline_markup_survives_in_html() -> None:
    """Whitelisted CSL-JSON inline markup becomes HTML markup, upright inside italics."""
    record = {"id": "m", "type": "book", "title": "The <i>E. coli</i> genome"}
    entry = msc_sci.Style("ieee").bibliography([record], format="html")[0]
    assert '<i>The <span style="font-style:normal;">E. coli</span> genome</i>' in entry


def test_latex_escapes_specials() -> None:
    """LaTeX special characters in data are escaped."""
    record = {"id": "m", "type": "book", "title": "100% & $5 # ^ _ ~ \\ {x}"}
    entry = msc_sci.Style("ieee").bibliography([record], format="latex")[0]
    expected = r"100\% \& \$5 \# \textasciicircum{} \_ \textasciitilde{} \textbackslash{} \{x\}"
    assert expected in entry


@pytest.mark.parametrize("style", STYLES)
@given(text=hostile_text)
def test_hostile_fields_in_html_stay_text(style: str, text: str) -> None:
    """Any string in any field gives HTML whose only tags are our own."""
    try:
        entries = msc_sci.Style(style).bibliography([_record(text)], format="html")
        citation = msc_sci.Style(style).citation([_record(text)], format="html")
    except MscSciError:
        return
    for output in (*entries, citation):
        assert [
            tag for tag in re.findall(r"<[^>]*>", output) if not _ALLOWED_HTML.fullmatch(tag)
        ] == []


@pytest.mark.parametrize("output_format", FORMATS)
@given(text=hostile_text, style=st.sampled_from(STYLES))
def test_hostile_fields_never_crash(output_format: str, text: str, style: str) -> None:
    """Any string in any field gives output or an msc_sci error, in every format."""
    try:
        entries = msc_sci.Style(style).bibliography([_record(text)], format=output_format)
    except MscSciError:
        return
    assert len(entries) == 1
    if output_format == "latex":
        assert "\\input" not in entries[0]
        assert "\\write18" not in entries[0]


@pytest.mark.parametrize("output_format", FORMATS)
@given(work=hostile_works(), style=st.sampled_from(STYLES))
def test_hostile_works_in_every_format(output_format: str, work: msc_sci.Work, style: str) -> None:
    """Hostile works (every free-text field and name) format or raise an msc_sci error."""
    try:
        entries = msc_sci.Style(style).bibliography([work], format=output_format)
        citation = msc_sci.Style(style).citation([work], format=output_format)
    except MscSciError:
        return
    if output_format == "html":
        for output in (*entries, citation):
            tags = re.findall(r"<[^>]*>", output)
            assert [] == [tag for tag in tags if not _ALLOWED_HTML.fullmatch(tag)]


@given(item=csl_json_items())
def test_arbitrary_csl_json_formats_or_raises_ours(item: dict[str, object]) -> None:
    """Any CSL-JSON-like mapping formats or raises an msc_sci error, never another error."""
    try:
        entries = msc_sci.Style("apa").bibliography([item], format="html")
    except MscSciError:
        return
    assert 1 == len(entries)


_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_CONTROL_PAYLOADS = (
    "a\r\r.. raw:: html\r\r   <script>alert(1)</script>",
    "par\x0c\\par break",
    "nul\x00del\x7fnel\x85ls\u2028ps\u2029end",
    "tab\tvt\x0bbell\x07esc\x1b[31m",
)


@pytest.mark.parametrize("output_format", FORMATS)
@pytest.mark.parametrize("payload", _CONTROL_PAYLOADS)
def test_control_characters_become_spaces_in_every_format(output_format: str, payload: str) -> None:
    """C0, DEL, C1 and line separators in data never reach a citation or an entry."""
    style = msc_sci.Style("apa")
    record = _record(payload)
    out = style.bibliography([record], format=output_format)[0] + style.citation(
        [record], format=output_format
    )
    assert (None, False) == (_CONTROLS.search(out), "\n.." in out)


def test_rst_carriage_returns_cannot_start_a_directive() -> None:
    """``\\r\\r.. raw::`` in a title stays inline text in reStructuredText."""
    from docutils.core import publish_parts

    entry = msc_sci.Style("apa").bibliography([_record(_CONTROL_PAYLOADS[0])], format="rst")[0]
    body = publish_parts(entry, writer="html", settings_overrides={"report_level": 5})["body"]
    found = [marker for marker in ("<!--", "system-message", "<script>") if marker in body]
    assert ([], 1) == (found, body.count("<p>"))
