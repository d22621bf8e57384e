"""Format every citation and bibliography of the project at once, after reading.

A CSL citation depends on the ones before it: numeric styles number works in the order
they are first cited, note styles write ``Ibid.`` or a short form for a work cited
before, author-date styles add ``a``/``b`` to tell works apart. So, once every page has
been read (the ``env-updated`` event, in the main process), this module walks the
citations in document order (the toctree's), gives each key to the bibliography that
lists it (one on the same page first), and formats each bibliography's citations and
entries together with :meth:`msc_sci.Style.citations` and
:meth:`msc_sci.Style.keyed_entries`. The results are kept in the ``cite`` domain for
:mod:`.transforms` to put into the pages; every page that cites is written again, so
editing one page or a ``.bib`` file updates the numbering on all of them.
"""

from __future__ import annotations

import html
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

import msc_sci
from msc_sci._cite._formats import latex
from msc_sci.sphinx.bibtex.domain import CiteDomain, cite_domain
from msc_sci.sphinx.bibtex.filters import FilterError, compile_filter, entry_fields
from msc_sci.sphinx.warnings import warn

__all__ = ["output_format", "resolve", "setup"]

_NARRATIVE = frozenset({"t", "ts", "ct", "cts"})
_AUTHORS = frozenset({"author", "authors", "cauthor", "cauthors", "authorpar", "authorpars"})
_YEARS = frozenset({"year", "yearpar"})
#: What a narrative citation leaves out so that a style prints only the rest: the names
#: and every variable a style substitutes for them.
_STRIP = (
    "author",
    "editor",
    "translator",
    "composer",
    "director",
    "collection-editor",
    "container-author",
    "editorial-director",
    "interviewer",
    "recipient",
    "reviewed-author",
    "title",
    "title-short",
    "container-title",
    "container-title-short",
    "collection-title",
    "publisher",
)


def output_format(builder_format: str) -> str:
    """Return the msc_sci format for a Sphinx builder's format.

    >>> output_format("html"), output_format("latex"), output_format("text")
    ('html', 'latex', 'text')
    """
    return builder_format if builder_format in ("html", "latex") else "text"


def _escape(text: str, fmt: str) -> str:
    if fmt == "html":
        return html.escape(text, quote=False)
    if fmt == "latex":
        return latex.escape(text)
    return text


