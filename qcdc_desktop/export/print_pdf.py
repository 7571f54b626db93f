"""Printing and PDF conversion through the office suite installed on the machine.

The program draws no pages itself: an exported .docx is printed or converted by
Microsoft Word (Windows) or LibreOffice. This module is Qt-free; the GUI runs its
functions off the GUI thread (see export_flow.run_in_background).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

NO_OFFICE_MESSAGE = (
    "Máy này chưa cài Microsoft Word hoặc LibreOffice nên không thể in/xuất PDF; "
    "hãy mở tệp Word đã xuất để in."
)
LIBREOFFICE = "libreoffice"
WORD = "word"
CONVERT_TIMEOUT_S = 180
WORD_PDF_FORMAT = 17  # wdExportFormatPDF


class PrintError(Exception):
    """Printing or conversion failed; str() is a Vietnamese sentence."""


class OfficeNotFoundError(PrintError):
    def __init__(self, message: str = NO_OFFICE_MESSAGE) -> None:
        super().__init__(message)


class ConversionError(PrintError):
    pass


def _windows_libreoffice_paths() -> list[Path]:
    roots = [os.environ.get(name, "") for name in ("ProgramFiles", "ProgramFiles(x86)")]
    roots += [r"C:\Program Files", r"C:\Program Files (x86)"]
    return [Path(root) / "LibreOffice" / "program" / "soffice.exe" for root in roots if root]


def find_libreoffice() -> Path | None:
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return Path(found)
    candidates: list[Path] = []
    if sys.platform == "win32":
        candidates = _windows_libreoffice_paths()
    elif sys.platform == "darwin":
        candidates = [Path("/Applications/LibreOffice.app/Contents/MacOS/soffice")]
    for path in candidates:
        if path.is_file():
            return path
    return None


def find_word() -> Path | None:
    """Word's executable from the App Paths registry key (Windows only)."""
    if sys.platform != "win32":
        return None
    import winreg  # type: ignore[import-not-found, unused-ignore]

    key_path = r"SOFTWARE\Microsoft\Windows\CurrentVersion\App Paths\Winword.exe"
    for hive in (winreg.HKEY_LOCAL_MACHINE, winreg.HKEY_CURRENT_USER):
        try:
            with winreg.OpenKey(hive, key_path) as key:
                value, _ = winreg.QueryValueEx(key, "")
        except OSError:
            continue
        if value and Path(value).is_file():
            return Path(value)
    return None


def find_office() -> tuple[str, Path] | None:
    """("word", path) or ("libreoffice", path), or None. Word first on Windows,
    since that is what offices there have and print with."""
    word = find_word()
    if word is not None:
        return WORD, word
    soffice = find_libreoffice()
    if soffice is not None:
        return LIBREOFFICE, soffice
    return None


def _profile_arg(profile_dir: Path) -> str:
    # A separate LibreOffice profile: without it a headless call hands the job to an
    # already running LibreOffice window and returns before anything is converted.
    return "-env:UserInstallation=" + profile_dir.resolve().as_uri()


def _run(command: list[str], timeout: float) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            command,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )
    except subprocess.TimeoutExpired as exc:
        raise ConversionError(
            "LibreOffice không trả lời sau "
            f"{int(timeout)} giây; hãy đóng các cửa sổ LibreOffice đang mở rồi thử lại."
        ) from exc
    except OSError as exc:
        raise ConversionError(f"Không chạy được LibreOffice: {exc}") from exc


def print_docx(path: Path, office: tuple[str, Path] | None = None) -> None:
    """Send the document to the default printer."""
    path = Path(path)
    if sys.platform == "win32":
        try:
            os.startfile(str(path), "print")  # type: ignore[attr-defined, unused-ignore]
            return
        except OSError as exc:
            # No program registered to print .docx files.
            raise OfficeNotFoundError() from exc
    office = office or find_office()
    if office is None:
        raise OfficeNotFoundError()
    with tempfile.TemporaryDirectory(prefix="qcdc-lo-") as profile:
        result = _run(
            [str(office[1]), _profile_arg(Path(profile)), "--headless", "-p", str(path)],
            CONVERT_TIMEOUT_S,
        )
    if result.returncode != 0:
        raise PrintError(f"Không in được tệp “{path.name}”: {result.stderr.strip()}")


def _word_to_pdf(source: Path, target: Path) -> bool:
    """Convert with Word over COM; False when pywin32 is not available."""
    try:
        import win32com.client  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        return False
    word = win32com.client.DispatchEx("Word.Application")
    try:
        word.Visible = False
        document = word.Documents.Open(str(source.resolve()), ReadOnly=True)
        try:
            document.ExportAsFixedFormat(str(target.resolve()), WORD_PDF_FORMAT)
        finally:
            document.Close(False)
    finally:
        word.Quit()
    return True


def convert_to_pdf(
    path: Path,
    out_dir: Path | None = None,
    office: tuple[str, Path] | None = None,
    timeout: float = CONVERT_TIMEOUT_S,
) -> Path:
    """Convert a .docx to PDF beside it (or in `out_dir`); return the PDF's path."""
    source = Path(path)
    target_dir = Path(out_dir) if out_dir is not None else source.parent
    target = target_dir / (source.stem + ".pdf")
    office = office or find_office()
    if office is None:
        raise OfficeNotFoundError()
    if office[0] == WORD:
        if _word_to_pdf(source, target) and target.is_file():
            return target
        soffice = find_libreoffice()
        if soffice is None:
            raise OfficeNotFoundError()
        office = (LIBREOFFICE, soffice)
    with tempfile.TemporaryDirectory(prefix="qcdc-lo-") as profile:
        command = [
            str(office[1]),
            _profile_arg(Path(profile)),
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(target_dir),
            str(source),
        ]
        result = _run(command, timeout)
    if result.returncode != 0 or not target.is_file():
        detail = (result.stderr or result.stdout).strip()
        raise ConversionError(
            f"Không chuyển được tệp “{source.name}” sang PDF." + (f" ({detail})" if detail else "")
        )
    return target
