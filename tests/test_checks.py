"""The checks run before export: one test per problem, on an otherwise complete draft."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qcdc_desktop.checks import (
    CHANGE_THRESHOLD,
    Finding,
    find_placeholders,
    has_errors,
    run_checks,
)
from qcdc_desktop.doctypes import (
    DraftDefaults,
    cited_documents,
    doc_types,
    figure_groups,
    get_doc_type,
    new_draft,
)
from qcdc_desktop.model import Agency, BasisDocument, Block, Draft, Part, Signer
from qcdc_desktop.render import part_numbers

# Values that satisfy every sum rule of resources/figures.toml.
GOOD_FIGURES = {
    "staff": {"total": 55, "cong_chuc": 26, "vien_chuc": 20, "hd111": 7, "hdld": 2},
    "party": {"party_members": 40, "party_cells": 4},
    "tthc": {"received": 36, "early": 30, "on_time": 6, "late": 0, "in_progress": 0},
    "citizens": {
        "receptions": 12,
        "petitions": 3,
        "petitions_resolved": 2,
        "petitions_in_progress": 1,
    },
    "anticorruption": {"cases": 0, "declarations": 18},
    "inspections": {"inspections": 2, "violations": 1, "fines": 68_750_000},
}


def complete_draft(type_id: str = "bc-6thang", year: int = 2024) -> Draft:
    """A draft of `type_id` in which nothing is left to fix."""
    defaults = DraftDefaults(
        agency=Agency(
            parent_body="UBND tỉnh Tây Ninh",
            issuing_body="Sở Thông tin và Truyền thông",
            abbreviation="STTTT",
            place="Tây Ninh",
        ),
        signer=Signer(
            authority="KT.",
            head_title="GIÁM ĐỐC",
            signer_title="PHÓ GIÁM ĐỐC",
            name="Nguyễn Văn An",
        ),
        recipients=["Sở Nội vụ", "Lưu: VT, VP"],
        report_to="Sở Nội vụ",
    )
    draft = new_draft(type_id, year, defaults)
    draft.number = "12"
    draft.date.month, draft.date.day = 6, 5
    library = cited_documents()
    draft.basis = [library["nd-59-2023"].as_basis(), library["nd-04-2015"].as_basis()]
    for part in draft.all_parts():
        part.blocks.insert(0, Block(kind="para", text=f"Nội dung của phần {part.title.lower()}."))
    for group_id, values in draft.figures.items():
        values.values.update(GOOD_FIGURES[group_id])
    return draft


def part_by_key(draft: Draft, key: str) -> Part:
    return next(p for p in draft.all_parts() if p.key == key)


def full_number(draft: Draft, part: Part) -> str:
    """ "III.2" from render.part_numbers' own labels ("III.", "2.")."""
    labels = part_numbers(draft)

    def chain(parts: list[Part]) -> list[Part] | None:
        for p in parts:
            if p.id == part.id:
                return [p]
            below = chain(p.children)
            if below is not None:
                return [p, *below]
        return None

    return ".".join(labels[p.id].rstrip(".)") for p in chain(draft.sections) or [])


def codes(findings: list[Finding]) -> list[str]:
    return [f.code for f in findings]


def the_finding(draft: Draft, code: str) -> Finding:
    """Exactly one finding, with the expected code: the draft has exactly that problem."""
    findings = run_checks(draft)
    assert codes(findings) == [code], [f.message for f in findings]
    finding = findings[0]
    assert unicodedata.is_normalized("NFC", finding.message)
    return finding


# ---------------------------------------------------------------- clean drafts


@pytest.mark.parametrize("type_id", list(doc_types()))
def test_complete_draft_has_no_findings(type_id: str) -> None:
    assert run_checks(complete_draft(type_id)) == []


@pytest.mark.parametrize("type_id", list(doc_types()))
def test_sample_draft_errors_only_for_parts_without_example_text(type_id: str) -> None:
    """A sample is honest: a part with no real example text stays empty and is reported."""
    samples = pytest.importorskip("qcdc_desktop.doctypes.samples")
    draft = samples.sample_draft(type_id)
    findings = run_checks(draft)
    errors = [f for f in findings if f.is_error]
    assert {f.code for f in errors} <= {"part.empty"}, [f.message for f in errors]
    doc_type = get_doc_type(type_id)
    for finding in errors:
        part = draft.find_part(finding.part_id)
        assert part is not None and not part.blocks
        entry = doc_type.entry(part.key)
        assert entry is None or not any(e.example for e in entry.walk())
    assert "check.failed" not in codes(findings)


