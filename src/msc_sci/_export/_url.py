"""Web addresses in exports: only ``http``, ``https``, ``ftp`` and ``sftp`` go out.

A ``javascript:`` or ``data:`` URL in an export becomes a link that runs code or
carries a page where the export is shown (a meta tag, JSON-LD, a reference manager).
Every format refuses such a URL with the field named, as the CFF schema does.
"""

from __future__ import annotations

import re

from msc_sci._errors import ExportError

__all__ = ["web_url"]

_WEB = re.compile(r"(?:https?|s?ftp)://[^\s/?#]", re.IGNORECASE)


def web_url(value: str, *, format: str, field: str = "url") -> str:
    """Return *value* if it is an ``http(s)://`` or ``(s)ftp://`` address.

    Raises:
        ExportError: naming the format and field, for any other scheme (``javascript:``,
            ``data:``, ``file:``) or a value with no scheme and host.

    >>> web_url("https://example.org/a", format="ris")
    'https://example.org/a'
    >>> web_url("javascript:alert(1)", format="ris")
    Traceback (most recent call last):
    ...
    msc_sci._errors.ExportError: ris: url: 'javascript:alert(1)': not an http, https, ...
    """
    if _WEB.match(value) is None:
        raise ExportError(
            "not an http, https, ftp or sftp address (a javascript: or data: link can run code)",
            format=format,
            field=field,
            value=value,
        )
    return value
