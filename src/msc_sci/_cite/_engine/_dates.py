"""Dates as citeproc-js reads and prints them.

CSL-JSON dates are read leniently (numbers given as strings, empty parts, months
13-24 as seasons, a ``raw`` string); a ``cs:date`` prints ranges with the
``range-delimiter`` of the largest part that differs, seasons in place of months,
and, while sort keys are rendered, a sortable ``YYYYYMMDD`` key instead of text.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from citeproc import model
from citeproc.source import Date as DateData
from citeproc.source import DateRange, LiteralDate, VariableError
from citeproc.string import String, join

from msc_sci._cite._engine._context import current
from msc_sci._cite._engine._ordinals import ordinal_suffix, ordinal_terms, superscripts

__all__ = ["LITERAL_MARK", "Date", "date_key", "read_date"]

_RANK = {"year": 3, "month": 2, "day": 1}
#: Marks the sort key of a literal date: it sorts after the dates, either way.
LITERAL_MARK = "\ue000"
_RAW = re.compile(r"^\s*(-?\d{1,4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*$")


def _number(value: object) -> int | None:
    """Return *value* as an integer, or None when it is empty or not a number."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    try:
        return int(str(value).strip())
    except ValueError:
        return None


def _single(parts: object, season: object) -> DateData | None:
    """Return one date from its ``[year, month, day]``; parts after an empty one are dropped."""
    if not isinstance(parts, list | tuple):
        return None
    numbers: list[int] = []
    for value in parts[:3]:
        number = _number(value)
        if number is None:
            break
        numbers.append(number)
    if not numbers:
        return None
    fields: dict[str, Any] = {"year": numbers[0]}
    month = numbers[1] if len(numbers) > 1 else None
    if month is not None and 13 <= month <= 24:
        fields["season"] = (month - 13) % 4 + 1  # citeproc-js reads 13-24 as seasons
    elif month is not None and 1 <= month <= 12:
        fields["month"] = month
        if len(numbers) > 2 and 1 <= numbers[2] <= 31:
            fields["day"] = numbers[2]
    if "month" not in fields and "season" not in fields and season not in (None, ""):
        number = _number(season)
        fields["season"] = number if number is not None and 1 <= number <= 4 else str(season)
    return DateData(**fields)


def read_date(value: object) -> Any:
    """Return a CSL-JSON date as a citeproc-py date, range or literal date, or None.

    >>> dict(read_date({"date-parts": [["2000", "", ""]]}))
    {'year': 2000, 'circa': False}
    >>> read_date({"date-parts": [], "raw": "Bogus"}).text
    'Bogus'
    >>> read_date({"raw": "2004-10-01/2004-11"}).end
    {'year': 2004, 'month': 11, 'circa': False}
    """
    if isinstance(value, str):
        value = {"raw": value}
    if not isinstance(value, Mapping):
        return None
    circa = bool(value.get("circa")) and str(value.get("circa")).lower() not in ("0", "false")
    season = value.get("season")
    dates = [_single(parts, season) for parts in value.get("date-parts") or []]
    found = [date for date in dates if date is not None]
    if not found and value.get("raw"):
        matches = [_RAW.match(part) for part in str(value["raw"]).split("/")]
        if len(matches) > 2 or None in matches:
            return LiteralDate(str(value["raw"]), circa=circa)
        found = [
            _single([part for part in match.groups() if part is not None], season)
            for match in matches
            if match is not None
        ]
    if found and found[0] is not None:
        if len(found) > 1 and found[1] is not None and not found[1].is_nil():
            return DateRange(begin=found[0], end=found[1], circa=circa)
        if len(found) > 1:  # an open range, ``[[1987], [0]]``
            return DateRange(begin=found[0], end=DateData(year=0), circa=circa)
        found[0]["circa"] = circa
        return found[0]
    if value.get("literal"):
        return LiteralDate(str(value["literal"]), circa=circa)
    return None


def _part_key(date: Any, names: Collection[str]) -> str:
    year = dict.get(date, "year", 0) if "year" in names else 0
    month = dict.get(date, "month", 0) if "month" in names else 0
    day = dict.get(date, "day", 0) if "day" in names and month else 0
    return f"{year + 10000:05}{month:02}{day:02}"


def date_key(value: Any, names: Collection[str]) -> str:
    """Return the sort key of a date shown with the parts *names* (others count as 0).

    >>> date_key(read_date({"date-parts": [[-100, 7, 13]]}), {"year", "month"})
    '099000700'
    """
    if isinstance(value, LiteralDate):
        return LITERAL_MARK + str(value.text)
    if isinstance(value, DateRange):
        end = value.end
        ends = "" if end.is_nil() else _part_key(end, names)
        return _part_key(value.begin, names) + "-" + ends
    return _part_key(value, names)


