"""Check and normalise DOIs, ISSNs and ORCID iDs."""

from __future__ import annotations

import re
from collections.abc import Callable

from msc_sci._errors import RecordError

__all__ = [
    "check_doi",
    "check_issn",
    "check_issns",
    "check_orcid",
    "doi_url",
    "require_canonical",
]

_DOI = re.compile(r"10\.\d{4,9}/\S+")
_DOI_PREFIXES = ("https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/")
_ISSN = re.compile(r"(\d{4})-?(\d{3}[\dXx])")
_ORCID = re.compile(r"(\d{4})-?(\d{4})-?(\d{4})-?(\d{3}[\dXx])")
_ORCID_PREFIXES = ("https://orcid.org/", "http://orcid.org/")


def require_canonical(field: str, value: str | None, check: Callable[[str], str]) -> None:
    """Raise :class:`RecordError` at *field* unless *value* is ``None`` or already canonical."""
    if value is None:
        return
    try:
        canonical = check(value)
    except RecordError as exc:
        raise RecordError(exc.reason, field=field, value=value) from None
    if canonical != value:
        raise RecordError(f"write it as {canonical!r}", field=field, value=value)


def check_doi(value: str) -> str:
    """Return *value* as a bare DOI, dropping a ``https://doi.org/`` or ``doi:`` prefix.

    >>> check_doi("https://doi.org/10.1016/j.clineuro.2021.106565")
    '10.1016/j.clineuro.2021.106565'
    """
    doi = value.strip()
    lowered = doi.lower()
    for prefix in (*_DOI_PREFIXES, "doi:"):
        if lowered.startswith(prefix):
            doi = doi[len(prefix) :].strip()
            break
    if not _DOI.fullmatch(doi):
        raise RecordError("not a DOI (expected 10.NNNN/suffix)", value=value)
    return doi


def doi_url(doi: str) -> str:
    """Return the resolver URL of a bare DOI.

    >>> doi_url("10.1016/j.clineuro.2021.106565")
    'https://doi.org/10.1016/j.clineuro.2021.106565'
    """
    return f"https://doi.org/{doi}"


def check_issn(value: str) -> str:
    """Return *value* as ``NNNN-NNNC`` after checking its check digit.

    >>> check_issn("03038467")
    '0303-8467'
    """
    match = _ISSN.fullmatch(value.strip())
    if not match:
        raise RecordError("not an ISSN (expected NNNN-NNNC)", value=value)
    digits = (match[1] + match[2]).upper()
    total = sum(int(d) * w for d, w in zip(digits[:7], range(8, 1, -1), strict=True))
    check = (11 - total % 11) % 11
    expected = "X" if check == 10 else str(check)
    if digits[7] != expected:
        raise RecordError(f"ISSN check digit is wrong (expected {expected})", value=value)
    return f"{digits[:4]}-{digits[4:]}"


def check_issns(value: str) -> str:
    """Check one or more ISSNs separated by commas or spaces, joined by ``", "``.

    >>> check_issns("0303-8467 1872-6968")
    '0303-8467, 1872-6968'
    """
    parts = [part for part in re.split(r"[,;\s]+", value.strip()) if part]
    if not parts:
        raise RecordError("not an ISSN (expected NNNN-NNNC)", value=value)
    return ", ".join(check_issn(part) for part in parts)


def check_orcid(value: str) -> str:
    """Return *value* as a bare ORCID iD after checking its ISO 7064 check digit.

    >>> check_orcid("https://orcid.org/0000-0002-1825-0097")
    '0000-0002-1825-0097'
    """
    text = value.strip()
    for prefix in _ORCID_PREFIXES:
        if text.lower().startswith(prefix):
            text = text[len(prefix) :]
    match = _ORCID.fullmatch(text)
    if not match:
        raise RecordError("not an ORCID iD (16 digits, NNNN-NNNN-NNNN-NNNC)", value=value)
    digits = "".join(match.groups()).upper()
    total = 0
    for digit in digits[:15]:
        total = (total + int(digit)) * 2
    check = (12 - total % 11) % 11
    expected = "X" if check == 10 else str(check)
    if digits[15] != expected:
        raise RecordError(f"ORCID iD check digit is wrong (expected {expected})", value=value)
    return "-".join(digits[i : i + 4] for i in range(0, 16, 4))
