"""The review step's findings and printed preview, made on a worker thread from a copy
of the draft.

Running every check and rendering the whole document on the UI thread took most of a
visit to the review step (40–80 ms with a six-month report). The page asks for them
when the draft it shows is out of date — while the user is on another step, or right
after it has painted "Đang kiểm tra…" — and shows a result only for the draft it was
made from: each request carries a key (the editor's count of changes and the office
dictionary's version) that the page compares with its own before showing anything.
"""

from __future__ import annotations

import pickle
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, Signal

from qcdc_desktop.model import Draft
from qcdc_desktop.proofing.office import OfficeProofing
from qcdc_desktop.proofing.unchanged import previous_draft_id
from qcdc_desktop.storage.draft_writer import snapshot_of


@dataclass(frozen=True)
class ReviewResult:
    key: Any
    findings: list[Any]
    html: str


def review_of(snapshot: bytes, pad: bool, office: Any) -> tuple[list[Any], str]:
    """Findings and preview HTML of a pickled draft (runs on the worker thread)."""
    from qcdc_desktop.checks import run_checks
    from qcdc_desktop.render import render_document
    from qcdc_desktop.ui.wizard.preview import document_html

    draft: Draft = pickle.loads(snapshot)  # our own snapshot, made just now
    # No fallback: a check that cannot run is an error to report, never "no problems".
    return list(run_checks(draft, office)), document_html(render_document(draft, pad=pad))


def office_for_worker(office: OfficeProofing, draft: Draft) -> OfficeProofing:
    """A copy of the office's words for the worker, with last period's draft read here:
    the database connection belongs to the UI thread, and the user may add a word to
    the dictionary while the checks run."""
    previous_id = previous_draft_id(draft)
    previous = office.load_draft(previous_id) if previous_id and office.load_draft else None
    copy = OfficeProofing(office.tone_style, list(office.words), [dict(d) for d in office.library])
    copy.version = office.version
    copy.load_draft = lambda draft_id: previous if draft_id == previous_id else None
    return copy


class _Bridge(QObject):
    """Carries "job finished" from the worker thread to the UI thread (queued)."""

    done = Signal(object)


class ReviewWork(QObject):
    """One worker thread; at most one job running and one waiting (the newest)."""

    ready = Signal(object)  # a ReviewResult, on the UI thread
    failed = Signal(object)  # the key of a job that raised

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool: ThreadPoolExecutor | None = None
        self._bridge = _Bridge()
        self._bridge.done.connect(self._finished)
        self._running: tuple[Any, Future[tuple[list[Any], str]]] | None = None
        self._waiting: tuple[Any, bytes, bool, Any] | None = None

    def request(self, key: Any, draft: Draft, pad: bool, office: Any) -> None:
        """Make the findings of `draft` as it is now; `ready` gives them with `key`."""
        if (self._running and self._running[0] == key) or (
            self._waiting and self._waiting[0] == key
        ):
            return
        self._waiting = (key, snapshot_of(draft), pad, office_for_worker(office, draft))
        if self._running is None:
            self._start()

    def _start(self) -> None:
        if self._waiting is None:
            return
        key, snapshot, pad, office = self._waiting
        self._waiting = None
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="qcdc-review")
        future = self._pool.submit(review_of, snapshot, pad, office)
        self._running = (key, future)
        future.add_done_callback(partial(self._job_done, key))

    def _job_done(self, key: Any, _future: Future[tuple[list[Any], str]]) -> None:
        """Runs on the worker thread: hand over to the UI thread."""
        self._bridge.done.emit(key)

    def _finished(self, key: Any) -> None:
        running = self._running
        if running is None or running[0] != key:
            return  # already delivered by wait()
        self._running = None
        self._deliver(key, running[1])
        self._start()

    def _deliver(self, key: Any, future: Future[tuple[list[Any], str]]) -> None:
        error = future.exception()
        if error is not None:  # the checks never raise; the renderer only on a real bug
            self.failed.emit(key)
            raise error  # reported as any error of the UI thread is
        findings, html = future.result()
        self.ready.emit(ReviewResult(key, findings, html))

    def busy(self) -> bool:
        return self._running is not None or self._waiting is not None

    def wait(self) -> None:
        """Block until every job asked for has been delivered (tests, closing)."""
        while self._running is not None or self._waiting is not None:
            if self._running is None:
                self._start()
            assert self._running is not None
            key, future = self._running
            future.exception()  # waits without raising
            self._running = None
            self._deliver(key, future)

    def shutdown(self) -> None:
        self._waiting = None
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        self._running = None
