"""A plain (not editable) install finds resources/: `qcdc types` and `qcdc sample` work."""

from __future__ import annotations

import os
import shutil
import subprocess
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_plain_install_finds_resources(tmp_path: Path):
    source = tmp_path / "src"
    # Copy the project without local build products, as a fresh checkout would be.
    shutil.copytree(
        ROOT,
        source,
        ignore=shutil.ignore_patterns(
            ".venv*",
            ".git",
            "dist",
            "*.egg-info",
            "__pycache__",
            ".pytest_cache",
            ".mypy_cache",
            ".ruff_cache",
            ".hypothesis",
            "work",
        ),
    )
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    if not python.exists():  # Windows layout
        python = env_dir / "Scripts" / "python.exe"
    # The commands checked here need only the standard library and the package itself.
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", "."],
        cwd=source,
        capture_output=True,
        text=True,
    )
    assert install.returncode == 0, install.stderr[-2000:]
    shutil.rmtree(source)  # the installed copy must not lean on the source tree
    bindir = python.parent
    env = {**os.environ, "PYTHONPATH": ""}
    types = subprocess.run(
        [str(bindir / "qcdc"), "types"], capture_output=True, text=True, env=env, cwd=tmp_path
    )
    assert types.returncode == 0, types.stderr
    assert "bc-6thang" in types.stdout and "kh-nam" in types.stdout
    sample = subprocess.run(
        [str(bindir / "qcdc"), "sample", "--type", "kh-nam"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert sample.returncode == 0, sample.stderr
    assert '"doc_type": "kh-nam"' in sample.stdout
