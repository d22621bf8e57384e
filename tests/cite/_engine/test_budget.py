"""The rendering budget: a style that explodes is refused quickly, real styles never are."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

import msc_sci
from msc_sci import StyleError
from msc_sci._cite._engine import _budget

BOOK = {"id": "x", "type": "book", "title": "T", "issued": {"date-parts": [[2020]]}}
# Hangs are caught by the budget; this only turns a regression into a failure.
HANG = 120.0


def style_file(tmp_path: Path, macros: str, layout: str) -> Path:
    """Write a CSL style with *macros* and *layout* for both citations and bibliography."""
    path = tmp_path / "style.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">'
        "<info><title>T</title><id>t</id><updated>2020-01-01T00:00:00Z</updated></info>"
        f"{macros}<citation><layout>{layout}</layout></citation>"
        f"<bibliography><layout>{layout}</layout></bibliography></style>",
        encoding="utf-8",
    )
    return path


def doubling(tmp_path: Path, depth: int) -> Path:
    """The style of issue 15: each of *depth* macros calls the next one twice."""
    macros = "".join(
        f'<macro name="m{i}"><text macro="m{i + 1}"/><text macro="m{i + 1}"/></macro>'
        for i in range(depth)
    )
    macros += f'<macro name="m{depth}"><text variable="title"/></macro>'
    return style_file(tmp_path, macros, '<text macro="m0"/>')


def outcome_of(call: object) -> object:
    """Run *call* in a thread; return its result or exception, failing if it hangs."""
    found: list[object] = []

    def target() -> None:
        try:
            found.append(call())  # type: ignore[operator]
        except Exception as exc:  # handed to the test to assert on
            found.append(exc)

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(HANG)
    assert found, f"did not return within {HANG} s"
    return found[0]


@pytest.mark.parametrize("mode", ["bibliography", "citation"])
def test_doubling_macros_are_a_style_error(tmp_path: Path, mode: str) -> None:
    """2^40 macro calls are refused with a StyleError instead of running for ever."""
    style = msc_sci.Style(doubling(tmp_path, 40))
    error = outcome_of(lambda: getattr(style, mode)([BOOK]))
    assert isinstance(error, StyleError), error
    assert f"more than {_budget.MAX_RENDERS:,} macro calls" in str(error)


def test_a_small_doubling_still_renders(tmp_path: Path) -> None:
    """Macros that call others a few times over are fine: 2^6 titles."""
    assert ["T" * 64] == list(msc_sci.Style(doubling(tmp_path, 6)).bibliography([BOOK]))


def test_huge_output_is_a_style_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Output past the character budget is a StyleError, however few the renders."""
    monkeypatch.setattr(_budget, "MAX_CHARS", 10_000)
    item = {**BOOK, "title": "x" * 2_000}
    style = msc_sci.Style(doubling(tmp_path, 3))
    with pytest.raises(StyleError, match="more than 10,000 characters"):
        style.bibliography([item])


def test_budget_is_per_item(monkeypatch: pytest.MonkeyPatch) -> None:
    """Many works under a small budget still render: each item has a budget of its own."""
    monkeypatch.setattr(_budget, "MAX_RENDERS", 1_000)
    works = [{**BOOK, "id": f"w{index}", "title": f"T{index}"} for index in range(100)]
    assert 100 == len(msc_sci.Style("apa").bibliography(works))


def test_budget_is_reset_after_an_error(tmp_path: Path) -> None:
    """After a refused style, the same thread renders real styles as before."""
    with pytest.raises(StyleError):
        msc_sci.Style(doubling(tmp_path, 40)).bibliography([BOOK])
    assert (0, ["T. (2020)."]) == (
        _budget.usage()[0],
        list(msc_sci.Style("apa").bibliography([BOOK])),
    )


def test_deeply_nested_style_is_a_style_error(tmp_path: Path) -> None:
    """Groups nested thousands deep are refused when the style is read."""
    layout = "<group>" * 5_000 + '<text variable="title"/>' + "</group>" * 5_000
    with pytest.raises(StyleError):
        msc_sci.Style(style_file(tmp_path, "", layout))


def test_nesting_near_the_parser_limit_renders_or_is_a_style_error(tmp_path: Path) -> None:
    """Groups nested as deep as the parser allows render, or fail as a StyleError."""
    layout = "<group>" * 250 + '<text variable="title"/>' + "</group>" * 250
    try:
        entries = msc_sci.Style(style_file(tmp_path, "", layout)).bibliography([BOOK])
    except StyleError:
        return
    assert ["T"] == list(entries)
