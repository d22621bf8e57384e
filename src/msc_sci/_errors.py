"""The exceptions msc_sci raises.

Every error the package raises on bad input is an :class:`MscSciError`::

    MscSciError
    ├── RecordError (ValueError)          a record or its data is invalid
    │   └── ReferenceDataError            a file under references/ is invalid
    ├── InputError (OSError)              an input file cannot be read as text
    ├── UnknownNameError (LookupError)    a name that is not in a registry
    │   ├── UnknownAudienceError          a summary audience
    │   ├── UnknownFormatError            an output or export format
    │   ├── UnknownLabelError             a citation locator label
    │   ├── UnknownLengthError            a summary length
    │   ├── UnknownLocaleError            a citation locale
    │   ├── UnknownSpeakerError           a speaker no quote or person in the registry has
    │   └── UnknownStyleError             a citation style
    ├── StyleError (ValueError)           a citation style file cannot be used
    ├── ExportError (ValueError)          a work cannot be written in an export format
    ├── BibliographyError (ValueError)    a bibliography file has bad entries
    └── OnlineError (OSError)             an online service cannot be reached or read

Bad entries of a bibliography file are each a :class:`BibliographyWarning`, a
:class:`UserWarning`: issued as warnings with ``errors="warn"``, else collected in one
:class:`BibliographyError`.

Subclasses of builtin errors let callers that already catch ``ValueError`` or
``LookupError`` keep working. Messages show at most a few hundred characters of any
value (see :func:`shown`), however long or deeply nested the value is; the error's
attributes keep the whole value.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = [
    "BibliographyError",
    "BibliographyWarning",
    "ExportError",
    "InputError",
    "MscSciError",
    "OnlineError",
    "RecordError",
    "ReferenceDataError",
    "StyleError",
    "UnknownAudienceError",
    "UnknownFormatError",
    "UnknownLabelError",
    "UnknownLengthError",
    "UnknownLocaleError",
    "UnknownNameError",
    "UnknownSpeakerError",
    "UnknownStyleError",
]

_UNSET: object = object()

#: How many characters of a value a message shows at most.
SHOWN_CHARACTERS = 200
#: Names longer than this are never close to a known name: no suggestions are sought.
_SUGGEST_UP_TO = 100


def shown(value: object, limit: int = SHOWN_CHARACTERS) -> str:
    """Return ``repr(value)`` for a message, cut to about *limit* characters.

    Safe for any value: a 10 MB string, an integer of a million digits and a list
    nested 100,000 deep each come out short, without the cost of a full ``repr``.

    >>> shown("a" * 1000, limit=20)
    "'aaaaaaa...aaaaaaaa'"
    >>> shown(10**5000)
    '<an integer of 5001 digits>'
    """
    import reprlib  # here, not at the top: the CLI imports this module on every run

    class _Repr(reprlib.Repr):
        def repr_int(self, x: int, level: int) -> str:
            if abs(x).bit_length() > 4 * limit:
                return f"<an integer of {_digits(x)} digits>"
            return super().repr_int(x, level)

    cutter = _Repr()
    cutter.maxlevel = 3
    cutter.maxstring = cutter.maxlong = cutter.maxother = limit
    cutter.maxlist = cutter.maxtuple = cutter.maxdict = cutter.maxset = 10
    text = cutter.repr(value)
    return text if len(text) <= limit + 20 else text[:limit] + "..."


def _digits(number: int) -> int:
    """Return how many decimal digits *number* has, without converting it to text."""
    number = abs(number)
    estimate = int(number.bit_length() * 0.30102999566398120) + 1
    return estimate if number >= 10 ** (estimate - 1) else estimate - 1


def cut(text: str, limit: int = SHOWN_CHARACTERS) -> str:
    """Return *text* cut to *limit* characters, marking the cut, with unprintables escaped.

    >>> cut("abcdef", limit=4)
    'abcd...'
    >>> print(cut("a\\nb\\ud800"))
    a\\nb\\ud800
    """
    text = text if len(text) <= limit else text[:limit] + "..."
    if text.isprintable():
        return text
    return "".join(char if char.isprintable() else repr(char)[1:-1] for char in text)


class MscSciError(Exception):
    """The root of every error msc_sci raises on bad input.

    Catch this to handle any failure of the package's API or data.
    """


class RecordError(MscSciError, ValueError):
    """Raised when a record, or data meant to become one, is invalid.

    Attributes:
        reason: What is wrong, without the location.
        path: The file the data came from, or ``None`` for data given in code.
        field: The dotted location of the bad value inside the data, e.g.
            ``author[2].family``, or ``None`` when the whole value is wrong.
        value: The offending value (``None`` when it was missing).
    """

    def __init__(
        self,
        reason: str,
        *,
        path: str | None = None,
        field: str | None = None,
        value: object = _UNSET,
    ) -> None:
        self.reason = reason
        self.path = path
        self.field = field
        self.value = None if value is _UNSET else value
        self._has_value = value is not _UNSET
        #: Set once the error carries its full location, so outer readers keep it.
        self.located = False
        super().__init__(self._message())

    def _message(self) -> str:
        where = [cut(part) for part in (self.path, self.field) if part]
        value = f"{shown(self.value)}: " if self._has_value and self.value is not None else ""
        prefix = ": ".join(where)
        return f"{prefix}: {value}{self.reason}" if prefix else f"{value}{self.reason}"

    def moved(self, *, path: str | None = None, prefix: str | None = None) -> RecordError:
        """Return a copy placed in *path* with *prefix* put before its field."""
        field = self.field
        if prefix:
            field = (
                prefix if not field else f"{prefix}{'' if field.startswith('[') else '.'}{field}"
            )
        value = self.value if self._has_value else _UNSET
        cls = ReferenceDataError if path or isinstance(self, ReferenceDataError) else RecordError
        return cls(self.reason, path=path or self.path, field=field, value=value)

    def __reduce__(self) -> tuple[object, ...]:
        return (
            _rebuild,
            (type(self), self.reason, self.path, self.field, self.value, self._has_value),
        )


def _rebuild(
    cls: type[RecordError],
    reason: str,
    path: str | None,
    field: str | None,
    value: object,
    has_value: bool,
) -> RecordError:
    return cls(reason, path=path, field=field, value=value if has_value else _UNSET)


class ReferenceDataError(RecordError):
    """Raised when a file under ``references/`` cannot be loaded.

    The message starts with the file, then the field, e.g.
    ``references/people.toml: people[3].orcid: '0000-01': not an ORCID iD``.
    """


class UnknownNameError(MscSciError, LookupError):
    """Raised when a name is not among the known ones.

    Attributes:
        name: The name asked for.
        kind: What sort of name it is, e.g. ``"format"``.
        known: The names that would have worked.
        suggestions: The known names closest to *name*, best first.
    """

    def __init__(self, name: str, *, kind: str, known: Iterable[str]) -> None:
        self.name = name
        self.kind = kind
        import difflib  # here, not at the top: the CLI imports this module on every run

        self.known = tuple(sorted(set(known)))
        self.suggestions = (
            tuple(difflib.get_close_matches(name.lower(), self.known, n=3, cutoff=0.6))
            if len(name) <= _SUGGEST_UP_TO
            else ()
        )
        if self.suggestions:
            hint = "did you mean " + " or ".join(repr(s) for s in self.suggestions) + "?"
        elif len(self.known) <= 12:
            hint = "known: " + ", ".join(self.known)
        else:
            hint = f"{len(self.known)} are known"
        super().__init__(f"unknown {kind} {shown(name)}; {hint}")

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_unknown, (type(self), self.name, self.kind, self.known))


def _rebuild_unknown(
    cls: type[UnknownNameError], name: str, kind: str, known: tuple[str, ...]
) -> UnknownNameError:
    return cls(name, kind=kind, known=known)


class UnknownFormatError(UnknownNameError):
    """Raised when an output or export format name is not known."""

    def __init__(self, name: str, *, known: Iterable[str], kind: str = "format") -> None:
        super().__init__(name, kind=kind, known=known)


class UnknownLabelError(UnknownNameError):
    """Raised when a locator label is not a CSL locator term (see :class:`msc_sci.CiteItem`).

    The message suggests the closest labels and lists every known one:

    >>> str(UnknownLabelError("pg", known=["page", "figure"]))
    "unknown locator label 'pg'; did you mean 'page'? known: figure, page"

    .. versionadded:: 0.2.0
    """

    def __init__(self, name: str, *, known: Iterable[str], kind: str = "locator label") -> None:
        super().__init__(name, kind=kind, known=known)
        hint = ""
        if self.suggestions:
            hint = "did you mean " + " or ".join(map(repr, self.suggestions)) + "? "
        self.args = (f"unknown {kind} {shown(name)}; {hint}known: {', '.join(self.known)}",)


class UnknownAudienceError(UnknownNameError):
    """Raised when a summary audience is not known (see :func:`msc_sci.summarize`)."""

    def __init__(self, name: str, *, known: Iterable[str], kind: str = "audience") -> None:
        super().__init__(name, kind=kind, known=known)


class UnknownLengthError(UnknownNameError):
    """Raised when a summary length is not known (see :func:`msc_sci.summarize`)."""

    def __init__(self, name: str, *, known: Iterable[str], kind: str = "length") -> None:
        super().__init__(name, kind=kind, known=known)


class UnknownSpeakerError(UnknownNameError):
    """Raised when a speaker's name matches no person or entity in the registry.

    The message suggests the closest known names, whatever their case, e.g.
    ``unknown speaker 'Stephen Waxmen'; did you mean 'Stephen G. Waxman'?``.
    """

    def __init__(self, name: str, *, known: Iterable[str], kind: str = "speaker") -> None:
        import difflib  # here, not at the top: the CLI imports this module on every run

        super().__init__(name, kind=kind, known=known)
        lowered = {k.lower(): k for k in self.known}
        close = (
            difflib.get_close_matches(name.lower(), lowered, n=3, cutoff=0.6)
            if len(name) <= _SUGGEST_UP_TO
            else []
        )
        self.suggestions = tuple(lowered[match] for match in close)
        if self.suggestions:
            hint = " or ".join(repr(s) for s in self.suggestions)
            self.args = (f"unknown {kind} {shown(name)}; did you mean {hint}?",)


class InputError(MscSciError, OSError):
    """Raised when an input file (an article to check or search for quotes) cannot be read as text.

    Attributes:
        path: The file.
        reason: Why it cannot be read.
        decoding: Whether the file was read but is not UTF-8 text (else it could not be
            opened or read at all).
    """

    def __init__(self, reason: str, *, path: str, decoding: bool = True) -> None:
        self.reason = reason
        self.path = path
        self.decoding = decoding
        what = "cannot be read as UTF-8 text" if decoding else "cannot be read"
        super().__init__(f"{cut(path)}: {what}: {reason}")

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_input, (type(self), self.reason, self.path, self.decoding))


def _rebuild_input(cls: type[InputError], reason: str, path: str, decoding: bool) -> InputError:
    return cls(reason, path=path, decoding=decoding)


class UnknownLocaleError(UnknownNameError):
    """Raised when a citation locale is not a locale name CSL knows, e.g. ``"de-DE"``.

    A locale is a name, never a path: ``"en-/../../x"`` is refused too.

    >>> str(UnknownLocaleError("en-/x", known=["en-US", "de-DE"]))
    "unknown locale 'en-/x'; did you mean 'en-US'?"

    .. versionadded:: 0.1.0
    """

    def __init__(self, name: str, *, known: Iterable[str], kind: str = "locale") -> None:
        super().__init__(name, kind=kind, known=known)


class UnknownStyleError(UnknownNameError):
    """Raised when a citation style name is neither bundled nor a readable file."""

    def __init__(self, name: str, *, known: Iterable[str], kind: str = "style") -> None:
        super().__init__(name, kind=kind, known=known)


class StyleError(MscSciError, ValueError):
    """Raised when a citation style exists but cannot be used.

    Attributes:
        reason: What is wrong with the style.
        style: The style name or path.
    """

    def __init__(self, reason: str, *, style: str) -> None:
        self.reason = reason
        self.style = style
        super().__init__(f"style {shown(style)}: {reason}")

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_style, (type(self), self.reason, self.style))


def _rebuild_style(cls: type[StyleError], reason: str, style: str) -> StyleError:
    return cls(reason, style=style)


class ExportError(MscSciError, ValueError):
    """Raised when a work cannot be written in an export format.

    Attributes:
        reason: What is wrong, without the location.
        format: The export format, e.g. ``"bibtex"``.
        field: The field that cannot be written, or ``""``.
        value: The offending value.

    .. versionadded:: 0.1.0
    """

    def __init__(self, reason: str, *, format: str, field: str = "", value: object = None) -> None:
        self.reason = reason
        self.format = format
        self.field = field
        self.value = value
        where = f"{format}: {field}" if field else format
        text = shown(value, limit=60)
        super().__init__(
            f"{where}: {text}: {reason}" if value is not None else f"{where}: {reason}"
        )

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_export, (type(self), self.reason, self.format, self.field, self.value))


def _rebuild_export(
    cls: type[ExportError], reason: str, format: str, field: str, value: object
) -> ExportError:
    return cls(reason, format=format, field=field, value=value)


class OnlineError(MscSciError, OSError):
    """Raised when an online service cannot be reached, or answers with something unusable.

    Attributes:
        reason: What went wrong.
        url: The address asked for.

    .. versionadded:: 0.1.0
    """

    def __init__(self, reason: str, *, url: str) -> None:
        self.reason = reason
        self.url = url
        super().__init__(f"{cut(url)}: {reason}" if url else reason)

    def __str__(self) -> str:
        return f"{cut(self.url)}: {self.reason}" if self.url else self.reason

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_online, (type(self), self.reason, self.url))


def _rebuild_online(cls: type[OnlineError], reason: str, url: str) -> OnlineError:
    return cls(reason, url=url)


class BibliographyWarning(UserWarning):
    """One bad entry of a bibliography file: where it is and what is wrong.

    :func:`msc_sci.read_bibliography` with ``errors="warn"`` issues one of these for each
    entry it skips; with ``errors="raise"`` it collects them in a
    :class:`BibliographyError`.
    Filter them with the ``warnings`` module like any warning.

    Attributes:
        reason: What is wrong, without the location.
        path: The file, or ``None`` for text given in code.
        line: The line the entry (or the fault) starts on, counting from 1, or ``None``.
        key: The entry's key, or ``None`` when it has none.
        field: The field at fault, as the file names it (``year``, ``author``,
            ``issued.date-parts[0][1]``), or ``None`` for the whole entry.

    >>> str(BibliographyWarning("not a year", path="refs.bib", line=3, key="doe", field="year"))
    'refs.bib:3: doe: year: not a year'

    .. versionadded:: 0.1.0
    """

    def __init__(
        self,
        reason: str,
        *,
        path: str | None = None,
        line: int | None = None,
        key: str | None = None,
        field: str | None = None,
    ) -> None:
        self.reason = reason
        self.path = path
        self.line = line
        self.key = key
        self.field = field
        super().__init__(self._message())

    def _message(self) -> str:
        where = self.path or "<string>"
        if self.line is not None:
            where += f":{self.line}"
        parts = [where, *(part for part in (self.key, self.field) if part), self.reason]
        return ": ".join(parts)

    def __reduce__(self) -> tuple[object, ...]:
        return (
            _rebuild_bibliography_warning,
            (type(self), self.reason, self.path, self.line, self.key, self.field),
        )


def _rebuild_bibliography_warning(
    cls: type[BibliographyWarning],
    reason: str,
    path: str | None,
    line: int | None,
    key: str | None,
    field: str | None,
) -> BibliographyWarning:
    return cls(reason, path=path, line=line, key=key, field=field)


class BibliographyError(MscSciError, ValueError):
    """Raised when a bibliography file has bad entries, listing every one of them.

    Attributes:
        path: The file, or ``None`` for text given in code.
        problems: Each bad entry, in file order, as the :class:`BibliographyWarning`
            that ``errors="warn"`` would issue.

    >>> error = BibliographyError([BibliographyWarning("no key", path="a.bib", line=2)],
    ...                           path="a.bib")
    >>> str(error)
    'a.bib:2: no key'

    .. versionadded:: 0.1.0
    """

    def __init__(self, problems: Iterable[BibliographyWarning], *, path: str | None = None) -> None:
        self.problems = tuple(problems)
        self.path = path
        if len(self.problems) == 1:
            message = str(self.problems[0])
        else:
            lines = "".join(f"\n  {problem}" for problem in self.problems)
            message = f"{path or '<string>'}: {len(self.problems)} bad entries:{lines}"
        super().__init__(message)

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_bibliography, (type(self), self.problems, self.path))


def _rebuild_bibliography(
    cls: type[BibliographyError], problems: tuple[BibliographyWarning, ...], path: str | None
) -> BibliographyError:
    return cls(problems, path=path)
