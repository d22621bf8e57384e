"""Citation formatting: CSL styles through our engine over citeproc-py, BibTeX styles.

The public names, :class:`~msc_sci.Style` and :func:`~msc_sci.cite`, are re-exported
from :mod:`msc_sci`.
"""
