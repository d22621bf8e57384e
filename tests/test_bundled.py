"""The module-level functions have real typed signatures: the bundled study's References calls."""

from __future__ import annotations

import inspect

import pytest

import msc_sci

FUNCTIONS = [
    name
    for name in msc_sci.__all__
    if inspect.isfunction(getattr(msc_sci, name)) and not name.startswith("_")
]


@pytest.mark.parametrize("name", FUNCTIONS)
def test_public_function_has_a_typed_signature(name: str) -> None:
    """Every parameter and the return are annotated: no cache wrapper hides the signature."""
    function = getattr(msc_sci, name)
    signature = inspect.signature(function)
    missing = [n for n, p in signature.parameters.items() if p.annotation is p.empty]
    expected = ([], True, False)
    assert expected == (
        missing,
        signature.return_annotation is not signature.empty,
        hasattr(function, "__wrapped__"),
    )


def test_cite_takes_a_str_style() -> None:
    """msc_sci.cite's style is a str, so a type checker rejects cite(style=3)."""
    assert "str" == inspect.signature(msc_sci.cite).parameters["style"].annotation


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("cite", ("apa",)),
        ("export", ("ris",)),
        ("check", ("A trial of 12 patients.",)),
        ("quotes", ("Waxman",)),
        ("attribute", ("Now we have a hint, in humans, that it may be possible.",)),
        ("find_quotes", ('"It may be possible," said Waxman.',)),
        ("claims", ("harms",)),
        ("people", ()),
        ("sources", ()),
    ],
)
def test_function_is_the_bundled_studys_call(name: str, args: tuple[str, ...]) -> None:
    """msc_sci.f(...) is load_references().f(...) for the bundled study."""
    expected = getattr(msc_sci.load_references(), name)(*args)
    assert repr(expected) == repr(getattr(msc_sci, name)(*args))


def test_summarize_and_study_are_the_bundled_studys() -> None:
    """summarize() and study() are those of the bundled study."""
    refs = msc_sci.load_references()
    expected = (str(refs.summarize("clinician", length="short")), refs.study)
    assert expected == (str(msc_sci.summarize("clinician", length="short")), msc_sci.study())