def test_sample_six_month_report_prose_ellipses_are_not_placeholders() -> None:
    # "nội quy, quy chế cơ quan... cho công chức", "Quy chế chi tiêu nội bộ... phù hợp"
    # close enumerations in the reference report: prose, not unfilled content.
    samples = pytest.importorskip("qcdc_desktop.doctypes.samples")
    draft = samples.sample_draft("bc-6thang")
    assert [f for f in run_checks(draft) if f.code == "text.placeholder"] == []


def test_fresh_draft_lists_every_required_section_as_error() -> None:
    draft = new_draft("bc-6thang", 2024)
    findings = run_checks(draft)
    empty = [f for f in findings if f.code == "part.empty"]
    required_top = [s for s in draft.sections if get_doc_type("bc-6thang").entry(s.key).required]
    # Only the outermost empty part is reported, once per required section.
    assert [f.part_id for f in empty] == [s.id for s in required_top]
    assert has_errors(findings)


# ---------------------------------------------------------------- outline


def test_required_part_empty_is_an_error_naming_the_part() -> None:
    draft = complete_draft()
    part = part_by_key(draft, "results.head")
    part.blocks = []
    finding = the_finding(draft, "part.empty")
    assert (finding.severity, finding.step, finding.part_id) == ("error", "results", part.id)
    assert full_number(draft, part) == "III.1"
    assert finding.message == f"Phần III.1 “{part.title}” chưa có nội dung."


def test_blank_text_and_untyped_figures_do_not_count_as_content() -> None:
    draft = complete_draft()
    part = part_by_key(draft, "situation")
    part.blocks = [Block(text="  \n "), Block(kind="figures", group="staff")]
    draft.figures["staff"].values.clear()
    findings = run_checks(draft)
    assert ("part.empty", part.id) in [(f.code, f.part_id) for f in findings]


def test_empty_section_is_reported_once_not_per_sub_part() -> None:
    draft = complete_draft()
    section = part_by_key(draft, "assessment")
    for part in section.walk():
        part.blocks = []
    finding = the_finding(draft, "part.empty")
    assert finding.part_id == section.id
    assert finding.step == "assessment"


def test_user_added_empty_part_is_a_warning_in_its_sections_step() -> None:
    draft = complete_draft()
    section = part_by_key(draft, "direction")
    added = Part(title="Công tác phối hợp")
    section.children.append(added)
    finding = the_finding(draft, "part.empty_optional")
    assert (finding.severity, finding.step, finding.part_id) == ("warning", "direction", added.id)
    assert finding.message.startswith(f"Phần {full_number(draft, added)} “Công tác phối hợp”")


def test_part_with_a_key_the_type_does_not_know_is_treated_as_user_added() -> None:
    draft = complete_draft()
    stray = Part(title="Phần lạ", key="no.such.key")
    draft.sections.append(stray)
    finding = the_finding(draft, "part.empty_optional")
    assert finding.part_id == stray.id
    assert finding.step == draft.sections[-2].step  # follows the section before it


def test_carried_part_not_reviewed_is_a_warning() -> None:
    draft = complete_draft()
    part = part_by_key(draft, "direction.steering")
    part.carried = True
    finding = the_finding(draft, "part.carried")
    assert (finding.severity, finding.step, finding.part_id) == ("warning", "direction", part.id)
    assert "chưa rà soát" in finding.message
    assert f"Phần {full_number(draft, part)} “{part.title}”" in finding.message


def test_numbered_part_without_title_is_a_warning_but_run_in_is_not() -> None:
    draft = complete_draft()
    part = part_by_key(draft, "direction.propaganda")
    part.title = ""
    finding = the_finding(draft, "part.untitled")
    assert (finding.severity, finding.part_id, finding.field) == ("warning", part.id, "title")
    part.title = "Tuyên truyền"
    run_in = part_by_key(draft, "results.procedures")
    run_in.title = ""
    assert run_checks(draft) == []


# ---------------------------------------------------------------- figures


def test_figures_that_do_not_add_up_are_an_error_with_the_rules_message() -> None:
    draft = complete_draft()
    draft.figures["staff"].values["total"] = 54
    finding = the_finding(draft, "figures.sum")
    part = part_by_key(draft, "situation")
    assert (finding.severity, finding.step, finding.part_id) == ("error", "situation", part.id)
    assert finding.field == "figures.staff.total"
    assert "Tổng số người (54) không bằng tổng các thành phần (55)." in finding.message
    assert finding.message.startswith("Phần I “Đặc điểm tình hình”")


