"""The public API: every name in ``__all__`` exists, is documented, and nothing else leaks."""

from __future__ import annotations

import pytest

import msc_sci


def test_all_is_sorted_and_unique() -> None:
    """``__all__`` is sorted, so additions are easy to review."""
    assert sorted(set(msc_sci.__all__)) == msc_sci.__all__


def test_every_public_name_resolves() -> None:
    """Each name in ``__all__`` can be got from the package."""
    for name in msc_sci.__all__:
        assert getattr(msc_sci, name) is not None


def test_every_public_callable_has_a_docstring() -> None:
    """Each public class and function says what it does."""
    for name in msc_sci.__all__:
        value = getattr(msc_sci, name)
        if callable(value):
            assert value.__doc__, name


def test_unknown_attribute_is_an_attribute_error() -> None:
    """A missing name raises AttributeError naming it, as for any module."""
    with pytest.raises(AttributeError, match="no_such_name"):
        msc_sci.no_such_name  # type: ignore[attr-defined]  # noqa: B018


def test_dir_lists_the_public_names() -> None:
    """``dir(msc_sci)`` offers every public name, for completion in editors."""
    assert set(msc_sci.__all__) <= set(dir(msc_sci))


@pytest.mark.parametrize("name", ["CiteItem", "UnknownLabelError"])
def test_citation_names_are_exported(name: str) -> None:
    """The cite item record and its label error are public (new in 0.2.0)."""
    assert (True, True) == (name in msc_sci.__all__, getattr(msc_sci, name).__name__ == name)


@pytest.mark.parametrize(
    "name", ["BibliographyError", "BibliographyWarning", "parse_bibliography", "read_bibliography"]
)
def test_bibliography_reading_names_are_exported(name: str) -> None:
    """Reading your own references is public API: the two functions and their error types."""
    assert (True, True) == (name in msc_sci.__all__, getattr(msc_sci, name).__name__ == name)
