"""Compare the checker's scope decisions with ConText (medspaCy) and NegEx (negspacy).

A rule of ``msc_sci.check()`` reports error-like words only when the text asserts them:
not negated ("not blinded"), not hypothetical ("a placebo-controlled trial is needed"),
not quoted ("headlines said \u201crepaired\u201d"). The labelled set
``tests/checker/data/eval.toml`` marks such words with their scope (``scopes``), and the
words of every labelled finding of a phrase rule are asserted. For each of these targets
this script asks whether each method would let the checker report it, and prints how
often each is right, overall and per scope:

- ``checker``: the checker's own test (``checker._text``: quoted spans, and ConText-style
  forward and backward triggers of negation, hypothesis and report, each scope ended
  by termination terms), as its rules apply it;
- ``word lists``: the checker's test before issue 17 (a negation or a word about other
  studies among the last few words of the clause), kept here for comparison;
- ``context``: medspaCy's ConText with its default English rules (no model download:
  a blank spaCy pipeline, medspaCy's sentence splitter and rule files), a target being
  reported unless ConText calls it negated, hypothetical or possible;
- ``negex``: negspacy's NegEx with its ``en_clinical`` termset;
- ``+quotes``: the same, with words inside quotation marks never reported (neither
  library knows quotation marks);
- ``checker|context``: not reported when either says so;
- ``context+news``: ConText with a few rules for news text added (:data:`NEWS_RULES`),
  quotation marks included.

Neither library is a dependency of msc-sci: install them into a separate environment
with the package (``pip install -e . medspacy negspacy``); a library that is missing is
skipped. Run: ``python benchmarks/scope_eval.py [--cases]`` (``--cases`` lists every
target with each method's decision).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

# medspaCy's sentence splitter logs every sentence at DEBUG level through loguru.
os.environ.setdefault("LOGURU_LEVEL", "WARNING")

# The set's loader lives beside the set; import it by path (medspaCy's dependencies
# ship a package named "tests" that would shadow the project's).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "checker"))

from evalset import load

#: Kinds whose rules decide by scope (the others match names, quotes or whole texts).
SCOPE_KINDS = frozenset(
    {"design", "count", "cell-source", "route", "injury-type", "harms", "overclaim"}
)

Target = tuple[str, str, tuple[int, int], str]  # paragraph id, text, span, gold scope
Decide = Callable[[str, list[tuple[int, int]]], list[bool]]


def targets() -> list[Target]:
    """Every scope-labelled span of the set, and the asserted words of phrase findings."""
    found: list[Target] = []
    for paragraph in load():
        for label in paragraph.labels:
            if label.kind in SCOPE_KINDS and label.span is not None:
                found.append((paragraph.id, paragraph.text, label.span, "asserted"))
        for span, scope in paragraph.scopes:
            found.append((paragraph.id, paragraph.text, span, scope))
    return found


def checker(text: str, spans: list[tuple[int, int]]) -> list[bool]:
    """Whether the checker's scope test (ConText-style triggers) lets each span be reported."""
    from msc_sci.checker._rules import _INNER_NEGATION
    from msc_sci.checker._text import Scopes

    scopes = Scopes(text)
    decided = []
    for start, end in spans:
        words = text[start:end]
        first = re.match(r"\W*[\w'\u2019-]+", words)
        inner = _INNER_NEGATION.search(words, first.end() if first else 0)
        decided.append(scopes.of((start, end)) is None and inner is None)
    return decided


#: The word lists the checker used before issue 17, for comparison: a negation or a word
#: about other studies among the last words of the clause before the target.
_OLD_NEGATORS = frozenset(
    [
        "not",
        "no",
        "never",
        "without",
        "neither",
        "nor",
        "none",
        "lacked",
        "lacking",
        "lacks",
        "absence",
        "isn't",
        "wasn't",
        "weren't",
        "aren't",
        "didn't",
        "don't",
        "doesn't",
        "nothing",
        "cannot",
    ]
)
_OLD_OTHER = frozenset(
    [
        "larger",
        "large",
        "future",
        "further",
        "additional",
        "more",
        "new",
        "next",
        "planned",
        "later",
        "bigger",
    ]
)
_OLD_BREAK = re.compile(r"[;:.!?\u2014]|\bbut\b|\bhowever\b|\n", re.IGNORECASE)


