"""The extension's directives: ``msc-citation``, ``msc-summary``, ``msc-quote`` and
``msc-cite-box``.

Each formats through msc_sci's public API and puts the result into text nodes, so the
writer escapes it; smart quotes are turned off inside them, so the words stay verbatim.
An API error becomes a located warning typed ``msc_sci.<subtype>``, not a failed build.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

import msc_sci
from msc_sci.sphinx.warnings import warn

__all__ = ["QuoteDirective", "SourcesDirective", "SummaryDirective", "setup"]

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
    # (export format, link label, file name, media type)
    ("bibtex", "BibTeX (.bib)", "honmou2021.bib", "application/x-bibtex"),
    ("ris", "RIS (.ris)", "honmou2021.ris", "application/x-research-info-systems"),
    ("csl-json", "CSL-JSON", "honmou2021.json", "application/vnd.citationstyles.csl+json"),
    ("cff", "CITATION.cff", "CITATION.cff", "application/x-yaml"),
)


def _choice(values: tuple[str, ...]) -> Callable[[str | None], str]:
    def check(argument: str | None) -> str:
        return str(directives.choice(argument or "", values))

    return check


def _names(argument: str | None) -> list[str]:
    return [name.strip() for name in (argument or "").split(",") if name.strip()]


def _paragraphs(text: str, classes: list[str]) -> list[nodes.Node]:
    return [
        nodes.paragraph(text=" ".join(block.split()), classes=classes)
        for block in text.split("\n\n")
        if block.strip()
    ]


class _MscDirective(SphinxDirective):
    def fail(self, exc: Exception, subtype: str) -> list[nodes.Node]:
        warn(f"{self.name}: {exc}", subtype=subtype, location=self.get_location())
        return []


class SummaryDirective(_MscDirective):
    """Write the study's plain-language summary.

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
            summary = msc_sci.summarize(audience, length=length)
        except msc_sci.MscSciError as exc:
            return self.fail(exc, "summary")
        container = nodes.container(classes=["msc-summary"], support_smartquotes=False)
        if summary.title:
            container += nodes.rubric(text=summary.title, classes=["msc-summary-title"])
        for section in summary.sections:
            if section.heading:
                container += nodes.rubric(text=section.heading)
            text = " ".join(sentence.text for sentence in section.sentences)
            container += nodes.paragraph(text=text)
        self.set_source_info(container)
        return [container]


class SourcesDirective(_MscDirective):
    """List the sources the package's facts come from, best first, with their notes.

    It takes no options: every source in :func:`msc_sci.sources` is listed.
    """

    has_content = False

    def run(self) -> list[nodes.Node]:
        """Return a definition list of the sources."""
        listing = nodes.definition_list(classes=["msc-sources"], support_smartquotes=False)
        for source in msc_sci.sources():
            term = nodes.term(text=f"{source.code}: {source.title}")
            body = nodes.definition()
            facts = [source.kind.value, source.reliability.value]
            if source.outlet:
                facts.append(source.outlet)
            if source.date:
                facts.append(str(source.date))
            body += nodes.paragraph(text=", ".join(facts).capitalize() + ".")
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
            found = msc_sci.quotes(self.options.get("speaker"))
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


def setup(app: Sphinx) -> None:
    """Register the directives.

    Args:
        app: The Sphinx application.
    """
    app.add_directive("msc-summary", SummaryDirective)
    app.add_directive("msc-sources", SourcesDirective)
    app.add_directive("msc-quote", QuoteDirective)
