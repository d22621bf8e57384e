"""Dates as CSL-JSON knows them: a year, maybe a month and day, maybe a range."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from msc_sci._errors import RecordError
from msc_sci._fields import Fields

__all__ = ["Date"]

_EDTF = re.compile(r"(-?\d{1,4})(?:-(\d{2})(?:-(\d{2}))?)?")
_SEASONS = range(13, 17)  # CSL-JSON months 13 to 16 are the four seasons


@dataclass(frozen=True, slots=True, kw_only=True)
class Date:
    """A calendar date with optional month and day, or a date range.

    Attributes:
        year: The year (negative for BCE); ``None`` only for a literal date.
        month: 1 to 12, or 13 to 16 for a season, or ``None``.
        day: A day that exists in that month, or ``None``.
        end: The end of a range, or ``None``.
        season: A season given as text, e.g. ``"Spring"``.
        circa: Whether the date is approximate.
        literal: A date that is printed as it is, e.g. ``"n.d."``.
        raw: The unparsed text the date came from, if given.

    >>> str(Date(year=2021, month=2, day=18))
    '2021-02-18'
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None
    end: Date | None = None
    season: str | None = None
    circa: bool = False
    literal: str | None = None
    raw: str | None = None

    def __post_init__(self) -> None:
        if self.year is None:
            if self.literal is None and self.raw is None:
                raise RecordError("a date needs a year, a literal or raw text", field="year")
            if self.month is not None or self.day is not None:
                raise RecordError("a month or day needs a year", field="month", value=self.month)
            return
        if not -9999 <= self.year <= 9999:
            raise RecordError("year out of range (-9999 to 9999)", field="year", value=self.year)
        if self.month is not None and not (1 <= self.month <= 12 or self.month in _SEASONS):
            raise RecordError(
                "month must be 1 to 12 (13 to 16: seasons)", field="month", value=self.month
            )
        if self.day is not None:
            if self.month is None or self.month > 12:
                raise RecordError("a day needs a month", field="day", value=self.day)
            year = self.year if self.year > 0 else 2000  # calendar needs a positive leap rule
            last = calendar.monthrange(year, self.month)[1]
            if not 1 <= self.day <= last:
                raise RecordError(
                    f"no such day: {calendar.month_name[self.month]} has {last} days",
                    field="day",
                    value=self.day,
                )
        if self.end is not None and self.end.end is not None:
            raise RecordError("a range end cannot itself be a range", field="end")

    @property
    def parts(self) -> tuple[int, ...]:
        """The date as CSL ``date-parts``: year, then month and day where known."""
        return tuple(p for p in (self.year, self.month, self.day) if p is not None)

    def __str__(self) -> str:
        if self.year is None:
            return self.literal or self.raw or ""
        text = f"{self.year:04d}" if self.year >= 0 else str(self.year)
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        if self.end is not None:
            text += f"/{self.end}"
        return text

    @classmethod
    def parse(cls, text: str) -> Date:
        """Parse an ISO/EDTF date ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` or a ``/`` range.

        Raises:
            RecordError: when *text* is not such a date.
            TypeError: when *text* is not a string.

        >>> Date.parse("2021-04").parts
        (2021, 4)
        """
        if not isinstance(text, str):
            raise TypeError(f"a date to parse must be a string, not {type(text).__name__}")
        start, slash, end = text.strip().partition("/")
        date = cls._parse_one(start, text)
        if slash:
            return cls(
                year=date.year, month=date.month, day=date.day, end=cls._parse_one(end, text)
            )
        return date

    @classmethod
    def _parse_one(cls, part: str, text: str) -> Date:
        match = _EDTF.fullmatch(part)
        if not match:
            raise RecordError("not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)", value=text)
        year, month, day = (int(g) if g else None for g in match.groups())
        try:
            return cls(year=year, month=month, day=day)
        except RecordError as exc:
            raise RecordError(exc.reason, value=text) from None

    @classmethod
    def from_csl_json(cls, data: object, where: str = "", *, path: str | None = None) -> Date:
        """Build a date from a CSL-JSON date object or an EDTF string."""
        if isinstance(data, str):
            with Fields({"raw": data}, where, path=path).at("raw"):
                return cls.parse(data)
        fields = Fields(data, where, path=path)
        fields.reject_unknown(("date-parts", "season", "circa", "literal", "raw"))
        ranges = fields.array("date-parts")
        if len(ranges) > 2:
            raise fields.error("date-parts", "at most two dates (a start and an end)", len(ranges))
        parsed = [_read_parts(fields, index, item) for index, item in enumerate(ranges)]
        if len(parsed) == 2 and not parsed[1]:
            parsed.pop()  # an empty end date ([] or [null]) is no end
        if parsed and not parsed[0]:
            if any(parsed[1:]):
                raise fields.error("date-parts[0]", "empty, yet an end date follows", ranges[0])
            parsed = []
        season = fields.opt_string("season", numbers=True)
        literal = fields.opt_string("literal")
        raw = fields.opt_string("raw")
        circa = fields.flag("circa")
        if not parsed:
            if literal is None and raw is None:
                reason = "empty" if ranges else "missing"
                raise fields.error(
                    "date-parts", f"{reason} (a date needs date-parts, a literal or raw)"
                )
            return cls(season=season, circa=circa, literal=literal, raw=raw)
        end = None
        if len(parsed) == 2 and parsed[1] != parsed[0]:
            end = _build(fields, 1, parsed[1])
        start = _build(fields, 0, parsed[0])
        return cls(
            year=start.year,
            month=start.month,
            day=start.day,
            end=end,
            season=season,
            circa=circa,
            literal=literal,
            raw=raw,
        )

    def to_csl_json(self) -> dict[str, object]:
        """Return the CSL-JSON date object."""
        out: dict[str, object] = {}
        if self.year is not None:
            ranges = [list(self.parts)]
            if self.end is not None:
                ranges.append(list(self.end.parts))
            out["date-parts"] = ranges
        if self.season is not None:
            out["season"] = self.season
        if self.circa:
            out["circa"] = True
        if self.literal is not None:
            out["literal"] = self.literal
        if self.raw is not None:
            out["raw"] = self.raw
        return out


def _read_parts(fields: Fields, index: int, item: object) -> tuple[int, ...]:
    """Read one date's parts; trailing empty parts ("" or null) count as absent."""
    where = f"date-parts[{index}]"
    if not isinstance(item, list | tuple) or len(item) > 3:
        raise fields.error(where, "expected [year], [year, month] or [year, month, day]", item)
    present = list(item)
    while present and (present[-1] is None or present[-1] == ""):
        present.pop()
    parts = []
    for position, part in enumerate(present):
        if isinstance(part, str) and re.fullmatch(r"-?\d{1,4}", part.strip()):
            part = int(part)
        if isinstance(part, bool) or not isinstance(part, int):
            raise fields.error(f"{where}[{position}]", "expected a whole number", part)
        parts.append(part)
    return tuple(parts)


def _build(fields: Fields, index: int, parts: tuple[int, ...]) -> Date:
    """Make a date from *parts*, placing errors at their position in ``date-parts``."""
    padded: tuple[int | None, ...] = (*parts, None, None, None)
    try:
        return Date(year=padded[0], month=padded[1], day=padded[2])
    except RecordError as exc:
        position = ("year", "month", "day").index(exc.field) if exc.field else 0
        raise fields.error(f"date-parts[{index}][{position}]", exc.reason, exc.value) from None
