"""The extension's directives: ``msc-citation``, ``msc-cite-box``, ``msc-summary``,
``msc-quote`` and ``msc-sources``.

Each formats through msc_sci's public API and puts the result into text nodes, so the
writer escapes it; smart quotes are turned off inside them, so the words stay verbatim.
An API error becomes a located warning typed ``msc_sci.<subtype>``, not a failed build.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective
from sphinx.util.nodes import make_id

import msc_sci
from msc_sci.sphinx.config import STYLE_LABELS, references
from msc_sci.sphinx.domain import MscDomain
from msc_sci.sphinx.nodes import cite_box
from msc_sci.sphinx.static import style_names
from msc_sci.sphinx.warnings import warn

__all__ = [
    "CitationDirective",
    "CiteBoxDirective",
    "QuoteDirective",
    "SourcesDirective",
    "SummaryDirective",
    "setup",
]

_MODES = ("bibliography", "citation")
_LOCALE_LABELS = {
    "en-US": "English (US)",
    "en-GB": "English (UK)",
    "de-DE": "Deutsch",
    "fr-FR": "Français",
    "ja-JP": "日本語",
    "es-ES": "Español",
    "it-IT": "Italiano",
    "pt-BR": "Português (Brasil)",
}
_DOWNLOADS = (
    # (export format, link label, file name ({} is the record file's stem), media type)
    ("bibtex", "BibTeX (.bib)", "{}.bib", "application/x-bibtex"),
    ("ris", "RIS (.ris)", "{}.ris", "application/x-research-info-systems"),
    ("csl-json", "CSL-JSON", "{}.json", "application/vnd.citationstyles.csl+json"),
    ("cff", "CITATION.cff", "CITATION.cff", "application/x-yaml"),
)


def _choice(values: tuple[str, ...]) -> Callable[[str | None], str]:
    def check(argument: str | None) -> str:
        return str(directives.choice(argument or "", values))

    return check


def _inline_html(entry: str) -> str:
    """Return an HTML bibliography entry as inline HTML, to sit inside a paragraph.

    The ``csl-entry`` wrapper goes; the number and text of a numbered entry become
    spans, a space apart.
    """
    import re

    entry = re.sub(r'^<div class="csl-entry">(.*)</div>$', r"\1", entry.strip(), flags=re.S)
    entry = re.sub(r"<div\b", "<span", entry).replace("</div>", "</span>")
    return entry.replace(
        '</span><span class="csl-right-inline">', '</span> <span class="csl-right-inline">'
    )


def _names(argument: str | None) -> list[str]:
    return [name.strip() for name in (argument or "").split(",") if name.strip()]


def _paragraphs(text: str, classes: list[str]) -> list[nodes.Node]:
    return [
        nodes.paragraph(text=" ".join(block.split()), classes=classes)
        for block in text.split("\n\n")
        if block.strip()
    ]


class _MscDirective(SphinxDirective):
    def references(self) -> msc_sci.References:
        """Return the study this project documents (``msc_sci_references``)."""
        return references(self.config)

    def fail(self, exc: Exception, subtype: str) -> list[nodes.Node]:
        warn(f"{self.name}: {exc}", subtype=subtype, location=self.get_location())
        return []


class CitationDirective(_MscDirective):
    """Write the study's citation: a bibliography entry or an in-text citation.

    Options:
        style: A CSL style name (default: the ``msc_sci_style`` setting, ``"apa"``).
        locale: A CSL locale (default: ``msc_sci_locale``, ``"en-US"``).
        mode: ``bibliography`` (the default) or ``citation``.

    A bibliography entry is the target of ``:msc-cite:`` roles in the same style.
    """

    has_content = False
    option_spec: ClassVar[dict[str, Callable[[str], object]]] = {
        "style": directives.unchanged_required,
        "locale": directives.unchanged_required,
        "mode": _choice(_MODES),
    }

    def run(self) -> list[nodes.Node]:
        """Format the citation and return it as a paragraph."""
        style = self.options.get("style", self.config.msc_sci_style)
        locale = self.options.get("locale", self.config.msc_sci_locale)
        mode = self.options.get("mode", "bibliography")
        try:
            text = self.references().cite(style, locale=locale, mode=mode, format="rst")
        except msc_sci.MscSciError as exc:
            return self.fail(exc, "style")
        # The rst format keeps the style's italics, bold and links as inline markup.
        inline, messages = self.state.inline_text(text, self.lineno)
        paragraph = nodes.paragraph(
            "", "", *inline, classes=["msc-citation", f"msc-{mode}"], support_smartquotes=False
        )
        if mode == "bibliography":
            anchor = make_id(self.env, self.state.document, "msc-bib", style)
            paragraph["ids"].append(anchor)
            domain = self.env.get_domain("msc")
            assert isinstance(domain, MscDomain)
            domain.note_bibliography(style, self.env.docname, anchor)
        self.set_source_info(paragraph)
        return [paragraph, *messages]


class SummaryDirective(_MscDirective):
    """Write the study's plain-language summary, its web addresses (the DOI) as links.

    Options:
        audience: Who it is for: ``public`` (the default), ``patient``, ``clinician``
            or ``journalist``, as :func:`msc_sci.summarize` takes it.
        length: How long: ``tweet``, ``short`` or ``standard`` (the default).
    """

    has_content = False
    option_spec: ClassVar[dict[str, Callable[[str], object]]] = {
        "audience": directives.unchanged_required,
        "length": directives.unchanged_required,
    }

    def run(self) -> list[nodes.Node]:
        """Summarize the study and return its title, headings and paragraphs."""
        audience = self.options.get("audience", "public")
        length = self.options.get("length", "standard")
        try:
            summary = self.references().summarize(audience, length=length)
        except msc_sci.MscSciError as exc:
            return self.fail(exc, "summary")
        container = nodes.container(classes=["msc-summary"], support_smartquotes=False)
        if summary.title:
            container += nodes.rubric(text=summary.title, classes=["msc-summary-title"])
        for section in summary.sections:
            if section.heading:
                container += nodes.rubric(text=section.heading)
            if section.bullets:
                items = nodes.bullet_list()
                for sentence in section.sentences:
                    items += nodes.list_item("", nodes.paragraph("", "", *_linked(sentence.text)))
                container += items
                continue
            text = " ".join(sentence.text for sentence in section.sentences)
            container += nodes.paragraph("", "", *_linked(text))
        self.set_source_info(container)
        return [container]


def _linked(text: str) -> list[nodes.Node]:
    """Return *text* as text nodes, each web address in it (the DOI) a link to itself."""
    from msc_sci.summary._links import split_links

    return [
        nodes.reference(piece, piece, refuri=piece) if url else nodes.Text(piece)
        for piece, url in split_links(text)
    ]


class SourcesDirective(_MscDirective):
    """List the sources the package's facts come from, best first, with their notes.

    It takes no options: every source in :func:`msc_sci.sources` is listed.
    """

    has_content = False

    def run(self) -> list[nodes.Node]:
        """Return a definition list of the sources."""
        try:
            found = self.references().sources()
        except msc_sci.MscSciError as exc:
            return self.fail(exc, "references")
        listing = nodes.definition_list(classes=["msc-sources"], support_smartquotes=False)
        for source in found:
            term = nodes.term(text=source.title)
            body = nodes.definition()
            kind = source.kind.value.replace("-", " ")
            facts = [f"{kind[:1].upper()}{kind[1:]}", f"{source.reliability.value} source"]
            if source.outlet:
                facts.append(source.outlet)  # as the outlet spells its name
            if source.date:
                facts.append(str(source.date))
            body += nodes.paragraph(text=", ".join(facts) + ".")
            if source.url:
                link = nodes.reference(source.url, source.url, refuri=source.url)
                body += nodes.paragraph("", "", link)
            if source.note:
                body += nodes.paragraph(text=source.note)
            listing += nodes.definition_list_item("", term, body)
        self.set_source_info(listing)
        return [listing]


class QuoteDirective(_MscDirective):
    """Write what was said about the study, each quote with its attribution.

    Options:
        speaker: Only this speaker's quotes, e.g. ``waxman`` (default: everyone's).
        style: How to attribute them: ``news`` (the default) or ``academic``, as
            :meth:`msc_sci.Quote.attributed` takes it.
    """

    has_content = False
    option_spec: ClassVar[dict[str, Callable[[str], object]]] = {
        "speaker": directives.unchanged_required,
        "style": _choice(("news", "academic")),
    }

    def run(self) -> list[nodes.Node]:
        """Attribute each quote and return them as block quotes."""
        style = self.options.get("style", "news")
        try:
            found = self.references().quotes(self.options.get("speaker"))
            texts = [quote.attributed(style=style) for quote in found]
        except msc_sci.MscSciError as exc:
            return self.fail(exc, "quote")
        result: list[nodes.Node] = []
        for text in texts:
            block = nodes.block_quote(classes=["msc-quote"], support_smartquotes=False)
            block.extend(_paragraphs(text, []))
            self.set_source_info(block)
            result.append(block)
        return result


class CiteBoxDirective(_MscDirective):
    """Write a "cite this study" box: pick a style and language, copy, download.

    Options:
        styles: Comma-separated CSL styles (default: ``msc_sci_box_styles``, a dozen).
        locales: Comma-separated locales (default: ``msc_sci_box_locales``).

    Every choice is formatted at build time; a style that fails is left out with a
    warning typed ``msc_sci.style``.
    """

    has_content = False
    option_spec: ClassVar[dict[str, Callable[[str], object]]] = {
        "styles": _names,
        "locales": _names,
    }

    def run(self) -> list[nodes.Node]:
        """Format every style and locale and return the box."""
        styles = self.options.get("styles") or list(self.config.msc_sci_box_styles)
        locales = self.options.get("locales") or list(self.config.msc_sci_box_locales)
        try:
            refs = self.references()
        except msc_sci.MscSciError as exc:
            return self.fail(exc, "references")
        stem = Path(refs.record_file).stem
        entries: list[dict[str, str]] = []
        for style in styles:
            try:
                label = STYLE_LABELS.get(style, style)
                for locale in locales:
                    text = refs.cite(style, locale=locale, format="text")
                    rich = _inline_html(refs.cite(style, locale=locale, format="html"))
                    entries.append(
                        {
                            "style": style,
                            "label": label,
                            "locale": locale,
                            "text": text,
                            "html": rich,
                        }
                    )
            except msc_sci.MscSciError as exc:
                self.fail(exc, "style")
        downloads = []
        for fmt, label, name, media_type in _DOWNLOADS:
            filename = name.format(stem)
            try:
                content = refs.export(fmt)
            except msc_sci.MscSciError as exc:
                self.fail(exc, "export")
                continue
            downloads.append(
                {"label": label, "filename": filename, "media_type": media_type, "content": content}
            )
        if not entries:
            return []
        node = cite_box(
            entries=entries,
            default=f"{entries[0]['style']}|{entries[0]['locale']}",
            locales=[(code, _LOCALE_LABELS.get(code, code)) for code in locales],
            downloads=downloads,
            known=len(style_names()),
        )
        self.set_source_info(node)
        return [node]


def setup(app: Sphinx) -> None:
    """Register the directives.

    Args:
        app: The Sphinx application.
    """
    app.add_directive("msc-citation", CitationDirective)
    app.add_directive("msc-summary", SummaryDirective)
    app.add_directive("msc-quote", QuoteDirective)
    app.add_directive("msc-cite-box", CiteBoxDirective)
    app.add_directive("msc-sources", SourcesDirective)
