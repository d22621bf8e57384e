"""The cite box's script and style sheet, added to HTML pages, and its list of styles.

``msc-sci-styles.js`` lists every style name ``msc_sci.cite()`` accepts, for the box's
search; it is written into ``_static`` when an HTML build finishes, and the box's script
loads it only when the search is used.
"""

from __future__ import annotations

import json
from pathlib import Path

from sphinx.application import Sphinx

__all__ = ["STATIC", "STYLES_SCRIPT", "setup", "style_names"]

#: The directory of ``msc-sci.js`` and ``msc-sci.css``.
STATIC = Path(__file__).resolve().parent / "static"
#: The file, in the build's ``_static``, that lists the style names.
STYLES_SCRIPT = "msc-sci-styles.js"


def style_names() -> tuple[str, ...]:
    """Return every style name: bundled and renamed CSL styles, then BibTeX styles."""
    from msc_sci._cite._names import bibtex_names, csl_names

    return (*csl_names(), *bibtex_names())


def _write_styles(app: Sphinx, exception: BaseException | None) -> None:
    if exception is not None or app.builder.format != "html":
        return
    target = Path(app.outdir) / "_static" / STYLES_SCRIPT
    target.parent.mkdir(parents=True, exist_ok=True)
    names = json.dumps(list(style_names()), separators=(",", ":"))
    target.write_text(f"window.mscSciStyles = {names};\n", encoding="utf-8")


def _add_static_path(app: Sphinx) -> None:
    if app.builder.format == "html" and str(STATIC) not in app.config.html_static_path:
        app.config.html_static_path.append(str(STATIC))


def setup(app: Sphinx) -> None:
    """Add ``msc-sci.js`` and ``msc-sci.css`` to HTML pages.

    Args:
        app: The Sphinx application.
    """
    app.connect("builder-inited", _add_static_path)
    app.connect("build-finished", _write_styles)
    app.add_css_file("msc-sci.css")
    app.add_js_file("msc-sci.js", loading_method="defer")
