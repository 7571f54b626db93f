"""Checks of the basis step: the issuing agency and the documents the opening cites."""

from __future__ import annotations

from qcdc_desktop.checks.context import CheckContext, shorten
from qcdc_desktop.checks.findings import STEP_BASIS, Finding, blank_field_findings
from qcdc_desktop.model.draft import BasisDocument
from qcdc_desktop.render.dates import parse_typed_date


def check_agency(ctx: CheckContext) -> list[Finding]:
    agency = ctx.draft.agency
    return blank_field_findings(
        STEP_BASIS,
        [
            (
                agency.issuing_body,
                "error",
                "agency.issuing_body_empty",
                "Chưa có tên cơ quan ban hành (in ở góc trái trên cùng và trong câu mở đầu).",
                "agency.issuing_body",
            ),
            (
                agency.abbreviation,
                "error",
                "agency.abbreviation_empty",
                "Chưa có chữ viết tắt tên cơ quan (dùng trong ký hiệu văn bản, ví dụ BC-STTTT).",
                "agency.abbreviation",
            ),
            (
                agency.place,
                "warning",
                "agency.place_empty",
                "Chưa có địa danh ở dòng ngày tháng (ví dụ “Tây Ninh, ngày … tháng … năm …”).",
                "agency.place",
            ),
        ],
    )


def _doc_name(index: int, doc: BasisDocument) -> str:
    described = " ".join(p for p in (doc.kind.strip(), doc.number.strip()) if p)
    if described:
        return f"Văn bản căn cứ thứ {index + 1} (“{shorten(described, 60)}”)"
    return f"Văn bản căn cứ thứ {index + 1}"


def check_basis_documents(ctx: CheckContext) -> list[Finding]:
    out = []
    if not ctx.draft.basis and "{basis}" in ctx.draft.opening:
        out.append(
            Finding(
                "warning",
                "basis.empty",
                "Chưa có văn bản căn cứ: câu mở đầu sẽ bắt đầu bằng tên cơ quan, không nêu "
                "văn bản nào được thực hiện.",
                STEP_BASIS,
                field="basis",
            )
        )
    for index, doc in enumerate(ctx.draft.basis):
        name = _doc_name(index, doc)
        if not doc.number.strip():
            out.append(
                Finding(
                    "warning",
                    "basis.number_missing",
                    f"{name} chưa có số, ký hiệu.",
                    STEP_BASIS,
                    field=f"basis.{index}.number",
                )
            )
        date = doc.date.strip()
        if not date:
            out.append(
                Finding(
                    "warning",
                    "basis.date_missing",
                    f"{name} chưa có ngày ban hành.",
                    STEP_BASIS,
                    field=f"basis.{index}.date",
                )
            )
        elif parse_typed_date(date) is None:
            out.append(
                Finding(
                    "warning",
                    "basis.date_invalid",
                    f"{name}: ngày ban hành “{shorten(date, 40)}” không phải một ngày có thật "
                    "(nhập theo dạng ngày/tháng/năm, ví dụ 31/01/2024).",
                    STEP_BASIS,
                    field=f"basis.{index}.date",
                )
            )
    return out


RULES = (check_agency, check_basis_documents)
