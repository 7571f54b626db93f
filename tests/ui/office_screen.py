"""A headless Qt screen the size of the offices' PCs: 1366×768."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

WIDTH, HEIGHT = 1366, 768
TASKBAR = 40


def offscreen_platform(width: int = WIDTH, height: int = HEIGHT) -> str:
    """A QT_QPA_PLATFORM value for Qt's offscreen plugin with one screen of this size."""
    config = Path(tempfile.gettempdir()) / f"qcdc-offscreen-{width}x{height}.json"
    screen = {
        "name": "office",
        "x": 0,
        "y": 0,
        "width": width,
        "height": height,
        "logicalDpi": 96,
        "logicalBaseDpi": 96,
        "dpr": 1,
    }
    config.write_text(json.dumps({"screens": [screen]}), "utf-8")
    return f"offscreen:configfile={config}"
