"""The first-page header: issuing body, "Số: 12/BC-STTTT" and the place and date line.

It may be the usual two-column table or plain paragraphs with tabs between the two
columns, so the parser works on lines, whatever their origin.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from qcdc_desktop.model.draft import DocDate

_NUMBER = re.compile(
    r"^S[ốô]\s*(?::\s*)?(?:(?P<num>[0-9]+)\s*)?/\s*(?P<type>[A-Za-zĐđ]{1,5})\s*-\s*(?P<agency>[^\s,;]*)",
    re.IGNORECASE,
)
_DATE = re.compile(
    r"^(?:(?P<place>[^,]{1,60}),\s*)?ngày\s*(?:(?P<day>\d{1,2})\s*)?tháng\s*"
    r"(?:(?P<month>\d{1,2})\s*)?năm\s*(?P<year>\d{4})",
    re.IGNORECASE,
)
# No two unbounded repetitions of the same characters touch ("\s*:?\s*" would try every
# split of a long run of spaces): every pattern here runs in linear time.
_MOTTO = ("CỘNG HÒA XÃ HỘI", "CỘNG HOÀ XÃ HỘI", "ĐỘC LẬP - TỰ DO", "ĐỘC LẬP – TỰ DO")
_RULE = re.compile(r"^[\s_\-–—=.*]*$")


@dataclass
class HeaderLine:
    text: str
    bold: bool = False


@dataclass
class HeaderInfo:
    parent_body: str = ""
    issuing_body: str = ""
    number: str = ""
    type_abbreviation: str = ""
    agency_abbreviation: str = ""
    place: str = ""
    date: DocDate | None = None
    found_number_line: bool = False


def _upper_key(text: str) -> str:
    return unicodedata.normalize("NFC", " ".join(text.split())).upper()


def is_motto(text: str) -> bool:
    key = _upper_key(text)
    return any(key.startswith(m) for m in _MOTTO)


def is_rule(text: str) -> bool:
    return bool(_RULE.match(text))


def parse_number_line(text: str) -> tuple[str, str, str] | None:
    """ "Số: 12/BC-STTTT" -> ("12", "BC", "STTTT"); a blank number gives ""."""
    m = _NUMBER.match(text.strip())
    if not m:
        return None
    return m.group("num") or "", m.group("type"), m.group("agency").rstrip(".")


def parse_date_line(text: str) -> tuple[str, DocDate] | None:
    """ "Tây Ninh, ngày 05 tháng 02 năm 2024" -> ("Tây Ninh", DocDate(2024, 2, 5))."""
    m = _DATE.match(text.strip())
    if not m:
        return None
    year = int(m.group("year"))
    day = int(m.group("day")) if m.group("day") else None
    month = int(m.group("month")) if m.group("month") else None
    # Keep every part the line gives: "ngày   tháng 6 năm 2022" keeps month 6.
    if month is not None and not 1 <= month <= 12:
        day = month = None
    if day is not None and (month is None or not 1 <= day <= 31):
        day = None
    return (m.group("place") or "").strip(), DocDate(year=year, month=month, day=day)


def _mostly_upper(text: str) -> bool:
    """Capital lines; a converted .VnTimeH line may keep a lowercase letter or two."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def parse_header(lines: list[HeaderLine]) -> HeaderInfo:
    info = HeaderInfo()
    bodies: list[HeaderLine] = []
    for line in lines:
        text = line.text.strip()
        if not text or is_rule(text) or is_motto(text):
            continue
        number = parse_number_line(text)
        if number:
            info.number, info.type_abbreviation, info.agency_abbreviation = number
            info.found_number_line = True
            continue
        date = parse_date_line(text)
        if date:
            info.place, info.date = date
            continue
        if _mostly_upper(text) and len(text) <= 120:
            bodies.append(HeaderLine(text.upper(), line.bold))
    # The issuing body is the bold upper line; the parent body, when present, is the
    # regular one above it. Without formatting, the last of two lines is the issuer.
    bold = [b for b in bodies if b.bold]
    if bold:
        issuer_index = bodies.index(bold[0])
        info.issuing_body = " ".join(b.text for b in bodies[issuer_index:] if b.bold)
        info.parent_body = " ".join(b.text for b in bodies[:issuer_index])
    elif bodies:
        info.issuing_body = bodies[-1].text
        info.parent_body = " ".join(b.text for b in bodies[:-1])
    return info
