"""A section step: the outline of its parts, the selected part's text and figures, guidance.

The part's text is one plain-text field (one line a paragraph, "-" items, "+" sub-items),
parsed into blocks when the page stores; typing only marks the page dirty, so a
keystroke costs nothing however long the section is.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from qcdc_desktop.editing import outline_ops
from qcdc_desktop.editing.block_text import KEPT_ASIDE, blocks_to_text, text_to_blocks
from qcdc_desktop.editing.steps import WizardStep
from qcdc_desktop.model import Draft, Part
from qcdc_desktop.ui import palette
from qcdc_desktop.ui.i18n import QT_TRANSLATE_NOOP
from qcdc_desktop.ui.wizard import figure_arrangement
from qcdc_desktop.ui.wizard.figures_widget import FigureGroupBox
from qcdc_desktop.ui.wizard.guidance_panel import GuidancePanel
from qcdc_desktop.ui.wizard.outline_tree_model import OutlineTreeModel
from qcdc_desktop.ui.wizard.pages.base import EditorHost, WizardPage, keep_enabled
from qcdc_desktop.ui.wizard.pages.outline_actions import OutlineActions, outline_buttons
from qcdc_desktop.ui.wizard.part_tables import PartTables
from qcdc_desktop.ui.wizard.unit_marks import UnitMarks

CARRIED_TEXT = QT_TRANSLATE_NOOP(
    "SectionPage", "Nội dung này được chép từ kỳ trước và chưa được rà soát."
)
CONFIRM_TEXT = QT_TRANSLATE_NOOP("SectionPage", "Đánh dấu đã rà soát")

TEXT_HINT = QT_TRANSLATE_NOOP(
    "SectionPage",
    "Mỗi dòng là một đoạn văn. Dòng bắt đầu bằng “-” là ý gạch đầu dòng, "
    "bằng “+” là ý nhỏ hơn. Số liệu nhập ở các ô bên dưới.",
)


class SectionPage(WizardPage):
    def __init__(self, host: EditorHost, step: WizardStep, parent: QWidget | None = None) -> None:
        super().__init__(host, step, parent)
        self.part: Part | None = None
        self._text_dirty = False
        self._selecting = False

        # Left: the outline.
        self.model = OutlineTreeModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("outline")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        # Whole names, scrolled sideways when long: elided names ("1. Trách nhiệm của
        # người đứng …") could not be told apart. The tooltip has the name as well.
        self.tree.setWordWrap(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        keep_enabled(self.tree)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.model.renamed.connect(self._renamed_in_tree)
        self.outline = OutlineActions(self)
        self.buttons, grid = outline_buttons(self.outline)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("<b>Dàn ý</b>")))
        left_layout.addWidget(self.tree, 1)
        left_layout.addLayout(grid)

        # Middle: the selected part.
        self.part_label = QLabel()
        self.part_label.setObjectName("part_label")
        self.part_label.setWordWrap(True)
        self.carried_banner = self._carried_banner()
        self.title = QLineEdit()
        self.title.setObjectName("part_title")
        self.title.setPlaceholderText(self.tr("Tên mục"))
        self.run_in = QCheckBox(self.tr("Đề mục liền đoạn (đề mục in đậm ở đầu đoạn văn đầu tiên)"))
        self.run_in.setObjectName("part_run_in")
        self.text = QPlainTextEdit()
        self.text.setObjectName("part_text")
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr(TEXT_HINT))
        hint = QLabel(self.tr(TEXT_HINT))
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        self.figure_boxes: list[FigureGroupBox] = []
        self._boxes: dict[str, FigureGroupBox] = {}
        self._had_figures: bool | None = None
        area = figure_arrangement.build_area(self._add_figure_group)
        self.figures_scroll, self.figures_layout, self.add_group, self.add_group_button = area
        text_box = QWidget()
        text_layout = QVBoxLayout(text_box)
        text_layout.setContentsMargins(0, 0, 0, 0)
        text_layout.addWidget(self.part_label)
        text_layout.addWidget(self.carried_banner)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Tên mục:")))
        row.addWidget(self.title, 1)
        text_layout.addLayout(row)
        text_layout.addWidget(self.run_in)
        text_layout.addWidget(QLabel(self.tr("Nội dung:")))
        text_layout.addWidget(self.text, 1)
        self.unit_marks = UnitMarks()  # consolidated reports: whose paragraphs these are
        text_layout.addWidget(self.unit_marks)
        text_layout.addWidget(hint)
        # Tables of the part: kept out of the text, opened in the table editor.
        self.part_tables = PartTables()
        self.part_tables.edited.connect(self.changed)
        text_layout.addWidget(self.part_tables)
        self.middle = QSplitter(Qt.Orientation.Vertical)
        self.middle.setObjectName("section_middle")
        self.middle.addWidget(text_box)
        self.middle.addWidget(self.figures_scroll)
        self.middle.setStretchFactor(0, 3)
        self.middle.setStretchFactor(1, 2)

        # Right: guidance.
        self.guidance = GuidancePanel()
        self.guidance.insert_requested.connect(self.insert_at_cursor)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("section_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.middle)
        self.splitter.addWidget(self.guidance)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([300, 700, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.title.textEdited.connect(self._title_edited)
        self.run_in.toggled.connect(self._run_in_toggled)
        self.text.textChanged.connect(self._text_changed)
        self.setTabOrder(self.tree, self.title)
        self.setTabOrder(self.title, self.run_in)
        self.setTabOrder(self.run_in, self.text)

    def _carried_banner(self) -> QFrame:
        banner = QFrame()
        banner.setObjectName("carried_banner")
        banner.setStyleSheet(palette.CARRIED_BANNER)
        label = QLabel(self.tr(CARRIED_TEXT))
        label.setObjectName("carried_text")
        label.setWordWrap(True)
        self.confirm_button = QPushButton(self.tr(CONFIRM_TEXT))
        self.confirm_button.setObjectName("confirm_carried")
        self.confirm_button.setToolTip(
            self.tr("Đã đọc và sửa nội dung cho đúng kỳ này: bỏ cảnh báo “chưa rà soát” của mục")
        )
        self.confirm_button.clicked.connect(self.confirm_carried)
        layout = QHBoxLayout(banner)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(label, 1)
        layout.addWidget(self.confirm_button)
        banner.hide()
        return banner

    # --- load / store ----------------------------------------------------------------

    def load(self, draft: Draft) -> None:
        keep = self.part.id if self.part else ""
        self.part = None
        self.model.set_draft(draft, self.step.id)
        self.tree.expandAll()
        ids = self.model.part_ids()
        self.select_part(keep if keep in ids else (ids[0] if ids else ""))

    def store(self, draft: Draft) -> None:
        part = self.part
        if part is None or draft.find_part(part.id) is not part:
            return
        part.title = " ".join(self.title.text().split()) or part.title
        part.run_in = self.run_in.isChecked()
        if self._text_dirty:
            part.blocks = text_to_blocks(self.text.toPlainText(), part.blocks)
            self._text_dirty = False

    def current_part_id(self) -> str:
        return self.part.id if self.part is not None else ""

    def reveal(self, part_id: str = "", field: str = "") -> None:
        if part_id:
            self.select_part(part_id)
        if field == "title":
            self.title.setFocus()
            return
        if field.startswith("block."):
            self._cursor_to_block(field)
            return
        target = self.field_widget(field) if field.startswith("figures.") else None
        (target or (self.text if part_id else self.tree)).setFocus()

    def _cursor_to_block(self, field: str) -> None:
        """Put the cursor on the line of block N (figure blocks have no line)."""
        try:
            index = int(field.split(".")[1])
        except (IndexError, ValueError):
            index = 0
        blocks = self.part.blocks[:index] if self.part else []
        line = sum(1 for b in blocks if b.kind not in KEPT_ASIDE and b.text.strip())
        cursor = self.text.textCursor()
        block = self.text.document().findBlockByLineNumber(line)
        if block.isValid():
            cursor.setPosition(block.position())
            self.text.setTextCursor(cursor)
        self.text.setFocus()

    # --- selection -------------------------------------------------------------------

    def select_part(self, part_id: str) -> None:
        index = self.model.index_of(part_id) if part_id else QModelIndex()
        if index.isValid():
            self.tree.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.tree.scrollTo(index)
        else:
            self._show_part(None)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._selecting:
            return
        self.store(self.host.draft)
        self._show_part(self.model.part(current))

    def _show_part(self, part: Part | None) -> None:
        was_loading = self._loading
        self._loading = True
        try:
            self.part = part
            self.title.setText(part.title if part else "")
            self.run_in.setChecked(bool(part and part.run_in))
            self.text.setPlainText(blocks_to_text(part.blocks) if part else "")
            self.unit_marks.show_blocks(part.blocks if part else [])
            self._text_dirty = False
            self._build_figures(part)
            self.part_tables.set_part(part)
            self.carried_banner.setVisible(bool(part and part.carried))
            for widget in (self.title, self.run_in, self.text):
                widget.setEnabled(part is not None)
            self._update_label()
            self._update_buttons()
            self.guidance.show_part(self.host.doc_type, part, self._ancestors(part))
        finally:
            self._loading = was_loading
        self.apply_read_only(self.host.read_only)

    def _ancestors(self, part: Part | None) -> list[Part]:
        if part is None:
            return []
        for section in self.host.draft.sections:
            path = _path_to(section, part.id)
            if path:
                return path[:-1]
        return []

    def _update_label(self) -> None:
        if self.part is None:
            self.part_label.setText(
                self.tr("Chưa chọn mục nào. Hãy chọn một mục ở dàn ý bên trái.")
            )
            return
        self.part_label.setText(
            self.tr("<b>Đang soạn: {label}</b>").format(label=self.model.label(self.part))
        )

    def _update_buttons(self) -> None:
        draft, part = self.host.draft, self.part
        pid = part.id if part else ""
        loc = outline_ops.locate(draft, pid) if part else None
        enabled = {
            "add_sibling": True,
            "add_child": loc is not None and loc.depth < outline_ops.MAX_DEPTH,
            "rename": part is not None,
            "delete": part is not None,
            "up": part is not None and outline_ops.can_move(draft, pid, -1),
            "down": part is not None and outline_ops.can_move(draft, pid, 1),
            "demote": part is not None and outline_ops.can_demote(draft, pid),
            "promote": part is not None and outline_ops.can_promote(draft, pid),
        }
        for name, button in self.buttons.items():
            button.setEnabled(enabled[name] and not self.host.read_only)

    def apply_read_only(self, read_only: bool) -> None:
        super().apply_read_only(read_only)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers
            if read_only
            else QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        if hasattr(self, "buttons"):
            self._update_buttons()
            for widget in (self.title, self.run_in, self.text):
                widget.setEnabled(self.part is not None)

    def _build_figures(self, part: Part | None) -> None:
        figure_arrangement.build_boxes(self, part)

    def _add_figure_group(self) -> None:
        figure_arrangement.add_group(self)

    # --- editing ---------------------------------------------------------------------

    def _title_edited(self, text: str) -> None:
        if self._loading or self.part is None:
            return
        title = " ".join(text.split())
        if title:
            self.part.title = title
            self.model.title_changed(self.part.id)
            self._update_label()
        self.changed()

    def _renamed_in_tree(self, part_id: str) -> None:
        if self.part is not None and self.part.id == part_id:
            self._loading = True
            try:
                self.title.setText(self.part.title)
            finally:
                self._loading = False
            self._update_label()
        self.changed()

    def _run_in_toggled(self, checked: bool) -> None:
        if self._loading or self.part is None:
            return
        self.part.run_in = checked
        self.changed()

    def _text_changed(self) -> None:
        if self._loading:
            return
        self._text_dirty = True
        self.changed()

    def confirm_carried(self) -> None:
        """The user has read the carried part: clear its mark (typing never does)."""
        part = self.part
        if part is None or self.host.read_only or not part.carried:
            return
        part.carried = False
        self.carried_banner.hide()
        self.model.part_changed(part.id)
        self.changed()

    def insert_at_cursor(self, text: str) -> None:
        if self.part is None or self.host.read_only:
            return
        self.text.insertPlainText(text)
        self.text.setFocus()


def _path_to(root: Part, part_id: str) -> list[Part]:
    if root.id == part_id:
        return [root]
    for child in root.children:
        path = _path_to(child, part_id)
        if path:
            return [root, *path]
    return []