def test_computed_figures_take_part_in_sum_rules() -> None:
    draft = complete_draft()
    draft.figures["tthc"].values["in_progress"] = 2  # received 36 != resolved 36 + 2
    finding = the_finding(draft, "figures.sum")
    assert finding.part_id == part_by_key(draft, "results.procedures").id
    assert finding.field == "figures.tthc.received"


def test_figure_left_blank_is_noted_as_not_reported() -> None:
    draft = complete_draft()
    draft.figures["citizens"].values["receptions"] = None
    finding = the_finding(draft, "figures.not_reported")
    part = part_by_key(draft, "results.conference")
    assert (finding.severity, finding.step, finding.part_id) == ("info", "results", part.id)
    assert finding.field == "figures.citizens.receptions"
    assert "“Lượt tiếp công dân”" in finding.message


def test_group_not_printed_is_not_judged() -> None:
    draft = complete_draft()
    for part in draft.all_parts():
        part.blocks = [b for b in part.blocks if b.group != "tthc"]
    draft.figures["tthc"].values["received"] = -5  # wrong, but never printed
    assert run_checks(draft) == []


def test_negative_figure_is_an_error() -> None:
    draft = complete_draft()
    draft.figures["inspections"].values["fines"] = -1
    finding = the_finding(draft, "figures.negative")
    part = part_by_key(draft, "direction.inspection")
    assert (finding.severity, finding.step, finding.part_id) == ("error", "direction", part.id)
    assert finding.field == "figures.inspections.fines"


def test_figure_value_that_is_not_a_number_is_an_error_not_a_crash() -> None:
    draft = complete_draft()
    draft.figures["staff"].values["hdld"] = "hai"  # type: ignore[assignment]
    findings = run_checks(draft)
    assert "figures.invalid" in codes(findings)
    assert "check.failed" not in codes(findings)
    invalid = next(f for f in findings if f.code == "figures.invalid")
    assert (invalid.severity, invalid.field) == ("error", "figures.staff.hdld")


def test_ratio_with_zero_denominator_is_a_warning() -> None:
    draft = complete_draft()
    draft.figures["tthc"].values.update(received=0, early=0, on_time=0, late=0, in_progress=0)
    finding = the_finding(draft, "figures.not_computable")
    assert (finding.severity, finding.field) == ("info", "figures.tthc.rate")


def test_large_change_without_explanation_is_info() -> None:
    draft = complete_draft()
    values = draft.figures["anticorruption"]
    values.previous["declarations"] = 10  # 18 now: +80 %
    finding = the_finding(draft, "figures.change")
    part = part_by_key(draft, "results.conference")
    assert (finding.severity, finding.step, finding.part_id) == ("info", "results", part.id)
    assert finding.field == "figures.anticorruption.declarations"
    assert "tăng 80%" in finding.message
    values.explanations["declarations"] = "Năm nay thêm đối tượng phải kê khai."
    assert run_checks(draft) == []


def test_change_within_threshold_is_not_reported() -> None:
    draft = complete_draft()
    values = draft.figures["staff"]
    now = values.values["cong_chuc"]
    assert now is not None
    values.previous["cong_chuc"] = now / (1 + CHANGE_THRESHOLD * 0.9)
    assert run_checks(draft) == []
    values.previous["cong_chuc"] = now / (1 + CHANGE_THRESHOLD * 1.1)
    assert codes(run_checks(draft)) == ["figures.change"]


def test_figures_block_naming_an_unknown_group() -> None:
    draft = complete_draft()
    part = part_by_key(draft, "tasks")
    part.blocks.append(Block(kind="figures", group="no_such_group"))
    finding = the_finding(draft, "figures.unknown_group")
    assert (finding.severity, finding.part_id, finding.field) == ("warning", part.id, "block.1")


# ---------------------------------------------------------------- placeholders


