"""Hand-made Word reports in the shapes offices really produce, built with python-docx.

Each builder writes a .docx and returns its path. Texts come from the reference
documents in the spec (a 6-month report and an annual plan of one department).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH

AGENCY = "Sở Thông tin và Truyền thông"
PARENT = "UBND TỈNH TÂY NINH"
ISSUER = "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"

OPENING = (
    "Thực hiện Kế hoạch số 26-KH/BCĐ ngày 31/01/2024 của Ban Chỉ đạo thực hiện Quy chế dân "
    "chủ ở cơ sở và công tác vận động quần chúng tỉnh và Kế hoạch số 314/KH-STTTT ngày "
    "21/02/2024 của Sở Thông tin và Truyền thông, Sở Thông tin và Truyền thông báo cáo kết quả "
    "thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2024 như sau:"
)
FUNCTIONS = (
    "Sở Thông tin và Truyền thông là cơ quan chuyên môn thuộc UBND tỉnh, có chức năng tham "
    "mưu, giúp UBND tỉnh thực hiện quản lý nhà nước về báo chí; xuất bản, in và phát hành."
)
STRUCTURE = (
    "Cơ cấu tổ chức của Sở Thông tin và Truyền thông hiện nay gồm có: Ban Giám đốc, 04 phòng "
    "chuyên môn, nghiệp vụ và 01 đơn vị sự nghiệp trực thuộc."
)
STAFF = (
    "Tổng số cán bộ, công chức, viên chức và người lao động: 55 người, trong đó: biên chế công "
    "chức: 26, số lượng người làm việc trong đơn vị sự nghiệp công lập: 20, hợp đồng theo Nghị "
    "định 111: 07; hợp đồng theo Luật Lao động: 02."
)
LEAD_1 = (
    "Cấp ủy, Ban lãnh đạo cơ quan tiếp tục quan tâm quán triệt cho công chức, viên chức và "
    "người lao động trong cơ quan nội dung Luật Thực hiện dân chủ ở cơ sở."
)
LEAD_2 = (
    "Hàng tháng, Sở tổ chức giao ban giữa Lãnh đạo Sở và trưởng, phó các phòng chuyên môn "
    "thuộc Sở nhằm đánh giá kết quả công tác tháng trước."
)
STEER_1 = (
    "Sở đã xây dựng Quyết định số 108/QĐ-STTTT ngày 04/10/2023 về việc Kiện toàn Ban Chỉ đạo "
    "thực hiện Quy chế dân chủ cơ sở."
)
HEAD_TEXT = (
    "Giám đốc Sở thực hiện đầy đủ trách nhiệm công khai những chủ trương, chính sách của Đảng "
    "và Nhà nước liên quan đến công việc của cơ quan."
)
HEAD_ITEM = (
    "Thực hiện những việc phải công khai để công chức, viên chức, người lao động biết: Quy "
    "chế làm việc; Quy chế chi tiêu nội bộ."
)
TTHC = (
    "Thực hiện công khai, minh bạch các thủ tục hành chính trong giải quyết công việc thuộc "
    "thẩm quyền của Sở. Từ 01/01/2024 đến 31/5/2024, Sở đã tiếp nhận 36 hồ sơ, trả 36 hồ sơ, "
    "còn tồn: 0 hồ sơ, giải quyết sớm hạn 100% hồ sơ."
)
CONF = (
    "Kết quả tổ chức hội nghị cán bộ, công chức, viên chức và người lao động: Cán bộ, công "
    "chức tham gia góp ý dự thảo các văn bản."
)
ACHIEVED = (
    "Việc triển khai thực hiện Quy chế dân chủ cơ sở đã tạo chuyển biến rõ rệt về mặt nhận "
    "thức trong công chức, viên chức và người lao động."
)
CAUSE = "Được sự chỉ đạo kịp thời của Cấp ủy, Lãnh đạo Sở."
TASKS = "Tiếp tục thực hiện nghiêm túc Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2022."
CLOSING = (
    "Trên đây là Báo cáo kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2024 của Sở Thông "
    "tin và Truyền thông, gửi Sở Nội vụ tổng hợp./."
)
RECIPIENTS = ["Sở Nội vụ", "GĐ Sở", "Lưu: VT, VP"]


class Builder:
    """A thin writer over python-docx for report-shaped documents."""

    def __init__(self) -> None:
        self.doc: Any = Document()

    def para(
        self,
        text: str = "",
        *,
        bold: bool = False,
        italic: bool = False,
        style: str | None = None,
        center: bool = False,
    ) -> Any:
        p = self.doc.add_paragraph(style=style)
        if text:
            run = p.add_run(text)
            run.bold = bold or None
            run.italic = italic or None
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    def runs(self, pieces: Sequence[tuple[str, bool]], style: str | None = None) -> Any:
        """One paragraph of runs: (text, bold)."""
        p = self.doc.add_paragraph(style=style)
        for text, bold in pieces:
            p.add_run(text).bold = bold or None
        return p

    def header_table(
        self,
        number_line: str,
        date_line: str,
        parent: str = PARENT,
        encode: Callable[[str], str] = str,
    ) -> None:
        table = self.doc.add_table(rows=2, cols=2)
        left, right = table.rows[0].cells
        left.paragraphs[0].add_run(encode(parent))
        left.add_paragraph().add_run(encode(ISSUER)).bold = True
        right.paragraphs[0].add_run(encode("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).bold = True
        right.add_paragraph().add_run(encode("Độc lập - Tự do - Hạnh phúc")).bold = True
        table.rows[1].cells[0].paragraphs[0].add_run(number_line)
        table.rows[1].cells[1].paragraphs[0].add_run(date_line).italic = True

    def title(self, title: str, summary: str) -> None:
        self.para(title, bold=True, center=True)
        self.para(summary, bold=True, center=True)

    def signature_table(
        self, recipients: Sequence[str], signer_lines: Sequence[str], name: str
    ) -> None:
        table = self.doc.add_table(rows=1, cols=2)
        left, right = table.rows[0].cells
        run = left.paragraphs[0].add_run("Nơi nhận:")
        run.bold = run.italic = True
        for n, line in enumerate(recipients):
            end = "." if n == len(recipients) - 1 else ";"
            left.add_paragraph().add_run(f"- {line}{end}")
        right.paragraphs[0].add_run(signer_lines[0]).bold = True
        for line in signer_lines[1:]:
            right.add_paragraph().add_run(line).bold = True
        for _ in range(3):
            right.add_paragraph()
        right.add_paragraph().add_run(name).bold = True

    def save(self, path: Path) -> Path:
        self.doc.save(str(path))
        return path


# --- shape 1: numbered bold headings without styles, run-in, bold number only --------


def report_bold_numbers(path: Path) -> Path:
    """The reference 6-month report: bold typed numbers, run-in parts, "**2.** Thực hiện"."""
    b = Builder()
    b.header_table("Số: 12/BC-STTTT", "Tây Ninh, ngày 05 tháng 6 năm 2024")
    b.title("BÁO CÁO", "Kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2024")
    b.para(OPENING)
    b.para("I. ĐẶC ĐIỂM TÌNH HÌNH", bold=True)
    b.para(FUNCTIONS)
    b.para(STRUCTURE)
    b.para(STAFF)
    b.para("II. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI", bold=True)
    b.para("1. Công tác lãnh đạo, chỉ đạo của cấp ủy, chính quyền", bold=True)
    b.para(f"- {LEAD_1}")
    b.para(f"- {LEAD_2}")
    b.para("2. Hoạt động của Ban Chỉ đạo thực hiện dân chủ ở cơ sở", bold=True)
    b.para(f"- {STEER_1}")
    b.para("III. KẾT QUẢ THỰC HIỆN DÂN CHỦ Ở CƠ SỞ", bold=True)
    b.runs([("1. Trách nhiệm của người đứng đầu cơ quan, đơn vị:", True), (f" {HEAD_TEXT}", False)])
    b.para(f"- {HEAD_ITEM}")
    b.runs([("2.", True), (f" {TTHC}", False)])
    b.runs([("3.", True), (f" {CONF}", False)])
    b.para("IV. ĐÁNH GIÁ CHUNG", bold=True)
    b.para("1. Những kết quả đạt được", bold=True)
    b.para(ACHIEVED)
    b.para("2. Nguyên nhân đạt được", bold=True)
    b.para(f"- {CAUSE}")
    b.para("V. NHIỆM VỤ TRỌNG TÂM TRONG THỜI GIAN TỚI", bold=True)
    b.para(TASKS)
    b.para(CLOSING)
    b.signature_table(RECIPIENTS, ["GIÁM ĐỐC"], "Nguyễn Văn An")
    return b.save(path)


# --- shape 2: Word Heading styles, a)/b) sub-parts -------------------------------------


def report_heading_styles(path: Path) -> Path:
    """Headings set with Word's Heading 1/2/3 styles; level 3 "a)" "b)"."""
    b = Builder()
    b.header_table("Số:      /BC-STTTT", "Tây Ninh, ngày      tháng      năm 2024")
    b.title("BÁO CÁO", "Kết quả thực hiện dân chủ ở cơ sở năm 2024")
    b.para(
        "Thực hiện Kế hoạch số 26-KH/BCĐ ngày 31/01/2024 của Ban Chỉ đạo, Sở Thông tin và "
        "Truyền thông báo cáo kết quả thực hiện dân chủ ở cơ sở năm 2024 như sau:"
    )
    b.para("I. Đặc điểm tình hình", style="Heading 1")
    b.para(FUNCTIONS)
    b.para("II. Công tác lãnh đạo, chỉ đạo, triển khai", style="Heading 1")
    b.para("1. Công tác lãnh đạo, chỉ đạo của cấp ủy, chính quyền", style="Heading 2")
    b.para("a) Công tác quán triệt", style="Heading 3")
    b.para(f"- {LEAD_1}")
    b.para("b) Chế độ giao ban", style="Heading 3")
    b.para(f"- {LEAD_2}")
    b.para("2. Công tác tuyên truyền, phổ biến", style="Heading 2")
    b.para("Đẩy mạnh hoạt động thông tin tuyên truyền chủ trương, chính sách của Đảng.")
    b.para("III. Đánh giá chung", style="Heading 1")
    b.para(ACHIEVED)
    b.para("IV. Nhiệm vụ trọng tâm thời gian tới", style="Heading 1")
    b.para(TASKS)
    b.para(
        "Trên đây là Báo cáo kết quả thực hiện dân chủ ở cơ sở năm 2024 của Sở Thông tin và "
        "Truyền thông, gửi Sở Nội vụ tổng hợp./."
    )
    b.signature_table(
        ["Sở Nội vụ", "Lưu: VT, VP"], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Trần Thị Bình"
    )
    return b.save(path)


