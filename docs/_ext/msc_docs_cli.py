"""This site's CLI page: ``.. msc-cli-reference::`` prints the parser's own help.

The help comes from :func:`msc_sci._cli.build_parser` at build time, so the page always
matches the installed command: a section per subcommand, its usage and its options.
"""

from __future__ import annotations

import argparse
import os
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from msc_sci._cli import build_parser


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:  # argparse keeps no public list of subcommands
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _help(parser: argparse.ArgumentParser) -> str:
    previous = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = "88"  # a fixed width, so the page does not depend on the terminal
    try:
        return parser.format_help()
    finally:
        if previous is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = previous


class CliReference(SphinxDirective):
    """Render ``msc-sci --help`` and the help of every subcommand."""

    def run(self) -> list[nodes.Node]:
        parser = build_parser()
        result: list[nodes.Node] = [
            nodes.literal_block(text=_help(parser), language="text"),
        ]
        for name, sub in _subparsers(parser).items():
            section = nodes.section(ids=[f"cli-{name}"], names=[f"msc-sci {name}"])
            section += nodes.title(text=f"msc-sci {name}")
            if sub.description:
                section += nodes.paragraph(
                    text=sub.description[:1].upper() + sub.description[1:] + "."
                )
            section += nodes.literal_block(text=_help(sub), language="text")
            result.append(section)
        return result


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("msc-cli-reference", CliReference)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
