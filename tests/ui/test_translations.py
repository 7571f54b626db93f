"""Every Vietnamese text of the interface goes through Qt's translation functions, the
catalogue resources/i18n/qcdc_vi.ts lists exactly those texts, and a proofreader's
correction made in it reaches the program."""

from __future__ import annotations

import ast
import importlib.util
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "qcdc_desktop" / "ui"
CATALOGUE = ROOT / "resources" / "i18n" / "qcdc_vi.ts"
COMPILED = CATALOGUE.with_suffix(".qm")
TOOL = ROOT / "tools" / "update_catalogue.py"
UPDATE_COMMAND = "python tools/update_catalogue.py"
TRANSLATING_CALLS = {"tr", "translate", "QT_TRANSLATE_NOOP"}

# Vietnamese literals that are not interface texts, each with the reason it stays plain:
# (file under qcdc_desktop/ui, the start of the literal).
NOT_UI_TEXT = {
    # Letters the font check probes; never shown.
    ("app.py", "ắằẳẵặấầẩẫậếềểễệốồổỗộớờởỡợứừửữựỳỷỹỵđ"),
    # Command-line help: printed before Qt is loaded, so `--help` stays quick.
    ("app.py", "Soạn báo cáo, kế hoạch thực hiện dân chủ ở cơ sở."),
    ("app.py", "thư mục dữ liệu (cơ sở dữ liệu, nhật ký)"),
    ("app.py", "mở cửa sổ chính và cửa sổ soạn thảo của mỗi loại văn bản rồi thoát (kiểm thử)"),
    ("app.py", "không hiện hộp thoại lỗi (vẫn ghi nhật ký)"),
    ("app.py", "mở ngay bản thảo có mã này"),
    # Shown when Qt's own libraries are missing, so Qt cannot translate it.
    ("platform_check.py", "QCDC Desktop không mở được cửa sổ: "),
    ("platform_check.py", ".\nTrên Debian/Ubuntu, cài bằng lệnh:"),
    ("platform_check.py", "\n(hoặc chạy: "),
    # The printed document's own words, which the preview must show as the export prints them.
    ("wizard/preview.py", "<div><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></div>"),
    ("wizard/preview.py", '<td width="50%" valign="top"><div><b><i>Nơi nhận:</i></b></div>'),
    # Data: the "Lưu: VT" line of a pasted recipients list, matched as typed.
    ("profile_dialog.py", "Lưu"),
    # Data: the default content of a new citation and of a new appendix table.
    ("wizard/basis_editor.py", "Kế hoạch"),
    ("wizard/pages/appendix_page.py", "Nội dung"),
    ("wizard/pages/appendix_page.py", "Số liệu"),
}


def _has_vietnamese_letter(text: str) -> bool:
    return any(ord(ch) > 127 and unicodedata.category(ch).startswith("L") for ch in text)


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def _translated_texts(tree: ast.AST) -> set[int]:
    """The literal text arguments of tr / translate / QT_TRANSLATE_NOOP calls."""
    found = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        if name not in TRANSLATING_CALLS:
            continue
        text_arg = node.args[0] if name == "tr" else node.args[1] if len(node.args) > 1 else None
        if isinstance(text_arg, ast.Constant):
            found.add(id(text_arg))
    return found


def _allowed(rel: str, text: str) -> bool:
    return any(rel == where and text.startswith(start) for where, start in NOT_UI_TEXT)


def untranslated_texts() -> list[str]:
    problems = []
    for path in sorted(UI.rglob("*.py")):
        rel = path.relative_to(UI).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = _docstrings(tree) | _translated_texts(tree)
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in skip
                and _has_vietnamese_letter(node.value)
                and not _allowed(rel, node.value)
            ):
                problems.append(f"qcdc_desktop/ui/{rel}:{node.lineno}: {node.value[:60]!r}")
    return problems


def test_every_vietnamese_text_goes_through_translation() -> None:
    problems = untranslated_texts()
    assert not problems, (
        "Vietnamese texts not wrapped in self.tr(...) / QCoreApplication.translate(...) / "
        "QT_TRANSLATE_NOOP(...):\n" + "\n".join(problems)
    )


def test_the_allow_list_names_only_texts_that_exist() -> None:
    unused = set(NOT_UI_TEXT)
    for path in UI.rglob("*.py"):
        rel = path.relative_to(UI).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                unused -= {(w, s) for w, s in unused if w == rel and node.value.startswith(s)}
    assert not unused, sorted(unused)


