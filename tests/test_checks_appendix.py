"""Checks of appendices and tables: empty ones are caught before export."""

from __future__ import annotations

from word_file_draft import appendix_table, word_file_draft

from qcdc_desktop.checks.runner import run_checks
from qcdc_desktop.model.draft import Appendix, Block, Part, Table


def codes(draft) -> list[tuple[str, str, str]]:
    return [(f.code, f.severity, f.step) for f in run_checks(draft)]


def test_a_complete_appendix_raises_nothing() -> None:
    found = [c for c in codes(word_file_draft()) if c[0].startswith(("appendix.", "table."))]
    assert found == []


def test_an_empty_appendix_is_an_error_on_the_appendix_step() -> None:
    draft = word_file_draft()
    draft.appendices.append(Appendix(subtitle="Danh sách"))
    findings = [f for f in run_checks(draft) if f.code == "appendix.empty"]
    assert len(findings) == 1
    f = findings[0]
    assert f.severity == "error" and f.step == "appendices"
    assert f.part_id == draft.appendices[1].id
    assert f.message.startswith("Phụ lục II chưa có nội dung")


def test_an_appendix_table_without_cells_or_data_rows() -> None:
    draft = word_file_draft()
    draft.appendices[0].blocks = [Block(kind="table", table=Table(rows=[[None, ""], ["", None]]))]
    assert ("table.empty", "error", "appendices") in codes(draft)
    draft.appendices[0].blocks = [Block(kind="table", table=Table(rows=[["STT", "Đơn vị"]]))]
    assert ("table.header_only", "warning", "appendices") in codes(draft)


def test_an_appendix_without_subtitle_is_a_warning() -> None:
    draft = word_file_draft()
    draft.appendices[0].subtitle = "  "
    assert ("appendix.no_subtitle", "warning", "appendices") in codes(draft)


def test_a_part_holding_only_a_table_is_not_empty_but_an_empty_table_is_reported() -> None:
    draft = word_file_draft()
    part = Part(title="Số liệu", blocks=[Block(kind="table", table=appendix_table())])
    draft.sections[0].children.append(part)
    assert not [f for f in run_checks(draft) if f.part_id == part.id]
    part.blocks = [Block(kind="table", table=Table(rows=[]))]
    found = [f for f in run_checks(draft) if f.part_id == part.id]
    assert {f.code for f in found} >= {"table.empty"}
    assert "Số liệu" in next(f.message for f in found if f.code == "table.empty")
