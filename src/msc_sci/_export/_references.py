"""The exported files that ``references/`` ships beside the curated record."""

from __future__ import annotations

from pathlib import Path

__all__ = ["REFERENCE_FILES", "reference_files", "write_references"]

#: File name in ``references/`` -> export format. ``honmou2021.json`` is the curated
#: record itself, which the CSL-JSON export reproduces byte for byte.
REFERENCE_FILES: dict[str, str] = {
    "honmou2021.json": "csl-json",
    "honmou2021.bib": "bibtex",
    "honmou2021.ris": "ris",
    "CITATION.cff": "cff",
}


def reference_files() -> dict[str, str]:
    """Return each shipped file's name and the text the study exports to it.

    >>> sorted(reference_files())
    ['CITATION.cff', 'honmou2021.bib', 'honmou2021.json', 'honmou2021.ris']
    """
    from msc_sci._export import export

    return {name: export(to) for name, to in REFERENCE_FILES.items()}


def write_references(directory: str | Path | None = None) -> list[Path]:
    """Write the exported files into *directory* (default: the bundled ``references/``).

    Returns the files whose content changed.
    """
    from msc_sci._load import references_dir

    target = Path(directory) if directory is not None else references_dir()
    changed = []
    for name, text in reference_files().items():
        path = target / name
        old = path.read_text(encoding="utf-8") if path.is_file() else None
        if old != text:
            path.write_text(text, encoding="utf-8", newline="\n")
            changed.append(path)
    return changed
