"""The start window: the list of drafts and everything done to a whole draft."""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QStackedWidget,
    QStyle,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from qcdc_desktop import storage
from qcdc_desktop.ui import messages
from qcdc_desktop.ui.consolidate_dialog import install_consolidation_actions
from qcdc_desktop.ui.context import AppContext
from qcdc_desktop.ui.drafts_table_model import (
    ID_ROLE,
    TITLE,
    UPDATED,
    DraftsTableModel,
)

WINDOW_TITLE = "QCDC Desktop — Báo cáo thực hiện dân chủ ở cơ sở"
NOT_READY = "Chức năng này chưa sẵn sàng."
OPEN_EDITORS_KEY = "session/open_editors"
GEOMETRY_KEY = "start_window/geometry"
PROFILE_ASKED_KEY = "profile/asked"
EMPTY_TEXT = "Chưa có bản thảo nào.\nBấm “Tạo mới” để soạn báo cáo hoặc kế hoạch đầu tiên."
NO_MATCH_TEXT = "Không có bản thảo nào khớp với “{query}”."
# Searching is an index lookup: wait only for the next keystroke of a word being typed.
SEARCH_DELAY_MS = 50
RESIZE_ROWS = 50


class DraftsTable(QTableView):
    """The table, with Enter opening and Delete trashing the selected draft."""

    open_requested = Signal()
    delete_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_requested.emit()
            return
        if event.key() == Qt.Key.Key_Delete:
            self.delete_requested.emit()
            return
        super().keyPressEvent(event)


def _open_editor_ids(context: AppContext) -> list[str]:
    raw = context.settings.value(OPEN_EDITORS_KEY, "[]")
    try:
        ids = json.loads(str(raw))
    except ValueError:
        return []
    return [str(i) for i in ids] if isinstance(ids, list) else []


def _set_open_editor_ids(context: AppContext, ids: list[str]) -> None:
    # Stored as JSON text: QSettings' ini format reads a one-element list back as a string.
    context.settings.setValue(OPEN_EDITORS_KEY, json.dumps(ids))
    context.settings.sync()


def unfinished_editors(context: AppContext) -> list[str]:
    """Drafts whose editor was open when the previous run ended without a clean close."""
    return _open_editor_ids(context)


def clear_session(context: AppContext) -> None:
    _set_open_editor_ids(context, [])


