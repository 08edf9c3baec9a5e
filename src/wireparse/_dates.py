"""Reading timestamps: exact fast paths for known layouts, dateutil behind them.

This is the only module that imports :mod:`dateutil`.  The fast paths are
full matches of compiled patterns built from the vocabulary's month, weekday
and zone tables; dateutil runs only for text none of them matches, always with
a fixed ``default`` (never today's date) and the vocabulary's zones, and its
failures become defects rather than exceptions or warnings.
"""

from __future__ import annotations

import datetime
import re
import warnings
from typing import TYPE_CHECKING

import attrs
from dateutil import parser as dateutil_parser

if TYPE_CHECKING:
    from wireparse._vocabulary import Vocabulary

__all__ = ["Reading", "TimestampReader", "resolve_day"]

_DEFAULT_A = datetime.datetime(2000, 1, 1)  # noqa: DTZ001 - a fixed fill, never shown
_DEFAULT_B = datetime.datetime(2001, 2, 2)  # noqa: DTZ001
_MAX_FALLBACK = 200
"""The longest text handed to dateutil: a time is never written longer."""


@attrs.frozen
class Reading:
    """What a timestamp said: a datetime, or why there is none."""

    value: datetime.datetime | None
    problem: str | None = None
    """A defect code when the reading is missing or incomplete."""
    message: str = ""
    layout: str | None = None
    """The name of the fast-path layout that matched, if one did."""


