"""Read ``bibtex_bibfiles`` with :func:`msc_sci.read_bibliography`, again when they change.

The works are kept in the ``cite`` domain. Before each build the files' modification
times and sizes are compared with those of the last read; when any differ, every file
is read again and every page that cites or lists references is written again.
A bad entry, a key in two files, or a missing file is a located warning; the build goes on.
"""

from __future__ import annotations

import codecs
import re
import warnings
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

import msc_sci
from msc_sci.sphinx.bibtex.domain import cite_domain
from msc_sci.sphinx.warnings import warn

__all__ = ["file_location", "line_of", "read_bibfiles", "setup"]


def file_location(path: str | Path, line: int | None = None) -> str:
    """Return a warning location naming a file that is not a document, and its line."""
    return f"{path}:{line}" if line else f"{path}:"


def line_of(path: str | Path, pattern: str) -> int | None:
    """Return the first line of the file at *path* matching *pattern*, or ``None``."""
    try:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    found = re.search(pattern, text, flags=re.MULTILINE)
    return text.count("\n", 0, found.start()) + 1 if found else None


def _key_line(path: Path, key: str) -> int | None:
    """Return the line where the entry *key* starts in a bibliography file, if found."""
    key = re.escape(key)
    return line_of(
        path,
        "|".join(
            (
                r"@\w+\s*[{(]\s*" + key + r"\s*,",  # BibTeX
                r'"id"\s*:\s*"' + key + '"',  # CSL-JSON
                r"^\s*-?\s*id\s*:\s*['\"]?" + key + r"['\"]?\s*$",  # CSL-YAML
                r"^ID\s+-\s+" + key + r"\s*$",  # RIS
            )
        ),
    )


def _paths(app: Sphinx) -> list[Path]:
    return [Path(app.srcdir, name) for name in app.config.bibtex_bibfiles or ()]


def _signature(paths: list[Path]) -> tuple[tuple[str, int, int], ...]:
    found = []
    for path in paths:
        try:
            stat = path.stat()
        except OSError:
            found.append((str(path), -1, -1))
        else:
            found.append((str(path), stat.st_mtime_ns, stat.st_size))
    return tuple(found)


def _read(path: Path, encoding: str) -> list[msc_sci.Work]:
    """Read *path*: UTF-8 as :func:`msc_sci.read_bibliography` does, or in *encoding*."""
    if codecs.lookup(encoding).name in ("utf-8", "utf-8-sig"):
        return msc_sci.read_bibliography(path, errors="warn")
    text = path.read_text(encoding=encoding)
    return msc_sci.parse_bibliography(text, format=path.suffix, errors="warn")


def read_bibfiles(app: Sphinx) -> dict[str, msc_sci.Work]:
    """Return the works of every file of ``bibtex_bibfiles`` by key, in file order.

    Each problem becomes a warning located at its file and line: ``msc_sci.bibfile`` for
    a missing or unreadable file or a bad entry, ``msc_sci.duplicate`` for a key used
    twice (the first wins).
    """
    works: dict[str, msc_sci.Work] = {}
    where: dict[str, str] = {}
    conf_path = Path(app.confdir, "conf.py")
    conf = file_location(conf_path, line_of(conf_path, r"^\s*bibtex_bibfiles\b"))
    for path in _paths(app):
        if not path.is_file():
            warn(f"could not open bibtex file {path}", subtype="bibfile", location=conf)
            continue
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", msc_sci.BibliographyWarning)
            try:
                found = _read(path, app.config.bibtex_encoding)
            except (msc_sci.MscSciError, OSError, UnicodeDecodeError, LookupError) as exc:
                warn(f"could not read bibtex file {path}: {exc}", subtype="bibfile", location=conf)
                continue
        for caught_warning in caught:
            problem = caught_warning.message
            if not isinstance(problem, msc_sci.BibliographyWarning):
                continue
            duplicate = problem.reason.startswith("duplicate")
            who = f"{problem.key}: " if problem.key else ""
            field = f"{problem.field}: " if problem.field else ""
            warn(
                f"{who}{field}{problem.reason}",
                subtype="duplicate" if duplicate else "bibfile",
                location=file_location(path, problem.line),
            )
        for work in found:
            if work.id in works:
                warn(
                    f"duplicate key {work.id!r}, also in {where[work.id]}; the first is used",
                    subtype="duplicate",
                    location=file_location(path, _key_line(path, work.id)),
                )
                continue
            works[work.id] = work
            where[work.id] = str(path)
    return works


def _check(app: Sphinx, env: BuildEnvironment, *args: Any) -> list[str]:
    """Read the files again if they changed since they were last read."""
    domain = cite_domain(env)
    signature = _signature(_paths(app))
    if signature != domain.data.get("bibfiles"):
        domain.data["works"] = read_bibfiles(app)
        domain.data["bibfiles"] = signature
        domain.data["dirty"] = True
    return []


def setup(app: Sphinx) -> None:
    """Check the files before each build reads its documents.

    Args:
        app: The Sphinx application.
    """
    app.connect("env-get-outdated", _check)