def _people(item: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    for variable in ("author", "editor", "translator"):
        people = item.get(variable)
        if isinstance(people, list) and people:
            return [person for person in people if isinstance(person, Mapping)]
    return []


def _family(person: Mapping[str, Any]) -> str:
    if person.get("literal"):
        return str(person["literal"])
    particle = person.get("non-dropping-particle")
    family = str(person.get("family") or person.get("given") or "")
    return f"{particle} {family}" if particle else family


def authors_text(item: Mapping[str, Any], *, every: bool = False, capital: bool = False) -> str:
    """Return the authors of a CSL-JSON *item* as a sentence names them.

    One name, two joined by "and", or the first and "et al."; *every* lists them all.

    >>> people = [{"family": "Du", "non-dropping-particle": "de"}, {"family": "Em"},
    ...           {"family": "Fa"}]
    >>> authors_text({"author": people}), authors_text({"author": people}, every=True)
    ('de Du et al.', 'de Du, Em, and Fa')
    >>> authors_text({"author": people[:2]}, capital=True)
    'De Du and Em'
    """
    names = [_family(person) for person in _people(item)]
    if not names:
        text = str(item.get("title-short") or item.get("title") or item.get("id", ""))
    elif len(names) == 1:
        text = names[0]
    elif len(names) == 2:
        text = f"{names[0]} and {names[1]}"
    elif every:
        text = f"{', '.join(names[:-1])}, and {names[-1]}"
    else:
        text = f"{names[0]} et al."
    return text[:1].upper() + text[1:] if capital else text


def year_text(item: Mapping[str, Any]) -> str:
    """Return the year a CSL-JSON *item* was issued, or ``"n.d."``.

    >>> year_text({"issued": {"date-parts": [[2003, 4]]}}), year_text({})
    ('2003', 'n.d.')
    """
    issued = item.get("issued")
    if isinstance(issued, Mapping):
        parts = issued.get("date-parts")
        if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
            return str(parts[0][0])
        if issued.get("literal"):
            return str(issued["literal"])
    return "n.d."


def _affixes(prefix: str, post: str) -> dict[str, Any]:
    """Return the :class:`~msc_sci.CiteItem` options for ``{prefix}key{post}``."""
    from msc_sci.sphinx.roles import _label

    found: dict[str, Any] = {}
    if prefix.strip():
        found["prefix"] = prefix.strip() + " "
    words = post.split()
    if not words:
        return found
    if words[0][0].isdigit():
        found["locator"] = post.strip()
    elif len(words) > 1 and _label(words[0]) is not None:
        found["locator"] = " ".join(words[1:])
        found["label"] = _label(words[0])
    else:
        found["suffix"] = ", " + post.strip()
    return found


@dataclass
class _Bibliography:
    """A ``.. bibliography::`` and the keys it lists (with its key prefix)."""

    record: dict[str, Any]
    members: dict[str, str] = field(default_factory=dict)  # full key -> work key

    @property
    def id(self) -> str:
        return str(self.record["id"])


@dataclass
class _Stream:
    """Citations formatted together: those of one bibliography, or of no bibliography."""

    style: str
    bibliography: _Bibliography | None
    cites: list[tuple[dict[str, Any], list[list[msc_sci.CiteItem]]]] = field(default_factory=list)
    order: list[str] = field(default_factory=list)  # work keys, first cited first


def _doc_order(env: BuildEnvironment) -> list[str]:
    """Return the documents in the order the toctree reads them, then the rest."""
    seen: list[str] = []
    done: set[str] = set()

    def visit(docname: str) -> None:
        if docname in done:
            return
        done.add(docname)
        seen.append(docname)
        for child in env.toctree_includes.get(docname, ()):
            visit(child)

    visit(env.config.root_doc)
    return seen + sorted(set(env.found_docs) - done)


class _Resolver:
    def __init__(self, app: Sphinx, domain: CiteDomain, fmt: str) -> None:
        self.app = app
        self.domain = domain
        self.fmt = fmt
        self.config = app.config
        self.works: dict[str, msc_sci.Work] = domain.data.get("works", {})
        self.items = {key: work.to_csl_json() for key, work in self.works.items()}
        self.order = _doc_order(app.env)
        self.cites = [r for doc in self.order for r in domain.cites.get(doc, ())]
        self.records = [r for doc in self.order for r in domain.bibliographies.get(doc, ())]
        self.styles: dict[tuple[str, str], msc_sci.Style] = {}
        self.rendered: dict[str, Any] = {
            "format": fmt,
            "cites": {},
            "notes": {},
            "targets": {},
            "entries": {},
            "foot": {},
        }

    def style(self, name: str | None, location: Any) -> tuple[str, msc_sci.Style]:
        """Return the style called *name* (or the configured one) and its name."""
        default = self.config.msc_sci_style
        for candidate in (name or default, default, "apa"):
            key = (candidate, self.config.msc_sci_locale)
            if key in self.styles:
                return candidate, self.styles[key]
            try:
                self.styles[key] = msc_sci.Style(candidate, locale=self.config.msc_sci_locale)
            except msc_sci.MscSciError as exc:
                warn(f"bibliography: {exc}", subtype="style", location=location)
                continue
            return candidate, self.styles[key]
        raise AssertionError("APA is always there")  # pragma: no cover

    def cited_docnames(self) -> dict[str, set[str]]:
        found: dict[str, set[str]] = {}
        for record in self.cites:
            if record["foot"]:  # footnote citations have their own footnote entries
                continue
            for key, _, _ in record["keys"]:
                found.setdefault(key, set()).add(record["docname"])
        return found

    def bibliographies(self, cited: dict[str, set[str]]) -> list[_Bibliography]:
        result = []
        fields = {key: entry_fields(item) for key, item in self.items.items()}
        # A key listed twice on a page, with the same label prefix: the same entry twice.
        listed: dict[tuple[str, str, str], dict[str, Any]] = {}
        for record in self.records:
            bibliography = _Bibliography(record)
            location = (record["docname"], record["line"])
            keep = compile_filter(record["filter"])
            prefix = record["keyprefix"]
            extra = set(record["keys"])
            failed = False
            for key, work in self.works.items():
                full = prefix + key
                names: dict[str, object] = {
                    **fields[key],
                    "cited": full in cited,
                    "docname": record["docname"],
                    "docnames": cited.get(full, set()),
                    "cited_docnames": cited.get(full, set()),
                    "key": full,
                    "type": work.type,
                }
                try:
                    chosen = keep(names)
                except FilterError as exc:
                    if not failed:
                        warn(
                            f"bibliography: :filter: {record['filter']!r} fails: {exc}",
                            subtype="filter",
                            location=location,
                        )
                    failed = True
                    chosen = False
                if chosen or key in extra:
                    bibliography.members[full] = key
            for full in bibliography.members:
                first = listed.get((record["docname"], record["labelprefix"], full))
                if first is not None and not (first["list"] or record["list"]):
                    warn(
                        f'duplicate citation for key "{full}" (also listed by the'
                        f" bibliography on line {first['line']})",
                        subtype="duplicate",
                        location=location,
                    )
                else:
                    listed.setdefault((record["docname"], record["labelprefix"], full), record)
            for key in extra - set(self.works):
                warn(f'could not find bibtex key "{key}"', subtype="key", location=location)
            result.append(bibliography)
        return result

    def lookup(self, key: str, docname: str, bibliographies: list[_Bibliography]) -> Any:
        """Return the bibliography listing *key* for *docname*, and the work's key."""
        listing = [b for b in bibliographies if key in b.members]
        for bibliography in listing:
            if bibliography.record["docname"] == docname:
                return bibliography, bibliography.members[key]
        if listing:
            return listing[0], listing[0].members[key]
        if key in self.works:
            return None, key
        for bibliography in bibliographies:
            prefix = bibliography.record["keyprefix"]
            if prefix and key.startswith(prefix) and key[len(prefix) :] in self.works:
                return None, key[len(prefix) :]
        return None, None

    def run(self) -> dict[str, Any]:
        cited = self.cited_docnames()
        bibliographies = self.bibliographies(cited)
        streams: dict[str, _Stream] = {
            b.id: _Stream(self.style(b.record["style"], _where(b.record))[0], b)
            for b in bibliographies
        }
        for record in self.cites:
            if record["foot"]:
                continue
            location = (record["docname"], record["line"])
            found = []
            for key, prefix, post in record["keys"]:
                bibliography, work_key = self.lookup(key, record["docname"], bibliographies)
                if work_key is None:
                    warn(f'could not find bibtex key "{key}"', subtype="key", location=location)
                    continue
                found.append((bibliography, work_key, prefix, post))
            if not found:
                self.rendered["cites"][record["id"]] = _escape(
                    ", ".join(key for key, _, _ in record["keys"]), self.fmt
                )
                continue
            home = found[0][0]
            if home is None:
                stream = streams.setdefault("", _Stream(self.style(None, location)[0], None))
            else:
                stream = streams[home.id]
                anchor = _anchor(home.id, found[0][1])
                self.rendered["targets"][record["id"]] = (home.record["docname"], anchor)
            items = []
            for _, work_key, prefix, post in found:
                try:
                    items.append(msc_sci.CiteItem(self.works[work_key], **_affixes(prefix, post)))
                except msc_sci.MscSciError as exc:
                    warn(f"citation {work_key!r}: {exc}", subtype="key", location=location)
                    items.append(msc_sci.CiteItem(self.works[work_key]))
                if work_key not in stream.order:
                    stream.order.append(work_key)
            split = record["variant"] in _NARRATIVE and not record["note"]
            stream.cites.append((record, [[item] for item in items] if split else [items]))
        for stream in streams.values():
            self.format_stream(stream)
        self.footnotes()
        return self.rendered

    def format_stream(self, stream: _Stream) -> None:
        bibliography = stream.bibliography
        location = _where(bibliography.record) if bibliography else None
        _, style = self.style(stream.style, location)
        members = list(dict.fromkeys(bibliography.members.values())) if bibliography else []
        order = stream.order + [key for key in members if key not in stream.order]
        groups = [group for _, groups in stream.cites for group in groups]
        rest = [self.works[key] for key in members if key not in stream.order]
        try:
            texts = style.citations([*groups, *([rest] if rest else [])], format=self.fmt)
            entries = style.keyed_entries([self.works[key] for key in order], format=self.fmt)
        except msc_sci.MscSciError as exc:
            warn(f"bibliography: {exc}", subtype="style", location=location)
            return
        if bibliography is not None:
            listed = set(members)
            self.rendered["entries"][bibliography.id] = [
                (_anchor(bibliography.id, key), entry) for key, entry in entries if key in listed
            ]
        position = 0
        for record, record_groups in stream.cites:
            parts = texts[position : position + len(record_groups)]
            position += len(record_groups)
            self.write_cite(style, record, record_groups, parts)

    def write_cite(
        self,
        style: msc_sci.Style,
        record: dict[str, Any],
        groups: list[list[msc_sci.CiteItem]],
        texts: list[str],
    ) -> None:
        variant = record["variant"]
        works = [item.work.to_csl_json() for group in groups for item in group]
        every = variant.endswith("s")
        capital = variant.startswith("c")
        out: str
        if record["note"]:
            self.rendered["notes"][record["id"]] = texts[0]
            out = ""
            if variant in _NARRATIVE:
                out = self._join([authors_text(w, every=every, capital=capital) for w in works])
        elif variant in _NARRATIVE:
            out = ", ".join(
                f"{_escape(item.prefix or '', self.fmt)}{self._authors(work, every, capital)}"
                f" {self._rest(style, item, text, work)}"
                for group, text, work in zip(groups, texts, works, strict=True)
                for item in group
            )
        elif variant in _AUTHORS:
            out = self._join([authors_text(w, every=every, capital=capital) for w in works])
            if variant.startswith("authorpar"):
                out = f"({out})"
        elif variant in _YEARS:
            out = ", ".join(_escape(year_text(w), self.fmt) for w in works)
            if variant == "yearpar":
                out = f"({out})"
        elif variant == "empty":
            out = ""
        else:
            out = texts[0]
            if variant.startswith("alp") and out[:1] + out[-1:] in ("()", "[]"):
                out = out[1:-1]
        self.rendered["cites"][record["id"]] = out

    def _authors(self, work: Mapping[str, Any], every: bool, capital: bool) -> str:
        return _escape(authors_text(work, every=every, capital=capital), self.fmt)

    def _join(self, names: list[str]) -> str:
        text = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        return _escape(text, self.fmt)

    def _rest(
        self, style: msc_sci.Style, item: msc_sci.CiteItem, text: str, work: Mapping[str, Any]
    ) -> str:
        """Return the citation *text* without the authors (author-date) or as it is."""
        families = [_family(person) for person in _people(work)]
        if not any(name and name in text for name in families):
            return text
        stripped = {k: v for k, v in work.items() if k not in _STRIP}
        try:
            return style.citation(
                [
                    msc_sci.CiteItem(
                        msc_sci.Work.from_csl_json(stripped),
                        locator=item.locator,
                        label=item.label,
                        suffix=item.suffix,
                    )
                ],
                format=self.fmt,
            )
        except msc_sci.MscSciError:
            return text

    def footnotes(self) -> None:
        """Format the entries of each page's ``:footcite:`` keys, and their authors."""
        _, style = self.style(None, None)
        for docname in self.order:
            records = [r for r in self.domain.cites.get(docname, ()) if r["foot"]]
            keys: list[str] = []
            for record in records:
                for key, _, _ in record["keys"]:
                    if key not in self.works:
                        location = (docname, record["line"])
                        warn(f'could not find bibtex key "{key}"', subtype="key", location=location)
                    elif key not in keys:
                        keys.append(key)
                works = [self.items[key] for key, _, _ in record["keys"] if key in self.items]
                every = record["variant"].endswith("s")
                capital = record["variant"].startswith("c")
                names = [self._authors(work, every, capital) for work in works]
                self.rendered["cites"][record["id"]] = (
                    names[0] if len(names) == 1 else " and ".join(names)
                )
            if not keys:
                continue
            try:
                entries = style.keyed_entries([self.works[key] for key in keys], format=self.fmt)
            except msc_sci.MscSciError as exc:
                warn(f"footbibliography: {exc}", subtype="style", location=docname)
                continue
            for key, entry in entries:
                self.rendered["foot"][f"{docname}#{key}"] = entry


def _where(record: Mapping[str, Any]) -> tuple[str, int]:
    return (str(record["docname"]), int(record["line"]))


def _anchor(bib_id: str, key: str) -> str:
    """Return the id of *key*'s entry in bibliography *bib_id*."""
    serial = bib_id.rpartition("#")[2]
    return nodes.make_id(f"cite-{serial}-{key}") or f"cite-{serial}"


def resolve(app: Sphinx, env: BuildEnvironment) -> dict[str, Any]:
    """Format every citation and bibliography of *env*'s documents for *app*'s builder.

    Returns:
        ``{"format", "cites": {cite id: text}, "notes": {cite id: text},
        "targets": {cite id: (docname, anchor)}, "entries": {bibliography id:
        [(anchor, text)]}, "foot": {"docname#key": text}}``, the texts in the builder's
        format (HTML, LaTeX or plain text).
    """
    domain = cite_domain(env)
    if app.config.bibtex_bibfiles is None and (
        any(domain.cites.values()) or any(domain.bibliographies.values())
    ):
        warn(
            "bibtex_bibfiles is not set in conf.py; no citation can be found",
            subtype="bibfile",
            location=None,
        )
    return _Resolver(app, domain, output_format(app.builder.format)).run()


def _documents(domain: CiteDomain) -> Iterator[str]:
    for part in (domain.cites, domain.bibliographies):
        for docname, records in part.items():
            if records:
                yield docname


def _on_env_updated(app: Sphinx, env: BuildEnvironment) -> list[str]:
    domain = cite_domain(env)
    fmt = output_format(app.builder.format)
    if not domain.data.get("dirty", True) and domain.data.get("rendered", {}).get("format") == fmt:
        return []
    domain.data["rendered"] = resolve(app, env)
    domain.data["dirty"] = False
    return sorted(set(_documents(domain)))


def setup(app: Sphinx) -> None:
    """Format everything once all documents are read.

    Args:
        app: The Sphinx application.
    """
    app.connect("env-updated", _on_env_updated)
