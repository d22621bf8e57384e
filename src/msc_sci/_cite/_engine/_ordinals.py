"""Ordinal numbers as a locale spells them: gendered terms, ``match`` rules, superscripts."""

from __future__ import annotations

from typing import Any

__all__ = ["ordinal_suffix", "ordinal_terms", "superscripts"]


def superscripts(text: str) -> str:
    """Return *text*: superscript letters (``ʳᵉ``, ``ª``) stay characters.

    :func:`._rich.flip` makes them superscript spans of their letters for the formats
    with markup, as citeproc-js prints them; plain text keeps the characters.

    >>> superscripts("1\u02b3\u1d49")
    '1\u02b3\u1d49'
    """
    return text


_TERM = "{http://purl.org/net/xbiblio/csl}term"


def _ordinal_terms(locale: Any) -> dict[str, dict[str | None, tuple[str, str]]]:
    """Return a locale's ordinal terms: name -> gender form -> (text, match)."""
    try:
        return locale.__dict__["_ordinals_memo"]
    except KeyError:
        pass
    terms: dict[str, dict[str | None, tuple[str, str]]] = {}
    for term in locale.iter(_TERM):
        name = term.get("name", "")
        if name == "ordinal" or (name.startswith("ordinal-") and name[8:].isdigit()):
            forms = terms.setdefault(name, {})
            forms.setdefault(term.get("gender-form"), (term.text or "", term.get("match", "")))
    locale.__dict__["_ordinals_memo"] = terms
    return terms


def ordinal_terms(root: Any) -> dict[str, dict[str | None, tuple[str, str]]]:
    """Return the ordinal terms in force for the style (or locale) *root*.

    A style whose own locale defines the ``ordinal`` term replaces the locale file's
    ordinal terms with its own; otherwise its ordinal terms only redefine those the
    locale file has (same name and gender form), as citeproc-js does.
    """
    try:
        return root.__dict__["_ordinal_set_memo"]
    except KeyError:
        pass
    locales = getattr(root, "locales", None) or [root]
    own = [locale for locale in locales if locale.getparent() is not None]
    files = [locale for locale in locales if locale.getparent() is None]
    found = next(
        (_ordinal_terms(locale) for locale in own if "ordinal" in _ordinal_terms(locale)), None
    )
    if found is None:
        base = next((_ordinal_terms(locale) for locale in files if _ordinal_terms(locale)), {})
        found = {name: dict(forms) for name, forms in base.items()}
        for locale in reversed(own):
            for name, forms in _ordinal_terms(locale).items():
                for gender, term in forms.items():
                    if gender in found.get(name, {}):
                        found[name][gender] = term
    root.__dict__["_ordinal_set_memo"] = found
    return found


def ordinal_suffix(
    number: int, terms: dict[str, dict[str | None, tuple[str, str]]], gender: str | None
) -> str:
    """Return the suffix of *number* from one locale's ordinal *terms*, for a term's *gender*.

    Two-digit terms (``ordinal-11``) match the last two digits, one-digit terms the
    last digit, unless their ``match`` says otherwise. For a variable with a gender, a
    term without the gender's form is skipped (``ordinal`` falls back to its neuter form);
    a variable without gender takes the neuter form, else the masculine.

    >>> terms = {"ordinal": {None: ("th", "")}, "ordinal-01": {None: ("st", "")},
    ...          "ordinal-11": {None: ("th", "")}}
    >>> [ordinal_suffix(n, terms, None) for n in (1, 11, 21, 111)]
    ['st', 'th', 'st', 'th']
    """
    names = []
    if number % 100 >= 10:
        names.append((f"ordinal-{number % 100:02}", "last-two-digits"))
    names.append((f"ordinal-{number % 10:02}", "last-digit"))
    names.append(("ordinal", ""))
    for name, default_match in names:
        forms = terms.get(name)
        if not forms:
            continue
        if gender is None:
            found = forms.get(None) or forms.get("masculine")
        else:
            found = forms.get(gender) or (forms.get(None) if name == "ordinal" else None)
        if found is None:
            continue
        text, match = found
        if (match or default_match) == "whole-number" and name[8:] != f"{number:02}":
            continue
        return text
    return ""
