"""How fast our CSL engine formats a bibliography, against raw citeproc-py and citeproc-js.

Prints ratios measured in one run (house style rule 11). Each round formats a fresh
set of records (``--records`` of them, made by the style sweep's generator with the
round's own seed, so no record repeats across rounds and nothing memoised from one
round helps the next), in APA, plain text:

- our `Style.bibliography`;
- raw citeproc-py, registering, sorting (``bibliography.sort()``, as our processor
  sorts) and rendering the same records;
- citeproc-js (node and the npm ``citeproc`` module, where installed): registering and
  making the bibliography with one engine built before the first round.

Each engine is set up before the timing (style parsed, locale loaded); the figure is
the total over the rounds. Then the cold wall time of ``msc-sci cite --style apa``
against a bare ``python -c pass``.

Run: python benchmarks/cite_speed.py [--records N] [--rounds R] [--style NAME] [--no-cold]
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
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
NODE_DIR = ROOT / "tests" / "cite" / "node"
#: Our engine should format a bibliography at least this many times as fast as citeproc-py.
GOAL = 3.0
sys.path.insert(0, str(Path(__file__).resolve().parent))

from style_sweep import records as made_records  # noqa: E402  (a sibling script)


def _rounds(count: int, rounds: int) -> list[list[dict[str, Any]]]:
    """Return *rounds* lists of *count* records, all different (ids and content)."""
    out = []
    for number in range(rounds):
        batch = made_records(count, seed=1000 + number)
        for record in batch:
            record["id"] = f"round{number}-{record['id']}"
        out.append(batch)
    return out


def _raw_citeproc(style: Any, records: list[dict[str, Any]]) -> int:
    from citeproc import Citation, CitationItem, CitationStylesBibliography, formatter
    from citeproc.source.json import CiteProcJSON

    bibliography = CitationStylesBibliography(style, CiteProcJSON(records), formatter.plain)
    for record in records:
        bibliography.register(Citation([CitationItem(str(record["id"]))]))
    bibliography.sort()
    return len(bibliography.bibliography())


def _citeproc_js(style: str, rounds: list[list[dict[str, Any]]]) -> float | None:
    """Return citeproc-js's total seconds over *rounds*, or ``None`` without node."""
    if shutil.which("node") is None or not (NODE_DIR / "node_modules" / "citeproc").is_dir():
        return None
    from citeproc import LOCALES_PATH

    from msc_sci._cite._names import find

    found = find(style)
    assert found is not None
    job = {
        "style": found.path.read_text("utf-8"),
        "locales": str(LOCALES_PATH),
        "locale": found.default_locale or "en-US",
        "rounds": [_warm_round(rounds), *rounds],
    }
    result = subprocess.run(
        ["node", str(NODE_DIR / "bench.js")],
        input=json.dumps(job),
        capture_output=True,
        text=True,
        check=True,
    )
    return float(sum(json.loads(result.stdout)["seconds"][1:]))


def _warm_round(rounds: list[list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Return a small round of other records, to warm an engine up before the timing."""
    batch = made_records(20, seed=999)
    for record in batch:
        record["id"] = f"warm-{record['id']}"
    return batch


def _interleaved(functions: list[Any], rounds: list[list[dict[str, Any]]]) -> list[float]:
    """Return each function's total seconds over *rounds*, taking turns on each round.

    The machine's load comes and goes; taking turns round by round lets a slow spell
    hit every engine alike, so the ratio is steadier than timing one after the other.
    """
    totals = [0.0 for _ in functions]
    for batch in rounds:
        for index, function in enumerate(functions):
            start = time.perf_counter()
            function(batch)
            totals[index] += time.perf_counter() - start
    return totals


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
    parser.add_argument("--records", type=int, default=200, help="records per round")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--style", default="apa")
    parser.add_argument("--no-cold", action="store_true", help="skip the cold-start timing")
    args = parser.parse_args()

    from citeproc import CitationStylesStyle

    from msc_sci import Style
    from msc_sci._cite._names import find

    rounds = _rounds(args.records, args.rounds)
    warm = _warm_round(rounds)
    style = Style(args.style)
    style.bibliography(warm)  # parse the style and locale outside the timing
    found = find(args.style)
    assert found is not None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        raw_style = CitationStylesStyle(str(found.path), validate=False)
        _raw_citeproc(raw_style, warm)
        raw, ours = _interleaved(
            [lambda batch: _raw_citeproc(raw_style, batch), style.bibliography], rounds
        )
    js = _citeproc_js(args.style, rounds)
    total = args.records * args.rounds
    print(f"{args.rounds} rounds of {args.records} fresh records ({total}), {args.style}, text")
    print(f"  raw citeproc-py         {raw:8.3f} s")
    print(f"  msc_sci Style           {ours:8.3f} s")
    if js is not None:
        print(f"  citeproc-js (node)      {js:8.3f} s")
    print(f"  speed-up over citeproc-py: {raw / ours:.2f}x (goal {GOAL}x)")
    if js is not None:
        print(f"  msc_sci against citeproc-js: {js / ours:.2f}x (above 1: we are faster)")
    if args.no_cold:
        return

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