# --- shape 3: another order, "Đánh giá chung" as III, plain Roman, italic a) b) ---------


def report_reordered(path: Path) -> Path:
    """Roman headings in plain text (no bold), assessment numbered III, italic a)/b)."""
    b = Builder()
    b.header_table("Số: 45/BC-STTTT", "Tây Ninh, ngày 20 tháng 11 năm 2023")
    b.title("BÁO CÁO", "Kết quả thực hiện dân chủ ở cơ sở năm 2023")
    b.para(
        "Thực hiện Kế hoạch số 10-KH/BCĐ ngày 15/01/2023 của Ban Chỉ đạo, Sở Thông tin và "
        "Truyền thông báo cáo kết quả thực hiện dân chủ ở cơ sở năm 2023 như sau:"
    )
    b.para("I. Kết quả thực hiện dân chủ ở cơ sở")
    b.para("1. Trách nhiệm của người đứng đầu cơ quan, đơn vị", bold=True)
    b.para(HEAD_TEXT)
    b.para("a) Những việc phải công khai", italic=True)
    b.para(f"- {HEAD_ITEM}")
    b.para("b) Những việc công chức tham gia ý kiến", italic=True)
    b.para("+ Dự thảo Quy chế chi tiêu nội bộ.")
    b.para("2. Thủ tục hành chính và công tác cán bộ", bold=True)
    b.para("Sở đã tiếp nhận 120 hồ sơ, đang giải quyết 3 hồ sơ.")
    b.para("II. Công tác lãnh đạo, chỉ đạo")
    b.para(f"- {LEAD_1}")
    b.para("III. Đánh giá chung")
    b.para("1. Ưu điểm", bold=True)
    b.para(ACHIEVED)
    b.para("2. Hạn chế và nguyên nhân", bold=True)
    b.para("Không có.")
    b.para("IV. Phương hướng, nhiệm vụ năm 2024")
    b.para("1. Tiếp tục quán triệt Luật Thực hiện dân chủ ở cơ sở đến toàn thể công chức.")
    b.para("2. Tổ chức hội nghị cán bộ, công chức, viên chức năm 2024 đúng quy định.")
    b.para(
        "Trên đây là Báo cáo kết quả thực hiện dân chủ ở cơ sở năm 2023 của Sở Thông tin và "
        "Truyền thông, gửi Ban Chỉ đạo tỉnh tổng hợp./."
    )
    b.signature_table(["Ban Chỉ đạo tỉnh", "Lưu: VT, VP"], ["GIÁM ĐỐC"], "Nguyễn Văn An")
    return b.save(path)


