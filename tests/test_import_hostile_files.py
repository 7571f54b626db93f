"""Files made to hurt, and files in other formats: each gets one Vietnamese line saying
what it is and what to do, and nothing runs for minutes."""

from __future__ import annotations

import shutil
import struct
import subprocess
import zipfile
from pathlib import Path

import docx_fixtures as fx
import pytest

from qcdc_desktop.importing import DocxImportError, import_docx, other_formats
from qcdc_desktop.importing.docx_reader import read_docx
from qcdc_desktop.importing.file_checks import MAX_XML_BYTES

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def _renamed_main_part(good: Path, path: Path, padding: int) -> Path:
    """The main part stored as word/body.bin (Word follows [Content_Types] and the
    relationships, not the name), inflating to `padding` bytes of spaces."""
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            name = item.filename
            if name == "word/document.xml":
                name = "word/body.bin"
                data = data.replace(b"<w:body>", b"<w:body>" + b" " * padding, 1)
            elif name == "[Content_Types].xml":
                data = data.replace(b"/word/document.xml", b"/word/body.bin")
            elif name == "_rels/.rels":
                data = data.replace(b"word/document.xml", b"word/body.bin")
            dst.writestr(name, data)
    return path


def test_renamed_main_part_that_inflates_too_far_is_refused(tmp_path: Path) -> None:
    good = fx.report_bold_numbers(tmp_path / "good.docx")
    bomb = _renamed_main_part(good, tmp_path / "bomb.docx", MAX_XML_BYTES + 1024)
    assert bomb.stat().st_size < 200_000  # a small file on disk
    with pytest.raises(DocxImportError, match="quá lớn"):
        import_docx(bomb)


def test_renamed_main_part_of_normal_size_is_read(tmp_path: Path) -> None:
    good = fx.report_bold_numbers(tmp_path / "good.docx")
    renamed = _renamed_main_part(good, tmp_path / "renamed.docx", 10)
    assert import_docx(renamed).draft.sections[0].title == "Đặc điểm tình hình"


def test_many_small_parts_count_together(tmp_path: Path) -> None:
    good = fx.report_bold_numbers(tmp_path / "good.docx")
    path = tmp_path / "parts.docx"
    chunk = b"\0" * (1024 * 1024)
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item.filename, src.read(item.filename))
        for i in range(MAX_XML_BYTES // len(chunk) + 2):
            dst.writestr(f"customXml/item{i}.dat", chunk)
    with pytest.raises(DocxImportError, match="quá lớn"):
        read_docx(path)


def _compound_file(path: Path, streams: list[str]) -> Path:
    """An OLE compound file (the container of .doc and of password-protected .docx)
    with a directory naming `streams`, as Word writes them."""
    header = bytearray(512)
    header[0:8] = bytes.fromhex("d0cf11e0a1b11ae1")
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<I", header, 48, 0)  # first directory sector
    entries = bytearray()
    for name in ["Root Entry", *streams]:
        entry = bytearray(128)
        encoded = name.encode("utf-16-le") + b"\0\0"
        entry[: len(encoded)] = encoded
        struct.pack_into("<H", entry, 64, len(encoded))
        entry[66] = 5 if name == "Root Entry" else 2
        entries += entry
    entries += bytes(512 - len(entries) % 512)
    path.write_bytes(bytes(header) + bytes(entries))
    return path


def test_password_protected_docx_says_so(tmp_path: Path) -> None:
    path = _compound_file(
        tmp_path / "mat-khau.docx",
        ["EncryptionInfo", "EncryptedPackage", "\x06DataSpaces"],
    )
    with pytest.raises(DocxImportError) as info:
        import_docx(path)
    message = str(info.value)
    assert "mật khẩu" in message and "gỡ mật khẩu" in message
    assert "\n" not in message


def test_legacy_doc_without_libreoffice_says_how_to_save_as_docx(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(other_formats, "libreoffice", lambda: None)
    path = _compound_file(tmp_path / "cu.doc", ["WordDocument", "1Table", "\x05SummaryInformation"])
    with pytest.raises(DocxImportError) as info:
        import_docx(path)
    message = str(info.value)
    assert "Word 97–2003 (.doc)" in message and "Lưu thành" in message and ".docx" in message


def test_odt_without_libreoffice_names_the_format(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(other_formats, "libreoffice", lambda: None)
    path = tmp_path / "bao-cao.odt"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(
            zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text"
        )  # stored first and uncompressed, as OpenDocument requires
        zf.writestr("content.xml", "<office:document-content/>")
    with pytest.raises(DocxImportError) as info:
        import_docx(path)
    message = str(info.value)
    assert "OpenDocument (.odt)" in message and "Lưu thành" in message


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_legacy_doc_is_converted_through_libreoffice(tmp_path: Path) -> None:
    source = fx.report_bold_numbers(tmp_path / "a.docx")
    subprocess.run(
        [
            str(SOFFICE),
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "doc",
            "--outdir",
            str(tmp_path / "doc"),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    result = import_docx(tmp_path / "doc" / "a.doc")
    assert result.summary[0] == "Đã chuyển tệp Word 97–2003 (.doc) sang .docx bằng LibreOffice."
    assert result.draft.sections[0].title == "Đặc điểm tình hình"
    assert result.draft.number == "12"


def test_conversion_that_hangs_is_stopped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """LibreOffice that never finishes: stopped at the time limit with a message."""
    fake = tmp_path / "soffice"
    fake.write_text("#!/bin/sh\nsleep 30\n")
    fake.chmod(0o755)
    monkeypatch.setattr(other_formats, "libreoffice", lambda: str(fake))
    monkeypatch.setattr(other_formats, "CONVERT_TIMEOUT", 1)
    path = _compound_file(tmp_path / "cu.doc", ["WordDocument", "1Table"])
    with pytest.raises(DocxImportError, match="quá lâu"):
        import_docx(path)


def test_pdf_without_text_layer_says_it_is_a_scan(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    path = tmp_path / "scan.pdf"
    with open(path, "wb") as fh:
        writer.write(fh)
    with pytest.raises(DocxImportError, match="bản quét"):
        import_docx(path)


def test_long_adversarial_paragraph_is_read(tmp_path: Path) -> None:
    """Every pattern is linear: a paragraph of 200 000 characters built from the pieces
    the figure and heading patterns look for is imported (it used to be quadratic)."""
    b = fx.Builder()
    b.title("BÁO CÁO", "Kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2024")
    b.para("I. ĐẶC ĐIỂM TÌNH HÌNH", bold=True)
    b.para("Tổng số cán bộ, công chức, viên chức và người lao động: 1 " * 3000)
    b.para("1.1.1.1 " * 5000)
    draft = import_docx(b.save(tmp_path / "long.docx")).draft
    assert draft.sections[0].title == "Đặc điểm tình hình"


def test_header_patterns_on_long_runs_of_spaces() -> None:
    """Linear patterns: a run of 200 000 spaces where a number or date line is expected
    is rejected at once (adjacent "\\s*" pieces would try every split of it)."""
    from qcdc_desktop.importing.header_parse import parse_date_line, parse_number_line
    from qcdc_desktop.importing.signature_parse import is_recipients_heading

    spaces = " " * 200_000
    assert parse_number_line("Số" + spaces + "x") is None
    assert parse_date_line("ngày" + spaces + "x") is None
    assert parse_date_line("Tây Ninh, ngày" + spaces + "tháng" + spaces + "x") is None
    assert is_recipients_heading("Nơi nhận" + spaces + ":")
