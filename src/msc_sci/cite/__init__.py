"""Citation formatting: CSL styles through our engine over citeproc-py, BibTeX styles.

The public names, :class:`~msc_sci.Style` and :func:`~msc_sci.cite`, are re-exported
from :mod:`msc_sci`. Importing a module of this package makes Python set
``msc_sci.cite`` to the package itself, so the package is callable and forwards to
:func:`msc_sci.cite._api.cite`:

>>> import msc_sci.cite
>>> msc_sci.cite("apa", mode="citation")
'(Honmou et al., 2021)'
"""

from __future__ import annotations

import sys
import types


class _CallablePackage(types.ModuleType):
    """This package, callable as :func:`msc_sci.cite`."""

    def __call__(
        self,
        style: str = "apa",
        *,
        locale: str = "en-US",
        format: str = "text",
        mode: str = "bibliography",
    ) -> str:
        from msc_sci.cite._api import cite

        return cite(style, locale=locale, format=format, mode=mode)


sys.modules[__name__].__class__ = _CallablePackage
