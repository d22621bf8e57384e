"""The exported files that a ``references/`` directory ships beside its curated record."""

from __future__ import annotations

from pathlib import Path

from msc_sci._load import Loaded

__all__ = ["reference_files", "shipped_formats", "write_references"]


def shipped_formats(record_file: str) -> dict[str, str]:
    """Return each shipped file's name -> export format, named after the record's file.

    The record itself is among them: the CSL-JSON export reproduces it byte for byte.

    >>> shipped_formats("smith2020.json")
    {'smith2020.json': 'csl-json', 'smith2020.bib': 'bibtex', 'smith2020.ris': 'ris', \
'CITATION.cff': 'cff'}
    """
    stem = Path(record_file).stem
    return {
        record_file: "csl-json",
        f"{stem}.bib": "bibtex",
        f"{stem}.ris": "ris",
        "CITATION.cff": "cff",
    }


def reference_files(refs: Loaded) -> dict[str, str]:
    """Return each shipped file's name and the text the study of *refs* exports to it.

    >>> from msc_sci._load import load
    >>> sorted(reference_files(load()))
    ['CITATION.cff', 'honmou2021.bib', 'honmou2021.json', 'honmou2021.ris']
    """
    from msc_sci._export import export

    return {name: export(to, refs.study) for name, to in shipped_formats(refs.record_file).items()}


def write_references(refs: Loaded, directory: str | Path | None = None) -> list[Path]:
    """Write the exported files into *directory* (default: the one *refs* came from).

    Returns the files whose content changed.
    """
    target = Path(directory) if directory is not None else refs.directory
    changed = []
    for name, text in reference_files(refs).items():
        path = target / name
        old = path.read_text(encoding="utf-8") if path.is_file() else None
        if old != text:
            path.write_text(text, encoding="utf-8", newline="\n")
            changed.append(path)
    return changed
