"""The drafts list as a Qt table model: a thin adapter over storage.DraftSummary rows.

Fed a `storage.DraftListing`, it reads a page of rows at a time as the view scrolls
(canFetchMore/fetchMore), sorts by asking SQL for another order, and after a save
moves or changes that one row (`update_draft`) instead of reading the list again.
`set_rows` shows a fixed list (tests, small lists).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from functools import lru_cache
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from qcdc_desktop.doctypes.type_labels import all_labels, type_label
from qcdc_desktop.storage import DraftListing, DraftSummary
from qcdc_desktop.ui.i18n import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

TITLE, TYPE, PERIOD, UPDATED, STATE, DELETED = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("DraftsTableModel", "Tiêu đề"),
    QT_TRANSLATE_NOOP("DraftsTableModel", "Loại"),
    QT_TRANSLATE_NOOP("DraftsTableModel", "Kỳ"),
    QT_TRANSLATE_NOOP("DraftsTableModel", "Sửa lần cuối"),
    QT_TRANSLATE_NOOP("DraftsTableModel", "Trạng thái"),
    QT_TRANSLATE_NOOP("DraftsTableModel", "Ngày xóa"),
)
STATE_TEXTS = {
    "editing": QT_TRANSLATE_NOOP("DraftsTableModel", "Đang soạn"),
    "exported": QT_TRANSLATE_NOOP("DraftsTableModel", "Đã xuất"),
}
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
# data() is asked for a dozen roles per cell, thousands of times when the columns are
# fitted: plain ints, compared before anything else is looked up.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_SORT = int(SORT_ROLE)
_ID = int(ID_ROLE)
_SERVED = frozenset({_DISPLAY, _TOOLTIP, _SORT, _ID})
UNTITLED = QT_TRANSLATE_NOOP("DraftsTableModel", "(chưa có tiêu đề)")
PAGE_ROWS = 200  # rows read at a time: a few screens
# The SQL sort of each column (storage.draft_list).
SORT_KEYS = {
    TITLE: "title",
    TYPE: "type",
    PERIOD: "period",
    UPDATED: "updated",
    STATE: "state",
    DELETED: "deleted",
}

AnyIndex = QModelIndex | QPersistentModelIndex


def local_time_text(stamp: str | None) -> str:
    """An ISO UTC timestamp as local "dd/mm/yyyy HH:MM"; "" when missing or unreadable."""
    return _local_time_text(stamp, time.timezone, time.altzone)


# The same few thousand stamps are asked for at every paint; the zone is part of the key
# so a changed time zone (time.tzset) is not answered from before.
@lru_cache(maxsize=4096)
def _local_time_text(stamp: str | None, _zone: int, _summer_zone: int) -> str:
    if not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return ""
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")


def _type_texts(type_id: str) -> tuple[str, str]:
    """(short name for the column, full name for the tooltip) of a document type."""
    label = type_label(type_id)
    if label is None:
        return type_id, type_id
    return label.short_name, label.name


def _period_text(type_id: str, kind: str, year: int | None) -> str:
    if year is None:
        return ""
    label = type_label(type_id)
    if label is not None and label.period_kind == kind:
        return label.period_text(year)
    return (
        translate("DraftsTableModel", "năm {year}").format(year=year)
        if kind == "year"
        else f"{kind} {year}"
    )


class DraftsTableModel(QAbstractTableModel):
    """Rows of DraftSummary. `show_deleted` adds the "Ngày xóa" column (the trash view)."""

    def __init__(
        self,
        parent: Any = None,
        *,
        show_deleted: bool = False,
        type_texts: Callable[[str], tuple[str, str]] = _type_texts,
        period_text: Callable[[str, str, int | None], str] = _period_text,
    ) -> None:
        super().__init__(parent)
        self._rows: list[DraftSummary] = []
        self._columns = [TITLE, TYPE, PERIOD, UPDATED, STATE] + ([DELETED] if show_deleted else [])
        self._type_texts = type_texts
        self._period_text = period_text
        self._listing: DraftListing | None = None
        self._total = 0
        self._sort: tuple[int, bool] | None = None  # (column kind, descending)

    # --- data in and out -------------------------------------------------------------
    def set_rows(self, rows: list[DraftSummary]) -> None:
        """A fixed list, shown as given."""
        self.beginResetModel()
        self._listing = None
        self._rows = list(rows)
        self._total = len(self._rows)
        self.endResetModel()

    def set_listing(self, listing: DraftListing) -> None:
        """Show `listing` (in this model's sort order, once one was chosen); reads the
        first page and the count only."""
        if self._sort is not None:
            kind, descending = self._sort
            listing = listing.sorted_by(SORT_KEYS[kind], descending)
        self.beginResetModel()
        self._listing = listing
        self._total = listing.count()
        self._rows = listing.page(0, PAGE_ROWS)
        self.endResetModel()

    def listing(self) -> DraftListing | None:
        return self._listing

    def total(self) -> int:
        """How many drafts the list has, read or not yet."""
        return self._total

    def update_draft(self, draft_id: str) -> None:
        """One draft changed (saved, exported, trashed): move, change, add or drop its
        row. The rows read stay exactly the first rows of the listing."""
        if self._listing is None:
            return
        found = self._listing.locate(draft_id)
        old = self.row_of(draft_id)
        self._total = self._listing.count()
        loaded = len(self._rows) - (old is not None)
        if found is None or found[0] > loaded:
            # Gone from the list, or now below the rows read (fetched later in place).
            if old is not None:
                self.beginRemoveRows(QModelIndex(), old, old)
                del self._rows[old]
                self.endRemoveRows()
            return
        position, summary = found
        if old is None:
            self.beginInsertRows(QModelIndex(), position, position)
            self._rows.insert(position, summary)
            self.endInsertRows()
            return
        if old != position:
            # Qt counts the destination in the numbering before the move.
            target = position + 1 if position > old else position
            self.beginMoveRows(QModelIndex(), old, old, QModelIndex(), target)
            del self._rows[old]
            self._rows.insert(position, summary)
            self.endMoveRows()
        else:
            self._rows[position] = summary
        last = self.columnCount() - 1
        self.dataChanged.emit(self.index(position, 0), self.index(position, last))

    # --- lazy loading and sorting -----------------------------------------------------
    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008 - Qt signature
        return not parent.isValid() and self._listing is not None and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008 - Qt signature
        if not self.canFetchMore(parent):
            return
        assert self._listing is not None
        more = self._listing.page(len(self._rows), PAGE_ROWS)
        if not more:
            self._total = len(self._rows)  # drafts deleted elsewhere meanwhile
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is SQL's: the first page is read again in the new order."""
        if not 0 <= column < len(self._columns):
            return
        wanted = (self._columns[column], order == Qt.SortOrder.DescendingOrder)
        if wanted == self._sort:
            return
        self._sort = wanted
        if self._listing is not None:
            self.set_listing(self._listing)

    def rows(self) -> list[DraftSummary]:
        return list(self._rows)

    def summary_at(self, row: int) -> DraftSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, draft_id: str) -> int | None:
        for number, summary in enumerate(self._rows):
            if summary.id == draft_id:
                return number
        return None

    def column_of(self, kind: int) -> int:
        return self._columns.index(kind)

    def kind_of(self, column: int) -> int:
        return self._columns[column]

    def possible_texts(self, kind: int) -> list[str]:
        """Every text a column of `kind` shows (titles aside, which are free text), so
        the view can fit the column once instead of measuring row after row."""
        labels = all_labels().values()
        if kind == TYPE:
            return [label.short_name for label in labels]
        if kind == PERIOD:
            year = datetime.now().year
            fallback = translate("DraftsTableModel", "năm {year}").format(year=year)
            return [label.period_text(year) for label in labels] + [fallback]
        if kind in (UPDATED, DELETED):
            return ["00/00/0000 00:00"]  # digits are equally wide in interface fonts
        if kind == STATE:
            return [self.tr(text) for text in STATE_TEXTS.values()]
        return []

    # --- QAbstractTableModel ----------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self._columns):
                return self.tr(HEADERS[self._columns[section]])
        return None

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if role not in _SERVED or not index.isValid():
            return None
        row = index.row()
        if not 0 <= row < len(self._rows):
            return None
        summary = self._rows[row]
        kind = self._columns[index.column()]
        if role == _ID:
            return summary.id
        if role == _DISPLAY:
            return self._display(summary, kind)
        if role == _SORT:
            return self._sort_key(summary, kind)
        if role == _TOOLTIP:
            if kind == TYPE:
                return self._type_texts(summary.doc_type)[1]
            if kind == TITLE:
                return summary.title or self.tr(UNTITLED)
        return None

    def _display(self, summary: DraftSummary, kind: int) -> str:
        if kind == TITLE:
            return summary.title or self.tr(UNTITLED)
        if kind == TYPE:
            return self._type_texts(summary.doc_type)[0]
        if kind == PERIOD:
            return self._period_text(summary.doc_type, summary.period_kind, summary.period_year)
        if kind == UPDATED:
            return local_time_text(summary.updated)
        if kind == STATE:
            return self.tr(STATE_TEXTS.get(summary.state, summary.state))
        return local_time_text(summary.deleted_at)

    def _sort_key(self, summary: DraftSummary, kind: int) -> Any:
        # Dates sort by their ISO text (fixed width, UTC), not by the dd/mm display.
        if kind == UPDATED:
            return summary.updated
        if kind == DELETED:
            return summary.deleted_at or ""
        if kind == PERIOD:
            return f"{summary.period_year or 0:04d} {summary.period_kind}"
        return self._display(summary, kind).casefold()
