"""Our CSL engine: citeproc-py's element classes, extended where citeproc-js differs.

Each module fixes one area and registers its element classes in :mod:`._xml`:
``_names`` (initials, ``initialize="false"``, names added or expanded by
disambiguation), ``_dates`` (locale date delimiters),
``_textcase`` (title case of hyphenated words), ``_conditions`` (``disambiguate``,
labels of empty variables), ``_layout`` (``second-field-align``, sorting, macro
cache), ``_quotes`` (quote spans for ``punctuation-in-quote``), ``_punctuation``
(fixes on the rendered text), ``_spaces`` (a text's own spaces beside affix
spaces), ``_source`` (CSL-JSON input with inline markup).
``_disambiguate`` tells apart items whose citations print alike (with ``_givenname``
deciding how far given names grow).
All that one processor call (``_processor``) knows while rendering is its render
context (``_context``), which every module reads; no module imports another in a
circle (``tests/cite/_engine/test_no_circles.py``).
"""