def word_lists(text: str, spans: list[tuple[int, int]]) -> list[bool]:
    """Whether the checker's word lists of before issue 17 let each span be reported."""
    from msc_sci.checker._text import inside, quoted_spans

    def before(where: str, start: int, window: int) -> list[str]:
        parts = _OLD_BREAK.split(where[max(0, start - window) : start])
        return [w.lower() for w in re.findall(r"[A-Za-z']+", parts[-1] if parts else "")][-6:]

    def negated(where: str, start: int) -> bool:
        return any(w in _OLD_NEGATORS or w.endswith("n't") for w in before(where, start, 60))

    quotes = quoted_spans(text)
    return [
        not (
            inside(span, quotes)
            or negated(text, span[0])
            or any(w in _OLD_OTHER for w in before(text, span[0], 40)[-5:])
            or negated(text[span[0] : span[1]], span[1] - span[0])
        )
        for span in spans
    ]


def _with_quotes(decide: Decide) -> Decide:
    from msc_sci.checker._text import inside, quoted_spans

    def decided(text: str, spans: list[tuple[int, int]]) -> list[bool]:
        quotes = quoted_spans(text)
        return [
            ok and not inside(span, quotes)
            for ok, span in zip(decide(text, spans), spans, strict=True)
        ]

    return decided


def _either(first: Decide, second: Decide) -> Decide:
    def decided(text: str, spans: list[tuple[int, int]]) -> list[bool]:
        return [a and b for a, b in zip(first(text, spans), second(text, spans), strict=True)]

    return decided


def _entities(doc: object, spans: list[tuple[int, int]]) -> list[object]:
    ents = []
    for start, end in spans:
        span = doc.char_span(start, end, label="TARGET", alignment_mode="expand")  # type: ignore[attr-defined]
        ents.append(span)
    return ents


#: Code that loads each library as the checker would, in a fresh interpreter.
LOADERS = {
    "medspaCy ConText": (
        "import medspacy; medspacy.load(medspacy_enable=['medspacy_pyrush', 'medspacy_context'])"
    ),
    "negspacy NegEx": (
        "import spacy; from negspacy.negation import Negex; "
        "from negspacy.termsets import termset; nlp = spacy.blank('en'); "
        "nlp.add_pipe('sentencizer'); nlp.add_pipe('negex', config={'neg_termset': "
        "termset('en_clinical').get_patterns(), 'ent_types': ['TARGET']})"
    ),
    "msc_sci.check": "import msc_sci; msc_sci.check('A blinded trial of 12 patients.')",
}


def load_seconds(code: str) -> float:
    """Seconds a fresh interpreter takes to run *code* (the best of three)."""
    timer = f"import time; t = time.perf_counter(); {code}; print(time.perf_counter() - t)"
    runs = [
        float(
            subprocess.run(
                [sys.executable, "-c", timer], capture_output=True, text=True, check=True
            ).stdout.split()[-1]
        )
        for _ in range(3)
    ]
    return min(runs)


#: A few ConText rules for news about a study, beside medspaCy's clinical defaults:
#: contrasts, questions and other studies, and claims reported to be corrected. They were
#: written after reading the set, so ``context+news`` is an optimistic figure.
NEWS_RULES = (
    ("instead of", "NEGATED_EXISTENCE", "FORWARD"),
    ("unlike", "NEGATED_EXISTENCE", "FORWARD"),
    ("not caused by", "NEGATED_EXISTENCE", "FORWARD"),
    ("none of", "NEGATED_EXISTENCE", "FORWARD"),
    ("cannot yet be called", "NEGATED_EXISTENCE", "FORWARD"),
    ("whether", "HYPOTHETICAL", "FORWARD"),
    ("would", "HYPOTHETICAL", "FORWARD"),
    ("could", "HYPOTHETICAL", "FORWARD"),
    ("elsewhere", "HYPOTHETICAL", "FORWARD"),
    ("other groups", "HYPOTHETICAL", "FORWARD"),
    ("claimed", "REPORTED", "FORWARD"),
    ("claims of", "REPORTED", "FORWARD"),
    ("wrote that", "REPORTED", "FORWARD"),
    ("post said", "REPORTED", "FORWARD"),
    ("which is wrong", "REPORTED", "BACKWARD"),
)
#: ConText categories that keep the checker from reporting a target.
NOT_ASSERTED = frozenset({"NEGATED_EXISTENCE", "POSSIBLE_EXISTENCE", "HYPOTHETICAL", "REPORTED"})


