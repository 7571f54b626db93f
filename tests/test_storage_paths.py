from __future__ import annotations

import sys
from pathlib import Path

import pytest

from qcdc_desktop import paths


def test_explicit_override_wins_over_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(tmp_path / "env"))
    chosen = paths.data_dir(tmp_path / "flag")
    assert chosen == tmp_path / "flag"
    assert chosen.is_dir()


def test_env_var_used_without_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(tmp_path / "env"))
    assert paths.data_dir() == tmp_path / "env"


def test_platformdirs_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(paths.ENV_DATA_DIR, raising=False)
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert "QCDC Desktop" in str(paths.resolve_data_dir())


def test_portable_folder_beside_frozen_executable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(paths.ENV_DATA_DIR, raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "QCDC.exe"))
    assert paths.portable_data_dir() is None  # no data folder yet: per-user folder
    (tmp_path / "data").mkdir()
    assert paths.data_dir() == (tmp_path / "data").resolve()


def test_sub_folders(tmp_path: Path) -> None:
    assert paths.database_path(tmp_path) == tmp_path / "qcdc.sqlite3"
    assert not paths.database_path(tmp_path).exists()
    assert paths.backups_dir(tmp_path).is_dir()
    assert paths.logs_dir(tmp_path).is_dir()
