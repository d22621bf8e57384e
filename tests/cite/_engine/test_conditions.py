"""Conditions (``disambiguate``) and labels of empty variables."""

from __future__ import annotations

from msc_sci import cite


def test_disambiguate_branch_not_taken() -> None:
    """MLA's in-text citation has no title: nothing needs disambiguating."""
    assert "(Honmou et al.)" == cite("modern-language-association", mode="citation")


def test_no_label_for_an_empty_variable() -> None:
    """Chicago notes print no stray ``edition`` label."""
    assert "edition" not in cite("chicago-notes-bibliography", mode="citation")
