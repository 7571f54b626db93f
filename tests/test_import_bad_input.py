"""Files that are not reports, or not Word at all: a clear result or one Vietnamese line."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import docx_fixtures as fx
import pytest

from qcdc_desktop.cli.main import main
from qcdc_desktop.importing import DocxImportError, import_docx
from qcdc_desktop.model import draft_from_json
from qcdc_desktop.render import render_document


def random_bytes(path: Path) -> Path:
    path.write_bytes(os.urandom(4096))
    return path


def zero_bytes(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def zip_not_docx(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("notes.txt", "không phải tài liệu Word")
    return path


def broken_document_xml(path: Path) -> Path:
    good = fx.report_bold_numbers(path.with_name("good.docx"))
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]
            dst.writestr(item, data)
    return path


@pytest.mark.parametrize("make", [random_bytes, zero_bytes, zip_not_docx, broken_document_xml])
def test_unreadable_file_raises_a_vietnamese_error(tmp_path: Path, make: object) -> None:
    path = make(tmp_path / "bad.docx")  # type: ignore[operator]
    with pytest.raises(DocxImportError) as info:
        import_docx(path)
    message = str(info.value)
    assert "bad.docx" in message
    assert "Word" in message or "hỏng" in message


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(DocxImportError, match="Không tìm thấy"):
        import_docx(tmp_path / "missing.docx")
    with pytest.raises(DocxImportError, match="Không tìm thấy"):
        import_docx(tmp_path)


def test_empty_document_gives_an_empty_draft_with_warnings(tmp_path: Path) -> None:
    result = import_docx(fx.empty_docx(tmp_path / "empty.docx"))
    assert result.draft.sections == []
    # Nothing is invented: what the file does not give is listed for the user to choose.
    assert {"doc_type", "year", "summary", "number", "date", "recipients"} <= set(result.missing)
    assert any(line.startswith("Không nhận dạng được loại văn bản") for line in result.summary)
    assert any(line.startswith("Không tìm thấy năm báo cáo") for line in result.summary)
    assert result.draft.summary == "" and result.draft.recipients == []
    render_document(result.draft)  # renders without error


def test_document_without_headings_keeps_every_paragraph(tmp_path: Path) -> None:
    result = import_docx(fx.no_headings(tmp_path / "plain.docx"))
    draft = result.draft
    assert len(draft.sections) == 1
    only = draft.sections[0]
    assert not only.numbered and only.title == ""
    assert [b.text for b in only.blocks] == [
        "Ghi chú cuộc họp giao ban tháng 5.",
        "Các phòng báo cáo tiến độ công việc được giao.",
    ]
    assert result.unplaced == [b.text for b in only.blocks]
    assert any("Không nhận dạng được đề mục" in line for line in result.summary)
    printed = [p.text for p in render_document(draft).body]
    assert printed == [
        "Ghi chú cuộc họp giao ban tháng 5.",
        "Các phòng báo cáo tiến độ công việc được giao./.",
    ]


def test_text_after_the_closing_goes_into_the_last_part(tmp_path: Path) -> None:
    b = fx.Builder()
    b.title("BÁO CÁO", "Kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2024")
    b.para("Ghi chú trước đề mục.")
    b.para("I. ĐẶC ĐIỂM TÌNH HÌNH", bold=True)
    b.para(fx.FUNCTIONS)
    b.para(fx.CLOSING)
    b.para("Phụ lục kèm theo.")
    result = import_docx(b.save(tmp_path / "tail.docx"))
    texts = [blk.text for blk in result.draft.sections[0].blocks]
    assert texts == ["Ghi chú trước đề mục.", fx.FUNCTIONS, fx.CLOSING, "Phụ lục kèm theo."]
    assert result.unplaced == ["Ghi chú trước đề mục.", "Phụ lục kèm theo."]
    assert any("sau câu kết thúc" in line for line in result.summary)


# --- the command line ---------------------------------------------------------------


def test_cli_import_writes_json_and_reports_on_stderr(tmp_path: Path, capsys) -> None:
    source = fx.report_bold_numbers(tmp_path / "old.docx")
    out = tmp_path / "draft.json"
    code = main(["import-docx", str(source), "-o", str(out)])
    _, err = capsys.readouterr()
    assert code == 0
    assert "Cơ quan: Sở Thông tin và Truyền thông (STTTT)" in err.splitlines()
    draft = draft_from_json(out.read_text("utf-8"))
    assert draft.doc_type == "bc-6thang" and len(draft.sections) == 5


@pytest.mark.parametrize("make", [random_bytes, zero_bytes, zip_not_docx])
def test_cli_import_bad_file_exits_2_with_one_line(tmp_path: Path, capsys, make) -> None:
    path = make(tmp_path / "bad.docx")
    code = main(["import-docx", str(path), "-o", str(tmp_path / "x.json")])
    out, err = capsys.readouterr()
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not (tmp_path / "x.json").exists()


def test_cli_import_missing_file(tmp_path: Path, capsys) -> None:
    code = main(["import-docx", str(tmp_path / "none.docx")])
    _, err = capsys.readouterr()
    assert code == 2 and "Không tìm thấy" in err


def test_cli_carry_forward(tmp_path: Path, capsys) -> None:
    source = fx.report_bold_numbers(tmp_path / "old.docx")
    first = tmp_path / "draft.json"
    assert main(["import-docx", str(source), "-o", str(first)]) == 0
    following = tmp_path / "next.json"
    assert main(["carry-forward", str(first), "-o", str(following)]) == 0
    draft = draft_from_json(following.read_text("utf-8"))
    assert draft.doc_type == "bc-nam" and draft.number == ""
    assert all(p.carried for p in draft.all_parts())
    assert draft.figures["staff"].previous["total"] == 55


def test_cli_carry_forward_bad_json(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{không phải json", encoding="utf-8")
    code = main(["carry-forward", str(bad)])
    _, err = capsys.readouterr()
    assert code == 2 and len(err.strip().splitlines()) == 1
