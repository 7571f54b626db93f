"""The example reports in the shapes Word and LibreOffice make of them, imported back.

Each shape is built from tests/data/examples (copies of the shared examples):
Word's automatic numbering, heading styles linked to a list, list styles, the staff
figures in a table, the agency block in the page header, a plain paste, a PDF and
an .odt made by LibreOffice. Every test asserts the headings by level and parent,
the list items, the text kept and that the numbers the export prints are the
source's own.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import example_reports as er
import pytest

from qcdc_desktop.checks.rules_numbering import printed_label_problems
from qcdc_desktop.doctypes import get_doc_type
from qcdc_desktop.importing import ImportResult, import_docx, import_text
from qcdc_desktop.model.draft import Draft, Part
from qcdc_desktop.render import render_document
from qcdc_desktop.render.document import closing_sentence, part_numbers

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_libreoffice = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice is not installed (needed to make the .odt/.pdf)"
)


@pytest.fixture(scope="module")
def report() -> er.Example:
    return er.load(er.REPORT)


def tree(parts: list[Part], numbers: dict[str, str], parent: str = "") -> list[tuple]:
    """(level, printed number, title casefolded, parent title) in document order."""
    out: list[tuple] = []

    def visit(items: list[Part], level: int, parent: str) -> None:
        for part in items:
            out.append((level, numbers.get(part.id, ""), part.title.casefold(), parent))
            visit(part.children, level + 1, part.title.casefold())

    visit(parts, 1, parent)
    return out


def expected_tree(ex: er.Example) -> list[tuple]:
    out = []
    parents: dict[int, str] = {}
    for el in ex.headings:
        parents[el.level] = el.text.casefold()
        parent = parents.get(el.level - 1, "") if el.level > 1 else ""
        out.append((el.level, el.label, el.text.casefold(), parent))
    return out


@dataclass
class Kept:
    headings: float
    items: float
    text: float


def kept(ex: er.Example, draft: Draft) -> Kept:
    """Shares of the source's headings (level, label, title), list items and texts that
    the imported draft prints again."""
    numbers = part_numbers(draft, get_doc_type(draft.doc_type))
    got = tree(draft.sections, numbers)
    want = expected_tree(ex)
    headings = sum(1 for w in want if w in got) / len(want)
    items = [b.text for p in draft.all_parts() for b in p.blocks if b.kind == "item"]
    item_share = sum(1 for el in ex.items if el.text in items) / len(ex.items)
    printed = {p.full_text.casefold() for p in render_document(draft).body}
    texts = ex.texts
    text_share = sum(1 for el in texts if el.printed.casefold() in printed) / len(texts)
    return Kept(headings, item_share, text_share)


def assert_whole(ex: er.Example, result: ImportResult) -> None:
    """Everything the source has comes back: headings, items, text, numbers, metadata."""
    draft = result.draft
    numbers = part_numbers(draft, get_doc_type(draft.doc_type))
    assert tree(draft.sections, numbers) == expected_tree(ex)
    assert kept(ex, draft) == Kept(1.0, 1.0, 1.0)
    assert result.numbering_differs == []
    lines = [(p.part_id, p.full_text) for p in render_document(draft).body]
    assert printed_label_problems(lines) == []
    assert draft.doc_type == "bc-6thang" and draft.period.year == 2024
    assert draft.summary == ex.summary
    assert draft.number == "12" and draft.agency.abbreviation == "STTTT"
    assert (draft.date.year, draft.date.month, draft.date.day) == (2024, 6, 5)
    assert draft.agency.issuing_body == "Sở Thông tin và Truyền thông"
    assert draft.agency.parent_body == "UBND TỈNH TÂY NINH"
    assert draft.recipients == ex.recipients
    assert draft.signer.name == er.SIGNER
    assert closing_sentence(draft) == ex.closing


def test_the_example_reads_as_expected(report: er.Example) -> None:
    # The structure every shape is compared with: 5 sections, 7 sub-parts, 17 items.
    assert [h.label for h in report.headings if h.level == 1] == ["I.", "II.", "III.", "IV.", "V."]
    assert len(report.headings) == 12 and len(report.items) == 17


def test_typed_labels_shape(report: er.Example, tmp_path: Path) -> None:
    assert_whole(report, import_docx(er.typed_labels(report, tmp_path / "typed.docx")))


def test_word_automatic_numbering(report: er.Example, tmp_path: Path) -> None:
    path = er.auto_numbered(report, tmp_path / "auto.docx")
    # The file itself holds no label: Word computes them from numbering.xml.
    assert "II. Công tác" not in _document_xml(path)
    result = import_docx(path)
    assert_whole(report, result)
    results = result.draft.sections[2]
    assert [(c.title, c.run_in) for c in results.children] == [
        ("Trách nhiệm của người đứng đầu cơ quan, đơn vị", True),
        ("", True),
        ("", True),
    ]


def test_heading_styles_linked_to_a_list(report: er.Example, tmp_path: Path) -> None:
    path = er.heading_styles(report, tmp_path / "styles.docx")
    assert_whole(report, import_docx(path))


def test_list_number_and_list_bullet_styles(report: er.Example, tmp_path: Path) -> None:
    result = import_docx(er.list_styles(report, tmp_path / "lists.docx"))
    assert_whole(report, result)
    # "List Number" sub-headings restart at 1 in each section, under their section.
    direction = result.draft.sections[1]
    assert [c.title for c in direction.children] == [
        "Công tác lãnh đạo, chỉ đạo của cấp ủy, chính quyền",
        "Hoạt động của Ban Chỉ đạo thực hiện dân chủ ở cơ sở",
    ]
    assert [b.kind for b in direction.children[1].blocks] == ["item"] * 3


def test_staff_figures_in_a_table(report: er.Example, tmp_path: Path) -> None:
    result = import_docx(er.staff_table(report, tmp_path / "table.docx"))
    draft = result.draft
    situation = draft.sections[0]
    lead, table = situation.blocks[2], situation.blocks[3]
    assert lead.text == er.STAFF_LEAD
    assert table.kind == "table" and table.table is not None
    assert table.table.rows == [er.STAFF_HEADER, [55, 26, 20, "07", "02"]]
    assert table.table.header_rows == 1
    assert draft.figures["staff"].values == {
        "total": 55,
        "cong_chuc": 26,
        "vien_chuc": 20,
        "hd111": 7,
        "hdld": 2,
    }
    assert any("từ bảng" in line for line in result.summary)
    numbers = part_numbers(draft, get_doc_type(draft.doc_type))
    assert tree(draft.sections, numbers) == expected_tree(report)


def test_agency_block_in_the_page_header(report: er.Example, tmp_path: Path) -> None:
    result = import_docx(er.header_in_page_header(report, tmp_path / "header.docx"))
    assert_whole(report, result)
    assert any("phần đầu trang" in line for line in result.summary)


def test_whole_report_pasted_as_plain_text(report: er.Example) -> None:
    result = import_text(er.plain_text(report))
    assert_whole(report, result)


@needs_libreoffice
@pytest.mark.parametrize("target", ["odt", "pdf"])
def test_odt_and_pdf_made_by_libreoffice(report: er.Example, tmp_path: Path, target: str) -> None:
    source = er.typed_labels(report, tmp_path / "typed.docx")
    converted = _convert(source, target, tmp_path)
    result = import_docx(converted)
    if target == "odt":
        assert_whole(report, result)
        assert result.summary[0].startswith("Đã chuyển tệp OpenDocument")
    else:
        # A PDF keeps no bold and no styles: the labels typed in the text carry it all.
        draft = result.draft
        share = kept(report, draft)
        assert share.headings == 1.0
        # The example splits two sentences across paragraphs at a page break; laid out
        # as one page the PDF joins the pieces again (15 of 17 items, 25 of 28 texts).
        assert share.items >= 0.85 and share.text >= 0.85
        assert draft.number == "12" and (draft.date.month, draft.date.day) == (6, 5)
        assert draft.agency.issuing_body == "Sở Thông tin và Truyền thông"
        assert result.numbering_differs == []


def _convert(source: Path, target: str, tmp_path: Path) -> Path:
    assert SOFFICE is not None
    out = tmp_path / "out"
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return out / f"{source.stem}.{target}"


def _document_xml(path: Path) -> str:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return archive.read("word/document.xml").decode("utf-8")


# --- the annual plan: "1." over "2.1" -------------------------------------------------


def _bare(rows: list[tuple]) -> list[tuple]:
    """The plan types "2.1" where the decree's outline prints "2.1.": same number."""
    return [(lv, num.rstrip("."), title, parent) for lv, num, title, parent in rows]


@pytest.mark.parametrize("shape", ["typed", "word", "text"])
def test_plan_with_decimal_numbering(tmp_path: Path, shape: str) -> None:
    from word_lists import PLAN_OUTLINE

    plan = er.load(er.PLAN)
    if shape == "typed":
        result = import_docx(er.typed_labels(plan, tmp_path / "plan.docx"))
    elif shape == "word":
        result = import_docx(er.auto_numbered(plan, tmp_path / "plan.docx", PLAN_OUTLINE))
    else:
        result = import_text(er.plain_text(plan))
    draft = result.draft
    assert draft.doc_type == "kh-nam" and draft.period.year == 2024
    assert draft.summary == plan.summary
    numbers = part_numbers(draft, get_doc_type(draft.doc_type))
    assert _bare(tree(draft.sections, numbers)) == _bare(expected_tree(plan))
    assert result.numbering_differs == []
    share = kept(plan, draft)
    assert share.items == 1.0
    # Only the run-in "2.3 Công tác kiểm tra, giám sát: …" prints "2.3." for "2.3".
    assert share.text >= 17 / 18