class TimestampReader:
    """Reads timestamps with the patterns of one vocabulary."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        """Compile the layouts for *vocabulary*."""
        self._vocabulary = vocabulary
        month = rf"(?P<mon>{vocabulary.month_pattern})"
        weekday = rf"(?:{vocabulary.weekday_pattern},?\s+)?"
        zone = (
            rf"(?:\s*\(?(?P<zone>{vocabulary.zone_pattern}|[+-]\d{{2}}:?\d{{2}}"
            rf"|(?:UTC|GMT)[+-]\d{{1,2}}(?::?\d{{2}})?)\)?)?"
        )
        clock = (
            r"(?P<hour>\d{1,2})[:.](?P<minute>\d{2})"
            r"(?::(?P<second>\d{2})(?:\.(?P<fraction>\d+))?)?"
            r"\s*(?P<ampm>[aApP]\.?\s?[mM]\.?)?"
        )
        time_sep = r"(?:\s*[,\-\u2013\u2014|@/]\s*|\s+(?:at\s+)?|T)"
        self._layouts: tuple[tuple[str, re.Pattern[str]], ...] = (
            # Korea Herald: "Aug 8, 2017 - 09:44" (Korea Standard Time implied)
            (
                "koreaherald",
                re.compile(
                    rf"{month}\s(?P<day>\d{{1,2}}),\s(?P<year>\d{{4}})\s-\s"
                    r"(?P<hour>\d{2}):(?P<minute>\d{2})"
                ),
            ),
            (
                "month-day-year",
                re.compile(
                    rf"{weekday}{month}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})"
                    rf"(?:{time_sep}{clock})?{zone}"
                ),
            ),
            (
                "day-month-year",
                re.compile(
                    rf"{weekday}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{month},?\s+(?P<year>\d{{4}})"
                    rf"(?:{time_sep}{clock})?{zone}"
                ),
            ),
            # The clock first: "11:19 EST, 3 September 2012" (Daily Mail)
            (
                "clock-day-month-year",
                re.compile(
                    rf"{clock}{zone},?\s+{weekday}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{month},?"
                    rf"\s+(?P<year>\d{{4}})"
                ),
            ),
            (
                "clock-month-day-year",
                re.compile(
                    rf"{clock}{zone},?\s+{weekday}{month}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?"
                    rf"\s+(?P<year>\d{{4}})"
                ),
            ),
            (
                "numeric",
                re.compile(
                    r"(?P<year>\d{4})(?P<sep>[-./])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})\.?"
                    r"(?:(?:T|\s+)(?:(?P<kampm>오전|오후)\s*)?" + clock + r")?" + zone
                ),
            ),
        )

    def read(self, text: str) -> Reading:
        """Read one timestamp written as *text*."""
        value = text.strip().rstrip(" .,;|")
        for name, pattern in self._layouts:
            match = pattern.fullmatch(value)
            if match is not None:
                return self._from_match(name, match)
        return self._fallback(value)

    def _from_match(self, layout: str, match: re.Match[str]) -> Reading:
        fields = match.groupdict()
        vocabulary = self._vocabulary
        month = (
            int(fields["month"])
            if fields.get("month")
            else vocabulary.months[fields["mon"].rstrip(".").casefold()]
        )
        hour = int(fields.get("hour") or 0)
        ampm = (fields.get("ampm") or "").replace(".", "").replace(" ", "").lower()
        if fields.get("kampm"):
            ampm = "pm" if fields["kampm"] == "오후" else "am"
        if ampm:
            if not 1 <= hour <= 12:  # noqa: PLR2004
                return Reading(None, "unparsable-timestamp", f"hour {hour} with {ampm}")
            hour = hour % 12 + (12 if ampm == "pm" else 0)
        try:
            value = datetime.datetime(  # noqa: DTZ001 - the zone is decided below
                int(fields["year"]),
                month,
                int(fields["day"]),
                hour,
                int(fields.get("minute") or 0),
                int(fields.get("second") or 0),
                int((fields.get("fraction") or "0")[:6].ljust(6, "0")),
            )
        except ValueError as err:
            return Reading(None, "unparsable-timestamp", str(err), layout)
        zone_text = fields.get("zone")
        if zone_text:
            tz = self._zone(zone_text)
            if tz is None:  # pragma: no cover - the pattern admits only known forms
                return Reading(value, "unknown-zone", f"unknown zone {zone_text!r}", layout)
            return Reading(value.replace(tzinfo=tz), layout=layout)
        return Reading(value, "naive-timestamp", "the timestamp states no time zone", layout)

    def _zone(self, text: str) -> datetime.tzinfo | None:
        named = self._vocabulary.zones.get(text)
        if named is not None:
            return named
        if text == "Z":
            return datetime.UTC
        match = re.fullmatch(r"(?:UTC|GMT)?([+-])(\d{1,2}):?(\d{2})?", text)
        if match is None:
            return None
        sign = -1 if match.group(1) == "-" else 1
        minutes = int(match.group(2)) * 60 + int(match.group(3) or 0)
        if minutes >= 24 * 60:
            return None
        return datetime.timezone(datetime.timedelta(minutes=sign * minutes))

    def _fallback(self, value: str) -> Reading:
        """Ask dateutil, with fixed defaults, and check that it found a full date."""
        if len(value) > _MAX_FALLBACK:  # no time is written so long; dateutil would be slow
            shown = f"{value[:40]}…"
            return Reading(None, "unparsable-timestamp", f"{shown!r} is too long to be a time")
        zones = self._vocabulary.zones
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                first = dateutil_parser.parse(value, default=_DEFAULT_A, tzinfos=dict(zones))
                second = dateutil_parser.parse(value, default=_DEFAULT_B, tzinfos=dict(zones))
        # ArithmeticError: dateutil's decimal seconds overflow on digit runs ("11:0233333…")
        except (ValueError, ArithmeticError, TypeError) as err:
            return Reading(None, "unparsable-timestamp", f"cannot read {value!r} as a time: {err}")
        if first.date() != second.date():
            return Reading(
                None, "incomplete-timestamp", f"{value!r} lacks a year, month or day; not guessed"
            )
        if first.tzinfo is None:
            if re.search(r"\b[A-Z]{2,5}\b\s*\Z", value):
                return Reading(
                    first, "unknown-zone", f"{value!r} names a zone not in the vocabulary"
                )
            return Reading(first, "naive-timestamp", "the timestamp states no time zone")
        return Reading(first)


def resolve_day(month: int, day: int, anchor: datetime.datetime | None) -> datetime.date | None:
    """The calendar date of a year-less *month*/*day* written near *anchor*.

    The year is *anchor*'s, or the one before when that would put the day more
    than a week after the anchor (a December dateline on copy stamped in
    January).  Without an anchor there is no year, and no guess.
    """
    if anchor is None:
        return None
    for year in (anchor.year, anchor.year - 1):
        try:
            candidate = datetime.date(year, month, day)
        except ValueError:
            continue
        if candidate <= anchor.date() + datetime.timedelta(days=7):
            return candidate
    return None
