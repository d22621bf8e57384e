"""A Sphinx extension that cites, summarizes and quotes the study in your documentation.

Add it to your ``conf.py``::

    extensions = ["msc_sci.sphinx"]

It gives you the ``msc-citation``, ``msc-summary``, ``msc-quote`` and ``msc-cite-box``
directives and the ``msc-cite`` role; see the "Using the Sphinx extension" page.
Every warning it emits has the type ``msc_sci`` and a subtype, so you can silence one
kind with ``suppress_warnings = ["msc_sci.style"]``.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from typing import Any

from sphinx.application import Sphinx

__all__ = ["setup"]


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the extension's configuration, nodes, directives, role and domain.

    Args:
        app: The Sphinx application.

    Returns:
        The extension's version and its parallel-safety flags.
    """
    from msc_sci._version import __version__
    from msc_sci.sphinx import (
        config,
        directives,
        domain,
        nodes,
        roles,
        static,
        transforms,
    )

    config.setup(app)
    nodes.setup(app)
    domain.setup(app)
    directives.setup(app)
    roles.setup(app)
    static.setup(app)
    transforms.setup(app)
    return {
        "version": __version__,
        "env_version": 1,
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
