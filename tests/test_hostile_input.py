"""Hostile input through every public entry point: only MscSciError or TypeError escape.

Records, citations (any style name, locale and format), exports, quotes, summaries,
the checker and the command line each get wrong types, broken records and hostile
text. Each call either returns or raises an :class:`~msc_sci.MscSciError`, or a plain
``TypeError`` for a value of the wrong Python type; nothing else, no hang (the CI
profile bounds the examples).
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable, Iterator

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import msc_sci
from msc_sci import CiteItem, Date, MscSciError, Person, Work
from tests.strategies import (
    any_values,
    coverage_texts,
    hostile_csl_items,
    hostile_strings,
    hostile_works,
)

#: Slow calls (a style parsed per example, huge values) would trip the too_slow check.
_SLOW = settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.large_base_example])

_STYLES = st.sampled_from(["apa", "ieee", "vancouver", "chicago-author-date", "bibtex:plain"])
_FORMATS = st.sampled_from(["text", "html", "markdown", "rst", "latex"])


def _only_ours(call: Callable[[], object]) -> None:
    """Run *call*; an MscSciError or a TypeError is fine, anything else fails the test."""
    with contextlib.suppress(MscSciError, TypeError):
        call()


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """Swallow what the command line prints."""
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        yield


@_SLOW
@given(hostile_csl_items)
def test_records_from_csl_json(item: dict[str, object]) -> None:
    """A broken CSL-JSON item is a RecordError naming the field, or a valid work."""
    _only_ours(lambda: Work.from_csl_json(item))


@given(any_values | hostile_strings)
def test_record_pieces(value: object) -> None:
    """Dates, names and cite items from any value or text."""
    _only_ours(lambda: Date.parse(value))  # type: ignore[arg-type]
    _only_ours(lambda: Date.from_csl_json(value))
    _only_ours(lambda: Person.from_csl_json(value))
    _only_ours(lambda: Work(id=value, title=value))  # type: ignore[arg-type]
    _only_ours(lambda: CiteItem(value))  # type: ignore[arg-type]


@_SLOW
@given(hostile_csl_items | hostile_works().map(Work.to_csl_json), _STYLES, _FORMATS)
def test_citations_of_hostile_records(item: dict[str, object], style: str, output: str) -> None:
    """Bibliographies and citations of broken or hostile records, in any format."""
    chosen = msc_sci.Style(style)
    _only_ours(lambda: chosen.bibliography([item], format=output))
    _only_ours(lambda: chosen.citation([item], format=output))


@_SLOW
@given(
    _STYLES,
    st.sampled_from(["en-US", "en-GB", "de-DE", "fr-FR"]),
    hostile_strings | any_values,
    hostile_strings | any_values,
)
def test_cite_with_any_options(style: str, locale: str, value: object, other: object) -> None:
    """``cite()`` with any format, mode, locator, label and affixes."""
    _only_ours(lambda: msc_sci.cite(style, locale=locale, format=value, mode=other))  # type: ignore[arg-type]
    _only_ours(
        lambda: msc_sci.cite(style, mode="citation", locator=value, label=other, prefix=value)  # type: ignore[arg-type]
    )
    _only_ours(lambda: msc_sci.cite(style, mode="citation", suffix=value))  # type: ignore[arg-type]


@_SLOW
@given(
    _STYLES | hostile_strings | any_values,
    st.sampled_from(["en-US", "de-DE", "zh-hant-tw", "en_GB"]) | hostile_strings | any_values,
    _FORMATS | hostile_strings,
)
def test_style_with_any_name_and_locale(name: object, locale: object, output: str) -> None:
    """``Style()`` and ``cite()`` with any style name, locale and format."""
    _only_ours(lambda: msc_sci.Style(name, locale=locale).citation([{"id": "x"}], format=output))  # type: ignore[arg-type]
    _only_ours(lambda: msc_sci.cite(name, locale=locale, format=output))  # type: ignore[arg-type]


@_SLOW
@given(hostile_strings | any_values, hostile_works() | any_values)
def test_exports(to: object, work: object) -> None:
    """``export()`` with any format name and any work or wrong value."""
    _only_ours(lambda: msc_sci.export(to))  # type: ignore[arg-type]
    for name in ("bibtex", "biblatex", "ris", "cff", "csl-json", "jsonld", "highwire", "coins"):
        _only_ours(lambda name=name: msc_sci.export(name, work=work))  # type: ignore[arg-type, misc]


@_SLOW
@given(hostile_strings | any_values | coverage_texts)
def test_quotes_and_the_checker(text: object) -> None:
    """Quotes by speaker, attribution, finding quotes and the checker on any text."""
    _only_ours(lambda: msc_sci.quotes(text))  # type: ignore[arg-type]
    _only_ours(lambda: msc_sci.attribute(text))  # type: ignore[arg-type]
    _only_ours(lambda: msc_sci.find_quotes(text))  # type: ignore[arg-type]
    _only_ours(lambda: msc_sci.check(text))  # type: ignore[arg-type]


@given(hostile_strings | any_values, hostile_strings | any_values, hostile_strings | any_values)
def test_summaries(audience: object, length: object, output: object) -> None:
    """``summarize()`` with any audience, length and format."""
    _only_ours(lambda: msc_sci.summarize(audience, length=length, format=output))  # type: ignore[arg-type]


@given(hostile_strings | any_values)
def test_loading_and_verifying(value: object) -> None:
    """``load_references`` with any path, ``verify_online`` with any base URL but a live one."""
    _only_ours(lambda: msc_sci.load_references(value))  # type: ignore[arg-type]
    if not (isinstance(value, str) and value.lower().startswith(("http:", "https:"))):
        _only_ours(lambda: msc_sci.verify_online(base_url=value, timeout=1))  # type: ignore[arg-type]


_COMMANDS = st.sampled_from(
    ["info", "cite", "styles", "export", "quotes", "attribute", "summary", "check", "find-quotes"]
)
_OPTIONS = st.sampled_from(
    [
        "--style",
        "--locale",
        "--format",
        "--json",
        "--mode",
        "--locator",
        "-o",
        "--ascii",
        "--length",
    ]
)


@_SLOW
@given(_COMMANDS, st.lists(_OPTIONS | hostile_strings.filter(lambda s: "\0" not in s), max_size=4))
def test_command_line_arguments(command: str, arguments: list[str]) -> None:
    """Any arguments give an exit status (0, 1 or 2), never a traceback; nothing is written."""
    from msc_sci._cli import main

    # Nothing that writes files: --output (or -o, or an abbreviation), --write-references.
    arguments = [a for a in arguments if not a.startswith(("-o", "--o", "--w"))]
    with _quiet():
        try:
            status = main([command, *arguments])
        except SystemExit as exit:  # argparse: --help, usage errors
            status = exit.code if isinstance(exit.code, int) else 2
    assert status in {0, 1, 2}
