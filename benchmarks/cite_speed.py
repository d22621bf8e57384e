"""How fast our CSL engine formats a bibliography, against raw citeproc-py.

Prints ratios measured in one run (house style rule 11): our `Style.bibliography`
and raw citeproc-py on the same 1,000 records (the 200 synthetic golden records, five
times over with fresh ids), in APA, plain text; and the cold wall time of
`msc-sci cite --style apa` against a bare `python -c pass`.

Run: python benchmarks/cite_speed.py [--records N]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
#: citeproc-js formats the same bibliography about this much faster than citeproc-py.
CITEPROC_JS_RATIO = 2.8


def _records(count: int) -> list[dict[str, object]]:
    base = json.loads((SHARED / "golden" / "records" / "synth-a.json").read_text("utf-8"))
    records = []
    for index in range(count):
        record = dict(base[index % len(base)])
        record["id"] = f"{record['id']}-{index}"
        records.append(record)
    return records


def _best(function: object, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times)


def _raw_citeproc(records: list[dict[str, object]]) -> None:
    from citeproc import (
        Citation,
        CitationItem,
        CitationStylesBibliography,
        CitationStylesStyle,
        formatter,
    )
    from citeproc.source.json import CiteProcJSON

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        style = CitationStylesStyle("apa", validate=False)
        bibliography = CitationStylesBibliography(style, CiteProcJSON(records), formatter.plain)
        for record in records:
            bibliography.register(Citation([CitationItem(str(record["id"]))]))
        bibliography.sort()
        bibliography.bibliography()


def _walls(commands: list[list[str]], repeat: int) -> list[float]:
    """Return the best wall time of each command, runs interleaved so load hits all alike."""
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(repeat):
        for command, spent in zip(commands, times, strict=True):
            start = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True)
            spent.append(time.perf_counter() - start)
    return [min(spent) for spent in times]


def main() -> None:
    """Measure and print the ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from msc_sci import Style

    records = _records(args.records)
    style = Style("apa")
    style.bibliography(records[:5])  # parse the style and locale outside the timing
    ours = _best(lambda: style.bibliography(records), args.repeat)
    raw = _best(lambda: _raw_citeproc(records), args.repeat)
    print(f"{args.records} records, APA, text; best of {args.repeat}")
    print(f"  raw citeproc-py         {raw:8.3f} s")
    print(f"  msc_sci Style           {ours:8.3f} s")
    print(f"  speed-up over citeproc-py: {raw / ours:.2f}x (goal {CITEPROC_JS_RATIO}x)")

    cli = shutil.which("msc-sci", path=str(Path(sys.executable).parent)) or "msc-sci"
    # apa comes from the precomputed table; apa-6th-edition is not in it, so it shows what
    # the CSL engine itself costs from a cold start.
    bare, cold, engine = _walls(
        [
            [sys.executable, "-c", "pass"],
            [cli, "cite", "--style", "apa"],
            [cli, "cite", "--style", "apa-6th-edition"],
        ],
        15,
    )
    print("cold start, best of 15 interleaved runs")
    print(f"  python -c pass          {bare:8.3f} s")
    print(f"  msc-sci cite --style apa {cold:7.3f} s (precomputed table)")
    print(f"  ratio: {cold / bare:.2f}x (goal within 3x)")
    print(f"  msc-sci cite --style apa-6th-edition {engine:7.3f} s (engine, no table)")
    print(f"  ratio: {engine / bare:.2f}x")


if __name__ == "__main__":
    main()
