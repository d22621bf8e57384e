"""Measure ``msc_sci.find_quotes`` throughput on generated news-like text.

Builds a few MB of articles (narrative paragraphs, quotations of fictional speakers with
every cue form the finder knows, continuations, pronouns, apostrophes, markdown links,
quotes over several paragraphs), then prints MB/s (goal: at least 10 MB/s) and the ratio
to a bare regular-expression scan for quote marks over the same text, measured in the
same run. Run: ``python benchmarks/find_quotes_speed.py [MEGABYTES]``.
"""

from __future__ import annotations

import random
import re
import sys
import time
from collections.abc import Callable

from msc_sci import find_quotes

SPEAKERS = ("Ana Ruiz", "Bo Lind", "Carla Mendes", "Dr. Priya Natarajan", "Waxman", "Kocsis")
WORDS = (
    "the",
    "patients'",
    "own",
    "cells",
    "were",
    "infused",
    "and",
    "it's",
    "early",
    "days",
    "for",
    "a",
    "small",
    "trial",
    "of",
    "[stem cells](#)",
    "with",
    "no",
    "placebo",
    "but",
    "results",
    "in",
    "walking",
    "hand",
    "function",
    "within",
    "weeks",
)
NARRATIVE = (
    "The trial was small and nobody was blinded.",
    "Patients' own bone marrow cells were grown for a few weeks before the infusion.",
    "Critics called the treatment a \u201cmiracle\u201d, which it is not.",
    "Further studies will be needed, and they could take years.",
    "Each patient served as their own control, and there was no placebo group.",
    "The injuries were non-penetrating, in many cases from falls or minor trauma.",
    "More than half of the patients could walk or use their hands better within weeks.",
    "The cells were given intravenously, several weeks after the injury.",
)
#: Share of paragraphs that are narrative only, as in a typical news story.
NARRATIVE_SHARE = 0.6


def _quote(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 30)))


def _paragraph(rng: random.Random) -> str:
    if rng.random() < NARRATIVE_SHARE:
        return " ".join(rng.choice(NARRATIVE) for _ in range(rng.randint(2, 6)))
    name = rng.choice(SPEAKERS)
    opening, closing = rng.choice((("\u201c", "\u201d"), ('"', '"')))
    words = _quote(rng)
    form = rng.randrange(8)
    if form == 0:
        return f"{opening}{words},{closing} said {name}."
    if form == 1:
        return f"{opening}{words},{closing} {name} said. {opening}{_quote(rng)}.{closing}"
    if form == 2:
        return f"{name} put it this way: {opening}{words}.{closing}"
    if form == 3:
        return f"{opening}{words},{closing} he added."
    if form == 4:
        return f"{opening}{words}.{closing}"
    if form == 5:
        return f"{opening}{words}\n\n{opening}{_quote(rng)},{closing} according to {name}."
    if form == 6:
        return f"{opening}{words},{closing} an expert said."
    return " ".join(rng.choice(NARRATIVE) for _ in range(rng.randint(2, 6)))


def article_text(megabytes: float, seed: int = 2021) -> str:
    """Return about *megabytes* of news-like text, the same for the same seed."""
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    target = int(megabytes * 1_000_000)
    while size < target:
        paragraph = _paragraph(rng)
        parts.append(paragraph)
        size += len(paragraph.encode("utf-8")) + 2
    return "\n\n".join(parts)


def _best_of(runs: int, work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    """Print the throughput of find_quotes and its ratio to a bare regex scan."""
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 4.0
    text = article_text(megabytes)
    size = len(text.encode("utf-8")) / 1_000_000
    found = find_quotes(text)
    marks = re.compile('["\u201c\u201d]')
    scan = _best_of(5, lambda: sum(1 for _ in marks.finditer(text)))
    elapsed = _best_of(5, lambda: find_quotes(text))
    named = sum(1 for quote in found if quote.speaker is not None)
    print(
        f"text:        {size:.2f} MB, {len(found)} quotations ({named} with a speaker), "
        f"{len(found) / size:.0f} per MB"
    )
    print(f"find_quotes: {elapsed:.3f} s, {size / elapsed:.1f} MB/s (goal: 10 MB/s)")
    print(f"regex scan:  {scan:.3f} s, {size / scan:.1f} MB/s")
    print(f"ratio:       find_quotes takes {elapsed / scan:.1f}x a bare scan for quote marks")


if __name__ == "__main__":
    main()
