"""Message boxes and file dialogs with every label in Vietnamese.

Qt ships no Vietnamese translation, so standard buttons would read "OK"/"Cancel";
every button here gets its text set explicitly. Module-level functions so tests can
monkeypatch them with non-blocking fakes.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QIdentityProxyModel,
    QStandardPaths,
    Qt,
    QUrl,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from qcdc_desktop.ui.i18n import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

WORD_FILTER = QT_TRANSLATE_NOOP("Messages", "Tài liệu Word (*.docx)")
ALL_FILES_FILTER = QT_TRANSLATE_NOOP("Messages", "Tất cả các tệp (*)")

OK_TEXT = QT_TRANSLATE_NOOP("Messages", "Đồng ý")
CANCEL_TEXT = QT_TRANSLATE_NOOP("Messages", "Hủy")
YES_TEXT = QT_TRANSLATE_NOOP("Messages", "Có")
NO_TEXT = QT_TRANSLATE_NOOP("Messages", "Không")
CLOSE_TEXT = QT_TRANSLATE_NOOP("Messages", "Đóng")
COPY_DETAILS_TEXT = QT_TRANSLATE_NOOP("Messages", "Sao chép chi tiết")
SHOW_DETAILS_TEXT = QT_TRANSLATE_NOOP("Messages", "Xem chi tiết")
HIDE_DETAILS_TEXT = QT_TRANSLATE_NOOP("Messages", "Ẩn chi tiết")


def _message_box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str
) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def info(parent: QWidget | None, title: str, text: str) -> None:
    box = _message_box(parent, QMessageBox.Icon.Information, title, text)
    box.addButton(translate("Messages", OK_TEXT), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def warning(parent: QWidget | None, title: str, text: str) -> None:
    box = _message_box(parent, QMessageBox.Icon.Warning, title, text)
    box.addButton(translate("Messages", OK_TEXT), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


class DetailsDialog(QDialog):
    """An error message with a hidden technical part and a "copy details" button.

    QMessageBox's own details button is labelled in English and cannot be renamed
    reliably, hence this small dialog.
    """

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        text: str,
        details: str,
        icon: QStyle.StandardPixmap | None = None,
    ) -> None:
        # Qt enums are built on first use (a large one costs milliseconds), so defaults
        # that name them are resolved here, not when the module is imported at start-up.
        if icon is None:
            icon = QStyle.StandardPixmap.SP_MessageBoxCritical
        super().__init__(parent)
        self.setWindowTitle(title)
        self.details = details
        icon_label = QLabel()
        icon_label.setPixmap(self.style().standardIcon(icon).pixmap(48, 48))
        icon_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        message = QLabel(text)
        message.setWordWrap(True)
        message.setTextFormat(Qt.TextFormat.PlainText)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        message.setMinimumWidth(380)
        top = QHBoxLayout()
        top.addWidget(icon_label)
        top.addWidget(message, 1)

        self.details_view = QPlainTextEdit(details)
        self.details_view.setReadOnly(True)
        self.details_view.setVisible(False)
        self.details_view.setMinimumHeight(180)
        self.details_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        buttons = QDialogButtonBox()
        self.buttons = buttons
        self.toggle_button = QPushButton(translate("Messages", SHOW_DETAILS_TEXT))
        self.copy_button = QPushButton(translate("Messages", COPY_DETAILS_TEXT))
        self.close_button = QPushButton(translate("Messages", CLOSE_TEXT))
        buttons.addButton(self.toggle_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setDefault(True)
        self.toggle_button.clicked.connect(self._toggle_details)
        self.copy_button.clicked.connect(self.copy_details)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details_view, 1)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        # Explicit context: CrashDialog inherits this method.
        self.copy_button.setText(translate("Messages", "Đã sao chép"))

    def _toggle_details(self) -> None:
        shown = not self.details_view.isVisible()
        self.details_view.setVisible(shown)
        self.toggle_button.setText(
            translate("Messages", HIDE_DETAILS_TEXT)
            if shown
            else translate("Messages", SHOW_DETAILS_TEXT)
        )
        self.adjustSize()


def error(parent: QWidget | None, title: str, text: str, details: str | None = None) -> None:
    if details:
        DetailsDialog(parent, title, text, details).exec()
        return
    box = _message_box(parent, QMessageBox.Icon.Critical, title, text)
    box.addButton(translate("Messages", CLOSE_TEXT), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    box = _message_box(parent, QMessageBox.Icon.Question, title, text)
    yes = box.addButton(translate("Messages", YES_TEXT), QMessageBox.ButtonRole.YesRole)
    no = box.addButton(translate("Messages", NO_TEXT), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def ask_choice(parent: QWidget | None, title: str, text: str, choices: list[str]) -> int | None:
    """Buttons for each choice plus "Hủy"; the index chosen, or None when cancelled."""
    box = _message_box(parent, QMessageBox.Icon.Question, title, text)
    buttons = [box.addButton(c, QMessageBox.ButtonRole.AcceptRole) for c in choices]
    cancel = box.addButton(translate("Messages", CANCEL_TEXT), QMessageBox.ButtonRole.RejectRole)
    box.setEscapeButton(cancel)
    if buttons:
        box.setDefaultButton(buttons[0])
    box.exec()
    clicked = box.clickedButton()
    for index, button in enumerate(buttons):
        if clicked is button:
            return index
    return None


# --- file dialogs -------------------------------------------------------------------

_FILE_VIEW_HEADERS = (
    QT_TRANSLATE_NOOP("Messages", "Tên"),
    QT_TRANSLATE_NOOP("Messages", "Kích thước"),
    QT_TRANSLATE_NOOP("Messages", "Loại"),
    QT_TRANSLATE_NOOP("Messages", "Ngày sửa"),
)
_FILE_DIALOG_TOOLTIPS = {
    "backButton": QT_TRANSLATE_NOOP("Messages", "Quay lại"),
    "forwardButton": QT_TRANSLATE_NOOP("Messages", "Tiếp"),
    "toParentButton": QT_TRANSLATE_NOOP("Messages", "Lên thư mục cha"),
    "newFolderButton": QT_TRANSLATE_NOOP("Messages", "Tạo thư mục mới"),
    "listModeButton": QT_TRANSLATE_NOOP("Messages", "Xem dạng danh sách"),
    "detailModeButton": QT_TRANSLATE_NOOP("Messages", "Xem chi tiết"),
}


class _VietnameseHeaders(QIdentityProxyModel):
    """Renames the file list's column headers (Name, Size, Type, Date Modified) and the
    English type texts ("Folder", "docx File")."""

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = super().data(index, role)
        if role != Qt.ItemDataRole.DisplayRole or not isinstance(value, str):
            return value
        if index.column() == 1:
            return file_size_text(value)
        if index.column() == 2:
            return file_type_text(value)
        if index.column() == 3:
            # Qt formats this column with the system locale's short format, which on
            # some systems reads "1 12 2026"; an office reads "01/12/2026 09:30".
            source = self.sourceModel()
            modified = getattr(source, "lastModified", None)
            if modified is not None:
                when = modified(self.mapToSource(index))
                if when.isValid():
                    return when.toString("dd/MM/yyyy HH:mm")
        return value

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = 0,  # Qt.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(_FILE_VIEW_HEADERS)
        ):
            return translate("Messages", _FILE_VIEW_HEADERS[section])
        return super().headerData(section, orientation, role)


def file_size_text(english: str) -> str:
    """ "0 bytes" -> "0 byte", "12.5 KiB" -> "12.5 KB" (Qt formats sizes in English)."""
    for old, new in (("bytes", "byte"), ("KiB", "KB"), ("MiB", "MB"), ("GiB", "GB")):
        english = english.replace(old, new)
    return english


def file_type_text(english: str) -> str:
    """ "Folder" -> "Thư mục", "docx File" -> "Tệp docx"; anything else unchanged."""
    if english in ("Folder", "Directory"):
        return translate("Messages", "Thư mục")
    if english == "File":
        return translate("Messages", "Tệp")
    if english.endswith(" File"):
        return translate("Messages", "Tệp {extension}").format(
            extension=english.removesuffix(" File")
        )
    return english


def use_qt_file_dialog() -> bool:
    """Windows and macOS dialogs are localised by the OS; elsewhere Qt's own dialog is used
    so that every label can be set in Vietnamese."""
    if sys.platform in ("win32", "darwin"):
        return QGuiApplication.platformName() in ("offscreen", "minimal")
    return True


def _file_dialog(
    parent: QWidget | None, title: str, directory: Path, filter_text: str, save: bool
) -> QFileDialog:
    # Callers pass a translated filter; only the default WORD_FILTER arrives untranslated.
    dialog = QFileDialog(parent, title, str(directory), translate("Messages", filter_text))
    dialog.setAcceptMode(
        QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen
    )
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
    if not use_qt_file_dialog():
        return dialog
    # The Qt dialog's overwrite question is English; save_file_path asks its own.
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
    dialog.setLabelText(QFileDialog.DialogLabel.LookIn, translate("Messages", "Thư mục:"))
    dialog.setLabelText(QFileDialog.DialogLabel.FileName, translate("Messages", "Tên tệp:"))
    dialog.setLabelText(QFileDialog.DialogLabel.FileType, translate("Messages", "Loại tệp:"))
    dialog.setLabelText(
        QFileDialog.DialogLabel.Accept,
        translate("Messages", "Lưu") if save else translate("Messages", "Mở"),
    )
    dialog.setLabelText(QFileDialog.DialogLabel.Reject, translate("Messages", CANCEL_TEXT))
    dialog.setProxyModel(_VietnameseHeaders(dialog))
    # The default side bar starts with "Computer"; offer the usual folders instead.
    places = [
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation),
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation),
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DesktopLocation),
    ]
    urls = []
    for place in places:
        if place and Path(place).is_dir() and QUrl.fromLocalFile(place) not in urls:
            urls.append(QUrl.fromLocalFile(place))
    dialog.setSidebarUrls(urls)
    dialog.resize(820, 520)
    for tree in dialog.findChildren(QTreeView):
        # Room for the Vietnamese headers, which are longer than the English ones.
        for column, width in enumerate((330, 100, 120, 150)):
            tree.header().resizeSection(column, width)
    for name, tip in _FILE_DIALOG_TOOLTIPS.items():
        button = dialog.findChild(QToolButton, name)
        if button is not None:
            button.setToolTip(translate("Messages", tip))
    # The list's context menu (Rename, Delete, Show hidden files…) is English.
    for view in dialog.findChildren(QAbstractItemView):
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    return dialog


def save_file_path(
    parent: QWidget | None, title: str, suggested: Path, filter_text: str = WORD_FILTER
) -> Path | None:
    """Ask where to save; None when cancelled. Adds .docx when the user left it out."""
    suggested = Path(suggested)
    directory = suggested if suggested.parent != Path() else Path.home() / suggested
    while True:
        dialog = _file_dialog(parent, title, directory, filter_text, save=True)
        dialog.setDefaultSuffix(_suffix_of(filter_text))
        dialog.selectFile(str(directory))
        if not dialog.exec() or not dialog.selectedFiles():
            return None
        chosen = Path(dialog.selectedFiles()[0])
        if not chosen.suffix and _suffix_of(filter_text):
            chosen = chosen.with_suffix("." + _suffix_of(filter_text))
        refusal = output_refusal(chosen)
        if refusal:  # the database, a backup, a read-only file, a name Windows refuses
            warning(parent, title, refusal)
            directory = chosen.parent / suggested.name
            continue
        if not use_qt_file_dialog() or not chosen.exists():
            return chosen
        if ask_yes_no(
            parent,
            title,
            translate(
                "Messages", "Tệp “{name}” đã có. Anh/chị có muốn ghi đè lên tệp đó không?"
            ).format(name=chosen.name),
        ):
            return chosen
        directory = chosen


def output_refusal(path: Path) -> str:
    """Why `path` must not be written ("" when it may): see qcdc_desktop.output_paths."""
    from qcdc_desktop.output_paths import UnsafeOutputError, check_output_path

    try:
        check_output_path(path)
    except UnsafeOutputError as exc:
        return str(exc)
    return ""


def open_file_path(
    parent: QWidget | None,
    title: str,
    directory: Path | None = None,
    filter_text: str = WORD_FILTER,
) -> Path | None:
    dialog = _file_dialog(parent, title, directory or Path.home(), filter_text, save=False)
    if not dialog.exec() or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def _suffix_of(filter_text: str) -> str:
    """ "Tài liệu Word (*.docx)" -> "docx"."""
    start = filter_text.find("*.")
    if start < 0:
        return ""
    end = start + 2
    while end < len(filter_text) and filter_text[end].isalnum():
        end += 1
    return filter_text[start + 2 : end]
