"""Find the `resources/` folder the same way in development, installed and frozen runs."""

from __future__ import annotations

import os
import site
import sys
from functools import cache
from pathlib import Path

_SHARE = Path("share") / "qcdc-desktop" / "resources"


def _candidates() -> list[Path]:
    found: list[Path] = []
    override = os.environ.get("QCDC_RESOURCES")
    if override:
        found.append(Path(override))
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:  # PyInstaller one-folder bundle
        found.append(Path(frozen_root) / "resources")
    # Source tree or editable install: resources/ sits beside the package.
    found.append(Path(__file__).resolve().parent.parent / "resources")
    # Plain install: data_files under the interpreter prefix (venv) or the user base.
    found.append(Path(sys.prefix) / _SHARE)
    found.append(Path(site.getuserbase()) / _SHARE)
    return found


@cache
def resources_dir() -> Path:
    for path in _candidates():
        if (path / "types").is_dir():
            return path
    tried = ", ".join(str(p) for p in _candidates())
    raise FileNotFoundError(f"Không tìm thấy thư mục resources (đã tìm: {tried})")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
