"""Every skip tells the user what is missing and the one command that brings it."""

from __future__ import annotations

import re
from pathlib import Path

from tests import _needs as needs

TESTS = Path(__file__).resolve().parent
_SKIP = re.compile(r"(pytest\.skip\(|importorskip\(|mark\.skipif\(|mark\.skip\()")
#: Skips no command can lift: the platform lacks the feature.
_PLATFORM = ("this system has no",)


def _calls() -> list[tuple[str, str]]:
    found = []
    for path in sorted(TESTS.rglob("*.py")):
        if path.name in {"_needs.py", "test_skips.py"}:
            continue
        text = path.read_text(encoding="utf-8")
        for match in _SKIP.finditer(text):
            depth, end = 1, match.end()
            while depth and end < len(text):
                depth += {"(": 1, ")": -1}.get(text[end], 0)
                end += 1
            where = f"{path.relative_to(TESTS)}:{text.count(chr(10), 0, match.start()) + 1}"
            found.append((where, text[match.end() : end - 1]))
    return found


def test_skips_are_found() -> None:
    """The scan finds the skips (so the test below cannot pass by finding none)."""
    assert len(_calls()) > 10


def test_every_skip_names_its_command() -> None:
    """Each skip's reason comes from ``tests/_needs.py`` or says which command to run."""
    vague = [
        where
        for where, arguments in _calls()
        if "needs." not in arguments
        and "run `" not in arguments
        and not any(text in arguments for text in _PLATFORM)
    ]
    assert [] == vague


def test_every_reason_names_a_command() -> None:
    """Each reason in ``tests/_needs.py`` ends with the command to run, in backticks."""
    reasons = [value for name, value in vars(needs).items() if name.isupper()]
    reasons.append(needs.python("x"))
    assert [] == [reason for reason in reasons if not re.search(r"run `[^`]+`", reason)]