def _catalogue_tool() -> Any:
    spec = importlib.util.spec_from_file_location("update_catalogue", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _tool_or_skip(name: str) -> Any:
    tool = _catalogue_tool()
    if tool.qt_tool(name) is None:
        pytest.skip(f"{name} is not installed (it comes with PySide6)")
    return tool


def _entries(catalogue: Path) -> set[tuple[str, str]]:
    """(context, source text) of every entry still in use."""
    root = ET.parse(catalogue).getroot()
    return {
        (context.findtext("name", ""), message.findtext("source", ""))
        for context in root.iter("context")
        for message in context.iter("message")
        if message.find("translation[@type='obsolete']") is None
        and message.find("translation[@type='vanished']") is None
    }


def test_the_catalogue_lists_exactly_the_texts_of_the_code(tmp_path: Path) -> None:
    tool = _tool_or_skip("pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    tool.extract(fresh)
    code, committed = _entries(fresh), _entries(CATALOGUE)
    missing = sorted(code - committed)
    gone = sorted(committed - code)
    assert not missing and not gone, (
        f"resources/i18n/qcdc_vi.ts is out of date; run: {UPDATE_COMMAND}\n"
        f"texts missing from it: {missing[:20]}\ntexts no longer in the code: {gone[:20]}"
    )


def test_the_compiled_corrections_match_the_catalogue(tmp_path: Path) -> None:
    tool = _tool_or_skip("pyside6-lrelease")
    compiled = tmp_path / "qcdc_vi.qm"
    tool.compile_corrections(CATALOGUE, compiled)
    assert COMPILED.read_bytes() == compiled.read_bytes(), (
        f"resources/i18n/qcdc_vi.qm is not compiled from qcdc_vi.ts; run: {UPDATE_COMMAND}"
    )


def _corrections() -> dict[tuple[str, str], str]:
    from qcdc_desktop.ui.paste_report_dialog import HINT

    return {
        ("PasteReportDialog", "Tạo bản thảo"): "Tạo bản thảo từ văn bản",  # self.tr in a method
        ("PasteReportDialog", HINT): "Dán cả báo cáo.",  # a module constant
        ("VnMenus", "Dán"): "Dán văn bản",  # translated in a module function
    }


def _proofread(catalogue: Path, target: Path) -> None:
    """What Qt Linguist writes: the corrected translations, marked finished; one more
    entry has a translation typed but left unfinished, which must not take effect."""
    corrections = _corrections()
    tree = ET.parse(catalogue)
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            key = (context.findtext("name", ""), message.findtext("source", ""))
            translation = message.find("translation")
            assert translation is not None
            if key in corrections:
                translation.text = corrections.pop(key)
                translation.attrib.pop("type", None)
            elif key == ("PasteReportDialog", "Hủy"):
                translation.text = "Thôi"  # typed, not marked finished
    assert not corrections, f"not in the catalogue: {corrections}"
    tree.write(target, encoding="utf-8", xml_declaration=True)


def test_a_proofread_correction_shows_in_the_program(
    tmp_path: Path, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

    from qcdc_desktop import resources
    from qcdc_desktop.ui.app import install_text_corrections
    from qcdc_desktop.ui.paste_report_dialog import PasteReportDialog
    from qcdc_desktop.ui.vn_menus import build_vietnamese_menu

    tool = _tool_or_skip("pyside6-lrelease")
    proofread = tmp_path / "i18n" / "qcdc_vi.ts"
    proofread.parent.mkdir()
    _proofread(CATALOGUE, proofread)
    tool.compile_corrections(proofread, proofread.with_suffix(".qm"))
    monkeypatch.setattr(resources, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    before = set(qapp.findChildren(QTranslator))
    assert install_text_corrections(qapp)
    try:
        dialog = PasteReportDialog()
        labels = [label.text() for label in dialog.findChildren(QLabel)]
        buttons = [b.text() for b in dialog.findChildren(QPushButton)]
        assert dialog.import_button.text() == "Tạo bản thảo từ văn bản"
        assert "Dán cả báo cáo." in labels
        assert "Hủy" in buttons and "Thôi" not in buttons
        # Unfinished and untouched entries show the code's own text.
        assert dialog.windowTitle() == "Dán toàn bộ báo cáo"
        menu = build_vietnamese_menu(QLineEdit())
        assert "Dán văn bản" in [a.text() for a in menu.actions()]
        dialog.deleteLater()
    finally:
        for translator in set(qapp.findChildren(QTranslator)) - before:
            qapp.removeTranslator(translator)
            translator.deleteLater()
    assert PasteReportDialog().import_button.text() == "Tạo bản thảo"
