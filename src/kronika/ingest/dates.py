"""Publication dates as outlets and exports spell them, with their precision.

Timestamps with a zone are read in Hungarian local time (Europe/Budapest): an article
published at 23:30 UTC on 24 December appeared on the 25th for its readers.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from kronika.errors import DateError
from kronika.types import DatePrecision, PublicationDate

LOCAL_ZONE = ZoneInfo("Europe/Budapest")

_HUNGARIAN_MONTHS = {
    "január": 1, "február": 2, "március": 3, "április": 4, "május": 5, "június": 6,
    "július": 7, "augusztus": 8, "szeptember": 9, "október": 10, "november": 11, "december": 12,
}  # fmt: skip

_ISO_MONTH = re.compile(r"(\d{4})-(\d{2})")
_US_SHORT = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?")
_HUNGARIAN_DOTTED = re.compile(
    r"(\d{4})\.\s*(\d{1,2})\.\s*(\d{1,2})\.?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
)
_HUNGARIAN_WORDS = re.compile(
    r"(\d{4})\.\s*([a-záéíóöőúüű]+)\s+(\d{1,2})\.?(?:\s+\d{1,2}:\d{2})?", re.I
)


def parse_publication_date(value: str) -> PublicationDate:
    """Parse a publication date in any spelling Krónika meets; raise DateError otherwise.

    Accepted: ``2026-01-23``, ``2026-01`` (month precision), ISO timestamps with or without a
    zone (``2025-12-24 15:03:00+00:00``), US short exports (``12/24/25 16:23``, month first),
    ``2026.01.23.`` and ``2026. január 23.``.
    """
    text = value.strip()
    if not text:
        raise DateError("empty date")
    try:
        return _parse(text)
    except ValueError as exc:
        raise DateError(f"malformed date {value!r}: {exc}") from exc


def _parse(text: str) -> PublicationDate:
    if m := _ISO_MONTH.fullmatch(text):
        return PublicationDate(dt.date(int(m[1]), int(m[2]), 1), DatePrecision.MONTH)
    if len(text) == 10 and text[4] == "-":
        return PublicationDate(dt.date.fromisoformat(text), DatePrecision.DAY)
    if len(text) > 10 and text[4] == "-" and text[10] in " T":
        stamp = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        if stamp.tzinfo is not None:
            stamp = stamp.astimezone(LOCAL_ZONE)
        return PublicationDate(stamp.date(), DatePrecision.DAY)
    if m := _US_SHORT.fullmatch(text):
        year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
        return PublicationDate(dt.date(year, int(m[1]), int(m[2])), DatePrecision.DAY)
    if m := _HUNGARIAN_DOTTED.fullmatch(text):
        return PublicationDate(dt.date(int(m[1]), int(m[2]), int(m[3])), DatePrecision.DAY)
    if m := _HUNGARIAN_WORDS.fullmatch(text):
        month = _HUNGARIAN_MONTHS.get(m[2].lower())
        if month is None:
            raise ValueError(f"unknown month name {m[2]!r}")
        return PublicationDate(dt.date(int(m[1]), month, int(m[3])), DatePrecision.DAY)
    raise ValueError("expected YYYY-MM-DD, YYYY-MM, an ISO timestamp, MM/DD/YY or YYYY. hónap DD.")
