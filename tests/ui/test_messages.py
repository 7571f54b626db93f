"""The real dialogs (the autouse fake replaces them in other tests): Vietnamese labels."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolButton,
)

from qcdc_desktop.ui import messages
from qcdc_desktop.ui.mnemonics import without_mnemonic

# Bound at import, before the autouse fixture swaps the module attributes.
real_ask_yes_no = messages.ask_yes_no
real_ask_choice = messages.ask_choice
real_error = messages.error
real_info = messages.info
real_save_file_path = messages.save_file_path


def answer_with(text: str, seen: list[list[str]]) -> None:
    """Once the modal box is up, record its button texts and click the one named `text`."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, click)
            return
        buttons = box.findChildren(QPushButton)
        seen.append(sorted(without_mnemonic(b.text()) for b in buttons))
        next(b for b in buttons if without_mnemonic(b.text()) == text).click()

    QTimer.singleShot(0, click)


def test_yes_no_buttons_are_vietnamese(qapp: Any) -> None:
    seen: list[list[str]] = []
    answer_with("Có", seen)
    assert real_ask_yes_no(None, "Câu hỏi", "Xóa?") is True
    answer_with("Không", seen)
    assert real_ask_yes_no(None, "Câu hỏi", "Xóa?") is False
    assert seen == [["Có", "Không"], ["Có", "Không"]]


def test_choice_returns_the_index_or_none(qapp: Any) -> None:
    seen: list[list[str]] = []
    answer_with("Giữ cả hai", seen)
    assert real_ask_choice(None, "Chọn", "?", ["Ghi đè", "Giữ cả hai"]) == 1
    answer_with("Hủy", seen)
    assert real_ask_choice(None, "Chọn", "?", ["Ghi đè"]) is None
    assert seen[0] == ["Ghi đè", "Giữ cả hai", "Hủy"]


def test_info_and_error_use_vietnamese_buttons(qapp: Any) -> None:
    seen: list[list[str]] = []
    answer_with("Đồng ý", seen)
    real_info(None, "Thông báo", "Đã lưu.")
    answer_with("Đóng", seen)
    real_error(None, "Lỗi", "Không ghi được.")
    answer_with("Đóng", seen)
    real_error(None, "Lỗi", "Không ghi được.", details="Traceback …")
    assert seen[0] == ["Đồng ý"]
    assert seen[1] == ["Đóng"]
    assert seen[2] == sorted(["Sao chép chi tiết", "Xem chi tiết", "Đóng"])


def test_qt_file_dialog_labels_are_vietnamese(qapp: Any, tmp_path: Path) -> None:
    assert messages.use_qt_file_dialog()  # offscreen: the Qt dialog, labelled by us
    dialog = messages._file_dialog(None, "Xuất", tmp_path, messages.WORD_FILTER, save=True)
    labels = {
        QFileDialog.DialogLabel.LookIn: "Thư mục:",
        QFileDialog.DialogLabel.FileName: "Tên tệp:",
        QFileDialog.DialogLabel.FileType: "Loại tệp:",
        QFileDialog.DialogLabel.Accept: "Lưu",
        QFileDialog.DialogLabel.Reject: "Hủy",
    }
    for which, text in labels.items():
        assert dialog.labelText(which) == text
    assert dialog.nameFilters() == ["Tài liệu Word (*.docx)"]
    proxy = dialog.proxyModel()
    headers = [proxy.headerData(i, Qt.Orientation.Horizontal) for i in range(4)]
    assert headers == ["Tên", "Kích thước", "Loại", "Ngày sửa"]
    english = {
        "Back",
        "Forward",
        "Parent Directory",
        "Create New Folder",
        "List View",
        "Detail View",
    }
    tips = {b.toolTip() for b in dialog.findChildren(QToolButton)}
    assert not tips & english
    visible_texts = {w.text() for w in dialog.findChildren(QLabel)} | {
        b.text() for b in dialog.findChildren(QPushButton)
    }
    assert not visible_texts & {"Look in:", "File name:", "Files of type:", "Save", "Cancel"}


def test_file_dialog_dates_read_day_month_year(qtbot: Any, tmp_path: Path) -> None:
    import os

    (tmp_path / "BC.docx").write_bytes(b"x")
    os.utime(tmp_path / "BC.docx", (1764590400, 1764590400))  # 01/12/2025 12:00 UTC
    dialog = messages._file_dialog(None, "Mở", tmp_path, messages.WORD_FILTER, save=False)
    qtbot.addWidget(dialog)
    proxy = dialog.proxyModel()
    source = proxy.sourceModel()
    root = source.index(str(tmp_path))
    qtbot.waitUntil(lambda: source.rowCount(root) == 1, timeout=3000)
    cell = proxy.mapFromSource(source.index(0, 3, root))
    text = proxy.data(cell)
    expected = source.lastModified(source.index(0, 3, root)).toString("dd/MM/yyyy HH:mm")
    assert text == expected and text.startswith("01/12/2025"), text


def test_save_path_adds_the_extension_and_asks_before_overwriting(
    qapp: Any, tmp_path: Path, monkeypatch: Any, dialogs: Any
) -> None:
    existing = tmp_path / "BC.docx"
    existing.write_bytes(b"x")
    chosen = iter([tmp_path / "BC", tmp_path / "moi"])

    def fake_exec(self: QFileDialog) -> int:
        self._picked = str(next(chosen))  # type: ignore[attr-defined]
        return 1

    monkeypatch.setattr(QFileDialog, "exec", fake_exec)
    monkeypatch.setattr(QFileDialog, "selectedFiles", lambda self: [self._picked])
    dialogs.yes_no = [False]  # do not overwrite BC.docx: the dialog comes back
    # The real function asks through the module's ask_yes_no, which the fixture records.
    assert real_save_file_path(None, "Xuất", tmp_path / "BC.docx") == tmp_path / "moi.docx"
    assert dialogs.texts("ask_yes_no") == [
        "Tệp “BC.docx” đã có. Anh/chị có muốn ghi đè lên tệp đó không?"
    ]


def test_message_box_has_no_standard_english_buttons(qapp: Any) -> None:
    box = messages._message_box(None, QMessageBox.Icon.Information, "T", "x")
    assert box.standardButtons() == QMessageBox.StandardButton.NoButton


def test_file_list_texts_are_translated() -> None:
    assert messages.file_type_text("Folder") == "Thư mục"
    assert messages.file_type_text("docx File") == "Tệp docx"
    assert messages.file_type_text("Tài liệu MS Word") == "Tài liệu MS Word"
    assert messages.file_size_text("0 bytes") == "0 byte"
    assert messages.file_size_text("12.5 KiB") == "12.5 KB"
