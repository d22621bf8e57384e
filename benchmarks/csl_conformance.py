"""Run the CSL processor test-suite fixtures through our engine; print the pass rate.

Usage: python benchmarks/csl_conformance.py PATH [--failures]

PATH is a directory of human-readable fixtures (``*.txt``, sections
``>>== NAME ==>>`` ... ``<<== NAME ==<<``: MODE, CSL, INPUT, RESULT, optional
CITATION-ITEMS, CITATIONS, BIBENTRIES, BIBSECTION). Output is HTML, as the suite
expects; whitespace between tags and the spelling of entities (``&#60;``, ``&lt;``) are
ignored. Prints the pass rate overall, over the fixtures that can pass (not in
:data:`BY_DESIGN`) and by group (the part of the file name before ``_``).
CITATIONS (citations inserted one by one among others, with note numbers) are replayed
in document order, as citeproc-js's test runner does; a bibliography lists the items
the document cites. Fixtures using BIBENTRIES or BIBSECTION are run without them, and
usually fail.
"""

from __future__ import annotations

import argparse
import json
import re
import signal
import sys
from collections import Counter
from pathlib import Path
from typing import Any

#: Fixtures no processor following msc-sci's design passes, and why (see docs/accuracy.rst).
BY_DESIGN = {
    "date_DateNoDateNoTest.txt": "expects citeproc-js's error text as the output",
    "sort_OmittedBibRefMixedNumericStyle.txt": "expects citeproc-js's error text as an entry",
    "bugreports_SortedIeeeItalicsFail.txt": "an older locale's term (Jun.)",
    "date_NegativeDateSort.txt": "an older locale's term (100BC)",
    "date_NegativeDateSortViaMacroOnYearMonthOnly.txt": "an older locale's term (100BC)",
    "magic_SubsequentAuthorSubstituteNotFooled.txt": "an older locale's term (tran.)",
}

_SECTION = re.compile(r">>=+ ([A-Z-]+) =+>>\n(.*?)\n<<=+ \1 =+<<", re.S)


def sections(text: str) -> dict[str, str]:
    """Return the named sections of one fixture."""
    return {match.group(1): match.group(2) for match in _SECTION.finditer(text)}


def _normal(html: str) -> str:
    html = re.sub(r">\s+<", "><", html.strip())
    # The same character, whichever entity spells it (citeproc-js writes &#38; &#60; &#62;).
    for numeric, named in (("&#38;", "&amp;"), ("&#60;", "&lt;"), ("&#62;", "&gt;")):
        html = html.replace(numeric, named)
    html = html.replace("<em>", "<i>").replace("</em>", "</i>")
    return re.sub(r"\s+", " ", html)


class _TimeoutError(Exception):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise _TimeoutError


def run(fixture: dict[str, str]) -> str:
    """Return our output for one fixture."""
    from msc_sci._cite._engine._processor import Processor
    from msc_sci._cite._engine._xml import parse_xml
    from msc_sci._cite._formats import html

    root = parse_xml(fixture["CSL"].encode("utf-8"))
    processor = Processor(root, root.get("default-locale") or "en-US")
    items: list[dict[str, Any]] = json.loads(fixture["INPUT"])
    index = {str(item.get("id")): number for number, item in enumerate(items)}
    if fixture["MODE"].strip() == "bibliography":
        if "CITATIONS" in fixture:
            # The bibliography of the document the citations leave: a citation
            # inserted again under its id replaces the earlier one.
            document: dict[str, list[Any]] = {}
            for citation, _, _ in json.loads(fixture["CITATIONS"]):
                document[str(citation["citationID"])] = citation["citationItems"]
            cited = dict.fromkeys(
                index[str(cite["id"])]
                for cites in document.values()
                for cite in cites
                if str(cite["id"]) in index
            )
            items = [items[number] for number in cited]
        entries = processor.bibliography(items)
        body = "\n".join("  " + html.entry(tree) for _, tree in entries)
        return f'<div class="csl-bib-body">\n{body}\n</div>'
    if "CITATIONS" in fixture:
        steps = json.loads(fixture["CITATIONS"])
        return _document(processor, items, index, steps, fixture["CSL"])
    raw = _cite_groups(fixture, items)
    if "CITATION-ITEMS" not in fixture and root.bibliography is not None:
        # Without citations given, citeproc-js's runner cites every item in the order
        # the bibliography sorts them.
        raw = [[{"id": items[number].get("id")} for number in processor.order(items)]]
    groups = [
        [{**cite, "index": index[str(cite["id"])]} for cite in group if str(cite["id"]) in index]
        for group in raw
    ]
    return _show(fixture, [html.inline(tree) for tree in processor.citations(items, groups)])


