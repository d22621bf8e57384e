"""Render our reStructuredText and Markdown with docutils and pandoc, for the format tests."""

from __future__ import annotations

import re

import pytest

from tests import _needs as needs

#: Curly quotes and ellipses pandoc's `smart` reading makes of straight ones: same text.
_TYPOGRAPHY = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def same_text(text: str, *, smart: bool = False) -> str:
    """Return *text* with whitespace collapsed and typographic quotes straightened.

    *smart*: also drop the spaces around quote marks, which pandoc's smart quotes trim.
    """
    text = " ".join(text.translate(_TYPOGRAPHY).replace("\u2026", "...").split())
    return re.sub(r"\s*([\"'])\s*", r"\1", text) if smart else text


def docutils_paragraphs(source: str) -> tuple[list[str], list[str], list[str]]:
    """Return the paragraphs docutils reads in *source*, its warnings and its link targets."""
    from docutils import nodes
    from docutils.core import publish_doctree

    tree = publish_doctree(source, settings_overrides={"report_level": 5, "halt_level": 5})
    messages = [node.astext() for node in tree.findall(nodes.system_message)]
    paragraphs = [same_text(node.astext()) for node in tree.children]
    links = [node["refuri"] for node in tree.findall(nodes.reference) if "refuri" in node]
    return paragraphs, messages, links


def pandoc(source: str, reader: str, writer: str = "plain") -> str:
    """Return *source* read by pandoc's *reader* and written by its *writer*."""
    pypandoc = pytest.importorskip("pypandoc", reason=needs.python("pypandoc-binary"))
    text: str = pypandoc.convert_text(source, writer, format=reader, extra_args=["--wrap=none"])
    return text


def pandoc_paragraphs(source: str, reader: str) -> list[str]:
    """Return the paragraphs pandoc's *reader* finds in *source*, as plain text."""
    blocks = re.split(r"\n\s*\n", pandoc(source, reader).strip())
    return [same_text(block, smart=reader == "markdown") for block in blocks]
