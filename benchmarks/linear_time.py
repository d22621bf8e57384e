"""Time grows linearly with input size: quotes in a long title, and the checker.

Prints, for inputs of 0.1 to 5 MB, the CPU seconds each job takes and its seconds per MB
relative to the smallest input, measured in one run (house style rule 11). CPU time of
this process, not wall time, so other work on a shared machine does not bend the curve. A linear
job keeps that ratio near 1 (it may fall, as fixed costs spread); a quadratic one would
reach 50 at 5 MB.

- ``title``: an APA bibliography entry of a work whose title repeats
  ``'a' "b" <i>c</i>``: quotation marks and inline markup for the CSL engine to pair.
- ``check``: :func:`msc_sci.check` on a news-like text with claims, names, a journal
  and quotations to compare with the record.
- ``find-quotes``: :func:`msc_sci.find_quotes` on one long paragraph of short quotations.

Run: python benchmarks/linear_time.py [--sizes 0.1,0.2,0.5,1,2,5] [--jobs title,check]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

_TITLE_UNIT = "'a' \"b\" <i>c</i> "
_NEWS_UNIT = (
    "A blinded trial of 12 patients found no side effects. Waxman, lead author of the "
    'study, said "the results are a cure for paralysis, and we hope it helps." It was '
    "published in the journal Nature Medicine. The stem cells were a breakthrough.\n"
)
_QUOTES_UNIT = '"a '


def _text(unit: str, megabytes: float) -> str:
    size = int(megabytes * 1_000_000)
    return (unit * (size // len(unit) + 1))[:size]


def _title(megabytes: float) -> Callable[[], object]:
    import msc_sci

    style = msc_sci.Style("apa")
    record = {
        "id": "long",
        "type": "book",
        "title": _text(_TITLE_UNIT, megabytes),
        "author": [{"family": "Doe", "given": "Ann"}],
        "issued": {"date-parts": [[2020]]},
    }
    return lambda: style.bibliography([record])


def _check(megabytes: float) -> Callable[[], object]:
    import msc_sci

    text = _text(_NEWS_UNIT, megabytes)
    return lambda: msc_sci.check(text)


def _find_quotes(megabytes: float) -> Callable[[], object]:
    import msc_sci

    text = _text(_QUOTES_UNIT, megabytes)
    return lambda: msc_sci.find_quotes(text)


JOBS: dict[str, Callable[[float], Callable[[], object]]] = {
    "title": _title,
    "check": _check,
    "find-quotes": _find_quotes,
}


def main() -> None:
    """Print each job's curve: size, seconds, seconds per MB against the smallest size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="0.1,0.2,0.5,1,2,5", help="sizes in MB, rising")
    parser.add_argument("--jobs", default=",".join(JOBS), help="jobs to time")
    args = parser.parse_args()
    sizes = [float(size) for size in args.sizes.split(",")]
    import msc_sci

    msc_sci.check("warm up")  # load the records and compile the rules once
    msc_sci.Style("apa").bibliography([{"id": "w", "type": "book", "title": "T"}])
    print(f"{'job':<12} {'MB':>5} {'seconds':>8} {'s/MB':>7} {'s/MB vs smallest':>17}")
    for name in args.jobs.split(","):
        first: float | None = None
        for megabytes in sizes:
            run = JOBS[name](megabytes)
            start = time.process_time()
            run()
            seconds = time.process_time() - start
            per_mb = seconds / megabytes
            first = per_mb if first is None else first
            ratio = per_mb / first
            print(f"{name:<12} {megabytes:>5g} {seconds:>8.2f} {per_mb:>7.2f} {ratio:>17.2f}")


if __name__ == "__main__":
    main()