class StartWindow(QMainWindow):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.editors: dict[str, Any] = {}
        self.setWindowTitle(WINDOW_TITLE)
        # Sorted by SQL and read a page at a time (ui/drafts_table_model.py): no proxy.
        self.model = DraftsTableModel(self)

        self._build_actions()
        self._build_toolbar()
        self._build_central()
        install_consolidation_actions(self)  # ui/consolidate_dialog.py
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
        geometry = context.settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray | bytes) and geometry:
            self.restoreGeometry(QByteArray(geometry))
        else:
            self.resize(1100, 640)

    # --- building ------------------------------------------------------------------------
    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        icon: QStyle.StandardPixmap | None = None,
        tip: str = "",
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.setToolTip(tip or text)
        action.setStatusTip(tip or text)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.act_new = self._action(
            "Tạo mới",
            self.new_draft,
            sp.SP_FileIcon,
            "Soạn một báo cáo hoặc kế hoạch mới",
            QKeySequence.StandardKey.New,
        )
        self.act_open = self._action(
            "Mở", self.open_selected, sp.SP_DialogOpenButton, "Mở bản thảo đang chọn để soạn tiếp"
        )
        self.act_duplicate = self._action(
            "Nhân bản", self.duplicate_selected, None, "Tạo một bản sao của bản thảo đang chọn"
        )
        self.act_next = self._action(
            "Tạo kỳ báo cáo tiếp theo",
            self.carry_forward_selected,
            sp.SP_ArrowForward,
            "Tạo bản thảo kỳ sau, mang theo nội dung của bản thảo đang chọn",
        )
        self.act_import = self._action(
            "Nhập từ tệp Word…",
            self.import_word,
            None,
            "Đọc một báo cáo đã soạn bằng Word thành bản thảo mới",
        )
        self.act_paste_report = self._action(
            "Dán toàn bộ báo cáo…",
            self.paste_report,
            None,
            "Dán một báo cáo dạng văn bản thuần để tạo bản thảo mới có đủ đề mục",
        )
        self.act_export = self._action(
            "Xuất Word",
            self.export_selected,
            sp.SP_DialogSaveButton,
            "Xuất bản thảo đang chọn ra tệp Word theo Nghị định 30/2020/NĐ-CP",
        )
        self.act_pdf = self._action(
            "Xuất PDF…",
            self.export_pdf_selected,
            None,
            "Xuất bản thảo đang chọn ra tệp PDF (cần Microsoft Word hoặc LibreOffice)",
        )
        self.act_print = self._action(
            "In…",
            self.print_selected,
            None,
            "In bản thảo đang chọn ra máy in mặc định (cần Microsoft Word hoặc LibreOffice)",
        )
        self.act_delete = self._action(
            "Xóa", self.delete_selected, sp.SP_TrashIcon, "Chuyển bản thảo đang chọn vào thùng rác"
        )
        self.act_trash = self._action(
            "Thùng rác", self.show_trash, None, "Xem và khôi phục các bản thảo đã xóa"
        )
        self.act_backups = self._action(
            "Sao lưu",
            self.show_backups,
            None,
            "Sao lưu và khôi phục: xem các bản sao lưu tự động, sao lưu ngay hoặc khôi phục",
        )
        self.act_history = self._action(
            "Lịch sử phiên bản",
            self.show_history,
            None,
            "Các phiên bản đã lưu của bản thảo đang chọn: xem, khôi phục",
        )
        self.act_profile = self._action(
            "Thông tin cơ quan",
            self.edit_profile,
            None,
            "Tên cơ quan, người ký và nơi nhận dùng cho bản thảo mới",
        )
        self.selection_actions = [
            self.act_open,
            self.act_duplicate,
            self.act_next,
            self.act_export,
            self.act_pdf,
            self.act_print,
            self.act_delete,
            self.act_history,
        ]

    def _build_toolbar(self) -> None:
        bar = QToolBar("Thanh công cụ", self)
        bar.setObjectName("main_toolbar")
        bar.setMovable(False)
        # Text only: the standard icons exist for a few actions but not all, and a row of
        # words reads better to people who do not know what the icons mean.
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.setStyleSheet(
            "QToolBar { spacing: 2px; padding: 3px; } QToolButton { padding: 4px 7px; }"
        )
        bar.toggleViewAction().setVisible(False)
        bar.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
        # Every button in one row at the default width: with all fourteen in the row,
        # "Thông tin cơ quan" hid behind the » overflow. The less frequent ones are in
        # "Khác" (and in the list's context menu).
        for action in (self.act_new, self.act_open, self.act_next):
            bar.addAction(action)
        bar.addSeparator()
        bar.addAction(self.act_import)
        bar.addAction(self.act_paste_report)
        bar.addAction(self.act_export)
        bar.addAction(self.act_print)
        bar.addSeparator()
        more = QMenu(self)
        more.setToolTipsVisible(True)
        for action in (self.act_duplicate, self.act_pdf):
            more.addAction(action)
        more.addSeparator()
        for action in (self.act_delete, self.act_trash, self.act_backups):
            more.addAction(action)
        self.more_menu = more
        self.act_more = QAction("Khác", self)
        self.act_more.setToolTip("Nhân bản, xuất PDF, xóa, thùng rác, sao lưu")
        self.act_more.setMenu(more)
        bar.addAction(self.act_more)
        more_button = bar.widgetForAction(self.act_more)
        if isinstance(more_button, QToolButton):
            more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        bar.addSeparator()
        bar.addAction(self.act_profile)
        self.addToolBar(bar)
        self.toolbar = bar
        new_button = bar.widgetForAction(self.act_new)
        font = new_button.font()
        font.setBold(True)
        new_button.setFont(font)

    def _build_central(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText("Tìm kiếm…")
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip("Tìm theo tiêu đề và nội dung; gõ có dấu hoặc không dấu đều được")

        self.table = DraftsTable()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(self.model.column_of(UPDATED), Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Fit the columns to the first rows only: measuring all of them asked the model
        # for every cell, about a second for 1,000 drafts. The fitted columns (type,
        # period, dates) have texts of nearly the same width in every row.
        header.setResizeContentsPrecision(RESIZE_ROWS)
        header.setSectionResizeMode(self.model.column_of(TITLE), QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.open_requested.connect(self.open_selected)
        self.table.delete_requested.connect(self.delete_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._table_menu)

        self.empty_label = QLabel(EMPTY_TEXT)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        font = self.empty_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.empty_label.setFont(font)
        self.empty_new_button = QPushButton("Tạo bản thảo mới")
        self.empty_new_button.clicked.connect(lambda: self.new_draft())
        self.empty_import_button = QPushButton("Nhập từ tệp Word…")
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
        profile = self.context.profile()
        agency = profile.agency if profile is not None else None
        if agency is None or not agency.issuing_body:
            self.agency_label.setText(
                "Chưa nhập thông tin cơ quan. "
                '<a href="profile">Nhập ngay</a> để bản thảo mới tự điền tên cơ quan và người ký.'
            )
            return
        name = html.escape(agency.issuing_body)
        parent = f" — {html.escape(agency.parent_body)}" if agency.parent_body else ""
        signer = profile.signer.name if profile is not None else ""
        signer_text = f"; người ký: {html.escape(signer)}" if signer else ""
        self.agency_label.setText(
            f'Cơ quan: <b>{name}</b>{parent}{signer_text} (<a href="profile">sửa</a>)'
        )

    def _table_menu(self, pos: Any) -> None:
        index = self.table.indexAt(pos)
        if index.isValid():
            self.table.selectRow(index.row())
        menu = QMenu(self)
        if self.selected_id() is not None:
            for action in (self.act_open, self.act_duplicate, self.act_next, self.act_history):
                menu.addAction(action)
            menu.addSeparator()
            for action in (self.act_export, self.act_pdf, self.act_print):
                menu.addAction(action)
            menu.addSeparator()
            menu.addAction(self.act_delete)
        else:
            menu.addAction(self.act_new)
            menu.addAction(self.act_import)
            menu.addAction(self.act_backups)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.table.viewport().mapToGlobal(pos))

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
            self.empty_label.setText(NO_MATCH_TEXT.format(query=query) if query else EMPTY_TEXT)
            # The buttons invite a first draft, not a new one after a failed search.
            self.empty_new_button.setVisible(not query)
            self.empty_import_button.setVisible(not query)
            self.stack.setCurrentWidget(self.empty_page)
        self.count_label.setText(f"{total} bản thảo" if not query else f"Tìm thấy {total}")

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
        self.statusBar().showMessage(f"Đã xuất: {path}", 10_000)

    # --- editors ---------------------------------------------------------------------------
    def _editor_class(self) -> Any:
        try:
            from qcdc_desktop.ui.wizard.editor_window import EditorWindow
        except ImportError:
            return None
        return EditorWindow

    def open_editor(self, draft_id: str) -> bool:
        """Open (or bring forward) the editor of a draft."""
        existing = self.editors.get(draft_id)
        if existing is not None:
            existing.showNormal()
            existing.raise_()
            existing.activateWindow()
            return True
        editor_class = self._editor_class()
        if editor_class is None:
            messages.info(self, "Mở bản thảo", NOT_READY)
            return False
        try:
            editor = editor_class(self.context, draft_id)
        except storage.StorageError as exc:
            from qcdc_desktop.ui.damaged_draft import explain_open_failure

            explain_open_failure(self, exc, draft_id)
            self.refresh()  # a draft found damaged is now marked in the list
            return False
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        editor.closed.connect(self._on_editor_closed)
        self.editors[draft_id] = editor
        ids = _open_editor_ids(self.context)
        if draft_id not in ids:
            _set_open_editor_ids(self.context, [*ids, draft_id])
        editor.show()
        return True

    def _on_editor_closed(self, draft_id: str) -> None:
        self.editors.pop(draft_id, None)
        ids = _open_editor_ids(self.context)
        # The editor may already have removed itself; write only when something changes.
        if not getattr(self, "_closing", False) and draft_id in ids:
            _set_open_editor_ids(self.context, [i for i in ids if i != draft_id])
        self._draft_changed(draft_id)

    def reopen_unfinished(self) -> list[str]:
        """Reopen the editors left open by a run that did not close cleanly."""
        reopened = []
        for draft_id in unfinished_editors(self.context):
            try:
                storage.load_draft(self.context.db, draft_id)
            except storage.StorageError:
                continue  # deleted for good since
            if self.open_editor(draft_id):
                reopened.append(draft_id)
        _set_open_editor_ids(self.context, reopened)
        if reopened:
            self.statusBar().showMessage(
                "Lần trước chương trình chưa đóng hẳn; đã mở lại bản thảo đang soạn.", 15_000
            )
        return reopened

    # --- actions ---------------------------------------------------------------------------
    def _selected_or_none(self) -> str | None:
        draft_id = self.selected_id()
        if draft_id is None:
            self.statusBar().showMessage("Hãy chọn một bản thảo trong danh sách.", 5000)
        return draft_id

    def _store_new(self, draft: Any, reason: str) -> bool:
        try:
            storage.save_draft(self.context.db, draft, reason=reason, expected_revision=0)
        except storage.StorageError as exc:
            messages.error(self, "Lưu bản thảo", str(exc))
            return False
        self.refresh()
        self.select_draft(draft.id)
        return True

    def ask_profile_once(self) -> None:
        """On the first run, ask for the agency profile (once)."""
        if self.context.profile() is not None:
            return
        if storage.get_setting(self.context.db, PROFILE_ASKED_KEY, False):
            return
        storage.set_setting(self.context.db, PROFILE_ASKED_KEY, True)
        self.edit_profile(first_run=True)

    def edit_profile(self, first_run: bool = False) -> bool:
        from qcdc_desktop.ui.profile_dialog import edit_profile

        return edit_profile(self, self.context, first_run=first_run)

    def new_draft(self) -> str | None:
        from qcdc_desktop.doctypes import new_draft
        from qcdc_desktop.ui.new_draft_dialog import ask_new_draft

        self.ask_profile_once()
        chosen = ask_new_draft(self)
        if chosen is None:
            return None
        type_id, year = chosen
        profile = self.context.profile()
        defaults = profile.draft_defaults() if profile is not None else None
        draft = new_draft(type_id, year, defaults)
        if not self._store_new(draft, "save"):
            return None
        self.open_editor(draft.id)
        return str(draft.id)

    def open_selected(self) -> None:
        draft_id = self._selected_or_none()
        if draft_id is not None:
            self.open_editor(draft_id)

    def _save_open_editor(self, draft_id: str) -> bool:
        """Save an open editor first so whole-draft actions see its latest text."""
        editor = self.editors.get(draft_id)
        return editor is None or bool(editor.save_now())

    def duplicate_selected(self) -> str | None:
        draft_id = self._selected_or_none()
        if draft_id is None or not self._save_open_editor(draft_id):
            return None
        try:
            copy = storage.duplicate_draft(self.context.db, draft_id)
        except storage.StorageError as exc:
            messages.error(self, "Nhân bản", str(exc))
            return None
        self.refresh()
        self.select_draft(copy.id)
        self.open_editor(copy.id)
        return str(copy.id)

    def carry_forward_selected(self) -> str | None:
        draft_id = self._selected_or_none()
        if draft_id is None or not self._save_open_editor(draft_id):
            return None
        try:
            from qcdc_desktop.importing.carry_forward import carry_forward
        except ImportError:
            messages.info(self, "Tạo kỳ báo cáo tiếp theo", NOT_READY)
            return None
        try:
            draft = storage.load_draft(self.context.db, draft_id)
        except storage.StorageError as exc:
            messages.error(self, "Tạo kỳ báo cáo tiếp theo", str(exc))
            return None
        following = carry_forward(draft)
        if not self._store_new(following, "save"):
            return None
        self.open_editor(following.id)
        return str(following.id)

    def import_word(self) -> str | None:
        title = "Nhập từ tệp Word"
        try:
            from qcdc_desktop.importing.docx_import import import_docx
        except ImportError:
            messages.info(self, title, NOT_READY)
            return None
        from qcdc_desktop.ui.export_flow import default_folder

        path = messages.open_file_path(
            self, title, default_folder(self.context), filter_text=IMPORT_FILTER
        )
        if path is None:
            return None
        from qcdc_desktop.ui.import_choice import complete_import

        try:
            result = import_docx(path)
            result = complete_import(
                self, result, lambda t, y: import_docx(path, type_hint=t, year_hint=y)
            )
        except Exception as exc:  # an unreadable file must not crash the window
            messages.error(self, title, f"Không đọc được tệp “{path.name}”.\n\n{exc}")
            return None
        return self._open_imported(result, title, f"Đã đọc tệp “{path.name}” thành bản thảo mới.")

    def paste_report(self) -> str | None:
        """A whole report pasted as plain text -> a new draft, structured like an import."""
        from qcdc_desktop.importing import import_text
        from qcdc_desktop.ui.paste_report_dialog import ask_pasted_report

        title = "Dán toàn bộ báo cáo"
        text = ask_pasted_report(self)
        if text is None or not text.strip():
            return None
        from qcdc_desktop.ui.import_choice import complete_import

        try:
            result = import_text(text)
            result = complete_import(
                self, result, lambda t, y: import_text(text, type_hint=t, year_hint=y)
            )
        except Exception as exc:  # a text that cannot be read must not crash the window
            messages.error(self, title, f"Không đọc được văn bản đã dán.\n\n{exc}")
            return None
        return self._open_imported(result, title, "Đã tạo bản thảo mới từ văn bản đã dán.")

    def _open_imported(self, result: Any, title: str, done: str) -> str | None:
        """Store an import's draft, say what was read (and guessed), open it."""
        if not self._store_new(result.draft, "import"):
            return None
        summary = "\n".join(f"• {line}" for line in result.summary)
        messages.info(
            self,
            title,
            done
            + (f"\n\n{summary}" if summary else "")
            + "\n\nHãy xem lại từng phần trước khi xuất.",
        )
        self.open_editor(result.draft.id)
        return str(result.draft.id)

    def export_selected(self) -> None:
        from qcdc_desktop.ui.export_flow import export_with_dialogs

        draft_id = self._selected_or_none()
        if draft_id is not None and self._save_open_editor(draft_id):
            export_with_dialogs(self, self.context, draft_id)

    def export_pdf_selected(self) -> None:
        from qcdc_desktop.ui.export_flow import export_pdf_with_dialogs

        draft_id = self._selected_or_none()
        if draft_id is not None and self._save_open_editor(draft_id):
            path = export_pdf_with_dialogs(self, self.context, draft_id)
            if path is not None:
                self.statusBar().showMessage(f"Đã xuất PDF: {path}", 10_000)

    def print_selected(self) -> None:
        from qcdc_desktop.ui.export_flow import print_with_dialogs

        draft_id = self._selected_or_none()
        if draft_id is not None and self._save_open_editor(draft_id):
            print_with_dialogs(self, self.context, draft_id)

    def delete_selected(self) -> bool:
        draft_id = self._selected_or_none()
        if draft_id is None:
            return False
        if draft_id in self.editors:
            messages.info(
                self, "Xóa", "Bản thảo này đang được mở để soạn; hãy đóng cửa sổ soạn thảo trước."
            )
            return False
        row = self.model.row_of(draft_id)
        summary = self.model.summary_at(row) if row is not None else None
        try:
            storage.delete_draft(self.context.db, draft_id, owner=self.context.owner)
        except storage.StorageError as exc:
            messages.error(self, "Xóa", str(exc))
            return False
        self.refresh()
        title = summary.title if summary is not None else ""
        self.statusBar().showMessage(
            f"Đã chuyển “{title}” vào thùng rác; có thể khôi phục trong “Thùng rác”.", 10_000
        )
        return True

    def show_trash(self) -> None:
        from qcdc_desktop.ui.trash_dialog import TrashDialog

        TrashDialog(self.context, self).exec()
        self.refresh()

    def show_backups(self) -> None:
        from qcdc_desktop.ui.backup_window import BackupWindow

        def busy() -> str | None:
            if self.editors:
                return "Hãy đóng các cửa sổ soạn thảo trước khi khôi phục bản sao lưu."
            return None

        BackupWindow(self.context.data_dir, self.context, self, busy_reason=busy).exec()
        self.refresh()

    def show_history(self) -> None:
        from qcdc_desktop.ui.revision_window import RevisionWindow

        draft_id = self._selected_or_none()
        if draft_id is not None:
            RevisionWindow(self.context, draft_id, self, editor=self.editors.get(draft_id)).exec()
            self.refresh()

    # --- window ----------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self._closing = True
        for editor in list(self.editors.values()):
            if not editor.close():
                self._closing = False
                event.ignore()
                return
        self.context.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        clear_session(self.context)
        super().closeEvent(event)


# Word is what offices send; older Word files, OpenDocument, PDF and text are read too.
IMPORT_FILTER = (
    "Báo cáo (*.docx *.doc *.odt *.rtf *.pdf *.txt);;Tài liệu Word (*.docx);;Tất cả tệp (*)"
)


def window_icon() -> QIcon:
    from qcdc_desktop.resources import resource_path

    for name in ("qcdc.png", "qcdc.ico", "qcdc.svg", "app.png"):
        path = resource_path("icons", name)
        if path.is_file():
            return QIcon(str(path))
    return QIcon()
