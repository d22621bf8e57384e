"""Word counts, Flesch-Kincaid grades and tweet lengths of every bundled summary.

Prints, for each audience and length, the prose words, sentences, mean and longest
sentence, the grade (``Summary.readability``) and, for a tweet, its visible characters
with the DOI link; then whether ``msc_sci.check()`` is silent on every format.
Goals (pinned by tests/summary): standard 400-850 words; grade at most 8 for the
public and patient summaries; tweets at most 280 characters.

Run: python benchmarks/summary_figures.py
"""

from __future__ import annotations

import itertools

import msc_sci

AUDIENCES = ("public", "patient", "clinician", "journalist")
LENGTHS = ("tweet", "short", "standard")
FORMATS = ("text", "markdown", "html")


def main() -> None:
    """Print the table and the checker's verdict."""
    print(
        f"{'audience':<11}{'length':<9}{'words':>6}{'sents':>6}{'mean':>6}{'max':>5}"
        f"{'grade':>7}{'chars':>7}"
    )
    for audience, length in itertools.product(AUDIENCES, LENGTHS):
        summary = msc_sci.summarize(audience, length=length)
        r = summary.readability
        chars = str(len(str(summary).strip())) if length == "tweet" else ""
        print(
            f"{audience:<11}{length:<9}{r.words:>6}{r.sentences:>6}"
            f"{r.mean_sentence_length:>6.1f}{r.longest_sentence:>5}{r.grade:>7.1f}{chars:>7}"
        )
    findings = sum(
        len(msc_sci.check(str(msc_sci.summarize(a, length=n, format=f))))
        for a, n, f in itertools.product(AUDIENCES, LENGTHS, FORMATS)
    )
    print(
        f"check() findings over {len(AUDIENCES) * len(LENGTHS) * len(FORMATS)} renderings: "
        f"{findings}"
    )


if __name__ == "__main__":
    main()