@pytest.mark.parametrize("mark", ["...", "…", "xxx", "XXX", "[...]", "[…]", "___", "{placeholder}"])
def test_placeholder_left_in_body_text_is_a_warning(mark: str) -> None:
    draft = complete_draft()
    part = part_by_key(draft, "direction.leadership")
    part.blocks.append(Block(kind="item", text=f"Sở đã ban hành {mark} văn bản."))
    finding = the_finding(draft, "text.placeholder")
    assert (finding.severity, finding.step, finding.part_id) == ("warning", "direction", part.id)
    assert finding.field == "block.1"
    assert f"“{mark}”" in finding.message
    assert finding.message.startswith(f"Phần II.1 “{part.title}”, đoạn 2")


@pytest.mark.parametrize(
    "text",
    [
        # From the reference documents: an ellipsis closing an enumeration is prose.
        "Luật Thực hiện dân chủ ở cơ sở và các văn bản pháp luật khác có liên quan,…",
        "khen thưởng, kỷ luật, nâng bậc lương, v.v…",
        "việc giải quyết khiếu nại, tố cáo trong nội bộ, nội quy, quy chế cơ quan... cho công "
        "chức, viên chức và người lao động biết",
        "Quy chế chi tiêu nội bộ... phù hợp với các quy định hiện hành.",
        "các cuộc vận động, đơn vị văn hóa, môi trường xanh – sạch – đẹp ... là một trong các "
        "tiêu chí",
    ],
)
def test_ellipsis_closing_an_enumeration_is_prose(text: str) -> None:
    assert find_placeholders(text) == []
    draft = complete_draft()
    part_by_key(draft, "results.head").blocks[0].text = text
    assert "text.placeholder" not in codes(run_checks(draft))


@pytest.mark.parametrize(
    "text",
    [
        "Trong kỳ, Sở tiến hành ... cuộc thanh tra, kiểm tra.",
        "biên chế công chức: ..., số lượng người làm việc: 20.",
        "...",
        "…",
        "Kế hoạch số ... ngày 31/01/2024.",
        "Thực hiện Kế hoạch số 26-KH/BCĐ ngày …/…/2024.",
        "Giám đốc xxx chủ trì.",
        "Do [...] ban hành.",
    ],
)
def test_mark_standing_for_missing_content_is_flagged_once(text: str) -> None:
    draft = complete_draft()
    part = part_by_key(draft, "results.head")
    part.blocks[0].text = text
    finding = the_finding(draft, "text.placeholder")
    assert finding.severity == "warning" and finding.part_id == part.id


@pytest.mark.parametrize(
    "text",
    [
        "Trên đây là báo cáo./.",
        "Nghị định số 04/2015/NĐ-CP ngày 09/01/2015.",
        "Phòng TTTT, Xã Xuân Lộc, khóa XII.",
        "Tỷ lệ 98,5%; 68.750.000 đồng.",
        "Tên_tệp và snake_case.",
    ],
)
def test_ordinary_text_has_no_placeholder(text: str) -> None:
    assert find_placeholders(text) == []


def test_unfilled_field_in_summary_is_flagged_in_the_document_step() -> None:
    draft = complete_draft()
    draft.summary = "Kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2024 {year}"
    finding = the_finding(draft, "text.placeholder")
    assert (finding.step, finding.field, finding.part_id) == ("document", "summary", "")


def test_unknown_field_in_closing_and_figure_sentences() -> None:
    draft = complete_draft()
    draft.closing = "Trên đây là Báo cáo {summary} của {agency}, gửi {noi_nhan} tổng hợp./."
    finding = the_finding(draft, "text.placeholder")
    assert (finding.step, finding.field) == ("closing", "closing")
    draft = complete_draft()
    draft.figures["staff"].sentence = "Tổng số: {total} người, trong đó {unknown_figure}."
    finding = the_finding(draft, "text.placeholder")
    part = part_by_key(draft, "situation")
    assert (finding.step, finding.part_id) == ("situation", part.id)
    assert finding.field == "figures.staff.sentence"


# ---------------------------------------------------------------- document step


def test_date_that_does_not_exist_is_an_error() -> None:
    draft = complete_draft()
    draft.date.month, draft.date.day = 2, 31
    finding = the_finding(draft, "document.date_invalid")
    assert (finding.severity, finding.step, finding.field) == ("error", "document", "date")


def test_day_without_month_is_an_error() -> None:
    draft = complete_draft()
    draft.date.month = None
    finding = the_finding(draft, "document.date_invalid")
    assert "thiếu tháng" in finding.message


def test_blank_day_and_month_left_for_the_clerk_is_fine() -> None:
    draft = complete_draft()
    draft.date.month = draft.date.day = None
    draft.number = ""
    assert run_checks(draft) == []


