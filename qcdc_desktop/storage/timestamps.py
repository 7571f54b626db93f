"""Timestamps stored in the database: ISO 8601, UTC, fixed width so they sort as text."""

from __future__ import annotations

from datetime import UTC, datetime


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def compact_utc_now() -> str:
    """For file names: 20240501T101500Z."""
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")


def local_time_text(stamp: str) -> str:
    """A stored timestamp as the user's local "dd/mm/yyyy HH:MM" ("" when unreadable)."""
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%d/%m/%Y %H:%M")
    except (TypeError, ValueError):
        return ""
