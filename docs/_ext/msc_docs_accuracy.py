"""This site's accuracy page: ``.. msc-golden-comparison::`` measures ``msc_sci.cite``.

At build time it formats the study in each style and locale of the golden file
(``../shared/golden/study-and-release.citeproc-js.json``, what citeproc-js prints) and
compares, after collapsing runs of whitespace, the bibliography entry and the first
in-text citation. Where the golden file is not beside the project, it says so.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

import msc_sci

STUDY_ID = "honmou2021"
GOLDEN = "golden/study-and-release.citeproc-js.json"


def _shared(confdir: str) -> Path:
    return Path(confdir).resolve().parent.parent / "shared"


def _collapse(text: str) -> str:
    return " ".join(text.split())


def compare(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Return one row per golden result: style, locale, and whether each form matches."""
    rows = []
    for result in results:
        style, locale = result["style"], result["locale"] or "en-US"
        expected_entry = next(
            (e["entry"] for e in result["bibliography_text"] if e["id"] == STUDY_ID), ""
        )
        expected_citation = result["citation_text"].get(STUDY_ID, "")
        row: dict[str, Any] = {"style": style, "locale": locale}
        start = time.perf_counter()
        try:
            entry = msc_sci.cite(style, locale=locale, format="text")
            citation = msc_sci.cite(style, locale=locale, format="text", mode="citation")
        except msc_sci.MscSciError as exc:
            row.update(bibliography=False, citation=False, error=str(exc))
        else:
            row.update(
                bibliography=_collapse(entry) == _collapse(expected_entry),
                citation=_collapse(citation) == _collapse(expected_citation),
                error=None,
            )
        row["seconds"] = time.perf_counter() - start
        rows.append(row)
    return rows


def _table(rows: list[dict[str, Any]]) -> nodes.table:
    headers = ("Style", "Locale", "Bibliography entry", "In-text citation")
    table = nodes.table(classes=["msc-golden"])
    group = nodes.tgroup(cols=len(headers))
    table += group
    for _ in headers:
        group += nodes.colspec(colwidth=1)
    head = nodes.thead()
    group += head
    head += nodes.row("", *(nodes.entry("", nodes.paragraph(text=h)) for h in headers))
    body = nodes.tbody()
    group += body
    for row in rows:
        marks = [
            "error" if row["error"] else ("same" if row[key] else "differs")
            for key in ("bibliography", "citation")
        ]
        cells = (row["style"], row["locale"], *marks)
        body += nodes.row("", *(nodes.entry("", nodes.paragraph(text=c)) for c in cells))
    return table


class GoldenComparison(SphinxDirective):
    """Compare ``msc_sci.cite`` with citeproc-js on the golden styles and locales."""

    def run(self) -> list[nodes.Node]:
        path = _shared(self.env.srcdir) / GOLDEN
        if not path.is_file():
            return [
                nodes.paragraph(
                    text="The golden file was not beside the project when this page was "
                    "built, so no figures were measured."
                )
            ]
        self.env.note_dependency(str(path))
        results = json.loads(path.read_text(encoding="utf-8"))["results"]
        rows = compare(results)
        total = len(rows)
        entries = sum(row["bibliography"] for row in rows)
        citations = sum(row["citation"] for row in rows)
        seconds = sum(row["seconds"] for row in rows)
        summary = nodes.paragraph(
            text=f"Measured when this page was built: {entries} of {total} bibliography "
            f"entries and {citations} of {total} in-text citations are the same as "
            f"citeproc-js prints them ({total} style and locale pairs, "
            f"{seconds:.1f} s in all)."
        )
        return [summary, _table(rows)]