# --- shape 4: header as paragraphs, numbers followed by tabs, trailing signature -------


def report_plain_paragraphs(path: Path) -> Path:
    """No tables at all: tabs separate the two header columns; numbers are "I.<tab>"."""
    b = Builder()
    b.para(f"{PARENT}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    b.runs([(ISSUER, True), ("\t", False), ("Độc lập - Tự do - Hạnh phúc", True)])
    b.para("Số: 07/BC-STTTT\tTây Ninh, ngày 03 tháng 6 năm 2025")
    b.para("")
    b.title("BÁO CÁO", "Kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2025")
    b.para(
        "Thực hiện Kế hoạch số 05-KH/BCĐ ngày 20/01/2025 của Ban Chỉ đạo, Sở Thông tin và "
        "Truyền thông báo cáo kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2025 như sau:"
    )
    b.para("I.\tĐẶC ĐIỂM TÌNH HÌNH", bold=True)
    b.para(FUNCTIONS)
    b.para(STAFF)
    b.para("II.\tCÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TRIỂN KHAI", bold=True)
    b.para("1.\tCông tác lãnh đạo, chỉ đạo của cấp ủy, chính quyền", bold=True)
    b.para(f"-\t{LEAD_1}")
    b.para("2.\tCông tác kiểm tra, giám sát", bold=True)
    b.para("Trong kỳ không có cuộc kiểm tra nào.")
    b.para("III.\tKẾT QUẢ THỰC HIỆN DÂN CHỦ Ở CƠ SỞ", bold=True)
    b.para(HEAD_TEXT)
    b.para("IV.\tĐÁNH GIÁ CHUNG", bold=True)
    b.para(ACHIEVED)
    b.para("V.\tNHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI", bold=True)
    b.para(TASKS)
    b.para(
        "Trên đây là Báo cáo kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2025 của Sở "
        "Thông tin và Truyền thông, gửi Sở Nội vụ tổng hợp./."
    )
    b.runs([("Nơi nhận:", True), ("\t\t", False), ("KT. GIÁM ĐỐC", True)])
    b.runs([("- Sở Nội vụ;", False), ("\t\t", False), ("PHÓ GIÁM ĐỐC", True)])
    b.para("- Lưu: VT, VP.")
    b.para("")
    b.para("Lê Văn Cường", bold=True)
    return b.save(path)


# --- shape 5: the annual plan (1. / 2.1 / run-in "2.3 …:") ------------------------------


def plan_decimal(path: Path) -> Path:
    """The reference annual plan: arabic level 1, decimal level 2, a run-in "2.3 …:"."""
    b = Builder()
    b.header_table("Số: 314/KH-STTTT", "Tây Ninh, ngày 21 tháng 02 năm 2024")
    b.para("KẾ HOẠCH", bold=True, center=True)
    b.para("Thực hiện dân chủ ở cơ sở năm 2024", bold=True, center=True)
    b.para(
        "Thực hiện Kế hoạch số 26-KH/BCĐ ngày 31/01/2024 của Ban Chỉ đạo thực hiện Quy chế dân "
        "chủ ở cơ sở và công tác vận động quần chúng, Sở Thông tin và Truyền thông xây dựng kế "
        "hoạch thực hiện dân chủ ở cơ sở năm 2024 như sau:"
    )
    b.para("1. Mục đích, yêu cầu", bold=True)
    b.para(
        "Nhằm triển khai, thực hiện tốt dân chủ ở cơ sở trong hoạt động của cấp ủy, của chính "
        "quyền."
    )
    b.para("2. Nội dung thực hiện", bold=True)
    b.para(
        "2.1 Công tác lãnh đạo, chỉ đạo của cấp ủy, chính quyền về thực hiện dân chủ ở cơ sở",
        bold=True,
    )
    b.para("- Kịp thời củng cố, kiện toàn Ban Chỉ đạo thực hiện quy chế dân chủ ở cơ sở.")
    b.para("2.2 Công tác triển khai, tuyên truyền", bold=True)
    b.para("- Nội dung tuyên truyền về dân chủ ở cơ sở phải ngắn gọn, dễ nhớ, dễ hiểu.")
    b.runs(
        [
            ("2.3 Công tác kiểm tra, giám sát:", True),
            (
                " Xây dựng và thực hiện chương trình kiểm tra, giám sát hằng năm của cấp ủy có "
                "nội dung về thực hiện dân chủ ở cơ sở.",
                False,
            ),
        ]
    )
    b.para("2.4 Công tác thi đua, khen thưởng về thực hiện dân chủ ở cơ sở", bold=True)
    b.para("- Quán triệt, triển khai thực hiện các hướng dẫn về khen thưởng.")
    b.para("3. Tổ chức thực hiện", bold=True)
    b.para("3.1. Văn phòng Sở", bold=True)
    b.para("Phân công công chức phụ trách công tác dân chủ ở cơ sở.")
    b.para("3.2. Các phòng chuyên môn, đơn vị thuộc và trực thuộc Sở", bold=True)
    b.para("Theo chức năng, nhiệm vụ được giao tổ chức triển khai kế hoạch.")
    b.para(
        "Căn cứ vào Kế hoạch này các phòng chuyên môn, đơn vị triển khai thực hiện. Trong quá "
        "trình tổ chức thực hiện, nếu có khó khăn, vướng mắc, đề nghị các phòng chuyên môn, đơn "
        "vị phản ánh về Văn phòng Sở để tổng hợp, báo cáo Ban Giám đốc xem xét, giải quyết./."
    )
    b.signature_table(
        ["Ban Dân vận TU", "Sở Nội vụ", "BGĐ Sở", "Các phòng, đơn vị thuộc Sở", "Lưu: VT, VP"],
        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
        "Trần Thị Bình",
    )
    return b.save(path)


# --- shape 6: Word auto-numbering (numPr) with no typed numbers ------------------------


def report_auto_numbered(path: Path) -> Path:
    """Headings numbered by Word itself (numbering.xml): I./1. labels Word displays."""
    from word_lists import REPORT_OUTLINE, add_list, numbered

    b = Builder()
    outline = add_list(b.doc, REPORT_OUTLINE)
    b.header_table("Số: 15/BC-STTTT", "Tây Ninh, ngày 10 tháng 6 năm 2024")
    b.title("BÁO CÁO", "Kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2024")
    b.para(OPENING)
    numbered(b.para("ĐẶC ĐIỂM TÌNH HÌNH", bold=True), outline, 0)
    b.para(FUNCTIONS)
    numbered(b.para("CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TRIỂN KHAI", bold=True), outline, 0)
    numbered(b.para("Hoạt động của Ban Chỉ đạo", bold=True), outline, 1)
    b.para(f"- {STEER_1}")
    numbered(b.para("ĐÁNH GIÁ CHUNG", bold=True), outline, 0)
    b.para(ACHIEVED)
    b.para(CLOSING)
    b.signature_table(RECIPIENTS, ["GIÁM ĐỐC"], "Nguyễn Văn An")
    return b.save(path)


# --- bad or thin input -----------------------------------------------------------------


def no_headings(path: Path) -> Path:
    b = Builder()
    b.para("Ghi chú cuộc họp giao ban tháng 5.")
    b.para("Các phòng báo cáo tiến độ công việc được giao.")
    return b.save(path)


def empty_docx(path: Path) -> Path:
    return Builder().save(path)


def legacy_tcvn3(path: Path) -> Path:
    """A short report typed with the old .VnTime (TCVN3) font encoding."""
    from qcdc_desktop.text.legacy import encode_legacy

    def t(text: str) -> str:
        return encode_legacy(text, "tcvn3")

    b = Builder()
    b.header_table(t("Số: 12/BC-STTTT"), t("Tây Ninh, ngày 05 tháng 6 năm 2024"), encode=t)
    b.title(t("BÁO CÁO"), t("Kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2024"))
    b.para(t("I. Đặc điểm tình hình"), bold=True)
    b.para(t(FUNCTIONS))
    b.para(t("II. Đánh giá chung"), bold=True)
    b.para(t(ACHIEVED))
    return b.save(path)


# --- the two real reference documents, as pasted into Word ------------------------------


def _bold_runs(b: Builder, text: str) -> None:
    """A paragraph whose "**…**" / "***…***" spans are bold (bold italic)."""
    p = b.doc.add_paragraph()
    for piece in re.split(r"(\*\*\*.+?\*\*\*|\*\*.+?\*\*)", text):
        if not piece:
            continue
        if piece.startswith("***"):
            run = p.add_run(piece.strip("*"))
            run.bold = run.italic = True
        elif piece.startswith("**"):
            p.add_run(piece.strip("*")).bold = True
        else:
            p.add_run(piece)


def _cut_by_page_break(before: str, after: str) -> bool:
    """The text extraction split a paragraph where the page ended."""
    if re.search(r"[.:;!?”*]$", before) or before.startswith(("#", "*", "Số", "Tây Ninh")):
        return False
    return not after.startswith(("#", "-", "*"))


def from_reference(prefix: str, path: Path) -> Path:
    """The reference example typed as plain paragraphs: its headings bold, nothing styled.

    Markdown marks in the example stand for the formatting of the original: "#" lines
    and "**…**" spans were bold. A paragraph cut by a page break is joined again.
    """
    from reference_text import examples_dir

    source = next(examples_dir().glob(f"{prefix}_*.txt")).read_text("utf-8")
    paragraphs: list[str] = []
    for block in re.split(r"\n\s*\n", source):
        block = block.strip()
        if not block:
            continue
        if paragraphs and _cut_by_page_break(paragraphs[-1], block):
            paragraphs[-1] += " " + block
        else:
            paragraphs.append(block)
    b = Builder()
    for text in paragraphs:
        bold_block = text.startswith("**") and text.endswith("**") and "\n" in text
        for line in text.split("\n"):
            line = line.strip()
            if bold_block:
                b.para(line.strip("* "), bold=True)
            elif line.startswith("#"):
                line = re.sub(r"^#+\s*", "", line)
                b.para(line.replace("**", ""), bold=True)
            elif line:
                _bold_runs(b, line)
    return b.save(path)
