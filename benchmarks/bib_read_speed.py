"""How fast we read a large ``.bib`` file, and format its APA bibliography.

Generates a varied 10,000-entry ``.bib`` (fixed seed: articles, books, chapters with
``crossref``, theses, reports, web pages; ``@string`` macros, ``#``, LaTeX accents,
case-protecting braces, particles, corporate authors, BibLaTeX dates) and prints, from
one run:

- our read time (``msc_sci.read_bibliography``, to validated works) against pybtex's
  parser alone (``pybtex.database.parse_file``) on the same file; goal: at most 1.5x;
- the whole ``msc-sci cite --bibliography FILE --style apa`` against
  ``pandoc --citeproc`` with the same file and APA style (pypandoc-binary's pandoc).

Run: python benchmarks/bib_read_speed.py [--entries N] [--repeat R]
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

FAMILIES = [
    "Smith", "M{\\\"u}ller", "Garc{\\'\\i}a", "{\\O}stergaard", "Nguyen", "Kowalski",
    "Dubois", "Rossi", "Tanaka", "O'Brien", "Jensen", "Silva", "Novak", "Kim",
]  # fmt: skip
GIVENS = ["Ann", "Bo", "Jean-Pierre", "Mar{\\'\\i}a", "S{\\o}ren", "J. R. R.", "Li", "Ola"]
PARTICLES = ["van", "de la", "von", "da", "van der"]
WORDS = [
    "stem", "cells", "spinal", "cord", "injury", "{MSC}", "{DNA}", "repair", "trial",
    "outcomes", "in", "of", "the", "{Parkinson}'s", "na{\\\"\\i}ve", "model", "--",
    "10\\%", "\\emph{in vivo}", "$\\alpha$-synuclein", "analysis", "long-term",
]  # fmt: skip
JOURNALS = ["nat", "cell", "Clinical Neurology and Neurosurgery", "Journal of {Neuro} Science"]


def _name(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.05:
        return "{World Health Organization}"
    family = rng.choice(FAMILIES)
    if kind < 0.15:
        family = f"{rng.choice(PARTICLES)} {family}"
    if kind > 0.95:
        return f"{family}, Jr., {rng.choice(GIVENS)}"
    return f"{family}, {rng.choice(GIVENS)}"


def _title(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(3, 12))]
    return " ".join(words).capitalize()


def generate(count: int, seed: int = 13) -> str:
    """Return a varied ``.bib`` file of *count* entries (plus macros and parents)."""
    rng = random.Random(seed)
    out = ['@string{nat = "Nature"}\n@string{cell = "Cell"}\n']
    books = []
    for index in range(count):
        key = f"e{index}"
        authors = " and ".join(_name(rng) for _ in range(rng.randint(1, 7)))
        if rng.random() < 0.03:
            authors += " and others"
        year = rng.randint(1950, 2025)
        kind = rng.random()
        fields = [f"author = {{{authors}}}", f"title = {{{_title(rng)}}}"]
        if kind < 0.5:
            entry = "article"
            journal = rng.choice(JOURNALS)
            value = journal if journal in {"nat", "cell"} else f"{{{journal}}}"
            fields += [
                f"journal = {value}",
                f"year = {year}",
                f"month = {rng.choice(['jan', 'mar', 'jun', 'sep', 'dec'])}",
                f"volume = {rng.randint(1, 300)}",
                f"number = {rng.randint(1, 12)}",
                f"pages = {{{(p := rng.randint(1, 900))}--{p + rng.randint(1, 30)}}}",
                f"doi = {{10.{rng.randint(1000, 9999)}/x{index}}}",
            ]
        elif kind < 0.65:
            entry = "book"
            books.append(key)
            fields += [
                f"date = {{{year}-{rng.randint(1, 12):02d}}}",
                "publisher = {Springer} # { Nature}",
                "location = {Berlin and New York}",
                f"isbn = {{978-3-16-{index:06d}-0}}",
            ]
        elif kind < 0.78 and books:
            entry = "incollection"
            fields += [f"crossref = {{{rng.choice(books)}}}", f"pages = {{{rng.randint(1, 99)}}}"]
        elif kind < 0.85:
            entry = rng.choice(["phdthesis", "mastersthesis"])
            fields += [f"school = {{University of {rng.choice(FAMILIES)}}}", f"year = {year}"]
        elif kind < 0.93:
            entry = "techreport"
            fields += ["institution = {NASA}", f"number = {{TR-{index}}}", f"year = {year}"]
        else:
            entry = "online"
            fields += [
                f"url = {{https://example.org/{index}?a=b}}",
                f"urldate = {{2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}}}",
                f"date = {{{year}}}",
            ]
        body = ",\n  ".join(fields)
        out.append(f"@{entry}{{{key},\n  {body}\n}}\n")
    return "\n".join(out)


def _best(function: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def _pandoc() -> str | None:
    try:
        import pypandoc
    except ImportError:
        return shutil.which("pandoc")
    return str(pypandoc.get_pandoc_path())


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    import pybtex.database

    import msc_sci
    from msc_sci._cite._names import find

    with tempfile.TemporaryDirectory() as tmp:
        bib = Path(tmp) / "refs.bib"
        bib.write_text(generate(args.entries), encoding="utf-8")
        works = msc_sci.read_bibliography(bib)
        print(f"{bib.stat().st_size / 1e6:.1f} MB, {len(works)} works")

        ours = _best(lambda: msc_sci.read_bibliography(bib), args.repeat)
        theirs = _best(lambda: pybtex.database.parse_file(str(bib), "bibtex"), args.repeat)
        print(f"read:  msc_sci.read_bibliography {ours:.2f} s")
        print(f"       pybtex's parser alone     {theirs:.2f} s")
        print(f"       ratio {ours / theirs:.2f}x (goal: at most 1.50x)")

        command = [sys.executable, "-m", "msc_sci._cli", "cite", "--bibliography", str(bib)]
        start = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-c", "import sys; from msc_sci._cli import main;"
             " sys.exit(main(sys.argv[1:]))", *command[3:], "--style", "apa"],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        cli = time.perf_counter() - start
        print(f"cite:  msc-sci cite --bibliography --style apa  {cli:.1f} s"
              f" ({len(result.stdout.splitlines())} entries)")  # fmt: skip

        pandoc = _pandoc()
        if pandoc is None:
            print("       pandoc not found: install pypandoc-binary for the comparison")
            return
        style = find("apa")
        csl = Path(tmp) / "apa.csl"
        csl.write_bytes(Path(str(style.path)).read_bytes())
        document = Path(tmp) / "doc.md"
        document.write_text("---\nnocite: '@*'\n---\n", encoding="utf-8")
        start = time.perf_counter()
        done = subprocess.run(
            [pandoc, str(document), "--citeproc", "--bibliography", str(bib), "--csl", str(csl),
             "-t", "plain", "--wrap=none"],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        other = time.perf_counter() - start
        entries = sum(1 for line in done.stdout.splitlines() if line.strip())
        print(f"       pandoc --citeproc (same file, APA)  {other:.1f} s ({entries} entries)")
        print(f"       ratio {cli / other:.2f}x (below 1 is faster than pandoc)")


if __name__ == "__main__":
    main()
