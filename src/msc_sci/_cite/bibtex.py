"""BibTeX styles: BibTeX's classic styles through pybtex, and any ``.bst`` file.

:class:`BibtexStyle` gives BibTeX styles the API of CSL styles, so that
``msc_sci.Style("bibtex:plain")`` and ``msc_sci.cite(style="bibtex:alpha")`` work:

- ``bibtex:plain``, ``bibtex:unsrt``, ``bibtex:alpha`` and ``bibtex:unsrtalpha`` are
  pybtex's Python re-implementations of BibTeX's standard styles;
- ``bibtex:/path/to/style.bst`` runs a ``.bst`` file in pybtex's interpreter of the
  BibTeX language (``pybtex.bibtex``), as ``bibtex`` itself would. A ``.bst`` file is
  code, so it runs in a child process with time and memory limits
  (:mod:`msc_sci._cite._bst`).

Only ``http``, ``https`` and ``ftp`` URLs and DOIs become links, percent-encoded and
escaped for the format (:mod:`msc_sci._cite._links`); a URL with another scheme is left
out, with a warning.

Records go into pybtex through ``msc_sci._bibtex.entry.build_entry()``, the same
conversion the BibTeX export uses, so the export and the styles never disagree.

Output formats are pybtex's backends, ``text``, ``html``, ``markdown`` and ``latex``,
plus ``rst``, written here as the CSL ``rst`` format writes it (pybtex has no
reStructuredText backend).

.. rubric:: Missing fields

pybtex stops the whole bibliography when an entry lacks a field its style requires.
Here the entry is formatted without it, as ``bibtex`` does: the field is left out, and
so is a phrase built around it (``In ...`` without a book title).
The result's ``Bibliography.warnings`` says what was
missing, e.g. ``"x: missing field 'journal' (required by bibtex:plain for @article;
CSL-JSON: container-title)"``.
With ``strict=True`` a missing field raises ``msc_sci.RecordError`` instead.
What else pybtex reports, or a ``.bst`` style prints, becomes a warning too;
nothing is ever written to stdout or stderr.

.. rubric:: Differences from real BibTeX

``.bst`` styles run in pybtex's interpreter of the BibTeX language.
For the study, a book, an incomplete article and an article full of LaTeX specials,
particles and an organisation, the entries, labels and missing-field warnings are the
same as those of Debian's ``bibtex`` with TeX Live's ``plain.bst``, ``unsrt.bst`` and
``alpha.bst``, after collapsing whitespace (``bibtex`` wraps lines at 79 columns);
``tests/cite/test_bibtex.py`` checks this whenever ``bibtex`` is installed.
The works reach the interpreter as the ``.bib`` text the BibTeX export writes: pybtex's
own BibTeX writer doubles backslashes (``\\&``) in quoted values.

pybtex's *Python* styles (``bibtex:plain`` and the others) re-implement the classic
styles, and differ from the ``.bst`` files they imitate:

- ``doi``, ``url`` and ``eprint`` are printed, as links; the classic ``.bst`` files
  ignore them;
- LaTeX output emphasises with ``\\emph{...}`` where the ``.bst`` files write
  ``{\\em ...}``;
- the sort key is built differently (names with particles, braces or non-ASCII letters
  sort apart), so in a long list the ``[n]`` numbers of ``plain`` can differ from
  ``plain.bst``'s;
- ``alpha`` labels: a braced or corporate name gives its whole text
  (``GarciaMarquez21``, ``InternationalSfSCResearch03``) where ``alpha.bst`` gives its
  first letters (``Gar21``, ``Int03``); elided authors are marked ``+``
  (``HYM+21``) where ``alpha.bst`` writes ``HYM{\\etalchar{+}}21``;
- required fields differ a little: ``plain.bst`` wants a ``publisher`` for
  ``@incollection`` and reports a book without names as ``author and editor``;
- ``unsrtalpha`` has no ``.bst`` file in TeX Live's base set; it is pybtex's own.

pybtex's LaTeX backend writes a backslash in the data as ``{\\}``, which unbalances
the braces; here the Python styles' text is escaped as the BibTeX export escapes it
(``{\\textbackslash}``, ``\\$``, ``{\\textasciitilde}``), in every format's own way.

For formats other than ``latex``, the LaTeX a ``.bst`` style writes is turned into rich
text: ``\\newblock`` becomes a space, ``{\\em ...}`` and ``\\emph{...}`` emphasis,
``~`` a no-break space, ``--`` an en dash and ``\\&``-style escapes their character.
Other LaTeX commands are kept as written.

>>> import msc_sci
>>> style = BibtexStyle("plain")
>>> style.citation([msc_sci.study()])
'[1]'

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import calendar
import contextlib
import re
import threading
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from msc_sci._cite._bibliography import Bibliography
from msc_sci._errors import RecordError, StyleError, UnknownFormatError, UnknownStyleError
from msc_sci._records import Work

if TYPE_CHECKING:
    from pybtex.database import Entry
    from pybtex.richtext import BaseText

__all__ = ["FORMATS", "BibtexStyle", "builtin_names"]

#: The output formats, and the pybtex backend that writes each (``rst`` is our own).
FORMATS: Mapping[str, str] = {
    "html": "html",
    "latex": "latex",
    "markdown": "markdown",
    "rst": "rst",
    "text": "plaintext",
}

_BUILTIN = ("plain", "unsrt", "alpha", "unsrtalpha")
_PREFIX = "bibtex:"
# Where a template records the fields it found missing, in the formatting context.
_MISSING = "msc_sci.missing"


def builtin_names() -> tuple[str, ...]:
    """Return the names of the built-in BibTeX styles, for ``msc-sci styles``.

    .. versionadded:: 0.1.0

    >>> builtin_names()
    ('bibtex:plain', 'bibtex:unsrt', 'bibtex:alpha', 'bibtex:unsrtalpha')
    """
    return tuple(_PREFIX + name for name in _BUILTIN)


class BibtexStyle:
    """A BibTeX style: one of pybtex's Python styles, or a ``.bst`` file.

    Args:
        spec: What follows ``bibtex:`` in a style name: ``plain``, ``unsrt``,
            ``alpha``, ``unsrtalpha``, or the path of a ``.bst`` file.
        locale: BibTeX styles are English only: ``None`` or an ``en`` locale.
        strict: Raise ``msc_sci.RecordError`` on a missing field instead of
            formatting without it and warning.

    Attributes:
        name: The style's full name, e.g. ``"bibtex:plain"``.
        path: The ``.bst`` file, or ``None`` for a built-in style.
        strict: Whether a missing field raises.

    Raises:
        UnknownStyleError: When *spec* is neither a built-in style nor a ``.bst`` file name.
        StyleError: When the ``.bst`` file is not found, is not a file, or cannot be read
            or parsed, or the locale is not English.

    .. versionadded:: 0.1.0

    >>> import msc_sci
    >>> BibtexStyle("alpha").citation([msc_sci.study()])
    '[HYM+21]'
    """

    def __init__(self, spec: str, *, locale: str | None = None, strict: bool = False) -> None:
        from msc_sci._cite._locales import check_locale

        if not isinstance(spec, str):
            raise TypeError(f"a BibTeX style is a name or a path, not {type(spec).__name__}")
        spec = spec.removeprefix(_PREFIX)
        self.name = _PREFIX + spec
        self.strict = strict
        tag = check_locale(locale)
        if tag is not None and tag.split("-")[0].lower() != "en":
            raise StyleError(
                f"BibTeX styles are English only; got locale {locale!r} (expected en or en-*)",
                style=self.name,
            )
        self.path: Path | None = None
        self._bst: str | None = None
        if spec in _BUILTIN:
            return
        if not spec.lower().endswith(".bst"):
            raise UnknownStyleError(self.name, known=builtin_names())
        from msc_sci._cite._names import style_file

        path = style_file(spec)
        self.path = path
        self._bst = _read_bst(path, self.name)

    def __repr__(self) -> str:
        return f"BibtexStyle({self.name.removeprefix(_PREFIX)!r}, strict={self.strict!r})"

    def bibliography(
        self, works: Iterable[Work | Mapping[str, Any]], *, format: str = "text"
    ) -> Bibliography:
        """Format *works* as a bibliography, in the style's order.

        Args:
            works: Works, or CSL-JSON items.
            format: ``text``, ``html``, ``markdown`` or ``latex``.

        Returns:
            The entries (without their labels), with a warning for each missing field.

        Raises:
            RecordError: When a work is invalid or cannot be formatted, or, with
                ``strict=True``, lacks a field the style requires.
            UnknownFormatError: When *format* is not known.

        >>> import msc_sci
        >>> entries = BibtexStyle("plain").bibliography([msc_sci.study()])
        >>> entries[0][:40], entries.warnings
        ('Osamu Honmou, Toshihiko Yamashita, Tomon', ())
        """
        formatted, warnings, _ = self._format(works, format)
        return Bibliography((text for _, _, text in formatted), warnings=warnings)

    def citation(self, works: Iterable[Work | Mapping[str, Any]], *, format: str = "text") -> str:
        """Return the in-text citation of *works*: their labels, e.g. ``[1, 2]``.

        The labels are those the works get in their bibliography, in the order given.

        >>> import msc_sci
        >>> BibtexStyle("unsrt").citation([msc_sci.study()], format="html")
        '[1]'
        """
        formatted, _, keys = self._format(works, format)
        labels = {key: label for key, label, _ in formatted}
        # A work the style leaves out shows as LaTeX shows an undefined citation.
        return "[" + ", ".join(labels.get(key, "?") for key in keys) + "]"

    # -- implementation -------------------------------------------------------------------

    def _format(
        self, works: Iterable[Work | Mapping[str, Any]], format: str
    ) -> tuple[list[tuple[str, str, str]], list[str], list[str]]:
        """Return ``(key, label, entry)`` in the style's order, the warnings, the keys cited."""
        backend_name = FORMATS.get(format)
        if backend_name is None:
            raise UnknownFormatError(format, known=FORMATS)
        warnings: list[str] = []
        with _reported() as reported:
            entries, cited = _entries(works, warnings)
            if self._bst is None:
                result = self._format_python(entries, backend_name, warnings)
        messages = [str(error) for error in reported]
        if self._bst is not None:  # user code: run without the lock, in a child process
            result = self._format_bst(entries, cited, backend_name, warnings, messages)
        printed = (" ".join(message.split()) for message in messages)
        warnings.extend(f"{self.name}: {message}" for message in printed if message)
        return result, warnings, list(entries)

    def _missing(self, key: str, field: str, entry_type: str, warnings: list[str]) -> None:
        """Warn that work *key* lacks *field*, or raise when strict."""
        csl = _CSL_NAMES.get(field)
        hint = f"; CSL-JSON: {csl}" if csl and csl != field else ""
        if self.strict:
            raise RecordError(
                f"work {key!r} lacks field {field!r}, which {self.name} requires for"
                f" @{entry_type}{hint}",
                field=field,
            )
        warnings.append(
            f"{key}: missing field {field!r} (required by {self.name} for @{entry_type}{hint})"
        )

    def _format_python(
        self, entries: dict[str, Entry], backend_name: str, warnings: list[str]
    ) -> list[tuple[str, str, str]]:
        from pybtex.database import BibliographyData
        from pybtex.exceptions import PybtexError
        from pybtex.plugin import find_plugin

        style_name = self.name.removeprefix(_PREFIX)
        backend = _backend(backend_name)
        try:
            style = find_plugin("pybtex.style.formatting", style_name)()
            ordered = style.sort(list(BibliographyData(entries).entries.values()))
            labels = list(style.format_labels(ordered))
        except PybtexError as exc:
            raise RecordError(f"{self.name} cannot sort or label these works: {exc}") from exc
        result = []
        for label, entry in zip(labels, ordered, strict=True):
            try:
                template = getattr(style, f"get_{entry.type}_template")(entry)
            except AttributeError as exc:
                raise RecordError(
                    f"{self.name} has no template for @{entry.type}", value=entry.key
                ) from exc
            context: dict[str, Any] = {"entry": entry, "style": style, _MISSING: []}
            try:
                text = _lenient(template).format_data(context)
            except PybtexError as exc:
                raise RecordError(
                    f"{self.name} cannot format this work: {exc}", value=entry.key
                ) from exc
            for field in dict.fromkeys(context[_MISSING]):
                self._missing(entry.key, field, entry.type, warnings)
            text = _unescaped(text)
            result.append((entry.key, _render_label(label, backend), text.render(backend)))
        return result

    def _format_bst(
        self,
        entries: dict[str, Entry],
        cited: dict[str, Work],
        backend_name: str,
        warnings: list[str],
        messages: list[str],
    ) -> list[tuple[str, str, str]]:
        from msc_sci._bibtex.entry import build_entry, write_entry
        from msc_sci._cite import _bst

        assert self._bst is not None
        # The .bib the BibTeX export writes (pybtex's own writer doubles backslashes).
        bib = "\n".join(
            write_entry(*build_entry(work, dialect="bibtex", ascii_only=False), dialect="bibtex")
            for work in cited.values()
        )
        bbl, printed = _bst.run(self._bst, bib, list(entries), style=self.name)
        for message in printed:
            match = _BST_EMPTY.match(message)
            if match is None:
                messages.append(message)
                continue
            key = match["key"]
            entry_type = entries[key].type if key in entries else "misc"
            self._missing(key, match["field"], entry_type, warnings)
        backend = _backend(backend_name)
        result = []
        for position, (label, key, body) in enumerate(_bibitems(bbl), start=1):
            shown = label if label is not None else str(position)
            if backend_name == "latex":
                result.append((key, shown, body))
            else:
                text = _SPACES.sub(" ", _from_bbl(body).render(backend))
                result.append((key, _from_bbl(shown).render(backend), text))
        return result


