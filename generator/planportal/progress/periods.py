"""A reporting period is a month, written YYYY-MM (2025-03)."""

from __future__ import annotations

import calendar
import datetime as dt
import re

_LOOSE = re.compile(r"^\s*(\d{4})\s*(?:-|/|\.|年)\s*(\d{1,2})\s*月?\s*$")


def parse(text: str) -> str | None:
    """'2025-03', '2025-3', '2025/3' or '2025年3月' -> '2025-03'; None when it is not a month."""
    match = _LOOSE.match(str(text))
    if not match or not 1 <= int(match.group(2)) <= 12:
        return None
    return f"{match.group(1)}-{int(match.group(2)):02d}"


def of(day: dt.date) -> str:
    return f"{day.year}-{day.month:02d}"


def first_day(period: str) -> dt.date:
    year, month = map(int, period.split("-"))
    return dt.date(year, month, 1)


def last_day(period: str) -> dt.date:
    year, month = map(int, period.split("-"))
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def label(period: str) -> str:
    year, month = period.split("-")
    return f"{year}年{int(month)}月"


def default_due(period: str) -> dt.date:
    """报送截止日 unless given: the 25th of the period's month ("每月25日前报送")."""
    return first_day(period).replace(day=25)
