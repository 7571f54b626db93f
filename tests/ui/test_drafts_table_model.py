"""The drafts table model, without a window."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPersistentModelIndex, QSortFilterProxyModel, Qt
from storage_fixtures import make_draft

from qcdc_desktop.storage import (
    Database,
    DraftListing,
    DraftSummary,
    delete_draft,
    load_draft,
    mark_exported,
    open_database,
    save_draft,
)
from qcdc_desktop.ui.drafts_table_model import (
    DELETED,
    HEADERS,
    ID_ROLE,
    PAGE_ROWS,
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


# --- a listing read from the database --------------------------------------------------


@pytest.fixture
def listed(tmp_path: Path, qapp: object) -> Iterator[Database]:
    """A database of 450 drafts "d000" … "d449", "d449" the most recently saved."""
    with open_database(tmp_path / "q.sqlite3") as db:
        with db.transaction():
            for number in range(450):
                draft = make_draft(f"Báo cáo số {number:03d}")
                draft.id = f"d{number:03d}"
                save_draft(db, draft)
        # Distinct, ordered save times without waiting between saves.
        db.execute(
            "UPDATE drafts"
            " SET updated = printf('2024-01-01T00:00:%03d', CAST(substr(id, 2) AS INT))"
        )
        yield db


def ids(model: DraftsTableModel) -> list[str]:
    return [str(model.data(model.index(r, 0), ID_ROLE)) for r in range(model.rowCount())]


def test_listing_is_read_a_page_at_a_time(listed: Database) -> None:
    model = DraftsTableModel()
    model.set_listing(DraftListing(listed))
    assert model.total() == 450
    assert model.rowCount() == PAGE_ROWS
    assert ids(model)[:2] == ["d449", "d448"]
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert not model.canFetchMore()
    assert ids(model) == [f"d{n:03d}" for n in range(449, -1, -1)]


def test_sorting_asks_sql_for_the_order(listed: Database) -> None:
    model = DraftsTableModel()
    model.set_listing(DraftListing(listed))
    model.sort(model.column_of(TITLE), Qt.SortOrder.AscendingOrder)
    assert ids(model)[:3] == ["d000", "d001", "d002"]
    assert model.rowCount() == PAGE_ROWS
    model.sort(model.column_of(UPDATED), Qt.SortOrder.AscendingOrder)
    assert ids(model)[:2] == ["d000", "d001"]


def test_a_save_moves_one_row_without_a_reset(listed: Database) -> None:
    model = DraftsTableModel()
    model.set_listing(DraftListing(listed))
    resets: list[int] = []
    moves: list[tuple[int, int]] = []
    changed: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.rowsMoved.connect(lambda _p, start, _e, _d, row: moves.append((start, row)))
    model.dataChanged.connect(lambda top, _bottom: changed.append(top.row()))
    keep = QPersistentModelIndex(model.index(5, 0))  # "d444", as a selection would hold it

    draft = load_draft(listed, "d440")
    draft.summary = "Báo cáo đã sửa"
    save_draft(listed, draft)  # now the newest: first in the list
    model.update_draft("d440")

    assert resets == []
    assert moves == [(9, 0)]
    assert changed == [0]
    assert ids(model)[:3] == ["d440", "d449", "d448"]
    assert model.data(model.index(0, model.column_of(TITLE))) == "Báo cáo đã sửa"
    assert model.rowCount() == PAGE_ROWS
    assert keep.row() == 6 and keep.data(ID_ROLE) == "d444"


def test_a_save_below_the_rows_read_brings_that_row_in(listed: Database) -> None:
    model = DraftsTableModel()
    model.set_listing(DraftListing(listed))
    inserted: list[int] = []
    model.rowsInserted.connect(lambda _p, first, _last: inserted.append(first))
    draft = load_draft(listed, "d003")
    draft.summary = "Bản thảo cũ vừa sửa"
    save_draft(listed, draft)
    model.update_draft("d003")
    assert inserted == [0]
    assert ids(model)[:2] == ["d003", "d449"]
    assert model.rowCount() == PAGE_ROWS + 1
    model.fetchMore()
    model.fetchMore()
    # Still every draft exactly once, in SQL's order.
    assert ids(model) == ["d003"] + [f"d{n:03d}" for n in range(449, -1, -1) if n != 3]


def test_changes_in_place_drop_and_ignore(listed: Database) -> None:
    model = DraftsTableModel()
    model.set_listing(DraftListing(listed))
    changed: list[int] = []
    removed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom: changed.append(top.row()))
    model.rowsRemoved.connect(lambda _p, first, _last: removed.append(first))

    mark_exported(listed, "d449", "/tmp/bc.docx")  # same place, new state
    model.update_draft("d449")
    assert changed == [0]
    assert model.data(model.index(0, model.column_of(STATE))) == "Đã xuất"

    delete_draft(listed, "d447")  # to the trash: off this list
    model.update_draft("d447")
    assert removed == [2]
    assert model.total() == 449

    # A draft below the rows read that stays there: nothing to do until it is fetched.
    listed.execute("UPDATE drafts SET state = 'exported' WHERE id = 'd010'")
    model.update_draft("d010")
    assert model.rowCount() == PAGE_ROWS - 1 and len(changed) == 1


def test_a_new_draft_matching_the_search_appears(listed: Database) -> None:
    model = DraftsTableModel()
    model.set_listing(DraftListing(listed, search="ngựa"))
    assert model.total() == 0
    draft = make_draft("Kế hoạch đua ngựa")
    save_draft(listed, draft)
    model.update_draft(draft.id)
    assert ids(model) == [draft.id]
    assert model.total() == 1