class Date(model.Date):
    """A ``cs:date`` of a style: localized or not, single dates and ranges.

    As in citeproc-js, the formatting of a date with its own date parts applies to the
    whole date, inside its affixes; a localized date keeps only its affixes.
    """

    def process(
        self,
        item: Any,
        variable: str | None = None,
        show_parts: Any = None,
        context: Any = None,
        **kwargs: Any,
    ) -> Any:
        if self.is_locale_date():
            return super().process(item, variable, show_parts, context, **kwargs)
        name = (variable or self.get("variable") or "").replace("-", "_")
        state = current()
        if self.get("variable") in state.repressed.get(self.tag, ()):
            return None  # a cs:substitute already printed it in this cite or entry
        value = item.reference[name]  # VariableError when missing
        if not value or (state.probing and name == "accessed"):
            # citeproc-js tells citations apart without their accessed dates
            raise VariableError
        parts, delimiter = self._parts()
        if state.sorting:
            names = {part.get("name") for part, _ in parts}
            return String(date_key(value, names))
        if isinstance(value, LiteralDate):
            if not any(attributes["name"] == "year" for _, attributes in parts):
                return None  # a literal date stands in for the year, as in citeproc-js
            return self._finish(String(str(value.text)))
        # an implicit year suffix follows only the first year of a cite or entry
        placed = state.implicit_placed or name != "issued"
        suffix = "" if placed else str(state.suffixes.get(item.key) or "")
        if isinstance(value, DateRange) and not value.end.is_nil():
            text = self._range(value.begin, value.end, parts, delimiter, suffix)
        elif isinstance(value, DateRange):
            begin = self._single(value.begin, parts, delimiter, suffix)
            text = None if begin is None else begin + String("\u2013")
        else:
            text = self._single(value, parts, delimiter, suffix)
        if text is None:
            return None
        if suffix and any(attributes["name"] == "year" for _, attributes in parts):
            state.implicit_placed = True
        return self._finish(text)

    def _finish(self, text: Any) -> Any:
        """Return the date's *text* with its formatting and affixes."""
        return self.wrap(text if self.get("form") else self.format(text))

    def _parts(self) -> tuple[list[tuple[Any, dict[str, str]]], str]:
        """Return the date parts to print, each with its attributes, and their delimiter."""
        try:
            return self.__dict__["_parts_memo"]
        except KeyError:
            pass
        form = self.get("form")
        own = {part.get("name"): part for part in self.iterchildren(_DATE_PART)}
        parts: list[tuple[Any, dict[str, str]]] = []
        if form:
            localized = self.get_date(form)
            shown = self.get("date-parts", "year-month-day").split("-")
            delimiter = localized.get("delimiter")
            if delimiter is None:
                delimiter = self.get("delimiter", "")
            for part in localized.iterchildren(_DATE_PART):
                name = part.get("name")
                if name not in shown:
                    continue
                attributes = dict(part.attrib)
                override = own.get(name)
                if override is not None:
                    attributes.update(
                        (key, value)
                        for key, value in override.attrib.items()
                        if key not in ("prefix", "suffix")
                    )
                parts.append((part, attributes))
        else:
            delimiter = self.get("delimiter", "")
            parts = [(part, dict(part.attrib)) for part in own.values()]
        found = self.__dict__["_parts_memo"] = (parts, delimiter)
        return found

    def _single(
        self, date: Any, parts: list[tuple[Any, dict[str, str]]], delimiter: str, suffix: str
    ) -> Any:
        texts = [text for text in self._marked(parts, _raw(self, date, parts, suffix)) if text]
        return join(texts, delimiter) if texts else None

    def _range(
        self,
        begin: Any,
        end: Any,
        parts: list[tuple[Any, dict[str, str]]],
        delimiter: str,
        suffix: str,
    ) -> Any:
        names = [attributes["name"] for _, attributes in parts]
        largest = _largest_difference(begin, end, names)
        if largest is None:
            return self._single(begin, parts, delimiter, suffix)
        inside = [index for index, name in enumerate(names) if _RANK[name] <= _RANK[largest]]
        first, last = inside[0], inside[-1]
        range_delimiter = next(
            attributes.get("range-delimiter", "\u2013")
            for _, attributes in parts
            if attributes["name"] == largest
        )
        raw_starts = _raw(self, begin, parts, "")
        raw_ends = _raw(self, end, parts, suffix)
        # the two sides meet at the range delimiter: no affixes there
        shown = [index for index in range(first, last + 1) if raw_starts[index] is not None]
        starts = self._marked(parts, raw_starts, bare_last=shown[-1] if shown else -1)
        shown = [index for index in range(first, last + 1) if raw_ends[index] is not None]
        ends = self._marked(parts, raw_ends, bare_first=shown[0] if shown else -1)
        pieces = [text for text in starts[:first] if text]
        opening = [text for text in starts[first : last + 1] if text]
        closing = [text for text in ends[first : last + 1] if text]
        if opening and closing:
            pieces.append(
                join(opening, delimiter) + String(range_delimiter) + join(closing, delimiter)
            )
        else:
            pieces.extend(opening or closing)
        pieces.extend(text for text in ends[last + 1 :] if text)
        return join(pieces, delimiter) if pieces else None

    @staticmethod
    def _marked(
        parts: list[tuple[Any, dict[str, str]]],
        texts: list[str | None],
        *,
        bare_first: int = -1,
        bare_last: int = -1,
    ) -> list[Any]:
        """Return each part's text with its affixes and formatting (None where it has none).

        The part at *bare_first* loses its prefix, the one at *bare_last* its suffix.
        """
        out: list[Any] = []
        for index, ((part, attributes), text) in enumerate(zip(parts, texts, strict=True)):
            if text is None:
                out.append(None)
                continue
            shown = dict(attributes)
            if index == bare_first:
                shown.pop("prefix", None)
            if index == bare_last:
                shown.pop("suffix", None)
            with _attributes(part, shown):
                out.append(part.markup(String(text)))
        return out