# -- helpers -------------------------------------------------------------------------------

_SPACES = re.compile(r"  +")
# BibTeX fields the standard styles require, and the CSL-JSON variables they come from.
_CSL_NAMES = {
    "address": "publisher-place",
    "booktitle": "container-title",
    "chapter": "chapter-number",
    "institution": "publisher",
    "journal": "container-title",
    "month": "issued",
    "number": "number",
    "pages": "page",
    "school": "publisher",
    "year": "issued",
}
_BST_EMPTY = re.compile(r"empty (?P<field>.+?) in (?P<key>\S+)$")
_BIBITEM = re.compile(r"\\bibitem(?:\[(?P<label>(?:[^\]{}]|\{[^{}]*(?:\{[^{}]*\})*[^{}]*\})*)\])?")


def _lenient(template: Any) -> Any:
    """Return a copy of a pybtex template that leaves out missing required fields.

    pybtex's templates raise ``FieldIsMissing`` for a required field, outside an
    ``optional[...]``. In the copy each such field is optional, and a phrase made of
    words and fields (``words["In", ...]``) is dropped as a whole when a field in it is
    missing, as BibTeX's styles do. The missing fields are listed in the context.
    """
    from pybtex.style import template as t

    if not isinstance(template, t.Node):
        return template
    if template.f in (t.optional.f, t.optional_field.f):
        return template
    if template.f in (t.field.f, t.names.f):
        return _dropped()[template]
    if template.f in (t.words.f, t.together.f) and any(
        isinstance(child, str) for child in template.children
    ):
        return _dropped()[template]
    copy = template._clone()
    copy.children = [_lenient(child) for child in template.children]
    return copy