def medspacy_context(news: bool = False) -> tuple[Decide, float] | None:
    """ConText from medspaCy (with :data:`NEWS_RULES` if *news*), and its loading time (s)."""
    try:
        import medspacy
        from medspacy.context import ConTextRule
    except ImportError:
        return None
    nlp = medspacy.load(medspacy_enable=["medspacy_pyrush", "medspacy_context"])
    loaded = load_seconds(LOADERS["medspaCy ConText"]) if not news else 0.0
    sentences = nlp.get_pipe("medspacy_pyrush")
    context = nlp.get_pipe("medspacy_context")
    if news:
        context.add(
            [ConTextRule(text, category, direction=way) for text, category, way in NEWS_RULES]
        )

    def decide(text: str, spans: list[tuple[int, int]]) -> list[bool]:
        results = []
        # One target at a time: overlapping targets cannot be entities together.
        for span in spans:
            doc = sentences(nlp.make_doc(text))
            doc.ents = _entities(doc, [span])
            context(doc)
            categories = {modifier.category for modifier in doc.ents[0]._.modifiers}
            results.append(not categories & NOT_ASSERTED)
        return results

    return decide, loaded


def negspacy_negex() -> tuple[Decide, float] | None:
    """NegEx from negspacy, and how long loading it took (seconds)."""
    try:
        import spacy
        from negspacy.negation import Negex  # noqa: F401 (registers the "negex" factory)
        from negspacy.termsets import termset
    except ImportError:
        return None
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    negex = nlp.add_pipe(
        "negex",
        config={"neg_termset": termset("en_clinical").get_patterns(), "ent_types": ["TARGET"]},
    )
    loaded = load_seconds(LOADERS["negspacy NegEx"])

    def decide(text: str, spans: list[tuple[int, int]]) -> list[bool]:
        results = []
        for span in spans:
            doc = nlp.get_pipe("sentencizer")(nlp.make_doc(text))
            doc.ents = _entities(doc, [span])
            negex(doc)
            results.append(not doc.ents[0]._.negex)
        return results

    return decide, loaded


def main(argv: list[str]) -> int:
    """Score each method's scope decisions on the set's targets and print the table."""
    cases = targets()
    methods: dict[str, Decide] = {"checker": checker, "word lists": word_lists}
    loading: dict[str, float] = {"msc_sci.check": load_seconds(LOADERS["msc_sci.check"])}
    context = medspacy_context()
    if context is not None:
        methods["context"] = context[0]
        methods["context+quotes"] = _with_quotes(context[0])
        methods["checker|context"] = _either(checker, context[0])
        loading["medspaCy ConText"] = context[1]
    news = medspacy_context(news=True)
    if news is not None:
        methods["context+news"] = _with_quotes(news[0])
    negex = negspacy_negex()
    if negex is not None:
        methods["negex"] = negex[0]
        methods["negex+quotes"] = _with_quotes(negex[0])
        loading["negspacy NegEx"] = negex[1]
    scopes = sorted({scope for *_, scope in cases})
    decisions: dict[str, list[bool]] = {}
    seconds: dict[str, float] = {}
    for name, decide in methods.items():
        began = time.perf_counter()
        decisions[name] = [decide(text, [span])[0] for _, text, span, _ in cases]
        seconds[name] = time.perf_counter() - began
    counts = {scope: sum(s == scope for *_, s in cases) for scope in scopes}
    print(f"{len(cases)} targets: " + ", ".join(f"{counts[s]} {s}" for s in scopes))
    header = "".join(f"{s[:10]:>11}" for s in scopes)
    print(f"{'method':<17}{'right':>7}{'accuracy':>10}{'report P':>10}{'report R':>10}{header}")
    for name, decided in decisions.items():
        right = [d == (scope == "asserted") for d, (*_, scope) in zip(decided, cases, strict=True)]
        reported = sum(decided)
        asserted_hits = sum(
            d and scope == "asserted" for d, (*_, scope) in zip(decided, cases, strict=True)
        )
        precision = asserted_hits / reported if reported else 0.0
        recall = asserted_hits / counts.get("asserted", 1)
        per_scope = "".join(
            f"{sum(r for r, (*_, s) in zip(right, cases, strict=True) if s == scope):>7}/"
            f"{counts[scope]:<3}"
            for scope in scopes
        )
        print(
            f"{name:<17}{sum(right):>7}{sum(right) / len(cases):>10.2f}"
            f"{precision:>10.2f}{recall:>10.2f}{per_scope}"
        )
    for what, took in loading.items():
        print(f"loading {what} in a fresh interpreter: {took:.2f} s")
    for name, took in seconds.items():
        print(f"{name}: {1000 * took / len(cases):.2f} ms a target")
    if "--cases" in argv:
        names = list(decisions)
        print("\n" + "  ".join(names))
        for index, (pid, text, span, scope) in enumerate(cases):
            marks = "  ".join(
                f"{'report' if decisions[n][index] else 'skip':<{len(n)}}" for n in names
            )
            print(f"{marks}  {scope:<12} {pid}: {text[span[0] : span[1]]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
