"""The outline buttons of a section page — add, rename, delete, move, indent a part —
and what each does to the draft (the edits themselves are Qt-free: editing/outline_ops.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QPushButton

from qcdc_desktop.editing import outline_ops
from qcdc_desktop.model import Part
from qcdc_desktop.ui import messages
from qcdc_desktop.ui.i18n import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from qcdc_desktop.ui.wizard.pages.section_page import SectionPage

# (name, text, tooltip); the object name is "outline_<name>".
BUTTONS = [
    (
        "add_sibling",
        QT_TRANSLATE_NOOP("OutlineActions", "Thêm mục"),
        QT_TRANSLATE_NOOP("OutlineActions", "Thêm một mục ngang cấp, ngay sau mục đang chọn"),
    ),
    (
        "add_child",
        QT_TRANSLATE_NOOP("OutlineActions", "Thêm mục con"),
        QT_TRANSLATE_NOOP("OutlineActions", "Thêm một mục con vào cuối mục đang chọn"),
    ),
    (
        "rename",
        QT_TRANSLATE_NOOP("OutlineActions", "Đổi tên"),
        QT_TRANSLATE_NOOP("OutlineActions", "Sửa tên mục ngay trên dàn ý (phím F2)"),
    ),
    (
        "delete",
        QT_TRANSLATE_NOOP("OutlineActions", "Xóa"),
        QT_TRANSLATE_NOOP("OutlineActions", "Xóa mục đang chọn cùng các mục con"),
    ),
    (
        "up",
        QT_TRANSLATE_NOOP("OutlineActions", "Lên"),
        QT_TRANSLATE_NOOP("OutlineActions", "Chuyển mục lên trên"),
    ),
    (
        "down",
        QT_TRANSLATE_NOOP("OutlineActions", "Xuống"),
        QT_TRANSLATE_NOOP("OutlineActions", "Chuyển mục xuống dưới"),
    ),
    (
        "demote",
        QT_TRANSLATE_NOOP("OutlineActions", "Hạ cấp"),
        QT_TRANSLATE_NOOP("OutlineActions", "Đưa mục vào trong, thành mục con của mục phía trên"),
    ),
    (
        "promote",
        QT_TRANSLATE_NOOP("OutlineActions", "Nâng cấp"),
        QT_TRANSLATE_NOOP("OutlineActions", "Đưa mục ra ngoài một cấp"),
    ),
]


def outline_buttons(actions: OutlineActions) -> tuple[dict[str, QPushButton], QGridLayout]:
    """The eight buttons, two to a row, each wired to its action."""
    buttons: dict[str, QPushButton] = {}
    grid = QGridLayout()
    grid.setSpacing(4)
    for n, (name, text, tip) in enumerate(BUTTONS):
        button = QPushButton(translate("OutlineActions", text))
        button.setObjectName(f"outline_{name}")
        button.setToolTip(translate("OutlineActions", tip))
        button.clicked.connect(getattr(actions, name))
        buttons[name] = button
        grid.addWidget(button, n // 2, n % 2)
    return buttons, grid


class OutlineActions:
    def __init__(self, page: SectionPage) -> None:
        self.page = page

    def _apply(self, op_result: Part | bool | None, select: str) -> None:
        if not op_result:
            return
        self.page.part = None
        self.page.model.refresh()
        self.page.tree.expandAll()
        self.page.select_part(select)
        self.page.changed()

    def add_sibling(self) -> None:
        draft = self.page.host.draft
        self.page.store(draft)
        new: Part | None = (
            outline_ops.add_section(draft, self.page.step.id)
            if self.page.part is None
            else outline_ops.add_sibling(draft, self.page.part.id)
        )
        self._apply(new, new.id if new else "")
        self._focus_new_title()

    def add_child(self) -> None:
        if self.page.part is None:
            return
        self.page.store(self.page.host.draft)
        new = outline_ops.add_child(self.page.host.draft, self.page.part.id)
        self._apply(new, new.id if new else "")
        self._focus_new_title()

    def _focus_new_title(self) -> None:
        self.page.title.setFocus()
        self.page.title.selectAll()

    def rename(self) -> None:
        index = self.page.tree.currentIndex()
        if index.isValid():
            self.page.tree.edit(index)

    def delete(self) -> None:
        part = self.page.part
        if part is None:
            return
        has_more = bool(part.children) or any(b.text.strip() for b in part.blocks)
        detail = (
            translate("OutlineActions", " cùng toàn bộ nội dung và các mục con của nó")
            if has_more
            else ""
        )
        if not messages.ask_yes_no(
            self.page,
            translate("OutlineActions", "Xóa mục"),
            translate("OutlineActions", "Xóa mục “{label}”{detail}?").format(
                label=self.page.model.label(part), detail=detail
            ),
        ):
            return
        draft = self.page.host.draft
        self.page.store(draft)
        loc = outline_ops.locate(draft, part.id)
        neighbours = [p.id for p in (loc.siblings if loc else []) if p.id != part.id]
        fallback = loc.parent.id if loc and loc.parent else ""
        removed = outline_ops.delete(draft, part.id)
        ids_left = [p.id for p in draft.all_parts()]
        target = next((n for n in neighbours if n in ids_left), fallback)
        self._apply(removed, target)

    def _move(self, name: str) -> None:
        if self.page.part is None:
            return
        draft = self.page.host.draft
        self.page.store(draft)
        pid = self.page.part.id
        ops = {
            "up": lambda: outline_ops.move(draft, pid, -1),
            "down": lambda: outline_ops.move(draft, pid, 1),
            "demote": lambda: outline_ops.demote(draft, pid),
            "promote": lambda: outline_ops.promote(draft, pid),
        }
        self._apply(ops[name](), pid)

    def up(self) -> None:
        self._move("up")

    def down(self) -> None:
        self._move("down")

    def demote(self) -> None:
        self._move("demote")

    def promote(self) -> None:
        self._move("promote")
