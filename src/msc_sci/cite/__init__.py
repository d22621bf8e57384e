"""Citation formatting: CSL styles through our engine over citeproc-py, BibTeX styles.

The public names, :class:`~msc_sci.Style` and :func:`~msc_sci.cite`, are re-exported
from :mod:`msc_sci`. Importing a module of this package makes Python set
``msc_sci.cite`` to the package itself, so the package is callable as that function:

>>> import msc_sci.cite
>>> msc_sci.cite("apa", mode="citation")
'(Honmou et al., 2021)'
"""

from __future__ import annotations

from msc_sci._callable import make_callable
from msc_sci.cite._api import cite

make_callable(__name__, cite)
