"""Before Qt starts: missing system libraries of the X11 plugin are named in Vietnamese."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from qcdc_desktop.ui import platform_check


def test_xcb_is_detected_from_the_environment() -> None:
    uses = platform_check.uses_xcb
    assert uses({"DISPLAY": ":0"}) is platform_check.sys.platform.startswith("linux")
    assert not uses({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"})
    assert not uses({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"})
    assert not uses({})


@pytest.mark.skipif(not (shutil.which("gcc") and shutil.which("ldd")), reason="needs gcc, ldd")
def test_a_library_the_linker_cannot_find_is_named_with_its_package(tmp_path: Path) -> None:
    # A real shared object whose dependency was removed after linking: what ldd reports
    # for Qt's plugin on a bare system.
    (tmp_path / "dep.c").write_text("int dep(void) { return 1; }\n")
    (tmp_path / "plugin.c").write_text("int dep(void);\nint use(void) { return dep(); }\n")
    subprocess.run(
        ["gcc", "-shared", "-fPIC", "-o", "libxcb-icccm.so.4", "dep.c"], cwd=tmp_path, check=True
    )
    subprocess.run(
        ["gcc", "-shared", "-fPIC", "-o", "libqxcb.so", "plugin.c", "./libxcb-icccm.so.4"],
        cwd=tmp_path,
        check=True,
    )
    (tmp_path / "libxcb-icccm.so.4").unlink()
    missing = platform_check.missing_libraries([tmp_path / "libqxcb.so"])
    assert any("libxcb-icccm.so.4" in name for name in missing)
    text = platform_check.explain(["libxcb-icccm.so.4", "libxcb-keysyms.so.1"])
    assert "thiếu thư viện" in text
    assert "apt-get install libxcb-icccm4 libxcb-keysyms1" in text


def test_a_good_result_is_remembered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    calls: list[int] = []
    real = platform_check.missing_libraries

    def counting(files: list[Path]) -> list[str]:
        calls.append(1)
        return real(files)

    monkeypatch.setattr(platform_check, "missing_libraries", counting)
    first = platform_check.check_platform(tmp_path)
    if first is not None:
        pytest.skip("this machine lacks Qt's X11 libraries; the message is tested above")
    assert platform_check.check_platform(tmp_path) is None
    assert len(calls) == (1 if platform_check.xcb_plugin_files() else 0)
