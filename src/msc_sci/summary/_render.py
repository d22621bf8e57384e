"""Render a summary as text, Markdown, HTML (escaped) or JSON."""

from __future__ import annotations

import html
import json
from dataclasses import asdict
from typing import TYPE_CHECKING

from msc_sci._errors import UnknownFormatError
from msc_sci.summary._links import split_links

if TYPE_CHECKING:
    from msc_sci.summary._model import Section, Summary

__all__ = ["FORMATS", "render"]

FORMATS: tuple[str, ...] = ("text", "markdown", "html", "json")


def render(summary: Summary, format: str) -> str:
    """Return *summary* in *format* (one of :data:`FORMATS`)."""
    if format == "text":
        return _text(summary)
    if format == "markdown":
        return _markdown(summary)
    if format == "html":
        return _html(summary)
    if format == "json":
        return _json(summary)
    raise UnknownFormatError(format, known=FORMATS)


def _bulleted(summary: Summary, section: Section) -> bool:
    return section.bullets and summary.length != "tweet"


def _text(summary: Summary) -> str:
    blocks: list[str] = [summary.title] if summary.title else []
    for section in summary.sections:
        if _bulleted(summary, section):
            body = "\n".join(f"- {s.text}" for s in section.sentences)
        else:
            body = " ".join(s.text for s in section.sentences)
        blocks.append(f"{section.heading}\n{body}" if section.heading else body)
    return (" " if summary.length == "tweet" else "\n\n").join(blocks) + "\n"


def _md_escape(text: str) -> str:
    """Escape *text* for Markdown: no character in it becomes markup."""
    out = []
    for char in text:
        if char in "\\`*_[]<>#|":
            out.append("\\" + char)
        else:
            out.append(char)
    return "".join(out)


def _markdown(summary: Summary) -> str:
    blocks: list[str] = [f"# {_md_escape(summary.title)}"] if summary.title else []
    for section in summary.sections:
        if section.heading:
            blocks.append(f"## {_md_escape(section.heading)}")
        texts = [_md_text(s.text) for s in section.sentences]
        if _bulleted(summary, section):
            blocks.append("\n".join(f"- {text}" for text in texts))
        else:
            blocks.append(" ".join(texts))
    return (" " if summary.length == "tweet" else "\n\n").join(blocks) + "\n"


def _md_text(text: str) -> str:
    """Escape *text* for Markdown, writing each web address in it as an autolink."""
    return "".join(f"<{piece}>" if url else _md_escape(piece) for piece, url in split_links(text))


def _html(summary: Summary) -> str:
    lines = ['<article class="msc-sci-summary">']
    if summary.title:
        lines.append(f"<h1>{html.escape(summary.title)}</h1>")
    for section in summary.sections:
        lines.append("<section>")
        if section.heading:
            lines.append(f"<h2>{html.escape(section.heading)}</h2>")
        texts = [_html_text(s.text) for s in section.sentences]
        if _bulleted(summary, section):
            lines.append("<ul>")
            lines.extend(f"<li>{text}</li>" for text in texts)
            lines.append("</ul>")
        else:
            lines.append(f"<p>{' '.join(texts)}</p>")
        lines.append("</section>")
    lines.append("</article>")
    return "\n".join(lines) + "\n"


def _html_text(text: str) -> str:
    """Escape *text* for HTML, making each web address in it a link."""
    return "".join(
        f'<a href="{html.escape(piece)}">{html.escape(piece, quote=False)}</a>'
        if url
        else html.escape(piece, quote=False)
        for piece, url in split_links(text)
    )


def _json(summary: Summary) -> str:
    data = {
        "audience": summary.audience,
        "length": summary.length,
        "title": summary.title,
        "sections": [
            {
                "heading": section.heading,
                "prose": section.prose,
                "bullets": section.bullets,
                "sentences": [
                    {
                        "text": s.text,
                        "claims": list(s.claims),
                        "quotes": list(s.quotes),
                        "sources": list(s.sources),
                    }
                    for s in section.sentences
                ],
            }
            for section in summary.sections
        ],
        "readability": asdict(summary.readability),
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
