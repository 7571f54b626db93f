"""Dates written in the text: impossible ones (31/02/2024), malformed ones ("ngày 31 năm
01 năm 2024"), and "Từ ngày … đến ngày …" ranges outside the report's period.

Every finding carries the corrected text: the date written out properly, the last day
of the month for a day the month does not have, day and month swapped when only that
makes sense, the period's own dates for a range that leaves it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from qcdc_desktop.proofing.issues import TextIssue

# Years a date in a report can plausibly name; anything else is a number, not a date.
YEARS = range(1900, 2101)

_NUMERIC = r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/])"
_WORDS = r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})"
NUMERIC = re.compile(_NUMERIC)
WORDS = re.compile(r"\b" + _WORDS, re.IGNORECASE)
# "ngày 31 năm 01 năm 2024", "ngày 31 tháng 01 2024", "ngày 31 01 năm 2024".
MALFORMED = re.compile(
    r"\bngày\s+(\d{1,2})\s+(?:(tháng|năm|ngày)\s+)?(\d{1,2})\s+(?:(tháng|năm|ngày)\s+)?(\d{4})\b",
    re.IGNORECASE,
)
RANGE = re.compile(
    r"\b(?P<from>[Tt]ừ)\s+(?P<day1>ngày\s+)?(?P<a>\d{1,2}(?:[/.-]\d{1,2}[/.-]\d{4}|\s+tháng\s+\d{1,2}"
    r"\s+năm\s+\d{4}))\s+(?P<to>đến|tới)\s+(?P<day2>ngày\s+)?(?P<b>\d{1,2}(?:[/.-]\d{1,2}[/.-]\d{4}"
    r"|\s+tháng\s+\d{1,2}\s+năm\s+\d{4}))"
)
_PARTS = re.compile(r"(\d{1,2})\D+?(\d{1,2})\D+?(\d{4})")


@dataclass(frozen=True)
class WrittenDate:
    day: int
    month: int
    year: int

    def valid(self) -> bool:
        if not 1 <= self.month <= 12 or self.day < 1:
            return False
        return self.day <= calendar.monthrange(self.year, self.month)[1]

    def as_date(self) -> dt.date | None:
        return dt.date(self.year, self.month, self.day) if self.valid() else None


def parse_date(text: str) -> WrittenDate | None:
    """ "31/5/2024", "31.05.2024", "31 tháng 5 năm 2024" -> the numbers (not validated)."""
    m = _PARTS.search(text)
    if m is None:
        return None
    return WrittenDate(int(m.group(1)), int(m.group(2)), int(m.group(3)))


def _pad(model: str, value: int) -> str:
    return f"{value:02d}" if len(model) == 2 else str(value)


def _fixed_day_month(day: int, month: int, year: int) -> tuple[int, int] | None:
    """The day and month a writer most likely meant, or None when no guess is safe."""
    if 1 <= day <= 12 and 12 < month <= 31 and WrittenDate(month, day, year).valid():
        return month, day  # day and month swapped
    if 1 <= month <= 12 and day > 28:
        return calendar.monthrange(year, month)[1], month  # the last day of that month
    return None


def _impossible_message(text: str) -> str:
    return f"Ngày “{text}” không có thật."


def impossible_dates(text: str) -> Iterator[TextIssue]:
    """31/02/2024 and "ngày 31 tháng 02 năm 2024": each with the nearest real date
    written the same way, where one is near."""

    def numeric(m: re.Match[str], day: str, month: str) -> str:
        sep = m.group(2)
        return f"{day}{sep}{month}{sep}{m.group(4)}"

    def words(m: re.Match[str], day: str, month: str) -> str:
        return f"ngày {day} tháng {month} năm {m.group(3)}"

    forms = ((NUMERIC, (1, 3, 4), numeric), (WORDS, (1, 2, 3), words))
    for pattern, (d, mo, y), write in forms:
        for m in pattern.finditer(text):
            day, month, year = int(m.group(d)), int(m.group(mo)), int(m.group(y))
            if year not in YEARS or WrittenDate(day, month, year).valid():
                continue
            fix = _fixed_day_month(day, month, year)
            suggestions = (
                (write(m, _pad(m.group(d), fix[0]), _pad(m.group(mo), fix[1])),) if fix else ()
            )
            yield TextIssue(
                "date.impossible",
                "error",
                m.start(),
                m.end(),
                _impossible_message(m.group(0)),
                suggestions,
            )


def malformed_dates(text: str) -> Iterator[TextIssue]:
    for m in MALFORMED.finditer(text):
        first, second = (m.group(2) or "").lower(), (m.group(4) or "").lower()
        if (first, second) == ("tháng", "năm"):
            continue  # well formed
        year = int(m.group(5))
        if year not in YEARS:
            continue
        fixed = f"ngày {m.group(1)} tháng {m.group(3)} năm {year}"
        if m.group(0)[:1] == "N":
            fixed = "N" + fixed[1:]
        yield TextIssue(
            "date.malformed",
            "warning",
            m.start(),
            m.end(),
            f"Ngày viết sai dạng “{m.group(0)}”; viết đúng là “{fixed}”.",
            (fixed,),
        )


def _range_text(match: re.Match[str], start: str, end: str) -> str:
    day1, day2 = match.group("day1") or "", match.group("day2") or ""
    return f"{match.group('from')} {day1}{start} {match.group('to')} {day2}{end}"


def _same_form(model: str, date: str) -> str:
    """The period's date ("31/5/2024") written the way the text wrote its own."""
    parsed = parse_date(date)
    if parsed is None or "tháng" not in model:
        return date
    return f"{parsed.day:02d} tháng {parsed.month} năm {parsed.year}"


def ranges_outside(text: str, period_start: str, period_end: str) -> Iterator[TextIssue]:
    """ "Từ ngày … đến ngày …" that starts before or ends after the period, or runs backwards."""
    first = parse_date(period_start)
    last = parse_date(period_end)
    lo = first.as_date() if first else None
    hi = last.as_date() if last else None
    for m in RANGE.finditer(text):
        a, b = parse_date(m.group("a")), parse_date(m.group("b"))
        da = a.as_date() if a else None
        db = b.as_date() if b else None
        if da is None or db is None:
            continue  # impossible dates are reported on their own
        if da > db:
            yield TextIssue(
                "date.range_reversed",
                "warning",
                m.start(),
                m.end(),
                f"Khoảng thời gian “{m.group(0)}” kết thúc trước khi bắt đầu.",
                (_range_text(m, m.group("b"), m.group("a")),),
            )
            continue
        if lo is None or hi is None or (lo <= da and db <= hi):
            continue
        fixed = _range_text(
            m, _same_form(m.group("a"), period_start), _same_form(m.group("b"), period_end)
        )
        yield TextIssue(
            "date.outside_period",
            "warning",
            m.start(),
            m.end(),
            f"Khoảng thời gian “{m.group(0)}” nằm ngoài kỳ báo cáo "
            f"({period_start.strip()} – {period_end.strip()}); có lẽ là “{fixed}”.",
            (fixed,),
            (("period.start", period_start.strip()), ("period.end", period_end.strip())),
        )


def date_issues(text: str, period_start: str = "", period_end: str = "") -> list[TextIssue]:
    issues = [*impossible_dates(text), *malformed_dates(text)]
    if period_start and period_end:
        issues.extend(ranges_outside(text, period_start, period_end))
    return sorted(issues, key=lambda i: i.start)