def _document(
    processor: Any,
    items: list[dict[str, Any]],
    index: dict[str, int],
    steps: list[Any],
    csl: str,
) -> str:
    """Replay CITATIONS (each inserts a citation between others); show the last state.

    As citeproc-js's test runner does, the inserted citation and every citation whose
    text the insertion changed (or its note number, in a style printing note numbers)
    are marked ``>>``, the others ``..``.
    """
    from msc_sci._cite._formats import html

    known: dict[str, list[dict[str, Any]]] = {}
    before: dict[str, tuple[int, str]] = {}
    tracks_notes = "first-reference-note-number" in csl
    shown: list[tuple[str, str]] = []
    for citation, pre, post in steps:
        ident = str(citation["citationID"])
        known[ident] = [
            {**cite, "index": index[str(cite["id"])]}
            for cite in citation["citationItems"]
            if str(cite["id"]) in index
        ]
        order = [
            *((str(key), int(note)) for key, note in pre),
            (ident, int(citation.get("properties", {}).get("noteIndex", 0))),
            *((str(key), int(note)) for key, note in post),
        ]
        rendered = processor.citations(
            items, [known[key] for key, _ in order], [note for _, note in order]
        )
        texts = [html.inline(tree) for tree in rendered]
        now = {
            key: (note if tracks_notes else 0, text)
            for (key, note), text in zip(order, texts, strict=True)
        }
        shown = [
            (">>" if key == ident or before.get(key) != now[key] else "..", now[key][1])
            for key, _ in order
        ]
        before = now
    return "\n".join(f"{mark}[{number}] {text}" for number, (mark, text) in enumerate(shown))


def _cite_groups(fixture: dict[str, str], items: list[dict[str, Any]]) -> list[Any]:
    """Return the fixture's citations, each a list of cites (all items at once by default)."""
    if "CITATION-ITEMS" in fixture:
        groups: list[Any] = json.loads(fixture["CITATION-ITEMS"])
        return groups
    if "CITATIONS" in fixture:
        return [citation[0]["citationItems"] for citation in json.loads(fixture["CITATIONS"])]
    # citeproc-js registers an id once (the last item with it wins, see `run`).
    return [[{"id": ident} for ident in dict.fromkeys(item.get("id") for item in items)]]


def _show(fixture: dict[str, str], rendered: list[str]) -> str:
    """Return rendered citations as the suite shows them."""
    if "CITATIONS" in fixture:
        # The suite shows every citation, the last inserted one marked ">>".
        return "\n".join(
            f"{'>>' if number == len(rendered) - 1 else '..'}[{number}] {text}"
            for number, text in enumerate(rendered)
        )
    return "\n".join(rendered)


def _extras(cite: dict[str, Any]) -> dict[str, Any]:
    """Return a cite's locator and affixes as citeproc-py's CitationItem takes them."""
    from citeproc.source import Locator

    extras: dict[str, Any] = {}
    if cite.get("locator") is not None:
        extras["locator"] = Locator(str(cite.get("label") or "page"), str(cite["locator"]))
    for affix in ("prefix", "suffix"):
        if cite.get(affix):
            extras[affix] = str(cite[affix])
    return extras


