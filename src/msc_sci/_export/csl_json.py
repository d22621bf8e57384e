"""CSL-JSON: a one-item array, as Zotero, pandoc and citeproc read it.

The layout (two-space indent, UTF-8, a final newline) is the layout of
``references/honmou2021.json``, so exporting the study reproduces that file exactly.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from msc_sci._controls import escape_json_controls
from msc_sci._export._url import web_url
from msc_sci._records import Work

__all__ = ["MEDIA_TYPE", "NAME", "SUFFIXES", "dumps", "dumps_all"]

NAME = "csl-json"
SUFFIXES = (".json",)
MEDIA_TYPE = "application/vnd.citationstyles.csl+json"


def dumps(work: Work) -> str:
    """Return *work* as a CSL-JSON array holding one item.

    .. versionadded:: 0.1.0

    >>> import msc_sci
    >>> print(dumps(msc_sci.Work(id="x", type="book", title="A book")))
    [
      {
        "id": "x",
        "type": "book",
        "title": "A book"
      }
    ]
    <BLANKLINE>
    """
    if work.url is not None:
        web_url(work.url, format=NAME, field="URL")
    text = json.dumps([work.to_csl_json()], indent=2, ensure_ascii=False)
    return escape_json_controls(text) + "\n"


def dumps_all(works: Iterable[Work]) -> str:
    """Return *works* as one CSL-JSON array, in order.

    >>> print(dumps_all([]))
    []
    <BLANKLINE>
    """
    items = []
    for work in works:
        if work.url is not None:
            web_url(work.url, format=NAME, field="URL")
        items.append(work.to_csl_json())
    return escape_json_controls(json.dumps(items, indent=2, ensure_ascii=False)) + "\n"
