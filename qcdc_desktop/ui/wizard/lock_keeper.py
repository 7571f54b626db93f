"""The editor's claim on its draft: taken when the window opens, kept alive by a
heartbeat, given back on close. Advisory only — a second window is warned and may open
the draft read-only; the stored revision number is what keeps two writers apart."""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from qcdc_desktop.storage import editor_locks
from qcdc_desktop.ui import messages

HEARTBEAT_MS = 10_000
_window_numbers = itertools.count(1)


class LockKeeper(QObject):
    def __init__(self, window: QWidget, context: Any, draft_id: str) -> None:
        super().__init__(window)
        self.window = window
        self.db = context.db
        self.draft_id = draft_id
        self.owner = f"{context.owner}:{next(_window_numbers)}"
        self.held = False
        self.heartbeat = QTimer(self)
        self.heartbeat.setInterval(HEARTBEAT_MS)
        self.heartbeat.timeout.connect(self._beat)

    def claim(self) -> bool:
        """Take the lock; False when the user chose to open the draft read-only because
        another window holds it."""
        from qcdc_desktop.storage import StorageError

        try:
            other = editor_locks.claim_or_take_over(self.db, self.draft_id, self.owner)
        except StorageError:
            return True  # locks only warn; optimistic concurrency still protects the data
        if other is None:
            self.held = True
            self.heartbeat.start()
            return True
        choice = messages.ask_choice(
            self.window,
            self.tr("Bản thảo đang được mở"),
            self.tr(
                "Bản thảo này đang được mở ở cửa sổ khác ({owner}).\n\n"
                "Mở ở chế độ chỉ đọc để không ghi đè lên nhau, hoặc vẫn mở để sửa (chương trình "
                "sẽ báo nếu hai nơi cùng lưu)."
            ).format(owner=editor_locks.describe_owner(other)),
            [self.tr("Mở chỉ để đọc"), self.tr("Vẫn mở")],
        )
        return choice == 1

    def _beat(self) -> None:
        from qcdc_desktop.storage import StorageError

        try:
            if not editor_locks.heartbeat(self.db, self.draft_id, self.owner):
                other = editor_locks.claim_or_take_over(self.db, self.draft_id, self.owner)
                self.held = other is None
        except StorageError:
            pass  # a busy database: the next beat tries again

    def release(self) -> None:
        from qcdc_desktop.storage import StorageError

        self.heartbeat.stop()
        if not self.held:
            return
        try:
            editor_locks.release_editor(self.db, self.draft_id, self.owner)
        except StorageError:
            pass  # the lock expires by itself
        self.held = False