_DROPPED: list[Any] = []


def _dropped() -> Any:
    """Return the template node that formats its children, or nothing when a field is missing."""
    if not _DROPPED:
        from pybtex import richtext
        from pybtex.style.template import FieldIsMissing, Node

        def dropped(children: list[Any], data: dict[str, Any]) -> Any:
            try:
                return richtext.Text(*(child.format_data(data) for child in children))
            except FieldIsMissing as exc:
                data[_MISSING].append(exc.field_name)
                return richtext.Text()

        _DROPPED.append(Node("dropped", dropped))
    return _DROPPED[0]


def _work(item: Work | Mapping[str, Any]) -> Work:
    return item if isinstance(item, Work) else Work.from_csl_json(item)


def _entries(
    works: Iterable[Work | Mapping[str, Any]], warnings: list[str]
) -> tuple[dict[str, Entry], dict[str, Work]]:
    """Convert works to pybtex entries through the BibTeX export.

    Returns the entries and the works as converted, both by citation key in the order
    given.
    A URL is percent-encoded (:func:`msc_sci._cite._links.link_target`), so that no
    style can print it as markup; one that is not ``http``, ``https`` or ``ftp`` is left
    out, with a warning.
    """
    from pybtex.exceptions import PybtexError

    from msc_sci._bibtex.entry import MONTH_MACROS, build_entry, citation_key
    from msc_sci._cite._links import link_target

    entries: dict[str, Entry] = {}
    given: dict[str, Work] = {}
    converted: dict[str, Work] = {}
    for item in works:
        work = _work(item)
        key = citation_key(work.id)
        if key in given:
            if given[key] != work:
                raise RecordError(
                    "two different works have this citation key", field="id", value=key
                )
            continue
        given[key] = work
        if work.url is not None:
            target = link_target(work.url)
            if target is None:
                shown = work.url if len(work.url) <= 60 else work.url[:57] + "..."
                warnings.append(
                    f"{key}: URL {shown!r} left out (only http, https and ftp URLs are printed)"
                )
            if target != work.url:
                work = replace(work, url=target)
        converted[key] = work
        try:
            key, entry = build_entry(work, dialect="bibtex", ascii_only=False)
        except PybtexError as exc:  # e.g. a name pybtex cannot parse
            raise RecordError(f"pybtex cannot read it: {exc}", value=work.id) from exc
        month = entry.fields.get("month")
        if month in MONTH_MACROS:
            # The .bib file holds BibTeX's month macro; expand it as BibTeX's parser does.
            entry.fields["month"] = calendar.month_name[MONTH_MACROS.index(month) + 1]
        entries[key] = entry
    return entries, converted


