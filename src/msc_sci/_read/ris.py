"""RIS: the tagged format of EndNote, Zotero, Mendeley and reference databases.

Records run from ``TY`` to ``ER``, one ``TAG  - value`` line per field; a line without
a tag continues the value before it. Names are ``Family, Given, Suffix``; a name without
a comma is an organisation (a CSL ``literal``), as Zotero reads it. A record without an
``ID`` gets a key from its first name and year (``smith2020``, then ``smith2020b``).
"""

from __future__ import annotations

import re

from msc_sci._read._parsed import Parsed

__all__ = ["NAME", "SUFFIXES", "TYPES", "parse"]

NAME = "ris"
SUFFIXES = (".ris",)

#: RIS reference type -> CSL item type (``document`` for the rest).
TYPES: dict[str, str] = {
    "ABST": "article-journal",
    "ANCIENT": "classic",
    "ART": "graphic",
    "BILL": "bill",
    "BLOG": "post-weblog",
    "BOOK": "book",
    "CASE": "legal_case",
    "CHAP": "chapter",
    "CHART": "graphic",
    "CLSWK": "classic",
    "COMP": "software",
    "CONF": "paper-conference",
    "CPAPER": "paper-conference",
    "DATA": "dataset",
    "DBASE": "dataset",
    "DICT": "entry-dictionary",
    "EBOOK": "book",
    "ECHAP": "chapter",
    "EDBOOK": "book",
    "EJOUR": "article-journal",
    "ELEC": "webpage",
    "ENCYC": "entry-encyclopedia",
    "FIGURE": "figure",
    "GEN": "document",
    "GOVDOC": "report",
    "HEAR": "hearing",
    "ICOMM": "personal_communication",
    "INPR": "article-journal",
    "JFULL": "article-journal",
    "JOUR": "article-journal",
    "LEGAL": "legislation",
    "MANSCPT": "manuscript",
    "MAP": "map",
    "MGZN": "article-magazine",
    "MPCT": "motion_picture",
    "MUSIC": "musical_score",
    "NEWS": "article-newspaper",
    "PAMP": "pamphlet",
    "PAT": "patent",
    "PCOMM": "personal_communication",
    "RPRT": "report",
    "SER": "book",
    "SLIDE": "speech",
    "SOUND": "song",
    "STAND": "standard",
    "STAT": "legislation",
    "THES": "thesis",
    "UNBILL": "bill",
    "UNPB": "manuscript",
    "VIDEO": "motion_picture",
    "WEB": "webpage",
}
#: Tags copied as they are -> CSL variables (the first of a repeated tag wins).
_STRINGS: dict[str, str] = {
    "TI": "title",
    "T1": "title",
    "CT": "title",
    "ST": "title-short",
    "T2": "container-title",
    "JF": "container-title",
    "JO": "container-title",
    "BT": "container-title",
    "J2": "container-title-short",
    "JA": "container-title-short",
    "J1": "container-title-short",
    "T3": "collection-title",
    "VL": "volume",
    "IS": "issue",
    "C7": "number",
    "ET": "edition",
    "PB": "publisher",
    "CY": "publisher-place",
    "PP": "publisher-place",
    "DO": "DOI",
    "UR": "URL",
    "LA": "language",
    "AB": "abstract",
    "N2": "abstract",
    "M3": "genre",
    "NV": "number-of-volumes",
    "SE": "section",
    "OP": "original-title",
    "DB": "archive",
    "DP": "archive",
    "AN": "archive_location",
    "CN": "call-number",
}
#: Name tags -> CSL name variables.
_NAMES: dict[str, str] = {
    "AU": "author",
    "A1": "author",
    "A2": "editor",
    "ED": "editor",
    "A3": "collection-editor",
    "A4": "translator",
}
_TAG = re.compile(r"([A-Z][A-Z0-9])  -(?: (.*))?$")
_ISSN = re.compile(r"\d{4}-?\d{3}[\dXx]")
_DATE = re.compile(r"(-?\d{1,4})(?:[/-](\d{1,2})?(?:[/-](\d{1,2})?)?)?(?:/.*)?")
_KEY_CHARS = re.compile(r"[^a-z0-9]+")


def parse(text: str, *, path: str | None) -> Parsed:
    """Read the records of RIS *text*.

    >>> parse("TY  - BOOK\\nID  - x\\nTI  - T\\nER  - \\n", path=None).entries[0].work.title
    'T'
    """
    parsed = Parsed(path)
    record: list[tuple[str, str, int]] | None = None
    start = 0
    keys: set[str] = set()
    for number, raw_line in enumerate(text.splitlines(), start=1):
        line = raw_line.rstrip()
        match = _TAG.match(line)
        if match is None:
            if record and line.strip():
                tag, value, first = record[-1]
                record[-1] = (tag, f"{value} {line.strip()}".strip(), first)
            elif line.strip():
                parsed.problem("not a RIS line (expected 'TY  - ')", line=number)
            continue
        tag, value = match[1], (match[2] or "").strip()
        if tag == "TY":
            if record is not None:
                parsed.problem("record not closed by 'ER  - '", line=start)
            record, start = [(tag, value, number)], number
        elif record is None:
            parsed.problem(f"{tag} outside a record (a record starts with 'TY  - ')", line=number)
        elif tag == "ER":
            _record(record, start, parsed, keys)
            record = None
        else:
            record.append((tag, value, number))
    if record is not None:
        parsed.problem("record not closed by 'ER  - '", line=start)
    return parsed


