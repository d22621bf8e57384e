extensions = ["msc_sci.sphinx.bibtex"]
exclude_patterns = ["_build"]
bibtex_bibfiles = ["refs.bib", "more.json"]
