"""UI test set-up: headless Qt, no crash dialog, a fresh database, non-blocking dialogs."""

from __future__ import annotations

import os

from office_screen import offscreen_platform

# Must be set before any Qt module is imported: a headless 1366×768 screen.
os.environ["QT_QPA_PLATFORM"] = offscreen_platform()
os.environ["QCDC_NO_CRASH_DIALOG"] = "1"

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest


@dataclass
class DialogRecorder:
    """Records every dialog the code under test would have shown, and scripts answers.

    Answers are queues: `yes_no` (bool), `choice` (int | None), `save_path` and
    `open_path` (Path | None). When a queue is empty the fake answers "No"/cancel.
    """

    calls: list[tuple[str, str, str]] = field(default_factory=list)
    yes_no: list[bool] = field(default_factory=list)
    choice: list[int | None] = field(default_factory=list)
    save_path: list[Path | None] = field(default_factory=list)
    open_path: list[Path | None] = field(default_factory=list)
    suggested: list[Path] = field(default_factory=list)

    def kinds(self) -> list[str]:
        return [kind for kind, _, _ in self.calls]

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, _, text in self.calls if kind is None or k == kind]


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> DialogRecorder:
    from qcdc_desktop.ui import messages

    rec = DialogRecorder()

    def info(parent: Any, title: str, text: str) -> None:
        rec.calls.append(("info", title, text))

    def warning(parent: Any, title: str, text: str) -> None:
        rec.calls.append(("warning", title, text))

    def error(parent: Any, title: str, text: str, details: str | None = None) -> None:
        rec.calls.append(("error", title, text))

    def ask_yes_no(parent: Any, title: str, text: str) -> bool:
        rec.calls.append(("ask_yes_no", title, text))
        return rec.yes_no.pop(0) if rec.yes_no else False

    def ask_choice(parent: Any, title: str, text: str, choices: list[str]) -> int | None:
        rec.calls.append(("ask_choice", title, text))
        return rec.choice.pop(0) if rec.choice else None

    def save_file_path(parent: Any, title: str, suggested: Path, filter_text: str = "") -> Any:
        rec.calls.append(("save_file_path", title, str(suggested)))
        rec.suggested.append(Path(suggested))
        return rec.save_path.pop(0) if rec.save_path else None

    def open_file_path(
        parent: Any, title: str, directory: Path | None = None, filter_text: str = ""
    ) -> Any:
        rec.calls.append(("open_file_path", title, str(directory or "")))
        return rec.open_path.pop(0) if rec.open_path else None

    for name, fake in {
        "info": info,
        "warning": warning,
        "error": error,
        "ask_yes_no": ask_yes_no,
        "ask_choice": ask_choice,
        "save_file_path": save_file_path,
        "open_file_path": open_file_path,
    }.items():
        monkeypatch.setattr(messages, name, fake)
    return rec


@pytest.fixture
def context(tmp_path: Path, qapp: Any) -> Iterator[Any]:
    """An AppContext on a fresh database in a temporary data folder."""
    from qcdc_desktop.ui.context import AppContext

    ctx = AppContext(tmp_path / "data")
    yield ctx
    ctx.close()


@pytest.fixture(autouse=True, scope="session")
def application(qapp: Any) -> Any:
    """The QApplication set up as the program sets it up (locale, font, input guard)."""
    from qcdc_desktop.ui.app import create_application

    return create_application(["pytest"])
