"""A CSL-driven replacement for sphinxcontrib-bibtex.

Change one line of your ``conf.py``::

    extensions = ["msc_sci.sphinx.bibtex"]  # was "sphinxcontrib.bibtex"

Your ``bibtex_bibfiles`` and your ``.rst`` files stay as they are: the ``:cite:p:``,
``:cite:t:`` ... and ``:footcite:p:`` ... roles, ``.. bibliography::`` and
``.. footbibliography::`` now format through msc_sci's CSL engine, in the style and
locale of ``msc_sci_style`` and ``msc_sci_locale`` (APA, en-US by default).
It also loads :mod:`msc_sci.sphinx`, so the study's own directives and roles work beside it.
Warnings have the type ``msc_sci`` and subtypes ``key``, ``duplicate``, ``filter``,
``bibfile`` and ``style``.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from typing import Any

from sphinx.application import Sphinx

__all__ = ["setup"]


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the configuration, domains, roles, directives, nodes and events.

    Args:
        app: The Sphinx application.

    Returns:
        The extension's version and its parallel-safety flags.
    """
    from msc_sci._version import __version__
    from msc_sci.sphinx.bibtex import (
        bibfiles,
        config,
        directives,
        domain,
        nodes,
        resolve,
        transforms,
    )

    app.setup_extension("msc_sci.sphinx")
    config.setup(app)
    nodes.setup(app)
    domain.setup(app)
    directives.setup(app)
    bibfiles.setup(app)
    resolve.setup(app)
    transforms.setup(app)
    return {
        "version": __version__,
        "env_version": 1,
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
