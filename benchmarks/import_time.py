"""Measure what ``import msc_sci`` costs, with ``python -X importtime``.

Prints the cumulative import time of ``msc_sci`` (goal: under 10 ms) and its ratio to the
interpreter's own start-up, measured in the same run. Run: ``python benchmarks/import_time.py``.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

RUNS = 15


def _msc_sci_import_us() -> int:
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import msc_sci"],
        capture_output=True,
        text=True,
        check=True,
    )
    for line in result.stderr.splitlines():
        # "import time: self [us] | cumulative | imported package"
        parts = [part.strip() for part in line.removeprefix("import time:").split("|")]
        if len(parts) == 3 and parts[2] == "msc_sci":
            return int(parts[1])
    raise SystemExit("msc_sci not found in -X importtime output")


def _wall(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - start


def main() -> None:
    """Print the figures."""
    cumulative = statistics.median(_msc_sci_import_us() for _ in range(RUNS)) / 1000
    bare = statistics.median(_wall("pass") for _ in range(RUNS))
    imported = statistics.median(_wall("import msc_sci") for _ in range(RUNS))
    print(
        f"msc_sci cumulative import time (median of {RUNS}): {cumulative:.2f} ms "
        f"(goal < 10 ms: {'met' if cumulative < 10 else 'NOT met'})"
    )
    print(
        f"python -c pass: {bare * 1000:.1f} ms; python -c 'import msc_sci': "
        f"{imported * 1000:.1f} ms; ratio {imported / bare:.2f}x"
    )


if __name__ == "__main__":
    main()
