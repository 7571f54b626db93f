"""Window geometry and similar UI state, kept in the database's settings table.

QSettings' INI format unpickles `@Variant(...)` values, so anyone able to write the
data folder (a shared USB stick) could run code at the next start. Here every value
is plain JSON; a QByteArray (geometry, splitter state) is stored as base64 text. The
old `qcdc-desktop.ini` is never read.

Values are cached after the first read, and a key is written only when its value
really changes, so opening and closing editors does not rewrite the table.
"""

from __future__ import annotations

import base64
import json
import logging
from typing import Any

from PySide6.QtCore import QByteArray

log = logging.getLogger(__name__)

KEY_PREFIX = "_ui/"  # "_" keys are the program's own (storage.settings_repo)
_BYTES_TAG = "base64"


def _encode(value: Any) -> str:
    if isinstance(value, QByteArray | bytes | bytearray):
        raw = bytes(value.data()) if isinstance(value, QByteArray) else bytes(value)
        return json.dumps({_BYTES_TAG: base64.b64encode(raw).decode("ascii")})
    return json.dumps(value, ensure_ascii=False)


def _decode(text: str) -> Any:
    value = json.loads(text)
    if isinstance(value, dict) and set(value) == {_BYTES_TAG}:
        return QByteArray(base64.b64decode(str(value[_BYTES_TAG]), validate=True))
    return value


class DatabaseSettings:
    """The small part of the QSettings interface the windows use: value/setValue/remove."""

    def __init__(self, db: Any) -> None:
        self._db = db
        self._cache: dict[str, str] | None = None

    def _values(self) -> dict[str, str]:
        if self._cache is None:
            rows = self._db.rows(
                "SELECT key, value FROM settings WHERE substr(key, 1, ?) = ?",
                (len(KEY_PREFIX), KEY_PREFIX),
            )
            self._cache = {str(k)[len(KEY_PREFIX) :]: str(v) for k, v in rows}
        return self._cache

    def value(self, key: str, default: Any = None) -> Any:
        text = self._values().get(key)
        if text is None:
            return default
        try:
            return _decode(text)
        except (ValueError, TypeError):
            log.warning("ignoring unreadable UI setting %r", key)
            return default

    def setValue(self, key: str, value: Any) -> None:  # the name QSettings uses
        text = _encode(value)
        values = self._values()
        if values.get(key) == text:
            return
        from qcdc_desktop.storage import StorageError, set_setting

        try:
            set_setting(self._db, KEY_PREFIX + key, json.loads(text))
        except StorageError as exc:  # window sizes are not worth an error dialog
            log.warning("could not store UI setting %r: %s", key, exc)
            return
        values[key] = text

    def remove(self, key: str) -> None:
        from qcdc_desktop.storage import StorageError, delete_setting

        if key not in self._values():
            return
        try:
            delete_setting(self._db, KEY_PREFIX + key)
        except StorageError as exc:
            log.warning("could not remove UI setting %r: %s", key, exc)
            return
        self._values().pop(key, None)

    def contains(self, key: str) -> bool:
        return key in self._values()

    def sync(self) -> None:
        """Every change is already committed; kept for the QSettings interface."""

    def reset(self, db: Any) -> None:
        """Follow a reopened database (after a restore)."""
        self._db = db
        self._cache = None
