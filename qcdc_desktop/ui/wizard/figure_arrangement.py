"""What the section page does when the drafter rearranges a part's figure groups.

Kept out of section_page.py: the page only connects each figures box's controls here.
Every handler stores the page first (so typed text is in the blocks), edits the draft
with figure_ops, then shows the part again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from qcdc_desktop.doctypes import figure_groups
from qcdc_desktop.editing import figure_ops
from qcdc_desktop.render import part_numbers
from qcdc_desktop.ui.wizard import figure_group_controls
from qcdc_desktop.ui.wizard.figure_group_controls import FigureGroupControls
from qcdc_desktop.ui.wizard.figures_widget import FigureGroupBox

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from qcdc_desktop.model import Part
    from qcdc_desktop.ui.wizard.pages.section_page import SectionPage


def build_area(
    on_add: Callable[[], None],
) -> tuple[QScrollArea, QVBoxLayout, QComboBox, QPushButton]:
    """The part's figure groups, scrolled, above a choice of groups to add:
    (the scroll area, the layout the groups' boxes go in, the choice, its button)."""
    groups = QWidget()
    groups_layout = QVBoxLayout(groups)
    groups_layout.setContentsMargins(0, 0, 0, 0)
    choice = QComboBox()
    choice.setObjectName("add_figure_group")
    add_button = QPushButton(translate("SectionPage", "Thêm nhóm số liệu"))
    add_button.clicked.connect(on_add)
    add_row = QHBoxLayout()
    add_row.addWidget(choice, 1)
    add_row.addWidget(add_button)
    holder = QWidget()
    holder_layout = QVBoxLayout(holder)
    holder_layout.setContentsMargins(0, 0, 0, 0)
    holder_layout.addWidget(groups)
    holder_layout.addLayout(add_row)
    holder_layout.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(holder)
    return scroll, groups_layout, choice, add_button


def connect(page: SectionPage, controls: FigureGroupControls) -> None:
    controls.place_requested.connect(lambda gid, where: place(page, gid, where))
    controls.marker_requested.connect(lambda gid: insert_marker(page, gid))
    controls.move_requested.connect(lambda gid: move(page, gid))
    controls.remove_requested.connect(lambda gid: remove(page, gid))
    controls.compare_toggled.connect(lambda gid, on: set_compare(page, gid, on))


def show_state(page: SectionPage, controls: FigureGroupControls) -> None:
    part = page.part
    values = page.host.draft.figures.get(controls.group_id)
    where = figure_ops.placement(part, controls.group_id) if part else ""
    controls.show_state(where, bool(values and values.compare is True))
    for widget in (controls.placement, controls.insert_marker, controls.compare):
        widget.setEnabled(part is not None and not page.host.read_only)
    controls.move_button.setEnabled(part is not None and not page.host.read_only)
    controls.remove.setEnabled(part is not None and not page.host.read_only)


def _refresh(page: SectionPage) -> None:
    page._show_part(page.part)
    page.changed()


def place(page: SectionPage, group_id: str, where: str) -> None:
    if page.part is None or page.host.read_only:
        return
    page.store(page.host.draft)
    figure_ops.place_group(page.part, group_id, where)
    _refresh(page)


def insert_marker(page: SectionPage, group_id: str) -> None:
    """Insert the marker at the text cursor: the sentence prints there."""
    if page.part is None or page.host.read_only:
        return
    if figure_ops.has_marker(page.part, group_id) and not page._text_dirty:
        page.text.setFocus()
        return
    cursor = page.text.textCursor()
    before = page.text.toPlainText()[: cursor.position()]
    spacer = "" if not before or before[-1:] in (" ", "\n") else " "
    page.text.insertPlainText(spacer + figure_ops.marker_text(group_id) + " ")
    page.store(page.host.draft)
    box = page._boxes.get(group_id)
    if box is not None:
        show_state(page, box.controls)
    page.text.setFocus()


def remove(page: SectionPage, group_id: str) -> None:
    if page.part is None or page.host.read_only:
        return
    page.store(page.host.draft)
    figure_ops.remove_group(page.part, group_id)
    _refresh(page)


def part_label(labels: dict[str, str], chain: list[Part]) -> str:
    number = ".".join(labels.get(p.id, "").rstrip(".").rstrip(")") for p in chain)
    title = chain[-1].title.strip() or translate("FigureArrangement", "(chưa có tên)")
    return f"{number} {title}".strip()


def _chains(parts: list[Part], prefix: list[Part]) -> list[list[Part]]:
    out = []
    for part in parts:
        chain = [*prefix, part]
        out.append(chain)
        out.extend(_chains(part.children, chain))
    return out


def move(page: SectionPage, group_id: str) -> None:
    part, draft = page.part, page.host.draft
    if part is None or page.host.read_only:
        return
    page.store(draft)
    targets = {p.id for p in figure_ops.target_parts(draft, part, group_id)}
    try:
        labels = part_numbers(draft, page.host.doc_type)
    except ValueError:
        labels = {}
    chains = [c for c in _chains(draft.sections, []) if c[-1].id in targets]
    names = [part_label(labels, c) for c in chains]
    if not names:
        return
    group = figure_groups().get(group_id)
    title = translate("FigureArrangement", "Chuyển nhóm số liệu “{group}”").format(
        group=group.title if group else group_id
    )
    chosen = figure_group_controls.choose_part(page, title, names)
    if chosen is None:
        return
    figure_ops.move_group(draft, part, group_id, chains[chosen][-1].id)
    _refresh(page)


def set_compare(page: SectionPage, group_id: str, on: bool) -> None:
    if page.host.read_only:
        return
    values = page.host.draft.figures.get(group_id)
    if values is None:
        return
    values.compare = on
    box = page._boxes.get(group_id)
    if box is not None:
        box.load(page.host.draft, pad=bool(getattr(page.host, "pad_small_counts", True)))
    page.changed()


def build_boxes(page: SectionPage, part: Part | None) -> None:
    """The figure-group boxes of `part`, and the groups it can still add."""
    # One box per group, made on first use and then only shown or hidden.
    for box in page._boxes.values():
        box.hide()
    page.figure_boxes = []
    groups = figure_groups()
    used: list[str] = []
    pad = bool(getattr(page.host, "pad_small_counts", True))
    for block in part.blocks if part else []:
        group = groups.get(block.group) if block.kind == "figures" else None
        if group is None or group.id in used:
            continue
        used.append(group.id)
        if group.id not in page._boxes:
            made = FigureGroupBox(group)
            made.changed.connect(page.changed)
            connect(page, made.controls)
            page.figures_layout.addWidget(made)
            page._boxes[group.id] = made
        box = page._boxes[group.id]
        box.load(page.host.draft, pad=pad)
        show_state(page, box.controls)
        box.show()
        page.figure_boxes.append(box)
    page.add_group.clear()
    for gid, group in groups.items():
        if gid not in used:
            page.add_group.addItem(group.title, gid)
    has_figures = bool(page.figure_boxes)
    if has_figures != page._had_figures:
        # Give the number fields room only when the part has some.
        page._had_figures = has_figures
        total = max(sum(page.middle.sizes()), 400)
        share = 0.5 if has_figures else 0.85
        page.middle.setSizes([int(total * share), total - int(total * share)])
    enabled = part is not None and page.add_group.count() > 0
    page.add_group.setEnabled(enabled)
    page.add_group_button.setEnabled(enabled)


def add_group(page: SectionPage) -> None:
    """The group chosen in the page's list, added to the part."""
    gid = page.add_group.currentData()
    if page.part is None or not gid:
        return
    page.store(page.host.draft)
    figure_ops.add_group(page.host.draft, page.part, str(gid))
    build_boxes(page, page.part)
    page.changed()
