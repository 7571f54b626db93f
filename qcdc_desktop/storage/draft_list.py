"""The drafts list read a page at a time, in the order SQL sorts it.

A window showing thousands of drafts reads only the rows on screen and a little more
(`page`), and after a save asks where that one draft now stands (`locate`) instead of
reading and sorting the whole list again. Every order ends with the id, so two queries
always agree on the position of each row.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from qcdc_desktop.storage.database import Database
from qcdc_desktop.storage.draft_rows import search_match
from qcdc_desktop.storage.drafts_repo import (
    MATCH_CLAUSE,
    SUMMARY_COLUMNS,
    DraftSummary,
    read_summaries,
)

# Sort keys of the list's columns: the SQL expressions, then the tie-breakers.
_SORTS: dict[str, tuple[str, ...]] = {
    "title": ("title_key", "updated"),
    "type": ("doc_type", "updated"),
    "period": ("period_year", "period_kind", "updated"),
    "updated": ("updated",),
    "created": ("created",),
    "state": ("state", "updated"),
    "deleted": ("deleted_at",),
}
SORT_KEYS = tuple(_SORTS)


@dataclass(frozen=True)
class DraftListing:
    """Which drafts the list shows (a search, the trash or not) and in which order."""

    db: Database
    search: str | None = None
    trash: bool = False
    sort: str = "updated"
    descending: bool = True

    def __post_init__(self) -> None:
        if self.sort not in _SORTS:
            raise ValueError(f"unknown sort {self.sort!r}; use one of {SORT_KEYS}")

    def sorted_by(self, sort: str, descending: bool) -> DraftListing:
        return replace(self, sort=sort, descending=descending)

    def _where(self) -> tuple[str, list[Any]]:
        clauses = ["deleted_at IS NOT NULL" if self.trash else "deleted_at IS NULL"]
        params: list[Any] = []
        match = search_match(self.search or "")
        if match is not None:
            clauses.append(MATCH_CLAUSE)
            params.append(match)
        return " WHERE " + " AND ".join(clauses), params

    def _order(self) -> str:
        direction = "DESC" if self.descending else "ASC"
        # The first key follows the header; the tie-breakers keep the newest first.
        first, *rest = _SORTS[self.sort]
        keys = [f"{first} {direction}"] + [f"{key} DESC" for key in rest]
        return " ORDER BY " + ", ".join([*keys, f"id {direction}"])

    def count(self) -> int:
        where, params = self._where()
        return int(self.db.scalar(f"SELECT count(*) FROM drafts{where}", params) or 0)

    def page(self, offset: int, limit: int) -> list[DraftSummary]:
        """`limit` rows from position `offset` (0 is the first row of the list)."""
        where, params = self._where()
        sql = f"SELECT {SUMMARY_COLUMNS} FROM drafts{where}{self._order()} LIMIT ? OFFSET ?"
        return read_summaries(self.db, sql, [*params, limit, offset])

    def locate(self, draft_id: str) -> tuple[int, DraftSummary] | None:
        """Where a draft stands in this list now, and its row; None when not listed."""
        where, params = self._where()
        # The window function runs over the list's small columns, inside SQLite.
        sql = (
            f"SELECT position FROM (SELECT id, row_number() OVER ({self._order().strip()}) - 1"
            f" AS position FROM drafts{where}) WHERE id = ?"
        )
        position = self.db.scalar(sql, [*params, draft_id])
        if position is None:
            return None
        rows = read_summaries(
            self.db, f"SELECT {SUMMARY_COLUMNS} FROM drafts WHERE id = ?", [draft_id]
        )
        return (int(position), rows[0]) if rows else None
