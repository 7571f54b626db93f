"""Autosave: a debounce timer on the UI thread, the writes on one worker thread.

The UI thread only takes a pickled snapshot of the draft (about a millisecond for a
100 KB section, see benchmarks/bench_typing.py); the JSON form, the hash and the
SQLite transaction are made on the worker, so typing never waits for the disk. At most
one write is in flight; edits made meanwhile are coalesced into the next one.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from qcdc_desktop.storage.draft_writer import DraftWriter

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

AUTOSAVE_DELAY_MS = 1000

log = logging.getLogger(__name__)


class _Bridge(QObject):
    """Carries "job finished" from the worker thread to the UI thread (queued)."""

    done = Signal(int)


class Autosaver(QObject):
    saved = Signal(int)  # the new revision number
    failed = Signal(object)  # a StorageError
    conflict = Signal()

    def __init__(
        self,
        writer: DraftWriter,
        snapshot: Callable[[], bytes],
        *,
        delay_ms: int = AUTOSAVE_DELAY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.writer = writer
        self._snapshot = snapshot
        self._workers: ThreadPoolExecutor | None = None  # started with the first write
        self._bridge = _Bridge()
        self._bridge.done.connect(self._on_done)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.save_soon)
        self._job = 0
        self._inflight: tuple[int, Future[int], bytes] | None = None
        self._pending = False
        self._saved: bytes | None = None
        self.paused = False  # set while a conflict waits for the user's decision
        self.last_snapshot_ms = 0.0  # UI-thread cost of the last snapshot (benchmarks)
        self.last_saved_at: float | None = None

    def _pool(self) -> ThreadPoolExecutor:
        if self._workers is None:
            from concurrent.futures import ThreadPoolExecutor

            self._workers = ThreadPoolExecutor(max_workers=1, thread_name_prefix="qcdc-autosave")
        return self._workers

    # --- scheduling ----------------------------------------------------------------

    def mark_saved(self, snapshot: bytes) -> None:
        """The content now known to be in the database (after loading or reloading)."""
        self._saved = snapshot

    def schedule(self) -> None:
        """An edit happened: save once typing has paused for the delay."""
        if not self.paused:
            self._timer.start()

    @property
    def edits_waiting(self) -> bool:
        """Edits made since the last write began, not yet written."""
        return self._pending or self._timer.isActive()

    @property
    def busy(self) -> bool:
        return self._inflight is not None or self._timer.isActive()

    def save_soon(self) -> None:
        """Start an asynchronous save now (page change, timer)."""
        self._timer.stop()
        if self.paused:
            return
        if self._inflight is not None:
            self._pending = True
            return
        started = time.perf_counter()
        text = self._snapshot()
        self.last_snapshot_ms = (time.perf_counter() - started) * 1000
        if text == self._saved:
            return
        self._submit(lambda: self.writer.write(text), text)

    def _submit(self, job_fn: Callable[[], int], text: bytes) -> Future[int]:
        self._job += 1
        job = self._job
        future = self._pool().submit(job_fn)
        self._inflight = (job, future, text)
        future.add_done_callback(partial(self._job_done, job))
        return future

    def _job_done(self, job: int, _future: Future[int]) -> None:
        """Runs on the worker thread: hand over to the UI thread."""
        self._bridge.done.emit(job)

    def _on_done(self, job: int) -> None:
        if self._inflight is None or self._inflight[0] != job:
            return  # already handled by a synchronous wait
        self._finish()
        if self._pending and not self.paused:
            self._pending = False
            self.save_soon()

    def _finish(self) -> bool:
        from qcdc_desktop.storage import ConflictError, StorageError

        assert self._inflight is not None
        _, future, text = self._inflight
        self._inflight = None
        try:
            revision = future.result()
        except ConflictError:
            self.paused = True
            self._pending = False
            self.conflict.emit()
            return False
        except StorageError as exc:
            log.warning("autosave failed: %s", exc)
            self.failed.emit(exc)
            return False
        self._saved = text
        self.last_saved_at = time.time()
        self.saved.emit(revision)
        return True

    def wait(self) -> bool:
        """Block until the write in flight (if any) ends; whether it succeeded."""
        if self._inflight is None:
            return True
        self._inflight[1].exception()  # waits without raising
        return self._finish()

    # --- synchronous operations (explicit save, close, conflict answers) ----------

    def run(self, fn: Callable[[], Any]) -> Any:
        """Run `fn` on the worker thread (it owns the connection) and wait for it."""
        return self._pool().submit(fn).result()

    def save_now(self, reason: str | None = "save") -> bool:
        """Save and wait. False if the save failed (the signals say why)."""
        self._timer.stop()
        self._pending = False
        self.wait()
        if self.paused:
            return False
        text = self._snapshot()
        if text == self._saved and reason is None:
            return True
        self._submit(lambda: self.writer.write(text, reason), text)
        return self.wait()

    def overwrite(self) -> bool:
        self.wait()
        self.paused = False
        text = self._snapshot()
        self._submit(lambda: self.writer.overwrite(text), text)
        return self.wait()

    def is_saved(self) -> bool:
        return self._inflight is None and self._snapshot() == self._saved

    def shutdown(self) -> None:
        self._timer.stop()
        self.wait()
        if self._workers is not None:  # else nothing was ever written or opened
            self._workers.submit(self.writer.close).result()
            self._workers.shutdown(wait=True)
