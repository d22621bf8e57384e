"""The export registry: one module per format, found by name, alias or suffix."""

from __future__ import annotations

import re
import subprocess
import sys
import types
from urllib.parse import unquote

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import msc_sci
from msc_sci import ExportError, Person, UnknownFormatError, Work
from msc_sci._export import ALIASES, FORMATS, format_module, resolve
from tests.strategies import hostile_works


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_every_format_module_has_the_protocol(name: str) -> None:
    """Each format module exposes NAME, SUFFIXES, MEDIA_TYPE and dumps."""
    module = format_module(name)
    assert name == module.NAME
    assert isinstance(module.SUFFIXES, tuple)
    assert "/" in module.MEDIA_TYPE
    assert callable(module.dumps)
    assert module.dumps(Work(id="x", title="t", authors=(msc_sci.Person(family="A"),)))


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_every_format_exports_the_study(name: str) -> None:
    """export(name) gives the study's text in that format."""
    assert format_module(name).dumps(msc_sci.study()) == msc_sci.export(name)


def test_aliases_and_suffixes_resolve() -> None:
    """Aliases and suffixes, in any case, name a known format."""
    assert set(ALIASES.values()) <= set(FORMATS)
    assert (
        resolve(".BIB"),
        resolve(".ris"),
        resolve("CITATION.cff"),
        resolve("json-ld"),
    ) == ("bibtex", "ris", "cff", "jsonld")


def test_module_suffixes_are_registered() -> None:
    """Every suffix a module declares resolves to a format (its own, unless shared)."""
    for name in FORMATS:
        for suffix in format_module(name).SUFFIXES:
            assert resolve(suffix) in FORMATS


def test_unknown_format_suggests() -> None:
    """An unknown name raises UnknownFormatError with close matches."""
    with pytest.raises(UnknownFormatError, match="did you mean 'bibtex'") as info:
        msc_sci.export("bibtx")
    assert isinstance(info.value, LookupError)


def test_unknown_format_lists_known() -> None:
    """A name close to nothing lists the known formats."""
    with pytest.raises(UnknownFormatError, match="known: biblatex, bibtex, cff, coins"):
        msc_sci.export("docx")


def test_export_takes_any_work() -> None:
    """export() takes another work by keyword."""
    assert msc_sci.export("ris", work=Work(id="other", title="t")).startswith("TY  - JOUR\n")


def test_package_is_callable_after_submodule_import() -> None:
    """msc_sci.export stays the function when a format submodule was imported first."""
    code = "import msc_sci._export.ris, msc_sci; print(msc_sci.export('ris').splitlines()[0])"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout == "TY  - JOUR\n"
    assert isinstance(sys.modules["msc_sci._export"], types.ModuleType)


def test_import_stays_cheap() -> None:
    """import msc_sci loads no format module and no pybtex, pyyaml or json-ld library."""
    code = (
        "import sys, msc_sci; "
        "print(sorted(m for m in sys.modules if m.startswith(('pybtex', 'latexcodec', "
        "'msc_sci._export', 'msc_sci._verify', 'urllib.request'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout == "[]\n"


def test_unknown_option_is_an_export_error() -> None:
    """An option the format does not take is an ExportError naming the options it takes."""
    with pytest.raises(
        msc_sci.ExportError, match=r"ris: unknown option.*ascii_only; ris takes none"
    ):
        msc_sci.export("ris", ascii_only=True)


def test_a_format_that_is_not_a_string_is_a_type_error() -> None:
    """``export(None)`` is a TypeError naming the type, not an AttributeError."""
    with pytest.raises(TypeError, match="NoneType"):
        msc_sci.export(None)  # type: ignore[arg-type]


def test_a_work_that_is_not_a_work_is_a_type_error() -> None:
    """``export("bibtex", work="str")`` is a TypeError naming the type."""
    with pytest.raises(TypeError, match=r"msc_sci\.Work, not str"):
        msc_sci.export("bibtex", work="str")  # type: ignore[arg-type]


_RAW_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029]")


@given(hostile_works(), st.sampled_from(sorted(FORMATS)))
@example(Work(id="x", title="nul\x00del\x7fnel\x85ls\u2028ps\u2029", type="book"), "csl-json")
@example(Work(id="x", title="a\r\r.. raw:: html\x0c", type="book"), "bibtex")
def test_no_export_writes_a_raw_control_character(work: Work, to: str) -> None:
    """Every export escapes control characters, writes them as spaces, or refuses the work."""
    try:
        text = msc_sci.export(to, work=work)
    except ExportError:
        return
    assert None is _RAW_CONTROL.search(text)


_BAD_URLS = (
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox",
    "file:///etc/passwd",
    "//evil.example/x",
    "https://",
)


@pytest.mark.parametrize("url", _BAD_URLS)
@pytest.mark.parametrize("to", sorted(FORMATS))
def test_exports_refuse_urls_that_are_not_web_addresses(to: str, url: str) -> None:
    """A javascript:, data: or other non-web URL is refused by every export, naming the field."""
    work = Work(id="x", type="article-journal", title="T", url=url, authors=(Person(family="A"),))
    with pytest.raises(ExportError) as info:
        msc_sci.export(to, work=work)
    assert info.value.field.lower() == "url"


@pytest.mark.parametrize(
    "url", ["https://example.org/a?b#c", "HTTP://EXAMPLE.ORG", "ftp://x.org/f"]
)
@pytest.mark.parametrize("to", sorted(set(FORMATS) - {"cff"}))
def test_exports_keep_web_addresses(to: str, url: str) -> None:
    """http, https and ftp addresses go out as they are."""
    work = Work(id="x", type="article-journal", title="T", url=url)
    assert url in unquote(msc_sci.export(to, work=work))
