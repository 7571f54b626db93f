"""Figures as offices report them: a total without its breakdown, groups left empty.

The case of a real annual report: 514 files received, 509 resolved, 5 in progress, no
split by deadline; 41 staff without a breakdown; two groups with nothing this year.
The Word file is exported and read back.
"""

from __future__ import annotations

from pathlib import Path

import docx

from qcdc_desktop.checks import run_checks
from qcdc_desktop.doctypes import DraftDefaults, new_draft
from qcdc_desktop.export import export_docx
from qcdc_desktop.model.draft import Agency, Block, Draft, Signer


def annual_report() -> Draft:
    defaults = DraftDefaults(
        agency=Agency(
            parent_body="UBND tỉnh Tây Ninh",
            issuing_body="Sở Văn hóa, Thể thao và Du lịch",
            abbreviation="SVHTTDL",
            place="Tây Ninh",
        ),
        signer=Signer(head_title="GIÁM ĐỐC", name="Nguyễn Văn An"),
        recipients=["Sở Nội vụ", "Lưu: VT, VP"],
        report_to="Sở Nội vụ",
    )
    draft = new_draft("bc-nam", 2023, defaults)
    for part in draft.all_parts():
        part.blocks.insert(0, Block(kind="para", text=f"Nội dung phần {part.title.lower()}."))
    draft.figures["tthc"].values.update(received=514, resolved=509, in_progress=5)
    draft.figures["staff"].values.update(total=41)
    # "citizens" and "anticorruption" stay empty: nothing reported this year.
    return draft


def docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            texts.extend(cell.text for cell in row.cells)
    return "\n".join(texts)


def test_exported_report_prints_only_the_figures_given(tmp_path: Path) -> None:
    draft = annual_report()
    text = docx_text(export_docx(draft, tmp_path / "bao-cao.docx"))

    assert "..." not in text and "…" not in text
    # The given figures, as a sentence naming the period as the annual report does.
    assert (
        "Trong năm 2023, Sở Văn hóa, Thể thao và Du lịch đã tiếp nhận 514 hồ sơ, "
        "đã giải quyết 509 hồ sơ, đang giải quyết 05 hồ sơ." in text
    )
    assert "Tổng số cán bộ, công chức, viên chức và người lao động: 41 người." in text
    # No breakdown and no rate nobody reported.
    for invented in ("trước hạn", "đúng hạn", "quá hạn", "tỷ lệ", "%", "trong đó", "biên chế"):
        assert invented not in text, invented
    assert "Từ ngày 01/01/2023" not in text
    # Nothing for the empty groups.
    for empty in ("lượt công dân", "đơn khiếu nại", "tham nhũng;", "kê khai tài sản"):
        assert empty not in text, empty


def test_review_warns_about_the_empty_groups_without_errors() -> None:
    draft = annual_report()
    findings = run_checks(draft)
    assert not [f for f in findings if f.code.startswith("figures.") and f.is_error]
    empty = {f.field.split(".")[0] for f in findings if f.code == "figures.empty"}
    assert empty == {"block"}
    messages = " ".join(f.message for f in findings if f.code == "figures.empty")
    assert "Tiếp công dân, đơn thư" in messages and "Phòng, chống tham nhũng" in messages
    assert all(f.severity == "warning" for f in findings if f.code == "figures.empty")
    # 514 = 509 + 5: the rule holds; rules naming the missing breakdown are not judged.
    assert "figures.sum" not in {f.code for f in findings}


def test_a_total_that_does_not_add_up_is_still_an_error() -> None:
    draft = annual_report()
    draft.figures["tthc"].values["in_progress"] = 6
    assert "figures.sum" in {f.code for f in run_checks(draft) if f.is_error}
