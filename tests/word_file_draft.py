"""The draft every Word-file rule is checked on besides the samples of each type:
a number below 10, a full date, "KT.", two addressees, a very long agency name and an
appendix with a table of figures."""

from __future__ import annotations

from qcdc_desktop.doctypes.samples import sample_draft
from qcdc_desktop.model.draft import Agency, Appendix, Block, DocDate, Draft, Part, Signer, Table

LONG_AGENCY = "Trung tâm Giám sát, điều hành kinh tế, xã hội tập trung tỉnh Tây Ninh"


def appendix_table() -> Table:
    return Table(
        rows=[
            ["STT", "Đơn vị", "Số hội nghị", "Số lượt người tham dự", "Tỷ lệ (%)"],
            [1, "Văn phòng", 4, 1250, 98.5],
            [2, "Phòng Kinh tế", 3, 20799, 100],
            [3, "Phòng Xã hội", 2, 875, 97.25],
            ["", "Tổng cộng", 9, 22924, None],
        ],
        header_rows=1,
        caption="Bảng 1. Hội nghị quán triệt, phổ biến",
        widths=[0.6, 3, 1.4, 1.8, 1.2],
    )


def add_level_three(draft: Draft) -> Draft:
    """Two "a)"-level parts under the first numbered part's first sub-part."""
    host = next((s for s in draft.sections if s.numbered), draft.sections[0])
    if not host.children:
        host.children = [Part(title="Nội dung thực hiện", blocks=[Block(text="Đã thực hiện.")])]
    host.children[0].children = [
        Part(title="Công tác quán triệt văn bản", blocks=[Block(text="Đã quán triệt.")]),
        Part(title="Kiểm tra", blocks=[Block(kind="item", text="Kiểm tra 02 phòng")]),
    ]
    return draft


def word_file_draft() -> Draft:
    draft = add_level_three(sample_draft("bc-6thang"))
    draft.agency = Agency(
        parent_body="UBND tỉnh Tây Ninh",
        issuing_body=LONG_AGENCY,
        abbreviation="TTGSĐH",
        place="Tây Ninh",
    )
    draft.number = "5"
    draft.date = DocDate(year=2024, month=6, day=5)
    draft.addressees = [
        "Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh Tây Ninh",
        "Sở Nội vụ tỉnh Tây Ninh",
    ]
    draft.recipients = ["Sở Nội vụ", "Lưu: VT, VP"]
    draft.signer = Signer(
        authority="KT.", head_title="Giám đốc", signer_title="Phó Giám đốc", name="Trần Văn Minh"
    )
    draft.appendices = [
        Appendix(
            subtitle="Kết quả tổ chức hội nghị quán triệt 6 tháng đầu năm 2024",
            blocks=[Block(kind="table", table=appendix_table())],
        )
    ]
    return draft