def _is_file(path: Path) -> bool:
    """Return whether *path* is a file; a name the system cannot look up is not one."""
    try:
        return path.is_file()
    except (OSError, ValueError):  # e.g. a name too long, or with a NUL character
        return False


def _read_bst(path: Path, name: str) -> str:
    """Return the text of the ``.bst`` file at *path*, after checking that pybtex parses it.

    Parsing runs no code of the style; the file's size is capped, so it is quick.
    """
    from pybtex.bibtex import bst
    from pybtex.exceptions import PybtexError

    from msc_sci._cite._bst import MAX_BST_BYTES

    try:
        with path.open("rb") as file:
            data = file.read(MAX_BST_BYTES + 1)
    except OSError as exc:
        raise StyleError(f"cannot read the .bst file ({exc.strerror})", style=name) from exc
    if len(data) > MAX_BST_BYTES:
        raise StyleError(f"the .bst file is larger than {MAX_BST_BYTES:,} bytes", style=name)
    try:
        text = data.decode("utf-8")
        list(bst.parse_string(text))
    except (PybtexError, UnicodeDecodeError) as exc:
        raise StyleError(f"cannot read the .bst file: {exc}", style=name) from exc
    except RecursionError:
        raise StyleError("the .bst file nests braces too deeply", style=name) from None
    return text