def _record(lines: list[tuple[str, str, int]], start: int, parsed: Parsed, keys: set[str]) -> None:
    """Map one record to CSL-JSON and add its work."""
    item: dict[str, object] = {"type": TYPES.get(lines[0][1].upper(), "document")}
    source: dict[str, str] = {"type": "TY"}
    line_of: dict[str, int] = {"TY": start}
    keywords: list[str] = []
    notes: list[str] = []
    start_page = end_page = year = date = accessed = None
    for tag, value, number in lines[1:]:
        line_of.setdefault(tag, number)
        if not value:
            continue
        if tag in _STRINGS:
            variable = _STRINGS[tag]
            if variable not in item:
                item[variable] = value
                source[variable] = tag
        elif tag in _NAMES:
            variable = _NAMES[tag]
            people = item.setdefault(variable, [])
            assert isinstance(people, list)
            people.append(_name(value))
            source.setdefault(variable, tag)
        elif tag == "SP":
            start_page = start_page or value
        elif tag == "EP":
            end_page = end_page or value
        elif tag in {"PY", "Y1"}:
            year = year or (value, tag)
        elif tag == "DA":
            date = date or value
        elif tag == "Y2":
            accessed = accessed or value
        elif tag == "SN":
            variable = "ISSN" if _ISSN.fullmatch(value) else "ISBN"
            existing = item.get(variable)
            item[variable] = f"{existing}, {value}" if existing else value
            source.setdefault(variable, "SN")
        elif tag == "KW":
            keywords.append(value)
        elif tag == "N1":
            notes.append(value)
    if start_page:
        item["page"] = f"{start_page}-{end_page}" if end_page else start_page
        source["page"] = "SP"
    issued = _date(date) if date else None
    if issued is None and year is not None:
        issued = _date(year[0])
    elif issued is None and date:
        issued = {"literal": date}
    if issued is not None:
        item["issued"] = issued
        source["issued"] = "DA" if date else (year[0] if year else "PY")
    if accessed:
        item["accessed"] = _date(accessed) or {"literal": accessed}
        source["accessed"] = "Y2"
    if keywords:
        item["keyword"] = ", ".join(keywords)
    if notes:
        item["note"] = " ".join(notes)
    key = next((value for tag, value, _ in lines if tag == "ID" and value), None)
    if key is None:
        key = _make_key(item, keys)
    keys.add(key)
    item["id"] = key
    parsed.add(
        key,
        start,
        item,
        field_name=lambda csl: source.get(csl.split(".")[0].split("[")[0], csl),
        field_line=line_of.get,
        mapped=True,
    )


def _name(value: str) -> dict[str, str]:
    """``Family, Given, Suffix`` as a CSL name; leading lower-case words are particles."""
    parts = [part.strip() for part in value.split(",")]
    if len(parts) == 1:
        return {"literal": value.strip()}
    out: dict[str, str] = {}
    words = parts[0].split()
    particle = []
    while len(words) > 1 and words[0][:1].islower():
        particle.append(words.pop(0))
    if words:
        out["family"] = " ".join(words)
    if particle:
        out["non-dropping-particle"] = " ".join(particle)
    if parts[1]:
        out["given"] = parts[1]
    if len(parts) > 2 and parts[2]:
        out["suffix"] = ", ".join(parts[2:])
    return out if "family" in out else {"literal": value.strip()}


def _date(text: str) -> dict[str, object] | None:
    """``YYYY/MM/DD/other`` (RIS) or ``YYYY-MM-DD`` as a CSL date; ``None`` if neither."""
    match = _DATE.fullmatch(text.strip())
    if match is None:
        return None
    parts = [int(match[1])]
    if match[2]:
        parts.append(int(match[2]))
        if match[3]:
            parts.append(int(match[3]))
    return {"date-parts": [parts]}


def _make_key(item: dict[str, object], keys: set[str]) -> str:
    """A key from the first name's family (or literal) and the year: ``smith2020``."""
    name = ""
    for variable in ("author", "editor"):
        people = item.get(variable)
        if isinstance(people, list) and people:
            first = people[0]
            name = first.get("family") or first.get("literal") or ""
            break
    if not name and isinstance(item.get("title"), str):
        name = str(item["title"]).split()[0]
    issued = item.get("issued")
    year = ""
    if isinstance(issued, dict) and issued.get("date-parts"):
        year = str(issued["date-parts"][0][0])
    base = _KEY_CHARS.sub("", name.lower()) + year or "item"
    key, suffix = base, ord("a")
    while key in keys:
        suffix += 1
        key = base + chr(suffix)
    return key
