"""The draft's first-page fields from the zones: the document type and year from the
title, the agency, number and date from the header (or the first page's header part),
and the issuer's name as the sentences type it.
"""

from __future__ import annotations

import datetime as dt

from qcdc_desktop.doctypes import get_doc_type
from qcdc_desktop.importing.header_parse import HeaderInfo, parse_header
from qcdc_desktop.importing.title_parse import TitleInfo, parse_title
from qcdc_desktop.importing.zones import Zones
from qcdc_desktop.model.draft import Agency, Draft

DEFAULT_TYPE = "bc-6thang"


def report_year(title: TitleInfo, header: HeaderInfo, year_hint: int | None) -> int | None:
    """The report's year as the document gives it: its summary line, then its date line."""
    if title.year:
        return title.year
    if header.date is not None:
        return header.date.year
    return year_hint


def doc_type_from_title(
    zones: Zones, type_hint: str | None, summary: list[str], missing: list[str]
) -> TitleInfo:
    hint = type_hint if type_hint and _known_type(type_hint) else None
    found = parse_title(zones.title, zones.summary, hint) if zones.title else None
    if found is None:
        if hint:
            summary.append("Không nhận dạng được tiêu đề, đã dùng loại văn bản được chọn.")
            return TitleInfo(hint, None, False)
        missing.append("doc_type")
        default = get_doc_type(DEFAULT_TYPE)
        title = f"{default.title.capitalize()} {default.period_text(dt.date.today().year)}"
        summary.append(
            f"Không nhận dạng được loại văn bản từ tiêu đề; hãy chọn loại (tạm để “{title}”)."
        )
        return TitleInfo(DEFAULT_TYPE, None, False)
    if not found.certain:
        summary.append("Trích yếu không khớp hoàn toàn mẫu của loại văn bản; hãy kiểm tra loại.")
    return found


def _known_type(type_id: str) -> bool:
    from qcdc_desktop.doctypes import doc_types

    return type_id in doc_types()


def fill_from_page_header(header: HeaderInfo, zones: Zones, summary: list[str]) -> None:
    """Fill what the first page's body lacks from its header part (agency, number, date)."""
    if not zones.page_header:
        return
    other = parse_header(zones.page_header)
    taken = False
    if not header.issuing_body and other.issuing_body:
        header.issuing_body, header.parent_body = other.issuing_body, other.parent_body
        taken = True
    if not header.found_number_line and other.found_number_line:
        header.number, header.found_number_line = other.number, True
        header.type_abbreviation = other.type_abbreviation
        header.agency_abbreviation = other.agency_abbreviation
        taken = True
    if header.date is None and other.date is not None:
        header.place, header.date = other.place, other.date
        taken = True
    if taken:
        summary.append("Đã đọc cơ quan, số và ngày từ phần đầu trang (header) của tệp.")


def fill_header(
    draft: Draft, header: HeaderInfo, zones: Zones, summary: list[str], missing: list[str]
) -> None:
    draft.agency = Agency(
        parent_body=header.parent_body,
        issuing_body=header.issuing_body,
        abbreviation=header.agency_abbreviation,
        place=header.place,
    )
    draft.number = header.number
    if header.date is not None:
        draft.date = header.date
    if not header.found_number_line:
        missing.append("number")
        summary.append("Không tìm thấy dòng “Số: …/…”; số văn bản để trống.")
    if header.date is None:
        missing.append("date")
        summary.append("Không tìm thấy dòng địa danh, ngày tháng; ngày để trống.")
    if not header.issuing_body:
        missing.append("agency")
        summary.append("Không tìm thấy tên cơ quan ban hành; để trống.")


def fill_issuing_body(draft: Draft, header: HeaderInfo, texts: list[str]) -> bool:
    """The header prints the issuer in capitals; sentences need it as typed.

    False when the name was not found in the text and had to be guessed.
    """
    upper = header.issuing_body.strip()
    if not upper or upper != upper.upper():
        return True
    for text in texts:
        if len(text.upper()) != len(text):
            continue
        at = text.upper().find(upper)
        if at >= 0:
            draft.agency.issuing_body = text[at : at + len(upper)]
            return True
    lowered = upper.lower()
    draft.agency.issuing_body = lowered[:1].upper() + lowered[1:]
    return False
