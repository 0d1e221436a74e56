from __future__ import annotations

import datetime as dt

import pytest

from kronika.errors import DateError
from kronika.ingest.dates import parse_publication_date
from kronika.types import DatePrecision


@pytest.mark.parametrize(
    ("spelling", "expected", "precision"),
    [
        ("2026-01-23", dt.date(2026, 1, 23), DatePrecision.DAY),
        ("2026-01", dt.date(2026, 1, 1), DatePrecision.MONTH),
        ("2025-12-24 15:03:00+00:00", dt.date(2025, 12, 24), DatePrecision.DAY),
        ("2025-12-24 16:23:52+01:00", dt.date(2025, 12, 24), DatePrecision.DAY),
        ("12/23/25 18:31", dt.date(2025, 12, 23), DatePrecision.DAY),
        ("12/20/25 0:05", dt.date(2025, 12, 20), DatePrecision.DAY),
        ("2026.01.23.", dt.date(2026, 1, 23), DatePrecision.DAY),
        ("2026. január 23.", dt.date(2026, 1, 23), DatePrecision.DAY),
        ("2026. január 23. 14:05", dt.date(2026, 1, 23), DatePrecision.DAY),
    ],
)
def test_publication_date_spellings(
    spelling: str, expected: dt.date, precision: DatePrecision
) -> None:
    date = parse_publication_date(spelling)
    assert date.value == expected
    assert date.precision is precision


def test_utc_timestamp_late_at_night_is_the_next_day_in_budapest() -> None:
    assert parse_publication_date("2025-12-24 23:30:00+00:00").value == dt.date(2025, 12, 25)


@pytest.mark.parametrize("bad", ["2026-13-01", "2026-02-30", "tegnap", "2026. hókusz 3.", ""])
def test_malformed_dates_raise_a_date_error_naming_the_value(bad: str) -> None:
    with pytest.raises(DateError) as info:
        parse_publication_date(bad)
    assert bad in str(info.value) or "empty" in str(info.value)
