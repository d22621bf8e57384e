"""Print ``msc_sci.check()``'s precision and recall per kind on the labelled evaluation set.

The set is ``tests/checker/data/eval.toml``: news-style paragraphs about the study written
independently of the checker's rules, each labelled with the findings it should give
(its header says how). A finding counts as right when it overlaps a labelled span of its
kind. The paragraphs whose ids start with ``fresh-`` were written after the rules and
before they were last tuned, those starting with ``holdout-`` after that tuning and never
tuned on: each group is scored on its own as well, as a check that the rules are general
rather than fitted to the paragraphs they were tuned on.
Run: ``python benchmarks/check_quality.py [--errors]`` (``--errors`` lists each false
finding and each miss).
"""

from __future__ import annotations

import sys
from pathlib import Path

# The set's loader lives beside the set; import it by path (a dependency may ship a
# package named "tests" that would shadow the project's).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "checker"))

from evalset import EXTRA_KINDS, FRESH, HOLDOUT, Paragraph, load, score


def table(title: str, paragraphs: list[Paragraph], kinds: tuple[str, ...], errors: bool) -> None:
    """Print one row per kind for *paragraphs* (and each error with *errors*)."""
    import msc_sci

    scores = score(paragraphs, msc_sci.check, kinds)
    positives = {k: sum(lb.kind == k for p in paragraphs for lb in p.labels) for k in kinds}
    negatives = {k: sum(k in p.negatives for p in paragraphs) for k in kinds}
    print(f"{title}: {len(paragraphs)} paragraphs, {sum(positives.values())} labelled findings")
    print(
        f"{'kind':<16}{'pos':>5}{'hard-':>6}{'tp':>5}{'fp':>5}{'fn':>5}{'precision':>11}{'recall':>8}"
    )
    for kind in (*kinds, "overall"):
        s = scores[kind]
        pos = sum(positives.values()) if kind == "overall" else positives[kind]
        neg = sum(negatives.values()) if kind == "overall" else negatives[kind]
        print(
            f"{kind:<16}{pos:>5}{neg:>6}{s.tp:>5}{s.fp:>5}{s.fn:>5}"
            f"{s.precision:>11.2f}{s.recall:>8.2f}"
        )
    if errors:
        for kind in kinds:
            for pid, words in scores[kind].false_positives:
                print(f"false  {kind:<15}{pid:<32}{words!r}")
            for pid, words in scores[kind].misses:
                print(f"missed {kind:<15}{pid:<32}{words!r}")
    print()


def main(argv: list[str]) -> int:
    """Score the checker on the whole set, the older paragraphs and the fresh ones."""
    import msc_sci

    kinds = (*msc_sci.load_references().finding_kinds, *EXTRA_KINDS)
    paragraphs = load()
    errors = "--errors" in argv
    table("all", paragraphs, kinds, errors=False)
    table("older", [p for p in paragraphs if not p.id.startswith((FRESH, HOLDOUT))], kinds, errors)
    table("fresh", [p for p in paragraphs if p.id.startswith(FRESH)], kinds, errors)
    table("holdout", [p for p in paragraphs if p.id.startswith(HOLDOUT)], kinds, errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
