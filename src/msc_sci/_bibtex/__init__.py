"""BibTeX machinery the export and the BibTeX styles share: LaTeX escapes and entries."""
