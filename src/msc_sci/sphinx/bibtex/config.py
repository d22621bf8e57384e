"""The configuration values sphinxcontrib-bibtex projects set, read the same way."""

from __future__ import annotations

from sphinx.application import Sphinx

__all__ = ["setup"]


def setup(app: Sphinx) -> None:
    """Register ``bibtex_bibfiles`` and the bibliography headers.

    ``bibtex_bibfiles`` lists the reference files (``.bib``, ``.json``, ``.yaml``,
    ``.yml``, ``.ris``), relative to the source directory, read as ``bibtex_encoding``
    (UTF-8 by default). The headers are reStructuredText
    put before each ``.. bibliography::`` and ``.. footbibliography::``.

    Args:
        app: The Sphinx application.
    """
    app.add_config_value("bibtex_bibfiles", None, "env", types=[list, tuple])
    app.add_config_value("bibtex_encoding", "utf-8-sig", "env", types=[str])
    app.add_config_value("bibtex_bibliography_header", "", "html", types=[str])
    app.add_config_value("bibtex_footbibliography_header", "", "html", types=[str])
