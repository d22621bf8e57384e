"""Compare the bundled record with the publisher's record at Crossref.

The record under ``references/`` was typed by hand; :func:`verify_online` fetches
``https://api.crossref.org/works/{DOI}`` and lists every field that differs.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from msc_sci._errors import OnlineError, RecordError

if TYPE_CHECKING:
    from msc_sci._records import Work

__all__ = ["CROSSREF_API", "Mismatch", "Verification", "verify_online"]

#: The Crossref REST API; :func:`verify_online` takes another base URL for tests.
CROSSREF_API = "https://api.crossref.org"
#: The largest answer read, in bytes (a Crossref work is a few kB).
_MAX_ANSWER = 10_000_000


@dataclass(frozen=True, slots=True, kw_only=True)
class Mismatch:
    """One field where the bundled record and Crossref disagree.

    Attributes:
        field: The field, e.g. ``"volume"`` or ``"authors"``.
        bundled: The bundled record's value, as text (``None`` if it has none).
        crossref: Crossref's value, as text (``None`` if it has none).

    .. versionadded:: 0.1.0

    >>> str(Mismatch(field="volume", bundled="203", crossref="204"))
    "volume: bundled '203', Crossref '204'"
    """

    field: str
    bundled: str | None
    crossref: str | None

    def __str__(self) -> str:
        return f"{self.field}: bundled {self.bundled!r}, Crossref {self.crossref!r}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Verification:
    """The result of :func:`verify_online`: the fields that differ, if any.

    Attributes:
        doi: The DOI looked up.
        url: The address that was fetched.
        checked: The fields compared, in order.
        mismatches: The fields that differ.

    .. versionadded:: 0.1.0

    >>> Verification(doi="10.1/x", url="u", checked=("title",), mismatches=()).ok
    True
    """

    doi: str
    url: str
    checked: tuple[str, ...]
    mismatches: tuple[Mismatch, ...]

    @property
    def ok(self) -> bool:
        """Whether every compared field agrees."""
        return not self.mismatches

    def __str__(self) -> str:
        head = f"{self.doi}: compared {', '.join(self.checked)} with {self.url}"
        if self.ok:
            return f"{head}: all agree"
        return "\n".join([f"{head}: {len(self.mismatches)} differ", *map(str, self.mismatches)])


def verify_online(
    *, work: Work | None = None, base_url: str = CROSSREF_API, timeout: float = 10.0
) -> Verification:
    """Fetch the work's Crossref record and list every field where the two differ.

    Compares authors, title, journal, volume, issue, article number, issue date, online
    date (for the study) and ISSN.

    Args:
        work: The work to check; the bundled study when ``None``.
        base_url: The Crossref API's address (another server in tests).
        timeout: Seconds to wait for the answer.

    Raises:
        OnlineError: when *base_url* is not an ``http://`` or ``https://`` address, or
            Crossref cannot be reached, has no record of the DOI, or answers with
            something that is not a Crossref work.
        RecordError: when the work has no DOI.
        TypeError: when *work* is not a :class:`~msc_sci.Work` or *base_url* not a string.

    .. versionadded:: 0.1.0

    >>> import msc_sci
    >>> msc_sci.verify_online(base_url="http://127.0.0.1:9", timeout=2)
    Traceback (most recent call last):
    ...
    msc_sci._errors.OnlineError: http://127.0.0.1:9/works/10.1016/j.clineuro.2021.106565: ...
    """
    from urllib.parse import quote, urlsplit

    from msc_sci._records import Work

    if not isinstance(base_url, str):
        raise TypeError(f"base_url must be a string, not {type(base_url).__name__}")
    try:
        parts = urlsplit(base_url)
    except ValueError:
        parts = urlsplit("")
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise OnlineError("not an http:// or https:// address", url=base_url)
    if work is None:
        from msc_sci._load import study

        work = study()
    if not isinstance(work, Work):
        raise TypeError(f"work must be a msc_sci.Work, not {type(work).__name__}")
    if work.doi is None:
        raise RecordError("no DOI to look up at Crossref", field="doi")

    url = f"{base_url.rstrip('/')}/works/{quote(work.doi, safe='/')}"
    message = _fetch(url, timeout)
    pairs = _compare(work, message, url)
    return Verification(
        doi=work.doi,
        url=url,
        checked=tuple(field for field, _, _ in pairs),
        mismatches=tuple(
            Mismatch(field=field, bundled=ours, crossref=theirs)
            for field, ours, theirs in pairs
            if ours != theirs
        ),
    )


def _fetch(url: str, timeout: float) -> Mapping[str, object]:
    from urllib.error import HTTPError, URLError
    from urllib.request import Request, urlopen

    from msc_sci._version import __version__

    request = Request(
        url,
        headers={
            "Accept": "application/json",
            "User-Agent": f"msc-sci/{__version__} (https://pypi.org/project/msc-sci/)",
        },
    )
    try:
        with urlopen(request, timeout=timeout) as response:  # http(s) only
            body = response.read(_MAX_ANSWER + 1)
    except HTTPError as exc:
        if exc.code == 404:
            raise OnlineError("Crossref has no record of this DOI (HTTP 404)", url=url) from exc
        raise OnlineError(f"Crossref answered HTTP {exc.code} {exc.reason}", url=url) from exc
    except (URLError, TimeoutError, OSError, ValueError) as exc:  # ValueError: a bad URL
        reason = getattr(exc, "reason", exc)
        raise OnlineError(
            f"cannot reach Crossref ({reason}); check the network connection and try again",
            url=url,
        ) from exc
    if len(body) > _MAX_ANSWER:
        raise OnlineError(f"answer larger than {_MAX_ANSWER // 1_000_000} MB", url=url)
    try:
        data = json.loads(body)
    except (ValueError, RecursionError) as exc:
        raise OnlineError(f"not JSON: {exc}", url=url) from exc
    if not isinstance(data, dict) or not isinstance(data.get("message"), dict):
        raise OnlineError("not a Crossref works response (no 'message' object)", url=url)
    message: Mapping[str, object] = data["message"]
    return message


def _compare(
    work: Work, message: Mapping[str, object], url: str
) -> list[tuple[str, str | None, str | None]]:
    from msc_sci._records import Study

    def first(key: str) -> str | None:
        value = message.get(key)
        if isinstance(value, list):
            value = value[0] if value else None
        return " ".join(value.split()) if isinstance(value, str) else None

    def date(key: str) -> str | None:
        value = message.get(key)
        parts = value.get("date-parts") if isinstance(value, dict) else None
        if not isinstance(parts, list) or not parts or not isinstance(parts[0], list):
            return None
        numbers = [p for p in parts[0] if isinstance(p, int)]
        if not numbers:
            return None
        return "-".join([f"{numbers[0]:04d}", *(f"{p:02d}" for p in numbers[1:3])])

    authors = message.get("author", [])
    if not isinstance(authors, list):
        raise OnlineError("'author' is not a list", url=url)
    theirs_authors = "; ".join(
        ", ".join(p for p in (a.get("family"), a.get("given")) if isinstance(p, str))
        or str(a.get("name", ""))
        for a in authors
        if isinstance(a, dict)
    )
    ours_authors = "; ".join(
        ", ".join(p for p in (person.family, person.given) if p) or str(person)
        for person in work.authors
    )
    issns = message.get("ISSN")
    theirs_issn = (
        ", ".join(sorted(i for i in issns if isinstance(i, str)))
        if isinstance(issns, list) and issns
        else None
    )
    ours_issn = ", ".join(sorted(work.issns)) if work.issns else None
    pairs: list[tuple[str, str | None, str | None]] = [
        ("authors", ours_authors or None, theirs_authors or None),
        ("title", " ".join((work.title or "").split()) or None, first("title")),
        ("journal", work.container_title, first("container-title")),
        ("volume", work.volume, first("volume")),
        ("issue", work.issue, first("issue")),
        ("article number", work.number, first("article-number") or first("page")),
        ("issued", str(work.issued) if work.issued else None, date("issued")),
    ]
    if isinstance(work, Study):
        online = str(work.online) if work.online else None
        pairs.append(("online", online, date("published-online")))
    pairs.append(("ISSN", ours_issn, theirs_issn))
    return pairs
