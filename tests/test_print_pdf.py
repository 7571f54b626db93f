"""Printing and PDF conversion through an office suite (a fake soffice, and the real one)."""

from __future__ import annotations

import shutil
import stat
import sys
from pathlib import Path

import pytest

from qcdc_desktop.export import print_pdf

FAKE_SOFFICE = """#!{python}
import sys, pathlib
args = sys.argv[1:]
pathlib.Path({log!r}).write_text("\\n".join(args), encoding="utf-8")
if {fail}:
    sys.stderr.write("hỏng\\n")
    sys.exit(3)
if "--convert-to" in args:
    out = pathlib.Path(args[args.index("--outdir") + 1])
    src = pathlib.Path(args[-1])
    (out / (src.stem + ".pdf")).write_bytes(b"%PDF-1.4 " + src.read_bytes())
"""


def fake_soffice(folder: Path, fail: bool = False) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    log = folder / "args.txt"
    script = folder / "soffice"
    script.write_text(
        FAKE_SOFFICE.format(python=sys.executable, log=str(log), fail=fail), encoding="utf-8"
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script, log


@pytest.fixture
def no_office(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(print_pdf.shutil, "which", lambda name: None)
    monkeypatch.setattr(print_pdf.sys, "platform", "linux")


def test_no_office_is_one_vietnamese_sentence(no_office: None, tmp_path: Path) -> None:
    assert print_pdf.find_office() is None
    with pytest.raises(print_pdf.OfficeNotFoundError) as caught:
        print_pdf.convert_to_pdf(tmp_path / "a.docx")
    assert str(caught.value) == (
        "Máy này chưa cài Microsoft Word hoặc LibreOffice nên không thể in/xuất PDF; "
        "hãy mở tệp Word đã xuất để in."
    )
    with pytest.raises(print_pdf.OfficeNotFoundError):
        print_pdf.print_docx(tmp_path / "a.docx")


@pytest.mark.skipif(sys.platform == "win32", reason="shell script stands in for soffice")
def test_libreoffice_on_path_is_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    script, _ = fake_soffice(tmp_path / "bin")
    monkeypatch.setenv("PATH", str(script.parent))
    assert print_pdf.find_office() == ("libreoffice", script)


@pytest.mark.skipif(sys.platform == "win32", reason="shell script stands in for soffice")
def test_convert_runs_headless_with_its_own_profile(tmp_path: Path) -> None:
    script, log = fake_soffice(tmp_path / "bin")
    source = tmp_path / "Báo cáo.docx"
    source.write_bytes(b"docx")
    out = tmp_path / "out"
    out.mkdir()
    pdf = print_pdf.convert_to_pdf(source, out, ("libreoffice", script))
    assert pdf == out / "Báo cáo.pdf"
    assert pdf.read_bytes() == b"%PDF-1.4 docx"
    args = log.read_text("utf-8").splitlines()
    assert args[0].startswith("-env:UserInstallation=file://")
    assert args[1:5] == ["--headless", "--norestore", "--convert-to", "pdf"]
    assert args[-1] == str(source)


@pytest.mark.skipif(sys.platform == "win32", reason="shell script stands in for soffice")
def test_failed_conversion_raises_a_vietnamese_error(tmp_path: Path) -> None:
    script, _ = fake_soffice(tmp_path / "bin", fail=True)
    source = tmp_path / "a.docx"
    source.write_bytes(b"docx")
    with pytest.raises(
        print_pdf.ConversionError, match=r"Không chuyển được tệp “a\.docx” sang PDF"
    ):
        print_pdf.convert_to_pdf(source, office=("libreoffice", script))


@pytest.mark.skipif(sys.platform == "win32", reason="Windows prints through os.startfile")
def test_print_sends_the_file_with_dash_p(tmp_path: Path) -> None:
    script, log = fake_soffice(tmp_path / "bin")
    source = tmp_path / "a.docx"
    source.write_bytes(b"docx")
    print_pdf.print_docx(source, ("libreoffice", script))
    args = log.read_text("utf-8").splitlines()
    assert args[1:] == ["--headless", "-p", str(source)]


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_real_libreoffice_converts_an_exported_report(tmp_path: Path) -> None:
    from qcdc_desktop.doctypes.samples import sample_draft
    from qcdc_desktop.export import export_docx

    docx = export_docx(sample_draft("bc-6thang"), tmp_path / "BC-6thang-2024.docx")
    pdf = print_pdf.convert_to_pdf(docx)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert pdf.stat().st_size > 10_000
