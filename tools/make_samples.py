"""Regenerate resources/samples/*.json from the two reference documents.

Run from the repository root: python tools/make_samples.py /path/to/shared/examples
The reference texts are split into the draft's structure here, once; the JSON files
are the data the program ships.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from qcdc_desktop.model import (
    Agency,
    BasisDocument,
    Block,
    DocDate,
    Draft,
    FigureValues,
    Part,
    Period,
    Signer,
    draft_to_json,
)


def paragraphs(path: Path) -> list[str]:
    raw = [p.strip() for p in re.split(r"\n\s*\n", path.read_text("utf-8")) if p.strip()]
    out: list[str] = []
    for p in raw:
        # A page break in the source splits a sentence; rejoin it.
        if out and p[:1].islower() and not re.search(r"[.:;!?”\"]$", out[-1]):
            out[-1] = out[-1] + " " + p
        else:
            out.append(p)
    return out


def blocks(texts: list[str]) -> list[Block]:
    out = []
    for t in texts:
        if t.startswith("- "):
            out.append(Block(kind="item", text=t[2:]))
        elif t.startswith("+ "):
            out.append(Block(kind="subitem", text=t[2:]))
        else:
            out.append(Block(kind="para", text=t))
    return out


AGENCY = Agency(
    parent_body="UBND tỉnh Tây Ninh",
    issuing_body="Sở Thông tin và Truyền thông",
    abbreviation="STTTT",
    place="Tây Ninh",
)
BASIS_BCD = BasisDocument(
    kind="Kế hoạch",
    number="26-KH/BCĐ",
    date="31/01/2024",
    issuer="Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở và công tác vận động quần chúng",
    subject="Thực hiện dân chủ ở cơ sở năm 2024",
)


def report(p: list[str]) -> Draft:
    run_in = re.compile(r"^\*\*(?:[^*]*?)\*\*\s*")
    tthc_lead, _, _ = p[24].partition(" Từ 01/01/2024")
    return Draft(
        doc_type="bc-6thang",
        period=Period("h1", 2024, start="01/01/2024", end="31/5/2024"),
        date=DocDate(2024),
        agency=AGENCY,
        summary="Kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2024",
        basis=[
            BASIS_BCD,
            BasisDocument(
                kind="Kế hoạch",
                number="314/KH-STTTT",
                date="21/02/2024",
                issuer="Sở Thông tin và Truyền thông",
                subject="Thực hiện dân chủ ở cơ sở năm 2024",
            ),
        ],
        opening="Thực hiện {basis}. {agency} báo cáo kết quả thực hiện dân chủ ở cơ sở như sau:",
        sections=[
            Part(
                title="Đặc điểm tình hình",
                key="situation",
                step="situation",
                blocks=[*blocks(p[6:8]), Block(kind="figures", group="staff")],
            ),
            Part(
                title="Công tác chỉ đạo, triển khai",
                key="direction",
                step="direction",
                children=[
                    Part(
                        title="Công tác lãnh đạo, chỉ đạo của cấp ủy, chính quyền",
                        key="direction.leadership",
                        blocks=blocks(p[11:14]),
                    ),
                    Part(
                        title="Hoạt động của Ban Chỉ đạo thực hiện dân chủ ở cơ sở",
                        key="direction.steering",
                        blocks=blocks(p[15:18]),
                    ),
                ],
            ),
            Part(
                title="Kết quả thực hiện dân chủ ở cơ sở",
                key="results",
                step="results",
                children=[
                    Part(
                        title="Trách nhiệm của người đứng đầu cơ quan, đơn vị",
                        key="results.head",
                        run_in=True,
                        blocks=blocks([run_in.sub("", p[19]), *p[20:24]]),
                    ),
                    Part(
                        title="",
                        key="results.procedures",
                        run_in=True,
                        blocks=[
                            Block(kind="figures", text=run_in.sub("", tthc_lead), group="tthc"),
                            *blocks([p[25]]),
                        ],
                    ),
                    Part(
                        title="",
                        key="results.conference",
                        run_in=True,
                        blocks=blocks(
                            [run_in.sub("", p[26]), p[27], p[28] + " " + p[29], *p[30:32]]
                        ),
                    ),
                ],
            ),
            Part(
                title="Đánh giá chung",
                key="assessment",
                step="assessment",
                children=[
                    Part(
                        title="Những kết quả đạt được",
                        key="assessment.achievements",
                        blocks=blocks([p[34]]),
                    ),
                    Part(
                        title="Nguyên nhân đạt được",
                        key="assessment.causes",
                        blocks=blocks(p[36:38]),
                    ),
                ],
            ),
            Part(
                title="Nhiệm vụ trọng tâm trong thời gian tới",
                key="tasks",
                step="tasks",
                blocks=blocks([p[39]]),
            ),
        ],
        figures={
            "staff": FigureValues(
                values={"total": 55, "cong_chuc": 26, "vien_chuc": 20, "hd111": 7, "hdld": 2}
            ),
            "tthc": FigureValues(
                values={"received": 36, "early": 36, "on_time": 0, "late": 0, "in_progress": 0},
                sentence=(
                    "Từ {period_from} đến {period_to}, Sở đã tiếp nhận {received} hồ sơ, "
                    "trả {resolved} hồ sơ, còn tồn: {in_progress} hồ sơ, "
                    "giải quyết sớm hạn {rate}% hồ sơ."
                ),
            ),
            # The report states its other figures in prose ("01 lượt tiếp công dân"):
            # they stay text, and no figure the report does not give is made up here.
        },
        closing="Trên đây là Báo cáo {summary} của {agency}, gửi {recipient} tổng hợp./.",
        report_to="Sở Nội vụ",
        recipients=["Sở Nội vụ", "GD Sở", "Lưu: VT, VP"],
        signer=Signer(authority="", head_title="GIÁM ĐỐC", name="Trần Văn Minh"),
        id="sample6m2024",
    )


def plan(p: list[str]) -> Draft:
    run_in = re.compile(r"^\*\*(?:[^*]*?)\*\*\s*")
    idx = {t[:40]: i for i, t in enumerate(p)}

    def at(prefix: str) -> int:
        return next(i for k, i in idx.items() if k.startswith(prefix))

    i_purpose = at("### 1. Mục đích")
    i_content = at("### 2. Nội dung")
    i_21 = at("#### 2.1")
    i_22 = at("## **2.2")
    i_23 = at("**2.3")
    i_24 = at("#### **2.4")
    i_3 = at("### **3.")
    i_31 = at("#### **3.1")
    i_32 = at("#### **3.2")
    i_close = at("Căn cứ vào Kế hoạch")
    return Draft(
        doc_type="kh-nam",
        period=Period("year", 2024, start="01/01/2024", end="31/12/2024"),
        date=DocDate(2024),
        agency=AGENCY,
        summary="Thực hiện dân chủ ở cơ sở năm 2024",
        basis=[BASIS_BCD],
        opening=(
            "Thực hiện {basis}. {agency} xây dựng kế hoạch thực hiện dân chủ ở cơ sở "
            "{period} như sau:"
        ),
        sections=[
            Part(
                title="Mục đích, yêu cầu",
                key="purpose",
                step="purpose",
                blocks=blocks(p[i_purpose + 1 : i_content]),
            ),
            Part(
                title="Nội dung thực hiện",
                key="content",
                step="content",
                children=[
                    Part(
                        title=(
                            "Công tác lãnh đạo, chỉ đạo của cấp ủy, chính quyền "
                            "về thực hiện dân chủ ở cơ sở"
                        ),
                        key="content.leadership",
                        blocks=blocks(p[i_21 + 1 : i_22]),
                    ),
                    Part(
                        title="Công tác triển khai, tuyên truyền",
                        key="content.propaganda",
                        blocks=blocks(p[i_22 + 1 : i_23]),
                    ),
                    Part(
                        title="Công tác kiểm tra, giám sát",
                        key="content.inspection",
                        run_in=True,
                        blocks=blocks([run_in.sub("", p[i_23])]),
                    ),
                    Part(
                        title="Công tác thi đua, khen thưởng về thực hiện dân chủ ở cơ sở",
                        key="content.emulation",
                        blocks=blocks(p[i_24 + 1 : i_3]),
                    ),
                ],
            ),
            Part(
                title="Tổ chức thực hiện",
                key="organisation",
                step="organisation",
                children=[
                    Part(
                        title="Văn phòng Sở",
                        key="organisation.office",
                        blocks=blocks(p[i_31 + 1 : i_32]),
                    ),
                    Part(
                        title="Các phòng chuyên môn, đơn vị thuộc và trực thuộc Sở",
                        key="organisation.divisions",
                        blocks=blocks(p[i_32 + 1 : i_close]),
                    ),
                ],
            ),
        ],
        closing=p[i_close],
        recipients=[
            "Ban Dân vận TU",
            "Sở Nội vụ",
            "BGĐ Sở",
            "Các phòng, đơn vị thuộc Sở",
            "Trung tâm GSDH TT",
            "Lưu: VT, VP",
        ],
        signer=Signer(
            authority="KT.", head_title="GIÁM ĐỐC", signer_title="PHÓ GIÁM ĐỐC", name="Lê Thị Hoa"
        ),
        id="sampleplan2024",
    )


def main() -> None:
    examples = Path(sys.argv[1])
    out = Path("resources/samples")
    out.mkdir(parents=True, exist_ok=True)
    p6 = paragraphs(next(examples.glob("000_*.txt")))
    pk = paragraphs(next(examples.glob("003_*.txt")))
    (out / "bc-6thang.json").write_text(draft_to_json(report(p6)) + "\n", "utf-8")
    (out / "kh-nam.json").write_text(draft_to_json(plan(pk)) + "\n", "utf-8")


if __name__ == "__main__":
    main()