#: What each fixture group of the CSL test suite exercises (the name before ``_``).
GROUPS = {
    "affix": "prefixes and suffixes",
    "bugreports": "cases from processor bug reports, of every kind",
    "choose": "conditions (choose/if)",
    "collapse": "collapsing cites: 1-3, Doe 2000a, b",
    "condition": "conditions (choose/if)",
    "date": "dates, date ranges and date forms",
    "decorations": "italics, bold, small caps and their resets",
    "disambiguate": "telling alike cites apart: added names, given names, year suffixes",
    "display": "block and margin layout of entries",
    "etal": "et al. rules",
    "flipflop": "nested italics and quotes, markup inside data",
    "form": "short and long forms",
    "fullstyles": "whole published styles",
    "group": "groups that vanish when empty",
    "integration": "a document's citations in sequence, with notes",
    "label": "labels such as p. and pp.",
    "locale": "locale terms and options",
    "locator": "locators such as page 4",
    "magic": "implicit rules: punctuation, capitalisation, suppressions",
    "name": "name formatting",
    "nameattr": "name options inherited from the style",
    "nameorder": "name order",
    "namespaces": "XML namespaces",
    "number": "number forms: ordinal, roman, ranges",
    "page": "page-range formats",
    "plural": "plural terms",
    "position": "ibid, subsequent and near-note positions",
    "punctuation": "punctuation where pieces meet",
    "quotes": "quotation marks",
    "related": "related items",
    "simplespace": "spacing",
    "sort": "sorting",
    "sortseparator": "sort keys with separators",
    "substitute": "substitution when a variable is missing",
    "testers": "the suite's own checks",
    "textcase": "title case, sentence case and the like",
    "title": "titles",
    "unicode": "non-ASCII text",
    "variables": "variables",
    "virtual": "virtual variables",
}
_GROUP_ROW = re.compile(r"^\s+(\S+)\s+(\d+)/(\d+)", re.M)


def _group_table(rows: list[tuple[str, int, int]]) -> nodes.table:
    headers = ("Group", "What it tests", "Pass", "Fixtures")
    table = nodes.table(classes=["msc-conformance"])
    group = nodes.tgroup(cols=len(headers))
    table += group
    for width in (2, 5, 1, 1):
        group += nodes.colspec(colwidth=width)
    head = nodes.thead()
    group += head
    head += nodes.row("", *(nodes.entry("", nodes.paragraph(text=h)) for h in headers))
    body = nodes.tbody()
    group += body
    for name, passed, total in rows:
        cells = (name, GROUPS.get(name, ""), str(passed), str(total))
        body += nodes.row("", *(nodes.entry("", nodes.paragraph(text=c)) for c in cells))
    return table


class Conformance(SphinxDirective):
    """Run ``benchmarks/csl_conformance.py`` on the CSL test suite and show its pass rates.

    Groups are listed by how many of their fixtures fail, most first.
    """

    def run(self) -> list[nodes.Node]:
        root = Path(self.env.srcdir).resolve().parent
        script = root / "benchmarks" / "csl_conformance.py"
        suite = _shared(self.env.srcdir) / "csl-test-suite"
        if not script.is_file() or not suite.is_dir():
            return [
                nodes.paragraph(
                    text="The conformance script or the CSL test suite was not there when "
                    "this page was built, so no figure was measured."
                )
            ]
        result = subprocess.run(
            [sys.executable, str(script), str(suite)],
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        overall = re.search(r"^overall: (\d+)/(\d+)", result.stdout, re.M)
        top = re.search(r"^top-level fixtures.*?: (\d+)/(\d+)", result.stdout, re.M)
        if result.returncode or not overall:
            return [
                nodes.paragraph(
                    text=f"The conformance script failed when this page was built "
                    f"(exit status {result.returncode}), so no figure was measured."
                )
            ]
        passed, total = int(overall[1]), int(overall[2])
        text = (
            f"Measured when this page was built: {passed} of {total} fixtures of the "
            f"CSL processor test suite pass ({passed / total:.1%})"
        )
        if top:
            top_passed, top_total = int(top[1]), int(top[2])
            text += (
                f"; {top_passed} of {top_total} ({top_passed / top_total:.1%}) without the "
                "suite's off-spec and experimental folders"
            )
        rows = [
            (name, int(group_passed), int(group_total))
            for name, group_passed, group_total in _GROUP_ROW.findall(result.stdout)
        ]
        rows.sort(key=lambda row: (row[1] - row[2], row[0]))
        return [nodes.paragraph(text=text + "."), _group_table(rows)]


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("msc-golden-comparison", GoldenComparison)
    app.add_directive("msc-conformance", Conformance)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