# pybtex reports errors through a module global: one formatting at a time.
_PYBTEX_LOCK = threading.RLock()


@contextlib.contextmanager
def _reported() -> Iterator[list[Exception]]:
    """Collect the errors pybtex reports (``pybtex.errors``) instead of raising them.

    Nothing is redirected: pybtex's Python styles print nothing, and a ``.bst`` file,
    which can, runs in a child process (:mod:`msc_sci._cite._bst`).
    """
    import pybtex.errors

    with _PYBTEX_LOCK, pybtex.errors.capture() as captured:
        yield captured


_RST_ROLES = {"em": "emphasis", "i": "emphasis", "strong": "strong", "b": "strong"}


def _backend(name: str) -> Any:
    """Return the pybtex backend *name* (``rst``: our own), writing only safe links.

    Every backend links only what :func:`msc_sci._cite._links.link_target` allows, and
    writes the URL escaped for its format (pybtex's own write it as given).
    """
    from pybtex.backends import BaseBackend
    from pybtex.plugin import find_plugin

    from msc_sci._cite import _links

    if name == "latex":
        from msc_sci._bibtex.latex import ESCAPES

        class Latex(find_plugin("pybtex.backends", "latex")):  # type: ignore[misc]
            """pybtex's LaTeX, escaping text as the BibTeX export does.

            pybtex's own writes a backslash as ``\\`` (``{\\}`` breaks the braces).
            """

            def format_str(self, text: str) -> str:
                return "".join(ESCAPES.get(char, char) for char in text)

            def format_href(self, url: str, text: str, external: bool = False) -> str:
                return _links.latex_link(url, text, shown=text == self.format_str(url))

        return Latex()
    if name == "html":

        class Html(find_plugin("pybtex.backends", "html")):  # type: ignore[misc]
            """pybtex's HTML, with the link target escaped."""

            def format_href(self, url: str, text: str, external: bool = False) -> str:
                return _links.html_href(url, text)

        return Html()
    if name == "markdown":
        from msc_sci._cite._formats import markdown

        class Markdown(find_plugin("pybtex.backends", "markdown")):  # type: ignore[misc]
            """pybtex's Markdown on one line, escaped as the CSL ``markdown`` format is."""

            symbols: ClassVar[dict[str, str]] = {
                "ndash": "\u2013",
                "newblock": " ",
                "nbsp": "\u00a0",
            }

            def format_str(self, text: str) -> str:
                return markdown.escape(text)

            def format_href(self, url: str, text: str, external: bool = False) -> str:
                target = _links.link_target(url)
                if target is not None and text == markdown.escape(url):
                    return f"<{target}>"  # the URL itself: one autolink, not a link in one
                return _links.markdown_link(url, text)

        return Markdown()
    if name != "rst":
        return find_plugin("pybtex.backends", name)()  # plain text: links are their text
    from msc_sci._cite._formats import rst

    class Rst(BaseBackend):  # type: ignore[misc]  # pybtex is untyped
        """reStructuredText, escaped and with roles, as the CSL ``rst`` format writes it."""

        default_suffix = ".rst"
        symbols: ClassVar[dict[str, str]] = {
            "ndash": "\u2013",
            "newblock": " ",
            "nbsp": "\u00a0",
        }

        def format_str(self, text: str) -> str:
            return rst.escape(text)

        def format_tag(self, tag_name: str, text: str) -> str:
            role = _RST_ROLES.get(tag_name)
            return f"\\ :{role}:`{text}`\\ " if role and text else text

        def format_href(self, url: str, text: str, external: bool = False) -> str:
            return _links.rst_link(url, text)

        def format_protected(self, text: str) -> str:
            return text

    return Rst()


