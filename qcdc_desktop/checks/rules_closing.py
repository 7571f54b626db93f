"""Checks of the closing step: closing sentence, recipients ("Nơi nhận") and signer."""

from __future__ import annotations

import re

from qcdc_desktop.checks.context import CheckContext, nfc, shorten
from qcdc_desktop.checks.findings import STEP_CLOSING, Finding, blank_field_findings
from qcdc_desktop.model.draft import AUTHORITIES, AUTHORITIES_WITH_SIGNER_TITLE

# The last recipient line is the archive copy: "Lưu: VT, VP" (Decree 30, Appendix I).
_ARCHIVE = re.compile(r"^lưu\b", re.IGNORECASE)
_LEADING_DASH = re.compile(r"^\s*[-–+•]\s*")


def recipient_lines(recipients: list[str]) -> list[str]:
    cleaned = [_LEADING_DASH.sub("", nfc(r)).strip().rstrip(";.").strip() for r in recipients]
    return [c for c in cleaned if c]


def check_recipients(ctx: CheckContext) -> list[Finding]:
    lines = recipient_lines(ctx.draft.recipients)
    if not lines:
        return [
            Finding(
                "error",
                "recipients.empty",
                "Chưa có nơi nhận (ít nhất một nơi nhận và dòng “Lưu: VT, …”).",
                STEP_CLOSING,
                field="recipients",
            )
        ]
    if not _ARCHIVE.match(lines[-1]):
        return [
            Finding(
                "warning",
                "recipients.no_archive",
                f"Dòng cuối của nơi nhận là “{shorten(lines[-1], 60)}”; theo Nghị định "
                "30/2020/NĐ-CP dòng cuối là nơi lưu văn bản, ví dụ “Lưu: VT, VP”.",
                STEP_CLOSING,
                field="recipients",
            )
        ]
    return []


def _folded(text: str) -> str:
    return " ".join(nfc(text).casefold().split())


def check_closing_sentence(ctx: CheckContext) -> list[Finding]:
    draft = ctx.draft
    addressees = recipient_lines(draft.addressees)
    if "{recipient}" not in draft.closing:
        return []
    report_to = draft.report_to.strip()
    if not report_to and not addressees:
        return [
            Finding(
                "warning",
                "closing.report_to_empty",
                "Câu kết thúc có chỗ ghi nơi nhận báo cáo (“gửi …”) nhưng chưa nhập nơi nhận "
                "báo cáo (ví dụ “Sở Nội vụ”).",
                STEP_CLOSING,
                field="report_to",
            )
        ]
    named = _folded(report_to)
    if (
        report_to
        and addressees
        and not any(named in _folded(a) or _folded(a) in named for a in addressees)
    ):
        listed = "; ".join(shorten(a, 40) for a in addressees[:3])
        return [
            Finding(
                "warning",
                "closing.recipient_mismatch",
                f"Câu kết thúc ghi “gửi {shorten(report_to, 40)}” nhưng “Kính gửi” là "
                f"{listed}. Hãy sửa cho thống nhất.",
                STEP_CLOSING,
                field="report_to",
            )
        ]
    return []


def check_signer(ctx: CheckContext) -> list[Finding]:
    signer = ctx.draft.signer
    out = []
    authority = signer.authority.strip()
    if authority not in AUTHORITIES:
        out.append(
            Finding(
                "warning",
                "signer.authority_unknown",
                f"Quyền hạn ký “{shorten(authority, 20)}” không thuộc các dạng của Nghị định "
                "30/2020/NĐ-CP (KT., TM., TL., TUQ., Q.).",
                STEP_CLOSING,
                field="signer.authority",
            )
        )
    if authority in AUTHORITIES_WITH_SIGNER_TITLE and not signer.signer_title.strip():
        out.append(
            Finding(
                "warning",
                "signer.signer_title_empty",
                f"Ký với quyền hạn “{authority}” nhưng chưa có chức danh của người ký "
                "(ví dụ “PHÓ GIÁM ĐỐC”).",
                STEP_CLOSING,
                field="signer.signer_title",
            )
        )
    out += blank_field_findings(
        STEP_CLOSING,
        [
            (
                signer.head_title,
                "error",
                "signer.head_title_empty",
                "Chưa có chức danh người đứng đầu ở phần chữ ký (ví dụ “GIÁM ĐỐC”).",
                "signer.head_title",
            ),
            (signer.name, "error", "signer.name_empty", "Chưa có họ tên người ký.", "signer.name"),
        ],
    )
    return out


RULES = (check_closing_sentence, check_recipients, check_signer)
