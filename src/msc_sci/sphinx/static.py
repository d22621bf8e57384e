"""The cite box's script and style sheet, added to HTML pages."""

from __future__ import annotations

from pathlib import Path

from sphinx.application import Sphinx

__all__ = ["STATIC", "setup"]

#: The directory of ``msc-sci.js`` and ``msc-sci.css``.
STATIC = Path(__file__).resolve().parent / "static"


def _add_static_path(app: Sphinx) -> None:
    if app.builder.format == "html" and str(STATIC) not in app.config.html_static_path:
        app.config.html_static_path.append(str(STATIC))


def setup(app: Sphinx) -> None:
    """Add ``msc-sci.js`` and ``msc-sci.css`` to HTML pages.

    Args:
        app: The Sphinx application.
    """
    app.connect("builder-inited", _add_static_path)
    app.add_css_file("msc-sci.css")
    app.add_js_file("msc-sci.js", loading_method="defer")