# The escapes the BibTeX export writes (``msc_sci._bibtex.latex.ESCAPES``), as pybtex's
# ``Text.from_latex`` leaves them in the strings of a Python style's rich text.
_ESCAPED = re.compile(r"\\(text[a-z]+)(?:\{\}| ?)|\\([$#_%&{}])")


def _unescaped(text: Any) -> Any:
    """Return pybtex rich *text* with the export's LaTeX escapes turned back into text.

    Every format then escapes the text its own way, LaTeX included.
    """
    from pybtex.richtext import BaseMultipartText, String

    if isinstance(text, String):
        return String(_ESCAPED.sub(_unescape, text.value))
    if isinstance(text, BaseMultipartText):
        return text._create_similar(_unescaped(part) for part in text.parts)
    return text


def _unescape(match: re.Match[str]) -> str:
    command, escaped = match.groups()
    if escaped is not None:
        return escaped
    return _SYMBOLS.get(command, match.group(0))


def _render_label(label: str, backend: Any) -> str:
    from pybtex.richtext import Text

    rendered: str = Text(label).render(backend)
    return rendered


def _bibitems(bbl: str) -> Iterator[tuple[str | None, str, str]]:
    """Yield ``(label, key, entry)`` for each ``\\bibitem`` of a ``.bbl``."""
    body = bbl.split("\\end{thebibliography}")[0]
    starts = list(_BIBITEM.finditer(body))
    for index, start in enumerate(starts):
        end = starts[index + 1].start() if index + 1 < len(starts) else len(body)
        key, text = _group(body, start.end())
        rest = body[text:end]
        yield start["label"], key, " ".join(rest.split())