@pytest.mark.parametrize("number", ["12/BC-STTTT", "12-BC", "12 STTTT", "12/"])
def test_number_with_the_symbol_typed_is_a_warning(number: str) -> None:
    draft = complete_draft()
    draft.number = number
    finding = the_finding(draft, "document.number_has_symbol")
    assert (finding.severity, finding.step, finding.field) == ("warning", "document", "number")


def test_summary_with_vv_is_an_error() -> None:
    draft = complete_draft()
    draft.summary = "V/v kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2024"
    finding = the_finding(draft, "document.summary_vv")
    assert (finding.severity, finding.step, finding.field) == ("error", "document", "summary")


def test_empty_summary_is_an_error() -> None:
    draft = complete_draft()
    draft.summary = "  "
    finding = the_finding(draft, "document.summary_empty")
    assert finding.severity == "error"


@pytest.mark.parametrize(
    ("type_id", "summary"),
    [
        ("bc-6thang", "Kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2023"),
        ("bc-6thang", "Kết quả thực hiện dân chủ ở cơ sở năm 2024"),
        ("bc-nam", "Kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2024"),
        ("bc-nam", "Kết quả thực hiện dân chủ ở cơ sở quý III năm 2024"),
    ],
)
def test_summary_that_does_not_match_the_period_is_a_warning(type_id: str, summary: str) -> None:
    draft = complete_draft(type_id)
    draft.summary = summary
    finding = the_finding(draft, "document.period_mismatch")
    assert (finding.severity, finding.step, finding.field) == ("warning", "document", "summary")


def test_period_date_that_does_not_exist_is_a_warning() -> None:
    draft = complete_draft()
    draft.period.end = "31/6/2024"
    finding = the_finding(draft, "document.period_date_invalid")
    assert (finding.severity, finding.field) == ("warning", "period.end")


def test_unknown_document_type_is_an_error_and_parts_are_still_named() -> None:
    draft = complete_draft()
    draft.doc_type = "bc-khong-co"
    draft.sections[1].blocks = []
    draft.sections[1].children = []
    findings = run_checks(draft)
    assert findings[0].code == "document.type_unknown"
    assert findings[0].severity == "error"
    empty = next(f for f in findings if f.part_id == draft.sections[1].id)
    assert empty.code == "part.empty_optional"  # nothing is known to be required
    assert empty.message.startswith(f"Phần II “{draft.sections[1].title}”")
    assert "check.failed" not in codes(findings)


# ---------------------------------------------------------------- basis step


def test_agency_without_issuing_body_or_abbreviation_is_an_error() -> None:
    draft = complete_draft()
    draft.agency.issuing_body = ""
    finding = the_finding(draft, "agency.issuing_body_empty")
    assert (finding.severity, finding.step, finding.field) == (
        "error",
        "basis",
        "agency.issuing_body",
    )
    draft = complete_draft()
    draft.agency.abbreviation = " "
    finding = the_finding(draft, "agency.abbreviation_empty")
    assert (finding.severity, finding.step) == ("error", "basis")


def test_basis_document_with_an_impossible_date_is_a_warning() -> None:
    draft = complete_draft()
    draft.basis[1].date = "30/02/2024"
    finding = the_finding(draft, "basis.date_invalid")
    assert (finding.severity, finding.step, finding.field) == ("warning", "basis", "basis.1.date")


def test_basis_document_without_number_is_a_warning() -> None:
    draft = complete_draft()
    draft.basis.append(BasisDocument(kind="Kế hoạch", date="31/01/2024", issuer="Ban Chỉ đạo"))
    finding = the_finding(draft, "basis.number_missing")
    assert (finding.severity, finding.step, finding.field) == ("warning", "basis", "basis.2.number")


def test_no_basis_document_is_a_warning() -> None:
    draft = complete_draft()
    draft.basis = []
    finding = the_finding(draft, "basis.empty")
    assert (finding.severity, finding.step) == ("warning", "basis")


# ---------------------------------------------------------------- closing step


def test_signer_without_name_or_head_title_is_an_error() -> None:
    draft = complete_draft()
    draft.signer.name = ""
    finding = the_finding(draft, "signer.name_empty")
    assert (finding.severity, finding.step, finding.field) == ("error", "closing", "signer.name")
    draft = complete_draft()
    draft.signer.head_title = ""
    finding = the_finding(draft, "signer.head_title_empty")
    assert (finding.severity, finding.field) == ("error", "signer.head_title")


