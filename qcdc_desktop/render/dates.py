"""Dates as Decree 30 prints them, and the number line printed above the date line."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from qcdc_desktop.model.draft import DocDate

if TYPE_CHECKING:
    from qcdc_desktop.doctypes.types import DocType
    from qcdc_desktop.model.draft import Draft

# Room left for the records clerk to write the number and the day/month by hand.
BLANK = "\u00a0" * 6


def pad_day_month(value: int, *, is_month: bool) -> str:
    """Days 1–9 and months 1–2 get a leading zero; nothing else does."""
    if is_month:
        return f"{value:02d}" if value in (1, 2) else str(value)
    return f"{value:02d}" if value < 10 else str(value)


def is_real_date(date: DocDate) -> bool:
    if date.day is None and date.month is None:
        return 1900 <= date.year <= 2200
    if date.day is None or date.month is None:
        return False
    try:
        dt.date(date.year, date.month, date.day)
    except ValueError:
        return False
    return True


def place_date_line(place: str, date: DocDate) -> str:
    """ "Tây Ninh, ngày 05 tháng 02 năm 2024", or with blanks for day and month."""
    if date.day is not None and date.month is not None:
        day = pad_day_month(date.day, is_month=False)
        month = pad_day_month(date.month, is_month=True)
    elif date.month is not None:  # the day left for the records clerk, the month given
        day, month = BLANK, pad_day_month(date.month, is_month=True)
    else:
        day = month = BLANK
    prefix = f"{place.strip()}, " if place.strip() else ""
    return f"{prefix}ngày {day} tháng {month} năm {date.year}"


_TYPED = re.compile(r"^\s*(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})\s*$")


def parse_typed_date(text: str) -> dt.date | None:
    """A date typed as d/m/yyyy (as in "ngày 31/01/2024"); None when it is not a real date."""
    m = _TYPED.match(text)
    if not m:
        return None
    try:
        return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None


def number_line(draft: Draft, doc_type: DocType) -> str:
    symbol = f"{doc_type.abbreviation}-{draft.agency.abbreviation.strip()}".rstrip("-")
    number = draft.number.strip()
    if number.isdigit() and int(number) < 10:
        number = f"{int(number):02d}"  # the decree: numbers below 10 get a leading zero
    return f"Số: {number}/{symbol}" if number else f"Số:{BLANK}/{symbol}"