def run_raw(fixture: dict[str, str]) -> str:
    """Return raw citeproc-py's output for one fixture (the baseline)."""
    import io

    from citeproc import (
        Citation,
        CitationItem,
        CitationStylesBibliography,
        CitationStylesStyle,
        formatter,
    )
    from citeproc.source.json import CiteProcJSON

    style = CitationStylesStyle(io.BytesIO(fixture["CSL"].encode("utf-8")), validate=False)
    items = json.loads(fixture["INPUT"])
    bibliography = CitationStylesBibliography(style, CiteProcJSON(items), formatter.html)
    for item in items:
        bibliography.register(Citation([CitationItem(str(item.get("id")))]))
    if fixture["MODE"].strip() == "bibliography":
        bibliography.sort()
        entries = bibliography.bibliography()
        body = "\n".join(f'  <div class="csl-entry">{entry}</div>' for entry in entries)
        return f'<div class="csl-bib-body">\n{body}\n</div>'
    out = []
    for group in _cite_groups(fixture, items):
        citation = Citation([CitationItem(str(cite["id"]), **_extras(cite)) for cite in group])
        bibliography.register(citation)
        out.append(str(bibliography.cite(citation, lambda item: None)))
    return _show(fixture, out)


def main() -> None:
    """Run every fixture under PATH and print the pass rates."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--failures", action="store_true", help="list the failing fixtures")
    parser.add_argument(
        "--engine",
        choices=("msc_sci", "citeproc-py"),
        default="msc_sci",
        help="our engine (default) or raw citeproc-py, for the baseline",
    )
    args = parser.parse_args()
    import warnings

    warnings.simplefilter("ignore")
    signal.signal(signal.SIGALRM, _alarm)
    passed: Counter[str] = Counter()
    total: Counter[str] = Counter()
    failures = []
    top_passed = top_total = 0
    for path in sorted(args.path.rglob("*.txt")):
        group = path.stem.split("_")[0]
        total[group] += 1
        fixture = sections(path.read_text(encoding="utf-8"))
        signal.alarm(5)
        try:
            ours = run(fixture) if args.engine == "msc_sci" else run_raw(fixture)
        except (Exception, _TimeoutError) as exc:  # any failure of the engine is a failed fixture
            ours = f"error: {type(exc).__name__}: {exc}"
        finally:
            signal.alarm(0)
        top = path.parent == args.path
        top_total += top
        if _normal(ours) == _normal(fixture.get("RESULT", "")):
            passed[group] += 1
            top_passed += top
        else:
            failures.append(str(path.relative_to(args.path)))
    overall = sum(passed.values()) / max(1, sum(total.values()))
    print(f"overall: {sum(passed.values())}/{sum(total.values())} = {overall:.1%}")
    ran = {str(path.relative_to(args.path)) for path in args.path.rglob("*.txt")}
    excluded = ran & set(BY_DESIGN)
    can_pass = len(ran) - len(excluded)
    passing = sum(passed.values()) - len(excluded - set(failures))
    print(
        f"fixtures that can pass ({len(excluded)} cannot, by design): {passing}/{can_pass}"
        f" = {passing / max(1, can_pass):.2%}"
    )
    if top_total:
        rate = top_passed / top_total
        print(
            f"top-level fixtures (without off-spec/, experiments/): {top_passed}/{top_total}"
            f" = {rate:.1%}"
        )
    for group in sorted(total):
        print(
            f"  {group:<16} {passed[group]:4}/{total[group]:<4} {passed[group] / total[group]:6.1%}"
        )
    if args.failures:
        print(
            "\n".join(
                f"{name}  (by design: {BY_DESIGN[name]})" if name in BY_DESIGN else name
                for name in failures
            ),
            file=sys.stderr,
        )


if __name__ == "__main__":
    main()
