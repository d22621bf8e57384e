"""The citation line at the foot of every summary."""

from __future__ import annotations

from msc_sci._records import Study

__all__ = ["study_citation"]


def study_citation(study: Study) -> str:
    """Return a one-line APA-like reference to *study*, built from its record alone.

    Only the first author is named ("et al."), so the line stays short in a summary.

    >>> import msc_sci
    >>> print(study_citation(msc_sci.study()))  # doctest: +ELLIPSIS, +NORMALIZE_WHITESPACE
    Honmou, O., et al. (2021). Intravenous infusion of ... 13 case series. Clinical ... 106565.
    https://doi.org/10.1016/j.clineuro.2021.106565
    """
    first = study.first_author
    initials = " ".join(f"{part[0]}." for part in (first.given or "").replace(".", " ").split())
    author = f"{first.family}, {initials}" if initials else str(first)
    if len(study.authors) > 1:
        author += ", et al."
    year = f" ({study.issued.year})" if study.issued else ""
    parts = [f"{author}{year}.", f"{study.title}."]
    journal = ", ".join(p for p in (study.container_title, study.volume, study.number) if p)
    if journal:
        parts.append(f"{journal}.")
    if study.doi_url:
        parts.append(study.doi_url)
    return " ".join(parts)
