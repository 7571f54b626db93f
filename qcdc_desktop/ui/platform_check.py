"""Before Qt starts on Linux: are the system libraries of Qt's X11 (xcb) plugin there?

When one is missing Qt aborts the process with a message that names the plugin, not
the library ("Could not load the Qt platform plugin xcb"), and no Python code runs
after it. So the program asks the dynamic linker first (`ldd` on the plugin) and, when
something is missing, prints in Vietnamese which libraries and which Debian/Ubuntu
packages bring them. A good result is remembered per Qt installation, so the check
costs one `ldd` run the first time only.
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

# Shared library → the Debian/Ubuntu package that ships it (Qt 6's xcb plugin needs).
PACKAGES = {
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)
_STAMP = "qt-platform-ok.json"


def uses_xcb(environ: dict[str, str] | None = None) -> bool:
    """Whether Qt is about to load its X11 plugin (Linux, an X display, no override)."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return False
    chosen = env.get("QT_QPA_PLATFORM", "").split(":")[0].strip()
    if chosen:
        return chosen == "xcb"
    # Qt prefers Wayland in a Wayland session; an X display alone means xcb.
    return bool(env.get("DISPLAY")) and not env.get("WAYLAND_DISPLAY")


def xcb_plugin_files() -> list[Path]:
    import PySide6

    qt = Path(PySide6.__file__).resolve().parent / "Qt"
    candidates = [qt / "plugins" / "platforms" / "libqxcb.so", qt / "lib" / "libQt6XcbQpa.so.6"]
    return [path for path in candidates if path.exists()]


def missing_libraries(files: list[Path]) -> list[str]:
    """Libraries the dynamic linker cannot find for these files, in order, once each."""
    import subprocess  # only on the first start of a Qt installation

    missing: list[str] = []
    for path in files:
        try:
            result = subprocess.run(
                ["ldd", str(path)], capture_output=True, text=True, timeout=10, check=False
            )
        except (OSError, subprocess.SubprocessError):
            return []  # no ldd (or it hung): let Qt report for itself
        for name in _NOT_FOUND.findall(result.stdout):
            if name not in missing:
                missing.append(name)
    return missing


def explain(missing: list[str]) -> str:
    packages = sorted({PACKAGES.get(name, name) for name in missing})
    return (
        "QCDC Desktop không mở được cửa sổ: máy còn thiếu thư viện hệ thống mà Qt cần để "
        "hiển thị trên X11: "
        + ", ".join(missing)
        + ".\nTrên Debian/Ubuntu, cài bằng lệnh:\n  sudo apt-get install "
        + " ".join(packages)
        + "\n(hoặc chạy: sh tools/install-linux-deps.sh)"
    )


def _stamp_key(files: list[Path]) -> list[list[object]]:
    return [[str(path), path.stat().st_mtime_ns] for path in files]


def check_platform(stamp_dir: Path | None = None) -> str | None:
    """None when Qt can start (or the check does not apply); else the message to print."""
    if not uses_xcb():
        return None
    try:
        files = xcb_plugin_files()
    except ImportError:
        return None
    if not files:
        return None
    key = _stamp_key(files)
    stamp = stamp_dir / _STAMP if stamp_dir is not None else None
    if stamp is not None:
        try:
            if json.loads(stamp.read_text(encoding="utf-8")) == key:
                return None
        except (OSError, ValueError):
            pass
    missing = missing_libraries(files)
    if missing:
        return explain(missing)
    if stamp is not None:
        try:
            stamp.write_text(json.dumps(key), encoding="utf-8")
        except OSError:
            pass  # a read-only data folder only means checking again next time
    return None
