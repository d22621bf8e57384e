"""The checker's labelled evaluation set: load it, check its labels, score a checker on it.

Used by ``tests/checker/test_eval.py`` and ``benchmarks/check_quality.py``; the set itself
is ``tests/checker/data/eval.toml`` (its header says how it is labelled).
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

__all__ = [
    "EVAL_SET",
    "EXTRA_KINDS",
    "FRESH",
    "HOLDOUT",
    "SCOPES",
    "Label",
    "Paragraph",
    "Score",
    "load",
    "score",
]

#: The labelled set.
EVAL_SET = Path(__file__).resolve().parent / "data" / "eval.toml"
#: Kinds the set labels that the checker does not report (none since issue 17).
EXTRA_KINDS: tuple[str, ...] = ()
#: The id prefix of the paragraphs written before the rules were last tuned.
FRESH = "fresh-"
#: The id prefix of the paragraphs written after that tuning, and never tuned on.
HOLDOUT = "holdout-"
#: Where error-like words stand when the text does not assert them.
SCOPES: frozenset[str] = frozenset({"negated", "hypothetical", "reported", "quoted"})
#: Kinds labelled for the whole paragraph, without words to point at.
PARAGRAPH_KINDS: frozenset[str] = frozenset({"missing-caveat"})


class EvalSetError(ValueError):
    """The evaluation set is malformed; the message says which paragraph and field."""


@dataclass(frozen=True, slots=True)
class Label:
    """A finding the checker should report: its kind and the span it must overlap."""

    kind: str
    span: tuple[int, int] | None  # None: anywhere in the paragraph

    def overlaps(self, span: tuple[int, int]) -> bool:
        """Whether a finding over *span* points at this label's words."""
        if self.span is None:
            return True
        return span[0] < self.span[1] and self.span[0] < span[1]


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One labelled paragraph."""

    id: str
    text: str
    labels: tuple[Label, ...]
    negatives: tuple[str, ...]
    scopes: tuple[tuple[tuple[int, int], str], ...] = ()

    def words(self, span: tuple[int, int] | None) -> str:
        """The words of the paragraph at *span* (the whole paragraph for ``None``)."""
        return self.text if span is None else self.text[span[0] : span[1]]


class _Finding(Protocol):
    @property
    def kind(self) -> str: ...
    @property
    def span(self) -> tuple[int, int]: ...


def _unique_span(where: str, text: str, words: object) -> tuple[int, int]:
    if not isinstance(words, str) or not words:
        raise EvalSetError(f"{where}: text must be a non-empty string, not {words!r}")
    count = text.count(words)
    if count != 1:
        raise EvalSetError(f"{where}: {words!r} occurs {count} times in the paragraph, not once")
    start = text.index(words)
    return start, start + len(words)


def load(path: Path = EVAL_SET, kinds: Iterable[str] | None = None) -> list[Paragraph]:
    """Read and check the set at *path*; *kinds* are the known kinds (default: the checker's)."""
    if kinds is None:
        import msc_sci

        kinds = (*msc_sci.load_references().finding_kinds, *EXTRA_KINDS)
    known = frozenset(kinds)
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    entries = data.get("paragraphs")
    if not isinstance(entries, list) or not entries:
        raise EvalSetError(f"{path.name}: no [[paragraphs]]")
    seen: set[str] = set()
    paragraphs = []
    for index, entry in enumerate(entries):
        where = f"{path.name}: paragraphs[{index}]"
        unknown = set(entry) - {"id", "text", "findings", "negatives", "scopes"}
        if unknown:
            raise EvalSetError(f"{where}: unknown fields {sorted(unknown)}")
        pid, text = entry.get("id"), entry.get("text")
        if not isinstance(pid, str) or not pid or pid in seen:
            raise EvalSetError(f"{where}.id: {pid!r} is missing or not unique")
        seen.add(pid)
        where = f"{path.name}: {pid}"
        if not isinstance(text, str) or not text.strip():
            raise EvalSetError(f"{where}.text: must be a non-empty string")
        labels = []
        for number, finding in enumerate(entry.get("findings", [])):
            at = f"{where}.findings[{number}]"
            kind = finding.get("kind")
            if kind not in known:
                raise EvalSetError(f"{at}.kind: {kind!r} is not one of {sorted(known)}")
            if set(finding) - {"kind", "text"}:
                raise EvalSetError(
                    f"{at}: unknown fields {sorted(set(finding) - {'kind', 'text'})}"
                )
            if "text" in finding:
                labels.append(Label(kind, _unique_span(f"{at}.text", text, finding["text"])))
            elif kind in PARAGRAPH_KINDS:
                labels.append(Label(kind, None))
            else:
                raise EvalSetError(f"{at}.text: a {kind} finding needs the words it is about")
        negatives = tuple(entry.get("negatives", ()))
        for kind in negatives:
            if kind not in known:
                raise EvalSetError(f"{where}.negatives: {kind!r} is not one of {sorted(known)}")
            if any(label.kind == kind for label in labels):
                raise EvalSetError(f"{where}.negatives: {kind!r} is also a finding here")
        scopes = []
        for number, item in enumerate(entry.get("scopes", [])):
            at = f"{where}.scopes[{number}]"
            if item.get("scope") not in SCOPES:
                raise EvalSetError(
                    f"{at}.scope: {item.get('scope')!r} is not one of {sorted(SCOPES)}"
                )
            scopes.append((_unique_span(f"{at}.text", text, item.get("text")), item["scope"]))
        paragraphs.append(Paragraph(pid, text, tuple(labels), negatives, tuple(scopes)))
    return paragraphs


@dataclass(slots=True)
class Score:
    """True and false positives and false negatives of one kind (or all kinds)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    duplicates: int = 0
    false_positives: list[tuple[str, str]] = field(default_factory=list)
    misses: list[tuple[str, str]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """tp / (tp + fp), 0 when nothing was reported."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn), 0 when nothing was labelled."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0


def score(
    paragraphs: Sequence[Paragraph],
    check: Callable[[str], Sequence[_Finding]],
    kinds: Sequence[str],
) -> dict[str, Score]:
    """Score *check* on *paragraphs*: a :class:`Score` per kind and ``"overall"``.

    A finding is a true positive when it overlaps an unmatched label of its kind; a
    further finding of that kind over an already matched label is a duplicate (neither
    right nor wrong); any other finding is a false positive, any unmatched label a miss.
    """
    scores = {kind: Score() for kind in (*kinds, "overall")}
    for paragraph in paragraphs:
        matched = [False] * len(paragraph.labels)
        for finding in check(paragraph.text):
            kind = finding.kind
            if kind not in scores:
                raise EvalSetError(f"{paragraph.id}: the checker reported an unknown kind {kind!r}")
            candidates = [
                i
                for i, label in enumerate(paragraph.labels)
                if label.kind == kind and label.overlaps(finding.span)
            ]
            free = [i for i in candidates if not matched[i]]
            words = paragraph.text[finding.span[0] : finding.span[1]]
            for bucket in (scores[kind], scores["overall"]):
                if free:
                    bucket.tp += 1
                elif candidates:
                    bucket.duplicates += 1
                else:
                    bucket.fp += 1
                    bucket.false_positives.append((paragraph.id, words))
            if free:
                matched[free[0]] = True
        for label, hit in zip(paragraph.labels, matched, strict=True):
            if not hit:
                for bucket in (scores[label.kind], scores["overall"]):
                    bucket.fn += 1
                    bucket.misses.append((paragraph.id, paragraph.words(label.span)[:60]))
    return scores