def test_no_recipients_is_an_error() -> None:
    draft = complete_draft()
    draft.recipients = ["", " - ;"]
    finding = the_finding(draft, "recipients.empty")
    assert (finding.severity, finding.step, finding.field) == ("error", "closing", "recipients")


def test_recipients_not_ending_with_the_archive_line_is_a_warning() -> None:
    draft = complete_draft()
    draft.recipients = ["Lưu: VT, VP", "Sở Nội vụ"]
    finding = the_finding(draft, "recipients.no_archive")
    assert (finding.severity, finding.step) == ("warning", "closing")
    draft.recipients = ["Sở Nội vụ;", "- Lưu VT."]
    assert run_checks(draft) == []


# ---------------------------------------------------------------- order, API, robustness


def test_findings_are_ordered_by_step_then_document_order() -> None:
    draft = complete_draft()
    draft.signer.name = ""  # closing
    draft.summary = "V/v " + draft.summary  # document
    part_by_key(draft, "tasks").blocks = []  # tasks
    part_by_key(draft, "direction.propaganda").carried = True  # direction
    part_by_key(draft, "direction.leadership").blocks[0].text += " xxx"  # direction, earlier
    draft.agency.place = ""  # basis
    findings = run_checks(draft)
    steps = ["document", "basis", *[s.id for s in get_doc_type("bc-6thang").steps], "closing"]
    order = [steps.index(f.step) for f in findings]
    assert order == sorted(order)
    direction = [f.code for f in findings if f.step == "direction"]
    assert direction == ["text.placeholder", "part.carried"]
    assert findings[0].code == "document.summary_vv"
    assert findings[-1].code == "signer.name_empty"


def test_has_errors_and_finding_validation() -> None:
    info = Finding("info", "x.y", "Thông tin.", "document")
    error = Finding("error", "x.z", "Lỗi.", "document")
    assert not has_errors([info])
    assert has_errors([info, error])
    with pytest.raises(ValueError):
        Finding("fatal", "x", "m", "document")


def test_decomposed_titles_give_nfc_messages() -> None:
    draft = complete_draft()
    part = part_by_key(draft, "direction.steering")
    part.title = unicodedata.normalize("NFD", "Hoạt động của Ban Chỉ đạo")
    part.blocks = []
    finding = the_finding(draft, "part.empty_optional")
    assert "Phần II.2 “Hoạt động của Ban Chỉ đạo”" in finding.message


def test_every_finding_message_is_nfc_on_a_broken_draft() -> None:
    draft = new_draft("kh-nam", 2025)
    draft.summary = "V/v"
    draft.date.day = 40
    draft.recipients = ["Sở Nội vụ"]
    draft.sections[0].children.append(Part(title=unicodedata.normalize("NFD", "Phần thêm ở đây")))
    findings = run_checks(draft)
    assert findings
    assert all(unicodedata.is_normalized("NFC", f.message) for f in findings)
    assert all(f.message.strip() for f in findings)


weird_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)) | st.sampled_from("{}[]._…xX/"),
    max_size=40,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    title=weird_text,
    text=weird_text,
    summary=weird_text,
    closing=weird_text,
    opening=weird_text,
    sentence=weird_text,
    number=weird_text,
    value=st.one_of(
        st.none(),
        st.integers(-(10**20), 10**20),
        st.floats(allow_nan=True, allow_infinity=True),
        st.text(max_size=5),
    ),
    group=st.sampled_from([*figure_groups(), "", "không có"]),
)
def test_run_checks_never_raises(
    title: str,
    text: str,
    summary: str,
    closing: str,
    opening: str,
    sentence: str,
    number: str,
    value: object,
    group: str,
) -> None:
    draft = complete_draft()
    draft.sections[0].title = title
    draft.sections[0].blocks.append(Block(kind="figures", text=text, group=group))
    draft.sections.append(Part(title=title, key=title, children=[Part(title=text)]))
    draft.summary = summary
    draft.closing = closing
    draft.opening = opening
    draft.number = number
    if group in draft.figures:
        draft.figures[group].sentence = sentence
        first = next(iter(figure_groups()[group].figures)).id
        draft.figures[group].values[first] = value  # type: ignore[assignment]
        draft.figures[group].previous[first] = value  # type: ignore[assignment]
    findings = run_checks(draft)
    assert "check.failed" not in codes(findings)
    assert all(unicodedata.is_normalized("NFC", f.message) for f in findings)