def _raw(
    owner: Any, date: Any, parts: list[tuple[Any, dict[str, str]]], suffix: str
) -> list[str | None]:
    """Return the text of each part of *date*, the year followed by *suffix*.

    Terms (months, seasons, BC) come from the locales of *owner*, the style's
    ``cs:date``: the style's own locale first, even for a localized date.
    """
    out = []
    for _, attributes in parts:
        text = _part_text(owner, attributes, date)
        if text is not None and attributes["name"] == "year":
            text += suffix
        out.append(text)
    return out


_DATE_PART = "{http://purl.org/net/xbiblio/csl}date-part"


def _largest_difference(begin: Any, end: Any, names: list[str]) -> str | None:
    """Return the largest shown part (year, month, day) in which *begin* and *end* differ."""
    for name in ("year", "month", "day"):
        if name not in names:
            continue
        if name == "month":
            differ = _month(begin) != _month(end)
        else:
            differ = dict.get(begin, name) != dict.get(end, name)
        if differ:
            return name
    return None


def _month(date: Any) -> tuple[object, object]:
    return (dict.get(date, "month"), dict.get(date, "season"))


@contextmanager
def _attributes(part: Any, attributes: dict[str, str]) -> Iterator[None]:
    """Give *part* the *attributes* for a while (a style's overrides of a locale's part)."""
    saved = dict(part.attrib)
    if saved == attributes:
        yield
        return
    part.attrib.clear()
    part.attrib.update(attributes)
    try:
        yield
    finally:
        part.attrib.clear()
        part.attrib.update(saved)


def _part_text(owner: Any, attributes: dict[str, str], date: Any) -> str | None:
    """Return the text of one date part of *date*, before affixes and formatting."""
    name = attributes.get("name")
    if name == "year":
        year = dict.get(date, "year")
        if year is None or (year == 0 and date.is_nil()):
            return None
        if attributes.get("form") == "short":
            return f"{abs(year) % 100:02}"
        if year < 0:
            return f"{-year}{owner.get_single_term('bc')}"
        if year < 1000:
            return f"{year}{owner.get_single_term('ad')}"
        return str(year)
    month = dict.get(date, "month")
    form = attributes.get("form")
    if name == "month":
        if month is None:
            season = dict.get(date, "season")
            if isinstance(season, int):
                return str(owner.get_single_term(f"season-{season:02}"))
            return None if season is None else str(season)
        if form == "numeric":
            return str(month)
        if form == "numeric-leading-zeros":
            return f"{month:02}"
        term = f"month-{month:02}"
        return str(owner.get_single_term(term, form="short" if form == "short" else None))
    day = dict.get(date, "day")
    if name != "day" or day is None or month is None:
        return None
    if form == "numeric-leading-zeros":
        return f"{day:02}"
    if form == "ordinal":
        limited = str(owner.get_locale_option("limit-day-ordinals-to-day-1")).lower() == "true"
        if not limited or day == 1:
            return _ordinal(owner, day, month)
    return str(day)


def _ordinal(owner: Any, day: int, month: int) -> str:
    """Return *day* as an ordinal, in the gender of the month's term."""
    root = owner.get_root()
    locales = getattr(root, "locales", None) or [root]
    gender = None
    for locale in locales:
        term = locale.find(f".//{{{_CS}}}term[@name='month-{month:02}']")
        if term is not None:
            gender = term.get("gender")
            break
    terms = ordinal_terms(root)
    return superscripts(str(day) + ordinal_suffix(day, terms, gender))


_CS = "http://purl.org/net/xbiblio/csl"
