"""Citation formatting: CSL styles through our engine over citeproc-py, BibTeX styles.

The public names, :class:`~msc_sci.Style` and :func:`~msc_sci.cite`, are re-exported
from :mod:`msc_sci`. Other features use :class:`Style` from this package, which imports
it on first use (``msc-sci cite`` reads the precomputed table without it).
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from msc_sci._cite._style import Style

__all__ = ["Style"]


def __getattr__(name: str) -> object:
    if name == "Style":
        from msc_sci._cite._style import Style

        globals()["Style"] = Style
        return Style
    raise AttributeError(f"module 'msc_sci._cite' has no attribute {name!r}")
