"""Citation formatting: CSL styles through citeproc-py, BibTeX styles through pybtex."""
