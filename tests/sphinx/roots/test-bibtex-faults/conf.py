extensions = ["msc_sci.sphinx.bibtex"]
exclude_patterns = ["_build"]
bibtex_bibfiles = ["refs.bib", "again.bib", "missing.bib"]
