"""The program on a real X11 display (Xvfb, Qt's xcb plugin), as on a Linux desktop.

The rest of the suite uses Qt's offscreen platform, which needs none of the system
libraries a desktop needs; this run catches a missing one (CI installs them with
tools/install-linux-deps.sh --xvfb).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def test_smoke_run_on_a_real_x11_display(tmp_path: Path) -> None:
    if shutil.which("xvfb-run") is None:
        if os.environ.get("CI"):
            pytest.fail("xvfb-run is missing: tools/install-linux-deps.sh --xvfb installs it")
        pytest.skip("xvfb-run is not installed")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "xcb"
    result = subprocess.run(
        [
            "xvfb-run",
            "-a",
            "-s",
            "-screen 0 1366x768x24",
            sys.executable,
            "-m",
            "qcdc_desktop.ui.app",
            "--smoke",
            "--data-dir",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "smoke: ok" in result.stdout
