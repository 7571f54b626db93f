"""Checks of the document step: type, period, number, issue date and summary line."""

from __future__ import annotations

import re

from qcdc_desktop.checks.context import CheckContext, nfc, shorten
from qcdc_desktop.checks.findings import STEP_DOCUMENT, Finding
from qcdc_desktop.doctypes.periods import kind_of
from qcdc_desktop.render.dates import is_real_date, parse_typed_date
from qcdc_desktop.render.document import number_line

# Decree 30: only official letters (công văn) carry "V/v" before the summary line.
_VV = re.compile(r"^\s*v\s*/\s*v\b", re.IGNORECASE)
_LETTER = r"[^\W\d_]"


def check_doc_type(ctx: CheckContext) -> list[Finding]:
    if ctx.doc_type is not None:
        return []
    return [
        Finding(
            "error",
            "document.type_unknown",
            f"Không có loại văn bản “{shorten(ctx.draft.doc_type)}”; "
            "hãy chọn lại loại văn bản trước khi xuất.",
            STEP_DOCUMENT,
            field="doc_type",
        )
    ]


def _summary_period_problem(ctx: CheckContext) -> str:
    summary = nfc(ctx.draft.summary)
    period = ctx.draft.period
    year = str(period.year)
    if not re.search(rf"(?<!\d){re.escape(year)}(?!\d)", summary):
        return f"không ghi năm {year} của kỳ báo cáo"
    # What each period kind's summary must say is data (resources/periods.toml).
    kind = kind_of(period, ctx.doc_type)
    return kind.summary_problem(summary) if kind is not None else ""


def check_period(ctx: CheckContext) -> list[Finding]:
    out = []
    if ctx.draft.summary.strip():
        problem = _summary_period_problem(ctx)
        if problem:
            out.append(
                Finding(
                    "warning",
                    "document.period_mismatch",
                    f"Trích yếu “{shorten(ctx.draft.summary)}” {problem}.",
                    STEP_DOCUMENT,
                    field="summary",
                )
            )
    for name, label in (("start", "Ngày đầu kỳ"), ("end", "Ngày cuối kỳ")):
        typed = str(getattr(ctx.draft.period, name) or "").strip()
        if typed and parse_typed_date(typed) is None:
            out.append(
                Finding(
                    "warning",
                    "document.period_date_invalid",
                    f"{label} “{shorten(typed)}” không phải một ngày có thật "
                    "(nhập theo dạng ngày/tháng/năm, ví dụ 31/5/2024).",
                    STEP_DOCUMENT,
                    field=f"period.{name}",
                )
            )
    return out


def _has_token(text: str, token: str) -> bool:
    token = token.strip()
    if not token:
        return False
    pattern = rf"(?<!{_LETTER}){re.escape(token)}(?!{_LETTER})"
    return re.search(pattern, text, re.IGNORECASE) is not None


def check_number(ctx: CheckContext) -> list[Finding]:
    number = nfc(ctx.draft.number).strip()
    if not number:
        return []  # left blank on purpose: the records clerk writes it by hand
    abbreviations = [ctx.draft.agency.abbreviation]
    if ctx.doc_type is not None:
        abbreviations.append(ctx.doc_type.abbreviation)
    if "/" not in number and not any(_has_token(number, a) for a in abbreviations):
        return []
    printed = number_line(ctx.draft, ctx.doc_type) if ctx.doc_type is not None else ""
    tail = f" Văn bản sẽ in “{printed}”." if printed else ""
    return [
        Finding(
            "warning",
            "document.number_has_symbol",
            f"Ô số văn bản chỉ ghi phần số (ví dụ “12”), ký hiệu do chương trình tự thêm; "
            f"hiện đang ghi “{shorten(number)}”.{tail}",
            STEP_DOCUMENT,
            field="number",
        )
    ]


def _typed_date(day: object, month: object, year: object) -> str:
    def part(v: object) -> str:
        return "…" if v is None else str(v)

    return f"ngày {part(day)} tháng {part(month)} năm {part(year)}"


def check_date(ctx: CheckContext) -> list[Finding]:
    date = ctx.draft.date
    try:
        real = is_real_date(date)
    except (TypeError, ValueError, OverflowError):  # values of the wrong type in a file
        real = False
    if real:
        return []
    if date.day is not None and date.month is None:
        why = "có ngày nhưng thiếu tháng"
    elif date.day is None and date.month is not None:
        why = "có tháng nhưng thiếu ngày"
    else:
        why = "không phải một ngày có thật"
    return [
        Finding(
            "error",
            "document.date_invalid",
            f"Ngày ban hành ({_typed_date(date.day, date.month, date.year)}) {why}. "
            "Hãy nhập đủ ngày, tháng hoặc để trống cả hai cho văn thư ghi tay.",
            STEP_DOCUMENT,
            field="date",
        )
    ]


def check_summary(ctx: CheckContext) -> list[Finding]:
    summary = nfc(ctx.draft.summary).strip()
    if not summary:
        return [
            Finding(
                "error",
                "document.summary_empty",
                "Chưa có trích yếu (dòng nội dung dưới tên loại văn bản).",
                STEP_DOCUMENT,
                field="summary",
            )
        ]
    if _VV.match(summary):
        return [
            Finding(
                "error",
                "document.summary_vv",
                f"Trích yếu “{shorten(summary)}” bắt đầu bằng “V/v”: theo Nghị định "
                "30/2020/NĐ-CP chỉ công văn mới ghi “V/v”; hãy bỏ “V/v”.",
                STEP_DOCUMENT,
                field="summary",
            )
        ]
    return []


RULES = (check_doc_type, check_number, check_date, check_summary, check_period)
