"""The drafts table model, without a window."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt

from qcdc_desktop.storage import DraftSummary
from qcdc_desktop.ui.drafts_table_model import (
    DELETED,
    HEADERS,
    ID_ROLE,
    PERIOD,
    SORT_ROLE,
    STATE,
    TITLE,
    TYPE,
    UNTITLED,
    UPDATED,
    DraftsTableModel,
    local_time_text,
)


def summary(**kw: object) -> DraftSummary:
    values: dict[str, object] = {
        "id": "a1",
        "title": "Kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2024",
        "doc_type": "bc-6thang",
        "period_kind": "h1",
        "period_year": 2024,
        "state": "editing",
        "updated": "2024-06-01T08:30:00.000000+00:00",
        "created": "2024-06-01T08:00:00.000000+00:00",
    }
    values.update(kw)
    return DraftSummary(**values)  # type: ignore[arg-type]


@pytest.fixture
def vietnam_time() -> Iterator[None]:
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Ho_Chi_Minh"
    time.tzset()
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()


def cell(model: DraftsTableModel, row: int, kind: int, role: int = 0) -> object:
    return model.data(model.index(row, model.column_of(kind)), role)


def test_headers_are_vietnamese_and_trash_adds_deleted_column(qapp: object) -> None:
    model = DraftsTableModel()
    names = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert names == ["Tiêu đề", "Loại", "Kỳ", "Sửa lần cuối", "Trạng thái"]
    trash = DraftsTableModel(show_deleted=True)
    assert trash.columnCount() == 6
    assert trash.headerData(5, Qt.Orientation.Horizontal) == HEADERS[DELETED] == "Ngày xóa"


def test_rows_show_type_period_local_time_and_state(qapp: object, vietnam_time: None) -> None:
    model = DraftsTableModel()
    model.set_rows(
        [
            summary(),
            summary(
                id="b2",
                title="",
                doc_type="kh-nam",
                period_kind="year",
                period_year=2025,
                state="exported",
                updated="2024-12-31T17:05:00.000000+00:00",
            ),
        ]
    )
    assert model.rowCount() == 2
    assert cell(model, 0, TITLE) == "Kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2024"
    assert cell(model, 0, TYPE) == "Báo cáo 6 tháng"
    assert cell(model, 0, PERIOD) == "6 tháng đầu năm 2024"
    # 08:30 UTC is 15:30 in Vietnam (UTC+7).
    assert cell(model, 0, UPDATED) == "01/06/2024 15:30"
    assert cell(model, 0, STATE) == "Đang soạn"
    assert cell(model, 1, TITLE) == UNTITLED
    assert cell(model, 1, TYPE) == "Kế hoạch năm"
    assert cell(model, 1, PERIOD) == "năm 2025"
    # 17:05 UTC on 31 December is already New Year's Day in Vietnam.
    assert cell(model, 1, UPDATED) == "01/01/2025 00:05"
    assert cell(model, 1, STATE) == "Đã xuất"
    assert cell(model, 1, 0, ID_ROLE) == "b2"
    tooltip = cell(model, 1, TYPE, Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "Kế hoạch năm — thực hiện dân chủ ở cơ sở"
    assert model.row_of("b2") == 1
    assert model.row_of("zz") is None
    assert model.summary_at(5) is None


def test_unknown_type_falls_back_to_its_id(qapp: object) -> None:
    model = DraftsTableModel()
    model.set_rows([summary(doc_type="khong-co", period_kind="q3", period_year=2023)])
    assert cell(model, 0, TYPE) == "khong-co"
    assert cell(model, 0, PERIOD) == "q3 2023"


def test_unreadable_timestamp_shows_nothing() -> None:
    assert local_time_text("hôm qua") == ""
    assert local_time_text(None) == ""


def test_sorting_by_date_uses_the_timestamp_not_the_dd_mm_text(qapp: object) -> None:
    model = DraftsTableModel()
    # As text "02/01/2024" sorts before "31/12/2023"; by time it is the newer one.
    model.set_rows(
        [
            summary(id="old", updated="2023-12-31T01:00:00.000000+00:00"),
            summary(id="new", updated="2024-01-02T01:00:00.000000+00:00"),
            summary(id="mid", updated="2024-01-01T01:00:00.000000+00:00"),
        ]
    )
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(model.column_of(UPDATED), Qt.SortOrder.DescendingOrder)
    order = [proxy.data(proxy.index(r, 0), ID_ROLE) for r in range(proxy.rowCount())]
    assert order == ["new", "mid", "old"]


def test_set_rows_replaces_the_rows(qapp: object) -> None:
    model = DraftsTableModel()
    model.set_rows([summary(id="x"), summary(id="y")])
    model.set_rows([summary(id="z")])
    assert [s.id for s in model.rows()] == ["z"]
    assert model.rowCount() == 1
