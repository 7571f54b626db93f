"""The start window: the list of drafts and everything done to a whole draft.

The actions and toolbar are built in ui/start_toolbar.py, the table in
ui/drafts_table_view.py; the commands' work is done in ui/draft_actions.py, and the open
editors are kept by ui/editor_session.py. The window holds the list and the methods
through which the rest of the program reaches them."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from qcdc_desktop import storage
from qcdc_desktop.ui import draft_actions
from qcdc_desktop.ui.consolidate_menu import install_consolidation_actions
from qcdc_desktop.ui.context import AppContext
from qcdc_desktop.ui.drafts_table_model import ID_ROLE, DraftsTableModel
from qcdc_desktop.ui.drafts_table_view import DraftsTable
from qcdc_desktop.ui.editor_session import EditorSession
from qcdc_desktop.ui.editor_warmup import warm_up_after_first_paint
from qcdc_desktop.ui.i18n import QT_TRANSLATE_NOOP
from qcdc_desktop.ui.start_toolbar import build_actions, build_toolbar, show_table_menu

WINDOW_TITLE = QT_TRANSLATE_NOOP("StartWindow", "QCDC Desktop — Báo cáo thực hiện dân chủ ở cơ sở")
GEOMETRY_KEY = "start_window/geometry"
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "StartWindow", "Chưa có bản thảo nào.\nBấm “Tạo mới” để soạn báo cáo hoặc kế hoạch đầu tiên."
)
NO_MATCH_TEXT = QT_TRANSLATE_NOOP("StartWindow", "Không có bản thảo nào khớp với “{query}”.")
# Searching is an index lookup: wait only for the next keystroke of a word being typed.
SEARCH_DELAY_MS = 50


class StartWindow(QMainWindow):
    # Built by ui/start_toolbar.py.
    act_new: QAction
    act_open: QAction
    act_duplicate: QAction
    act_next: QAction
    act_import: QAction
    act_paste_report: QAction
    act_export: QAction
    act_pdf: QAction
    act_print: QAction
    act_delete: QAction
    act_trash: QAction
    act_backups: QAction
    act_history: QAction
    act_profile: QAction
    act_more: QAction
    more_menu: QMenu
    toolbar: QToolBar
    selection_actions: list[QAction]

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.session = EditorSession(self)
        self.setWindowTitle(self.tr(WINDOW_TITLE))
        # Sorted by SQL and read a page at a time (ui/drafts_table_model.py): no proxy.
        self.model = DraftsTableModel(self)

        build_actions(self)
        build_toolbar(self)
        self._build_central()
        install_consolidation_actions(self)  # ui/consolidate_menu.py
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())

        # A method, not a lambda: Qt disconnects it when the window is deleted, while
        # the application-wide events object lives on.
        context.events.draft_saved.connect(self._draft_changed)
        context.events.draft_exported.connect(self._on_exported)
        self.refresh()
        self._update_actions()
        # The first "Mở" of the session finds the editor's modules already loaded.
        self.warmup = warm_up_after_first_paint(self)
        geometry = context.settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray | bytes) and geometry:
            self.restoreGeometry(QByteArray(geometry))
        else:
            self.resize(1100, 640)

    @property
    def editors(self) -> dict[str, Any]:
        """The open editors by draft id."""
        return self.session.editors

    # --- building ------------------------------------------------------------------------
    def _build_central(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm kiếm…"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(
            self.tr("Tìm theo tiêu đề và nội dung; gõ có dấu hoặc không dấu đều được")
        )

        self.table = DraftsTable(self.model)  # ui/drafts_table_view.py
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.open_requested.connect(self.open_selected)
        self.table.delete_requested.connect(self.delete_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.table.customContextMenuRequested.connect(self._table_menu)

        self.empty_label = QLabel(self.tr(EMPTY_TEXT))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        font = self.empty_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.empty_label.setFont(font)
        self.empty_new_button = QPushButton(self.tr("Tạo bản thảo mới"))
        self.empty_new_button.clicked.connect(lambda: self.new_draft())
        self.empty_import_button = QPushButton(self.tr("Nhập từ tệp Word…"))
        self.empty_import_button.clicked.connect(lambda: self.import_word())
        empty_buttons = QHBoxLayout()
        empty_buttons.addStretch(1)
        empty_buttons.addWidget(self.empty_new_button)
        empty_buttons.addWidget(self.empty_import_button)
        empty_buttons.addStretch(1)
        self.empty_page = QWidget()
        empty_layout = QVBoxLayout(self.empty_page)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addSpacing(12)
        empty_layout.addLayout(empty_buttons)
        empty_layout.addStretch(2)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_page)

        self.agency_label = QLabel()
        self.agency_label.setTextFormat(Qt.TextFormat.RichText)
        self.agency_label.setOpenExternalLinks(False)
        self.agency_label.linkActivated.connect(lambda _link: self.edit_profile())
        self.context.events.profile_changed.connect(self._show_agency)
        self._show_agency()

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(10, 8, 10, 6)
        layout.addWidget(self.agency_label)
        layout.addWidget(self.search)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.count_label = QLabel()
        self.count_label.setContentsMargins(0, 0, 8, 0)
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().setSizeGripEnabled(False)

    def _show_agency(self) -> None:
        agency = self.context.agency_line()
        if agency is None or not agency.issuing_body:
            self.agency_label.setText(
                self.tr(
                    "Chưa nhập thông tin cơ quan. "
                    '<a href="profile">Nhập ngay</a> để bản thảo mới tự điền tên cơ quan '
                    "và người ký."
                )
            )
            return
        name = html.escape(agency.issuing_body)
        parent = f" — {html.escape(agency.parent_body)}" if agency.parent_body else ""
        signer = agency.signer
        signer_text = (
            self.tr("; người ký: {signer}").format(signer=html.escape(signer)) if signer else ""
        )
        self.agency_label.setText(
            self.tr(
                'Cơ quan: <b>{name}</b>{parent}{signer_text} (<a href="profile">sửa</a>)'
            ).format(name=name, parent=parent, signer_text=signer_text)
        )

    def _table_menu(self, pos: Any) -> None:
        show_table_menu(self, pos)

    # --- the list ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the list from storage, keeping the selection."""
        keep = self.selected_id()
        query = self.search.text().strip()
        self.model.set_listing(storage.DraftListing(self.context.db, search=query or None))
        self._show_count()
        if keep is not None:
            self.select_draft(keep)
        self._update_actions()

    def _draft_changed(self, draft_id: str) -> None:
        """A save anywhere: only that draft's row moves or changes."""
        self.model.update_draft(draft_id)
        self._show_count()
        self._update_actions()

    def _show_count(self) -> None:
        query = self.search.text().strip()
        total = self.model.total()
        if total:
            self.stack.setCurrentWidget(self.table)
        else:
            self.empty_label.setText(
                self.tr(NO_MATCH_TEXT).format(query=query) if query else self.tr(EMPTY_TEXT)
            )
            # The buttons invite a first draft, not a new one after a failed search.
            self.empty_new_button.setVisible(not query)
            self.empty_import_button.setVisible(not query)
            self.stack.setCurrentWidget(self.empty_page)
        self.count_label.setText(
            self.tr("{total} bản thảo").format(total=total)
            if not query
            else self.tr("Tìm thấy {total}").format(total=total)
        )

    def selected_id(self) -> str | None:
        if not hasattr(self, "table"):
            return None
        rows = self.table.selectionModel().selectedRows()
        # Tab into the list makes the first row current without selecting it; Enter then
        # means that row (it said "Hãy chọn một bản thảo" instead).
        index = rows[0] if rows else self.table.currentIndex()
        if not index.isValid():
            return None
        value = self.model.data(index.siblingAtColumn(0), ID_ROLE)
        return str(value) if value else None

    def select_draft(self, draft_id: str) -> bool:
        row = self.model.row_of(draft_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def _update_actions(self) -> None:
        has = self.selected_id() is not None
        for action in self.selection_actions:
            action.setEnabled(has)

    def _on_exported(self, draft_id: str, path: str) -> None:
        self._draft_changed(draft_id)
        self.statusBar().showMessage(self.tr("Đã xuất: {path}").format(path=path), 10_000)

    def _selected_or_none(self) -> str | None:
        draft_id = self.selected_id()
        if draft_id is None:
            self.statusBar().showMessage(self.tr("Hãy chọn một bản thảo trong danh sách."), 5000)
        return draft_id

    def _store_new(self, draft: Any, reason: str) -> bool:
        """Store a draft made here and select it in the list."""
        try:
            storage.save_draft(self.context.db, draft, reason=reason, expected_revision=0)
        except storage.StorageError as exc:
            from qcdc_desktop.ui import messages

            messages.error(self, self.tr("Lưu bản thảo"), str(exc))
            return False
        self.refresh()
        self.select_draft(draft.id)
        return True

    # --- editors (ui/editor_session.py) ----------------------------------------------------
    def _editor_class(self) -> Any:
        from qcdc_desktop.ui.wizard.editor_window import EditorWindow

        return EditorWindow

    def open_editor(self, draft_id: str) -> bool:
        """Open (or bring forward) the editor of a draft."""
        return self.session.open(draft_id)

    def reopen_unfinished(self) -> list[str]:
        """Reopen the editors left open by a run that did not close cleanly."""
        return self.session.reopen_unfinished()

    def _save_open_editor(self, draft_id: str) -> bool:
        return self.session.save_open_editor(draft_id)

    # --- commands (ui/draft_actions.py) ----------------------------------------------------
    def ask_profile_once(self) -> None:
        draft_actions.ask_profile_once(self)

    def edit_profile(self, first_run: bool = False) -> bool:
        from qcdc_desktop.ui.profile_dialog import edit_profile

        return edit_profile(self, self.context, first_run=first_run)

    def new_draft(self) -> str | None:
        return draft_actions.new_draft(self)

    def open_selected(self) -> None:
        draft_id = self._selected_or_none()
        if draft_id is not None:
            self.open_editor(draft_id)

    def duplicate_selected(self) -> str | None:
        return draft_actions.duplicate_selected(self)

    def carry_forward_selected(self) -> str | None:
        return draft_actions.carry_forward_selected(self)

    def import_word(self) -> str | None:
        return draft_actions.import_word(self)

    def paste_report(self) -> str | None:
        return draft_actions.paste_report(self)

    def export_selected(self) -> None:
        draft_actions.export_selected(self)

    def export_pdf_selected(self) -> None:
        draft_actions.export_pdf_selected(self)

    def print_selected(self) -> None:
        draft_actions.print_selected(self)

    def delete_selected(self) -> bool:
        return draft_actions.delete_selected(self)

    def show_trash(self) -> None:
        draft_actions.show_trash(self)

    def show_backups(self) -> None:
        draft_actions.show_backups(self)

    def show_history(self) -> None:
        draft_actions.show_history(self)

    # --- window ----------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.session.close_all():
            event.ignore()
            return
        self.context.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        super().closeEvent(event)


def window_icon() -> QIcon:
    from qcdc_desktop.resources import resource_path

    for name in ("qcdc.png", "qcdc.ico", "qcdc.svg", "app.png"):
        path = resource_path("icons", name)
        if path.is_file():
            return QIcon(str(path))
    return QIcon()
