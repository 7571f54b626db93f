"""Reports that are not .docx: Word 97-2003 and OpenDocument files (through LibreOffice),
PDF files with a text layer (through pypdf) and a whole report pasted as plain text.

Each becomes the same `SourceDocument` of paragraphs the Word reader produces, so the
zones, headings, numbering and figures are found the same way. Plain text and PDF
carry no bold or styles: only typed labels and the shape of the lines tell headings.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from qcdc_desktop.importing.file_checks import (
    OLE_MAGIC,
    DocxReadError,
    OtherFormatError,
    check_format,
)
from qcdc_desktop.importing.source_document import Run, SourceDocument, SourcePara, finalise
from qcdc_desktop.importing.text_in import detect_encoding

CONVERT_TIMEOUT = 90  # seconds LibreOffice may take to convert one file
MAX_PDF_PAGES = 200
MAX_TEXT_CHARS = 2_000_000
_PAGE_NUMBER = re.compile(r"^\s*(?:-\s*)?\d{1,3}(?:\s*-)?\s*$")
_STARTS_PART = re.compile(r"^(?:[IVXL]{1,6}\s?[.)]|\d{1,2}(?:\.\d{1,2})*\s?[.)]|[a-zđ]\)|[-–+•])\s")
_ENDS_SENTENCE = (".", "!", "?", "/.")
_ENDS_CLAUSE = (":", ";")  # ends a paragraph only on a line shorter than a full one
# "Số: 12/BC-STTTT Tây Ninh, ngày 05 …": the two header columns on one laid-out line.
_NUMBER_THEN_DATE = re.compile(r"^(S[ốô]\s*:\s*\S*)\s+(\S[^,]{0,40},\s*ngày\b.*)$", re.IGNORECASE)


def source_from_lines(lines: list[str]) -> SourceDocument:
    """One paragraph a line, no formatting (text pasted or taken from a PDF)."""
    paras = [SourcePara(runs=[Run(line, False, False)]) for line in lines]
    source = SourceDocument(list(paras))
    source.encoding = detect_encoding([p.raw for p in paras[:400]])
    finalise(paras, source.encoding)
    return source


def text_lines(text: str) -> list[str]:
    """A pasted report's paragraphs: its lines, blank ones dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [line for line in text.split("\n") if line.strip()]


def read_plain_text(text: str) -> SourceDocument:
    if len(text) > MAX_TEXT_CHARS:
        raise DocxReadError("Văn bản dán vào quá dài để là một báo cáo; không nhập.")
    return source_from_lines(text_lines(text))


