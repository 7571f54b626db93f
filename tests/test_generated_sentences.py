"""Generated sentences of every type against sentences written by hand from the
reference documents (/work/shared/examples: a 6-month report and an annual plan)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qcdc_desktop.checks import run_checks
from qcdc_desktop.doctypes import figure_groups, new_draft
from qcdc_desktop.doctypes.library import cited_documents
from qcdc_desktop.doctypes.periods import default_dates, period_kinds, period_phrase
from qcdc_desktop.doctypes.samples import sample_draft
from qcdc_desktop.doctypes.types import get_doc_type
from qcdc_desktop.model.draft import Agency, BasisDocument, Block, Draft, FigureValues
from qcdc_desktop.render import closing_sentence, figure_sentence, opening_sentence
from qcdc_desktop.render.citations import cite
from qcdc_desktop.render.document import render_document

TTTT = "Sở Thông tin và Truyền thông"
BCD_TTTT = (
    "Kế hoạch số 314/KH-STTTT ngày 21/02/2024 của Sở Thông tin và Truyền thông Thực hiện "
    "dân chủ ở cơ sở năm 2024"
)
BCD = (
    "Kế hoạch số 26-KH/BCĐ ngày 31/01/2024 của Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở "
    "và công tác vận động quần chúng Thực hiện dân chủ ở cơ sở năm 2024"
)


def sentence(draft: Draft, group_id: str, *, pad: bool = True) -> str:
    return figure_sentence(figure_groups()[group_id], draft, pad=pad)


def draft_of(type_id: str, year: int = 2024, agency: str = TTTT) -> Draft:
    draft = new_draft(type_id, year)
    draft.agency = Agency(issuing_body=agency, abbreviation="STTTT")
    return draft


# ---------------------------------------------------------------- opening and closing

OPENINGS = {
    # 000, first paragraph, word for word.
    "bc-6thang": (
        f"Thực hiện {BCD} và {BCD_TTTT}. {TTTT} báo cáo kết quả thực hiện dân chủ ở cơ sở như sau:"
    ),
    # 003, first paragraph, word for word.
    "kh-nam": (
        f"Thực hiện {BCD}. {TTTT} xây dựng kế hoạch thực hiện dân chủ ở cơ sở năm 2024 như sau:"
    ),
    # The same plans cited, in the wording of each report type's opening.
    "bc-nam": (
        f"Thực hiện {BCD} và {BCD_TTTT}, {TTTT} báo cáo kết quả thực hiện dân chủ ở cơ sở "
        "năm 2024 như sau:"
    ),
    "bc-dvcq-nam": (
        f"Thực hiện {BCD} và {BCD_TTTT}, {TTTT} báo cáo kết quả thực hiện công tác dân vận "
        "chính quyền năm 2024 như sau:"
    ),
}

CLOSINGS = {
    # 000, the paragraph before "Nơi nhận", word for word.
    "bc-6thang": (
        f"Trên đây là Báo cáo kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2024 của {TTTT}, "
        "gửi Sở Nội vụ tổng hợp./."
    ),
    "bc-nam": (
        f"Trên đây là Báo cáo kết quả thực hiện dân chủ ở cơ sở năm 2024 của {TTTT}, "
        "gửi Sở Nội vụ tổng hợp./."
    ),
    "bc-dvcq-nam": (
        "Trên đây là Báo cáo kết quả thực hiện công tác dân vận chính quyền năm 2024 của "
        f"{TTTT}, gửi Ban Dân vận Tỉnh ủy tổng hợp./."
    ),
    # 003, the last paragraph of the body, word for word.
    "kh-nam": (
        "Căn cứ vào Kế hoạch này các phòng chuyên môn, đơn vị triển khai thực hiện. Trong quá "
        "trình tổ chức thực hiện, nếu có khó khăn, vướng mắc, đề nghị các phòng chuyên môn, "
        "đơn vị phản ánh về Văn phòng Sở để tổng hợp, báo cáo Ban Giám đốc xem xét, giải "
        "quyết./."
    ),
}


@pytest.mark.parametrize("type_id", list(OPENINGS))
def test_opening_and_closing_of_every_type(type_id: str) -> None:
    draft = sample_draft(type_id)
    assert opening_sentence(draft) == OPENINGS[type_id]
    assert closing_sentence(draft) == CLOSINGS[type_id]


def test_law_is_cited_by_name_and_date() -> None:
    law = cited_documents()["luat-thdc-2022"].as_basis()
    assert cite(law) == "Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2022"
    draft = draft_of("bc-nam", 2023)
    draft.basis = [law]
    assert opening_sentence(draft) == (
        f"Thực hiện Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2022, {TTTT} báo cáo "
        "kết quả thực hiện dân chủ ở cơ sở năm 2023 như sau:"
    )
    # A law typed without its name is still cited, by its number.
    assert cite(BasisDocument(kind="Luật", number="10/2022/QH15", date="10/11/2022")) == (
        "Luật số 10/2022/QH15 ngày 10/11/2022"
    )


def test_decree_is_cited_by_kind_number_date_issuer_and_subject() -> None:
    decree = cited_documents()["nd-59-2023"]
    assert cite(decree.as_basis()) == decree.cite
    assert cite(decree.as_basis()) == (
        "Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ quy định chi tiết một số "
        "điều của Luật Thực hiện dân chủ ở cơ sở"
    )


def test_opening_without_basis_starts_with_the_agency() -> None:
    draft = draft_of("bc-nam", 2023)
    draft.basis = []
    assert opening_sentence(draft) == (
        f"{TTTT} báo cáo kết quả thực hiện dân chủ ở cơ sở năm 2023 như sau:"
    )


def test_closing_names_the_agency_once() -> None:
    draft = draft_of("bc-nam", 2023, agency="Sở Văn hóa, Thể thao và Du lịch")
    draft.summary = "Kết quả thực hiện dân chủ ở cơ sở tại các đơn vị trực thuộc Sở VHTTDL năm 2023"
    draft.report_to = "Sở Nội vụ"
    assert closing_sentence(draft) == (
        "Trên đây là Báo cáo kết quả thực hiện dân chủ ở cơ sở tại các đơn vị trực thuộc "
        "Sở VHTTDL năm 2023, gửi Sở Nội vụ tổng hợp./."
    )


def test_closing_recipient_follows_kinh_gui_and_a_mismatch_is_flagged() -> None:
    draft = sample_draft("bc-nam")
    draft.report_to = ""
    draft.addressees = ["Ban Chỉ đạo thực hiện dân chủ ở cơ sở tỉnh"]
    assert closing_sentence(draft).endswith(
        "gửi Ban Chỉ đạo thực hiện dân chủ ở cơ sở tỉnh tổng hợp./."
    )
    assert "closing.recipient_mismatch" not in {f.code for f in run_checks(draft)}
    draft.report_to = "Sở Nội vụ"
    found = [f for f in run_checks(draft) if f.code == "closing.recipient_mismatch"]
    assert len(found) == 1 and found[0].severity == "warning"
    assert "Sở Nội vụ" in found[0].message


# ---------------------------------------------------------------- figure sentences


def test_staff_sentence_of_the_six_month_report() -> None:
    # 000, section I, third paragraph, word for word.
    assert sentence(sample_draft("bc-6thang"), "staff") == (
        "Tổng số cán bộ, công chức, viên chức và người lao động: 55 người, trong đó: biên chế "
        "công chức: 26, số lượng người làm việc trong đơn vị sự nghiệp công lập: 20, hợp đồng "
        "theo Nghị định 111: 07; hợp đồng theo Luật Lao động: 02."
    )


def test_own_tthc_sentence_of_the_six_month_report() -> None:
    # 000, section III.2, in the report's own wording, word for word.
    assert sentence(sample_draft("bc-6thang"), "tthc") == (
        "Từ 01/01/2024 đến 31/5/2024, Sở đã tiếp nhận 36 hồ sơ, trả 36 hồ sơ, còn tồn: 0 hồ "
        "sơ, giải quyết sớm hạn 100% hồ sơ."
    )


def test_tthc_sentence_with_typed_total_and_rate() -> None:
    # The specification's example: no split by deadline, the rate typed as reported.
    draft = draft_of("bc-6thang", agency="Sở")
    draft.period.start, draft.period.end = "01/01/2024", "31/5/2024"
    draft.figures["tthc"] = FigureValues(
        values={"received": 36, "resolved": 36, "in_progress": 0, "rate": 100}
    )
    assert sentence(draft, "tthc") == (
        "Từ ngày 01/01/2024 đến ngày 31/5/2024, Sở đã tiếp nhận 36 hồ sơ, đã giải quyết 36 hồ "
        "sơ, đang giải quyết 0 hồ sơ; tỷ lệ giải quyết đúng và trước hạn 100%."
    )


def test_breakdown_given_computes_total_and_rate() -> None:
    draft = draft_of("bc-6thang", agency="Sở")
    draft.figures["tthc"] = FigureValues(
        values={"received": 1250, "early": 1000, "on_time": 230, "late": 10, "in_progress": 10}
    )
    assert sentence(draft, "tthc") == (
        "Từ ngày 01/01/2024 đến ngày 31/5/2024, Sở đã tiếp nhận 1.250 hồ sơ, đã giải quyết "
        "1.240 hồ sơ (trước hạn 1.000, đúng hạn 230, quá hạn 10), đang giải quyết 10 hồ sơ; "
        "tỷ lệ giải quyết đúng và trước hạn 99,2%."
    )
    # A partial breakdown computes nothing and prints no breakdown.
    draft.figures["tthc"] = FigureValues(values={"received": 20, "early": 5})
    assert sentence(draft, "tthc") == (
        "Từ ngày 01/01/2024 đến ngày 31/5/2024, Sở đã tiếp nhận 20 hồ sơ."
    )


def test_zero_in_office_vietnamese() -> None:
    # 000, III.3: "… Sở không phát hiện trường hợp cán bộ, công chức, viên chức và người
    # lao động trong cơ quan có hành vi tham nhũng." (the house style puts a comma after
    # the opening date phrase, as the specification's example sentence does).
    draft = draft_of("bc-6thang", agency="Sở")
    draft.figures["anticorruption"] = FigureValues(values={"cases": 0})
    assert sentence(draft, "anticorruption") == (
        "Từ ngày 01/01/2024 đến ngày 31/5/2024, Sở không phát hiện trường hợp cán bộ, công "
        "chức, viên chức và người lao động trong cơ quan có hành vi tham nhũng."
    )
    draft.figures["inspections"] = FigureValues(
        values={"inspections": 0, "violations": 0, "fines": 0}
    )
    assert sentence(draft, "inspections") == (
        "Từ ngày 01/01/2024 đến ngày 31/5/2024, Sở không tiến hành cuộc thanh tra, kiểm tra nào."
    )
    draft.figures["inspections"].values.update(inspections=2)
    assert sentence(draft, "inspections") == (
        "Từ ngày 01/01/2024 đến ngày 31/5/2024, Sở tiến hành 02 cuộc thanh tra, kiểm tra; "
        "không phát hiện vi phạm; không có trường hợp bị xử phạt."
    )


def test_leading_zero_follows_the_office_setting() -> None:
    # 000, III.3: "Sở thực hiện 01 lượt tiếp công dân".
    draft = draft_of("bc-6thang", agency="Sở")
    draft.figures["citizens"] = FigureValues(values={"receptions": 1})
    assert "đã tiếp 01 lượt công dân." in sentence(draft, "citizens", pad=True)
    assert "đã tiếp 1 lượt công dân." in sentence(draft, "citizens", pad=False)


def test_staff_breakdown_without_total() -> None:
    draft = draft_of("bc-6thang")
    draft.figures["staff"] = FigureValues(values={"cong_chuc": 26, "hdld": 2})
    assert sentence(draft, "staff") == (
        "Cán bộ, công chức, viên chức và người lao động gồm: biên chế công chức: 26; hợp đồng "
        "theo Luật Lao động: 02."
    )


def test_comparison_with_last_period_is_off_by_default() -> None:
    draft = draft_of("bc-nam", 2023, agency="Sở")
    draft.figures["tthc"] = FigureValues(values={"received": 141}, previous={"received": 129})
    assert sentence(draft, "tthc") == "Trong năm 2023, Sở đã tiếp nhận 141 hồ sơ."
    draft.figures["tthc"].compare = True
    assert sentence(draft, "tthc") == (
        "Trong năm 2023, Sở đã tiếp nhận 141 hồ sơ, tăng 12 hồ sơ (9,3%) so với cùng kỳ năm trước."
    )
    draft.figures["tthc"].previous = {}
    assert sentence(draft, "tthc") == "Trong năm 2023, Sở đã tiếp nhận 141 hồ sơ."


def test_own_sentence_leaves_out_the_pieces_not_reported() -> None:
    draft = draft_of("bc-6thang", agency="Sở")
    draft.figures["tthc"] = FigureValues(
        values={"received": 514, "resolved": 509, "in_progress": 5},
        sentence=figure_groups()["tthc"].sentence,
    )
    assert sentence(draft, "tthc", pad=False) == (
        "Từ ngày 01/01/2024 đến ngày 31/5/2024, Sở đã tiếp nhận 514 hồ sơ, đã giải quyết 509 "
        "hồ sơ, đang giải quyết 5 hồ sơ."
    )
    draft.figures["tthc"].values = {}
    assert sentence(draft, "tthc") == ""


# ---------------------------------------------------------------- reporting period


def test_each_type_names_its_period() -> None:
    assert period_phrase(draft_of("bc-6thang").period, get_doc_type("bc-6thang")) == (
        "Từ ngày 01/01/2024 đến ngày 31/5/2024"
    )
    assert period_phrase(draft_of("bc-nam", 2023).period, get_doc_type("bc-nam")) == (
        "Trong năm 2023"
    )
    draft = draft_of("bc-6thang")
    draft.period.naming = "label"
    assert period_phrase(draft.period, get_doc_type("bc-6thang")) == ("Trong 6 tháng đầu năm 2024")


def test_decree_09_cut_off_is_offered() -> None:
    h1 = period_kinds()["h1"]
    nd09 = h1.cutoff("nd09")
    assert nd09 is not None and nd09.dates(2024) == ("15/12/2023", "14/6/2024")
    year = period_kinds()["year"].cutoff("nd09")
    assert year is not None and year.dates(2024) == ("15/12/2023", "14/12/2024")
    # The 6-month report's default is the example report's cut-off.
    assert default_dates(get_doc_type("bc-6thang"), 2024) == ("01/01/2024", "31/5/2024")
    assert new_draft("bc-6thang", 2024).period.cutoff == "h1-may"


def test_a_date_range_with_a_blank_day_is_named_by_the_period() -> None:
    draft = draft_of("bc-6thang", agency="Sở")
    draft.period.end = ""
    draft.figures["tthc"] = FigureValues(values={"received": 3})
    assert sentence(draft, "tthc") == "Trong 6 tháng đầu năm 2024, Sở đã tiếp nhận 03 hồ sơ."


# ---------------------------------------------------------------- placement


def test_sentence_at_a_marker_inside_a_paragraph() -> None:
    draft = draft_of("bc-6thang", agency="Sở")
    part = next(p for p in draft.all_parts() if p.key == "results.procedures")
    part.blocks = [
        Block(kind="figures", group="tthc", text="Công khai thủ tục hành chính."),
        Block(kind="para", text="Thực hiện ISO 9001:2015. {{số liệu: tthc}} Không có hồ sơ trễ."),
    ]
    draft.figures["tthc"] = FigureValues(values={"received": 36})
    body = [p.full_text for p in render_document(draft).body if p.part_id == part.id]
    assert body == [
        "2. Thủ tục hành chính và công tác cán bộ: Công khai thủ tục hành chính.",
        "Thực hiện ISO 9001:2015. Từ ngày 01/01/2024 đến ngày 31/5/2024, Sở đã tiếp nhận 36 "
        "hồ sơ. Không có hồ sơ trễ.",
    ]
    # Nothing reported: the marker leaves no trace.
    draft.figures["tthc"] = FigureValues()
    body = [p.full_text for p in render_document(draft).body if p.part_id == part.id]
    assert body[-1] == "Thực hiện ISO 9001:2015. Không có hồ sơ trễ."
    assert "text.placeholder" not in {f.code for f in run_checks(draft)}


def test_checks_use_the_period() -> None:
    draft = sample_draft("bc-6thang")
    draft.period.end = ""
    found = [f for f in run_checks(draft) if f.code == "period.range_blank"]
    assert len(found) == 1 and "Trong 6 tháng đầu năm 2024" in found[0].message
    draft.period.start, draft.period.end = "15/12/2023", "14/6/2025"
    codes = {f.code for f in run_checks(draft)}
    assert "period.other_year" in codes and "period.reversed" not in codes
    draft.period.start, draft.period.end = "15/12/2023", "14/6/2024"  # Decree 09: fine
    assert not {c for c in (f.code for f in run_checks(draft)) if c.startswith("period.")}


def test_an_office_rewords_its_clauses(tmp_path: Path) -> None:
    from qcdc_desktop.doctypes.figures import load_figure_groups
    from qcdc_desktop.render.figure_sentences import group_sentence

    path = tmp_path / "figures.toml"
    path.write_text(
        """