def _group(text: str, at: int) -> tuple[str, int]:
    """Return the contents of the brace group at *at* and the index after it."""
    depth = 0
    for index in range(at, len(text)):
        if text[index] == "{":
            depth += 1
        elif text[index] == "}":
            depth -= 1
            if depth == 0:
                return text[at + 1 : index], index + 1
    return text[at + 1 :].strip("{}"), len(text)


_ESCAPES = {"&": "&", "%": "%", "$": "$", "#": "#", "_": "_", "{": "{", "}": "}", " ": " "}
_EMPHASIS = frozenset({"em", "it", "sl"})
_EMPHASIS_ARGUMENT = frozenset({"emph", "textit", "textsl"})
_SYMBOLS = {
    "newblock": " ",
    "textasciicircum": "^",
    "textasciitilde": "~",
    "textbackslash": "\\",
    "textbraceleft": "{",
    "textbraceright": "}",
    "ldots": "\u2026",
    "etalchar": "",
    "relax": "",
    "protect": "",
}
# What TeX's fonts print for these pairs (the export writes "-{}-" for a literal "--").
_LIGATURE = {"---": "\u2014", "--": "\u2013", "``": "\u201c", "''": "\u201d"}
_LIGATURES = re.compile("|".join(map(re.escape, _LIGATURE)))
_TOKEN = re.compile(r"\\([A-Za-z]+)\s*|\\(.)|([{}~])|([^\\{}~]+)", re.DOTALL)


def _from_bbl(latex: str) -> BaseText:
    """Turn the LaTeX a ``.bst`` style writes into pybtex rich text."""
    from pybtex.richtext import String, Tag, Text

    tokens = list(_TOKEN.finditer(latex))
    position = 0

    def group() -> list[Any]:
        """Read up to the end of the current brace group."""
        nonlocal position
        parts: list[Any] = []
        while position < len(tokens):
            match = tokens[position]
            position += 1
            command, escaped, special, plain = match.groups()
            if plain is not None:
                parts.append(String(_LIGATURES.sub(lambda m: _LIGATURE[m.group(0)], plain)))
            elif escaped is not None:
                parts.append(String(_ESCAPES.get(escaped, "\\" + escaped)))
            elif special == "~":
                parts.append(String("\u00a0"))
            elif special == "{":
                parts.append(Text(*group()))
            elif special == "}":
                break
            elif command in _EMPHASIS_ARGUMENT:
                if position < len(tokens) and tokens[position].group(3) == "{":
                    position += 1
                    parts.append(Tag("em", *group()))
            elif command in _EMPHASIS:  # a declaration: the rest of the group
                parts.append(Tag("em", *group()))
                break
            elif command in _SYMBOLS:
                parts.append(String(_SYMBOLS[command]))
            else:
                parts.append(String(match.group(0)))
        return parts

    return Text(*group())