def _is_upper(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def join_wrapped(lines: list[str]) -> list[str]:
    """Lines of a laid-out page back into paragraphs.

    A line continues the paragraph above unless that one ended a sentence or was
    short (the last line of a paragraph), or this one starts with a label or a dash.
    Capital lines (agency, motto, title) stay lines of their own.
    """
    lines = [line for line in lines if line.strip() and not _PAGE_NUMBER.match(line)]
    long_lines = sorted(len(line.strip()) for line in lines if len(line.strip()) > 20)
    typical = long_lines[len(long_lines) // 2] if long_lines else 80
    out: list[str] = []
    previous = ""
    wrapped = False  # the text layer ends a line that goes on with a space
    for line in lines:
        stripped = line.strip()
        starts_new = _STARTS_PART.match(stripped) is not None or (
            not wrapped
            and (
                _is_upper(stripped)
                or _is_upper(previous)
                or previous.endswith(_ENDS_SENTENCE)
                or (previous.endswith(_ENDS_CLAUSE) and len(previous) < 0.9 * typical)
                or len(previous) < 0.75 * typical
                or "   " in previous
            )
        )
        if starts_new or not out:
            out.append(stripped)
        else:
            out[-1] = f"{out[-1]} {stripped}"
        previous = stripped
        wrapped = line.endswith((" ", "\u00a0"))
    return [piece for line in out for piece in _split_columns(line)]


def _split_columns(line: str) -> list[str]:
    m = _NUMBER_THEN_DATE.match(line)
    return [m.group(1), m.group(2)] if m else [line]


def read_pdf(path: Path) -> SourceDocument:
    """A PDF with a text layer. A scan without one gets a message saying so."""
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError as exc:  # pragma: no cover - pypdf is an install requirement
        raise DocxReadError("Thiếu thư viện đọc PDF (pypdf); hãy cài lại chương trình.") from exc
    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            raise DocxReadError(
                f"Tệp “{path.name}” là PDF có mật khẩu; hãy gỡ mật khẩu hoặc dùng tệp Word."
            )
        pages = reader.pages
        if len(pages) > MAX_PDF_PAGES:
            raise DocxReadError(f"Tệp “{path.name}” có quá nhiều trang để là một báo cáo.")
        lines: list[str] = []
        for page in pages:
            lines.extend((page.extract_text() or "").split("\n"))
    except DocxReadError:
        raise
    except (PdfReadError, OSError, ValueError, KeyError, TypeError, RecursionError) as exc:
        raise DocxReadError(f"Tệp “{path.name}” là PDF bị hỏng, không đọc được.") from exc
    paragraphs = join_wrapped(lines)
    if not paragraphs:
        raise DocxReadError(
            f"Tệp “{path.name}” là PDF không có lớp chữ (bản quét); hãy dùng tệp Word gốc "
            "hoặc nhận dạng chữ (OCR) trước."
        )
    return source_from_lines(paragraphs)


def libreoffice() -> str | None:
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return None


_HOW_TO_SAVE = {
    "doc": "tài liệu Word 97–2003 (.doc)",
    "odt": "văn bản OpenDocument (.odt)",
    "rtf": "định dạng RTF (.rtf)",
}


def convert_to_docx(path: Path, kind: str, workdir: Path) -> Path:
    """Convert with LibreOffice, headless, in `workdir`, within CONVERT_TIMEOUT seconds."""
    program = libreoffice()
    what = _HOW_TO_SAVE.get(kind, kind)
    if program is None:
        raise DocxReadError(
            f"Tệp “{path.name}” là {what}. Hãy mở tệp trong Word (hoặc LibreOffice), chọn "
            "Lưu thành, kiểu “Tài liệu Word (.docx)”, rồi nhập tệp .docx đó."
        )
    profile = workdir / "profile"
    source = workdir / f"source{path.suffix.lower() or '.' + kind}"
    shutil.copyfile(path, source)
    command = [
        program,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--norestore",
        "--convert-to",
        "docx:MS Word 2007 XML",
        "--outdir",
        str(workdir / "out"),
        str(source),
    ]
    env = {**os.environ, "HOME": str(workdir)}
    try:
        _run_limited(command, workdir, env)
    except subprocess.TimeoutExpired as exc:
        raise DocxReadError(
            f"Chuyển tệp “{path.name}” ({what}) sang .docx quá lâu; hãy mở bằng Word và "
            "Lưu thành .docx."
        ) from exc
    except OSError as exc:
        raise DocxReadError(f"Không chạy được LibreOffice để chuyển tệp “{path.name}”.") from exc
    out = workdir / "out" / f"{source.stem}.docx"
    if not out.is_file():
        raise DocxReadError(
            f"LibreOffice không chuyển được tệp “{path.name}” ({what}); hãy mở bằng Word và "
            "Lưu thành .docx."
        )
    return out


def _run_limited(command: list[str], workdir: Path, env: dict[str, str]) -> None:
    """Run the converter; past the time limit stop it and everything it started."""
    posix = os.name == "posix"
    proc = subprocess.Popen(
        command,
        cwd=workdir,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=posix,  # its own process group, so its children stop with it
    )
    try:
        proc.wait(timeout=CONVERT_TIMEOUT)
    except subprocess.TimeoutExpired:
        if posix:
            os.killpg(proc.pid, signal.SIGKILL)
        else:
            proc.kill()
        proc.wait()
        raise


def file_kind(path: Path) -> str:
    """ "docx", "pdf", "doc", "odt", "rtf" or "text", from the content, then the name."""
    try:
        check_format(path)
    except OtherFormatError as exc:
        return exc.kind
    with open(path, "rb") as fh:
        head = fh.read(8)
    if head.startswith(b"PK") or head.startswith(OLE_MAGIC):
        return "docx"
    if path.suffix.lower() in (".txt", ".text", ".md"):
        return "text"
    return "docx"


def read_any(path: Path) -> tuple[SourceDocument, str]:
    """The document in `path` as paragraphs, and the kind it was read as."""
    from qcdc_desktop.importing.docx_reader import read_docx

    if not path.is_file():
        raise DocxReadError(f"Không tìm thấy tệp “{path.name}”.")
    kind = file_kind(path)
    if kind == "pdf":
        return read_pdf(path), kind
    if kind == "text":
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as exc:
            raise DocxReadError(f"Tệp “{path.name}” không phải văn bản UTF-8.") from exc
        return read_plain_text(text), kind
    if kind in ("doc", "odt", "rtf"):
        with tempfile.TemporaryDirectory(prefix="qcdc-convert-") as tmp:
            converted = convert_to_docx(path, kind, Path(tmp))
            return read_docx(converted), kind
    return read_docx(path), kind