[tthc]
title = "Thủ tục hành chính"
lead = "{period}, {agency_short}"
[[tthc.clauses]]
text = "đã tiếp nhận {received} hồ sơ"
[[tthc.clauses]]
sep = ", "
text = "còn tồn: {in_progress} hồ sơ"
[[tthc.figures]]
id = "received"
label = "Hồ sơ tiếp nhận"
leading_zero = "never"
[[tthc.figures]]
id = "in_progress"
label = "Đang giải quyết"
zero = "không"
""",
        "utf-8",
    )
    group = load_figure_groups(path)["tthc"]
    draft = draft_of("bc-nam", 2023)
    draft.figures["tthc"] = FigureValues(values={"received": 7, "in_progress": 0})
    assert group_sentence(group, draft) == (
        "Trong năm 2023, Sở đã tiếp nhận 7 hồ sơ, còn tồn: không hồ sơ."
    )


def test_next_period_keeps_the_offices_cut_off_and_naming() -> None:
    from qcdc_desktop.importing import carry_forward

    draft = new_draft("bc-6thang", 2024)
    draft.period.start, draft.period.end = "15/12/2023", "14/6/2024"
    draft.period.cutoff, draft.period.naming = "nd09", "label"
    annual = carry_forward(draft)  # the annual report of the same year
    assert annual.doc_type == "bc-nam"
    assert (annual.period.start, annual.period.end) == ("15/12/2023", "14/12/2024")
    assert annual.period.cutoff == "nd09" and annual.period.naming == "label"
    nxt = carry_forward(annual)  # the next 6-month report
    assert (nxt.period.start, nxt.period.end) == ("15/12/2024", "14/6/2025")
