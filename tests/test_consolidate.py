"""Three units with partial figures consolidate to the right sums, rates and rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from qcdc_desktop.checks import run_checks
from qcdc_desktop.consolidate import (
    APPENDIX_SUBTITLE,
    RECORD_KEY,
    TOTAL_LABEL,
    UNIT_KEY,
    consolidate,
    iter_units,
)
from qcdc_desktop.doctypes import new_draft
from qcdc_desktop.export import export_docx
from qcdc_desktop.model import draft_from_json, draft_to_json
from qcdc_desktop.model.draft import Block, Draft, FigureValues, Part
from qcdc_desktop.render import render_document

TYPE = "bc-nam"
YEAR = 2024


def unit(name: str, figures: dict[str, dict[str, int]], text: str, year: int = YEAR) -> Draft:
    draft = new_draft(TYPE, year)
    draft.agency.issuing_body = name
    for gid, values in figures.items():
        draft.figures[gid] = FigureValues(values=dict(values))
    situation = next(p for p in draft.all_parts() if p.key == "situation")
    situation.blocks.append(Block(kind="para", text=text))
    return draft


UNIT_A = unit(
    "Phòng Văn hóa huyện A",
    {
        "tthc": {"received": 100, "early": 10, "on_time": 80, "late": 10, "in_progress": 0},
        "staff": {"total": 20, "cong_chuc": 12, "vien_chuc": 8, "hd111": 0, "hdld": 0},
    },
    "Đơn vị A có 20 người.",
)
UNIT_B = unit(
    "Phòng Văn hóa huyện B",
    {
        "tthc": {"received": 50, "early": 5, "on_time": 40, "late": 5},  # in_progress blank
        "staff": {"total": 30},
    },
    "Đơn vị B có 30 người.",
)
UNIT_C = unit(
    "Phòng Văn hóa huyện C",
    {"staff": {"total": 5, "cong_chuc": 5}},  # reports no administrative procedures
    "Đơn vị C có 5 người.",
)
UNIT_OLD = unit("Phòng Văn hóa huyện D", {"staff": {"total": 9}}, "Năm trước.", year=YEAR - 1)


@pytest.fixture
def sources(tmp_path: Path) -> list[str]:
    (tmp_path / "a.json").write_text(draft_to_json(UNIT_A), "utf-8")
    export_docx(UNIT_B, tmp_path / "b.docx")  # this program's Word file: read exactly
    (tmp_path / "c.json").write_text(draft_to_json(UNIT_C), "utf-8")
    (tmp_path / "d.json").write_text(draft_to_json(UNIT_OLD), "utf-8")
    return [str(tmp_path / n) for n in ("a.json", "b.docx", "c.json", "d.json")]


def _table(draft: Draft, group: str) -> list[list[object]]:
    appendix = draft.appendices[-1]
    for block in appendix.blocks:
        assert block.table is not None
        if block.table.extra.get("figure_group") == group:
            return block.table.rows
    raise AssertionError(f"no table for {group}")


def test_three_units_sum_rates_and_appendix(sources: list[str]) -> None:
    result = consolidate(
        iter_units(sources), TYPE, YEAR, expected=["Phòng Văn hóa huyện A", "Phòng Văn hóa huyện E"]
    )
    draft = result.draft
    assert draft.doc_type == TYPE and draft.period.year == YEAR
    assert result.units == [
        "Phòng Văn hóa huyện A",
        "Phòng Văn hóa huyện B",
        "Phòng Văn hóa huyện C",
    ]
    tthc = draft.figures["tthc"].values
    assert tthc["received"] == 150
    assert (tthc["early"], tthc["on_time"], tthc["late"]) == (15, 120, 15)
    assert tthc["in_progress"] == 0  # only A reported it; blank in B is not a zero
    staff = draft.figures["staff"].values
    assert staff["total"] == 55 and staff["cong_chuc"] == 17 and staff["vien_chuc"] == 8

    rows = _table(draft, "tthc")
    header, *units, total = rows
    assert header[:2] == ["TT", "Đơn vị"]
    ids = ["received", "early", "on_time", "late", "resolved", "in_progress", "rate"]
    col = {fid: 2 + i for i, fid in enumerate(ids)}
    assert [r[1] for r in units] == result.units
    assert units[0][col["rate"]] == 90.0  # A: (10 + 80) / 100
    assert units[1][col["in_progress"]] is None  # B left it blank
    assert all(units[2][c] is None for c in range(2, len(header)))  # C reported nothing
    assert total[1] == TOTAL_LABEL
    assert total[col["received"]] == 150 and total[col["resolved"]] == 150
    # The rate is recomputed from the sums, not the average of 90.0 and 90.0 ... nor
    # of unequal unit rates: (15 + 120) / 150.
    assert total[col["rate"]] == 90.0
    assert draft.appendices[-1].subtitle == APPENDIX_SUBTITLE

    record = draft.extra[RECORD_KEY]
    assert record["lacking"]["tthc"]["in_progress"] == [
        "Phòng Văn hóa huyện B",
        "Phòng Văn hóa huyện C",
    ]
    assert record["lacking"]["staff"]["vien_chuc"] == [
        "Phòng Văn hóa huyện B",
        "Phòng Văn hóa huyện C",
    ]
    codes = [f.code for f in result.findings]
    assert "consolidation.other_period" in codes
    assert any("huyện D" in f.message and "kỳ" in f.message for f in result.findings)
    missing = [f.message for f in result.findings if f.code == "consolidation.missing"]
    assert len(missing) == 1 and "huyện E" in missing[0] and "huyện A" not in missing[0]
    assert "Phòng Văn hóa huyện D" not in result.units
    # B typed only the staff total: total (55) and parts (25) cover different units;
    # B also left "in progress" blank, so "received" covers more units than its parts.
    partial = [f.message for f in result.findings if f.code == "consolidation.partial_rule"]
    assert len(partial) == 2 and all("huyện B" in m for m in partial)
    assert "Biên chế, nhân sự" in partial[0] and "Thủ tục hành chính" in partial[1]

    # The review is a check: it survives saving as JSON and `qcdc check` reports it.
    again = draft_from_json(draft_to_json(draft))
    messages = [f.message for f in run_checks(again) if f.code.startswith("consolidation.")]
    assert any("huyện D" in m for m in messages)
    assert any("Đang giải quyết" in m and "huyện B" in m for m in messages)


def test_rates_come_from_summed_inputs_never_averaged(tmp_path: Path) -> None:
    small = unit("Đơn vị nhỏ", {"tthc": {"early": 1, "on_time": 0, "late": 1}}, "x")  # 50 %
    large = unit("Đơn vị lớn", {"tthc": {"early": 90, "on_time": 9, "late": 1}}, "y")  # 99 %
    from qcdc_desktop.consolidate import UnitReport

    units = [UnitReport(d.agency.issuing_body, "-", d, "json") for d in (small, large)]
    result = consolidate(units, TYPE, YEAR)
    total = _table(result.draft, "tthc")[-1]
    assert total[2 + 6] == round(100 * 100 / 102, 1)  # 98.0, not (50 + 99) / 2


def test_paragraphs_gathered_by_key_then_heading_and_marked(sources: list[str]) -> None:
    extra_part = UNIT_C.sections[-1]
    extra_part.children.append(
        Part(title="Kiến nghị riêng", blocks=[Block(kind="para", text="Đề nghị cấp kinh phí.")])
    )
    try:
        result = consolidate(iter_units([sources[0], sources[1]]), TYPE, YEAR)
    finally:
        extra_part.children.pop()
    situation = next(p for p in result.draft.all_parts() if p.key == "situation")
    gathered = [b for b in situation.blocks if UNIT_KEY in b.extra]
    assert [(b.text, b.extra[UNIT_KEY]) for b in gathered] == [
        ("Đơn vị A có 20 người.", "Phòng Văn hóa huyện A"),
        ("Đơn vị B có 30 người.", "Phòng Văn hóa huyện B"),
    ]
    # Marks are never printed.
    text = render_document(result.draft).plain_text()
    assert "Đơn vị A có 20 người." in text and "huyện A" not in text.split("Đơn vị A")[1][:40]


def test_part_matched_by_heading_when_the_key_is_lost() -> None:
    a = unit("Đơn vị X", {}, "Tình hình X.")
    b = unit("Đơn vị Y", {}, "Tình hình Y.")
    for part in b.all_parts():
        part.key = ""  # as read from another program's Word file
    part = next(p for p in b.all_parts() if p.title == "Đặc điểm tình hình")
    part.title = "ĐẶC ĐIỂM TÌNH HÌNH"
    b.sections.append(Part(title="Nội dung riêng", blocks=[Block(text="Riêng Y.")]))
    from qcdc_desktop.consolidate import UnitReport

    units = [UnitReport(d.agency.issuing_body, d.agency.issuing_body, d, "json") for d in (a, b)]
    result = consolidate(units, TYPE, YEAR)
    situation = next(p for p in result.draft.all_parts() if p.key == "situation")
    assert [b.text for b in situation.blocks if UNIT_KEY in b.extra] == [
        "Tình hình X.",
        "Tình hình Y.",
    ]
    own = next(p for p in result.draft.sections if p.title == "Nội dung riêng")
    assert [(b.text, b.extra[UNIT_KEY]) for b in own.blocks] == [("Riêng Y.", "Đơn vị Y")]


def test_repeated_other_type_and_unreadable_inputs_are_reported(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(draft_to_json(UNIT_A), "utf-8")
    (tmp_path / "a2.json").write_text(draft_to_json(UNIT_A), "utf-8")
    plan = unit("Phòng Văn hóa huyện K", {}, "Kế hoạch.")
    plan.doc_type = "kh-nam"
    (tmp_path / "k.json").write_text(draft_to_json(plan), "utf-8")
    (tmp_path / "bad.json").write_text("{không phải json", "utf-8")
    names = ["a.json", "a2.json", "k.json", "bad.json", "none.docx"]
    result = consolidate(iter_units(str(tmp_path / n) for n in names), TYPE, YEAR)
    codes = [f.code for f in result.findings]
    assert codes.count("consolidation.repeated") == 1
    assert "consolidation.other_type" in codes
    assert codes.count("consolidation.unreadable") == 2
    assert result.units == ["Phòng Văn hóa huyện A"]
    assert result.draft.figures["tthc"].values["received"] == 100  # counted once


def test_nothing_reported_gives_no_invented_figures() -> None:
    from qcdc_desktop.consolidate import UnitReport

    empty = unit("Đơn vị trống", {}, "Chỉ có lời.")
    result = consolidate([UnitReport("Đơn vị trống", "x", empty, "json")], TYPE, YEAR)
    assert all(not fv.values for fv in result.draft.figures.values())
    assert result.draft.appendices == []


def test_a_plain_word_report_goes_through_the_import_with_its_summary(tmp_path: Path) -> None:
    import docx_fixtures as fx  # tests/: Word files built the way offices make them

    path = fx.report_bold_numbers(tmp_path / "word.docx")
    result = consolidate(iter_units([str(path)]), "bc-6thang", 2024)
    assert result.units == ["Sở Thông tin và Truyền thông"]
    assert any("đọc từ văn bản Word" in line for line in result.summary)
    assert any(line.startswith("    Cơ quan:") for line in result.summary)
    staff = result.draft.figures["staff"].values
    assert staff.get("total") == 55  # read from the printed sentence by the import


def test_a_unit_file_edited_after_export_keeps_only_figures_still_printed(tmp_path: Path) -> None:
    from docx import Document

    from qcdc_desktop.importing.embedded_draft import EDITED_LINE

    path = export_docx(UNIT_A, tmp_path / "a.docx")
    document = Document(str(path))
    paragraph = next(p for p in document.paragraphs if p.text == "Đơn vị A có 20 người.")
    paragraph.runs[0].text = "Đơn vị A có 20 người (đã sửa trong Word)."
    document.save(str(path))
    result = consolidate(iter_units([str(path)]), TYPE, YEAR)
    assert any(EDITED_LINE in line for line in result.summary)
    # The figure sentences were not touched: the unit's own figures are kept exactly.
    assert result.draft.figures["tthc"].values["received"] == 100
    assert result.draft.figures["staff"].values["total"] == 20
    situation = next(p for p in result.draft.all_parts() if p.key == "situation")
    assert any("đã sửa trong Word" in b.text for b in situation.blocks if UNIT_KEY in b.extra)


def test_last_period_values_summed_only_when_every_unit_gave_them() -> None:
    from qcdc_desktop.consolidate import UnitReport

    a = unit("Đơn vị A", {"tthc": {"received": 10, "in_progress": 2}}, "a")
    b = unit("Đơn vị B", {"tthc": {"received": 20, "in_progress": 1}}, "b")
    a.figures["tthc"].previous = {"received": 8, "in_progress": 3}
    b.figures["tthc"].previous = {"received": 15}  # no last-period "in progress"
    units = [UnitReport(d.agency.issuing_body, "-", d, "json") for d in (a, b)]
    total = consolidate(units, TYPE, YEAR).draft.figures["tthc"]
    assert total.values == {"received": 30, "in_progress": 3}
    assert total.previous == {"received": 23}  # not 3 for in_progress: B's is unknown
