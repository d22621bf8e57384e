"""Warnings the extension emits: located, and typed ``msc_sci.<subtype>``."""

from __future__ import annotations

from docutils import nodes
from sphinx.util import logging

__all__ = ["warn"]

_logger = logging.getLogger("msc_sci.sphinx")


def warn(
    message: str, *, subtype: str, location: nodes.Node | str | tuple[str, int] | None
) -> None:
    """Emit a warning of type ``msc_sci.<subtype>`` at *location*.

    Args:
        message: What went wrong, for the user.
        subtype: The kind of warning, e.g. ``"style"``; users silence it with
            ``suppress_warnings = ["msc_sci.style"]``.
        location: The node, ``"docname"`` or ``(docname, line)`` it concerns.
    """
    _logger.warning(message, location=location, type="msc_sci", subtype=subtype)
