"""Run the `qcdc` command in-process and check it failed the way a user should see."""

from __future__ import annotations

import traceback
from collections.abc import Sequence
from dataclasses import dataclass

import pytest

from qcdc_desktop.cli.main import main as qcdc


@dataclass
class Outcome:
    code: int | None
    out: str
    err: str
    crash: str  # the traceback when main() raised instead of returning

    def problem(self) -> str:
        """Why this outcome is not acceptable ("" when it is)."""
        if self.crash:
            return "raised: " + self.crash.strip().splitlines()[-1]
        if self.code not in (0, 1, 2):
            return f"exit code {self.code}"
        if "Traceback" in self.err or "Traceback" in self.out:
            return "printed a traceback"
        if self.code == 2:
            lines = self.err.strip().splitlines()
            if len(lines) != 1:
                return f"{len(lines)} lines on stderr: {self.err[:300]!r}"
            if not lines[0].startswith("qcdc: "):
                return f"unexpected stderr: {lines[0][:300]!r}"
        return ""


def run_cli(argv: Sequence[str], capsys: pytest.CaptureFixture[str]) -> Outcome:
    capsys.readouterr()
    crash = ""
    code: int | None
    try:
        code = qcdc(list(argv))
    except SystemExit as exc:  # argparse exits on usage errors
        code = exc.code if isinstance(exc.code, int) else 2
    except Exception:  # a real process would show a traceback here
        code = None
        crash = traceback.format_exc()
    captured = capsys.readouterr()
    return Outcome(code, captured.out, captured.err, crash)
