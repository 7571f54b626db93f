"""Helpers for the fault tests: real small filesystems when the machine allows it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _run(*args: str) -> bool:
    done = subprocess.run(list(args), capture_output=True, check=False)
    return done.returncode == 0


def can_mount() -> bool:
    """True when this process may mount filesystems (root on Linux, in most containers)."""
    return (
        sys.platform.startswith("linux") and os.geteuid() == 0 and shutil.which("mount") is not None
    )


@contextmanager
def small_tmpfs(where: Path, size: str) -> Iterator[Path]:
    """A tmpfs of `size` mounted on `where`: writes past it fail with ENOSPC, for real."""
    where.mkdir(parents=True, exist_ok=True)
    if not can_mount() or not _run(
        "mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)
    ):
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield where
    finally:
        _run("umount", "-l", str(where))


@contextmanager
def read_only_bind(source: Path, where: Path) -> Iterator[Path]:
    """`source` (a folder or a file) seen read-only at `where`; may be `source` itself.

    A bind mount remounted read-only refuses writes with EROFS, even to root.
    """
    if source.is_dir():
        where.mkdir(parents=True, exist_ok=True)
    if not can_mount() or not _run("mount", "--bind", str(source), str(where)):
        pytest.skip("cannot bind-mount here")
    try:
        if not _run("mount", "-o", "remount,bind,ro", str(where)):
            pytest.skip("cannot remount a bind mount read-only here")
        if os.access(where, os.W_OK):  # the flag was accepted but writes would pass
            pytest.skip("read-only bind mount does not block writes here")
        yield where
    finally:
        _run("umount", "-l", str(where))


def fill_disk(folder: Path) -> None:
    """Write a filler file until the filesystem under `folder` has no room left."""
    chunk = b"\0" * 4096
    fd = os.open(folder / "filler.bin", os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    try:
        while True:
            os.write(fd, chunk)
    except OSError:
        pass
    finally:
        os.close(fd)


def cli_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    env["QCDC_NO_CRASH_DIALOG"] = "1"
    env.update(extra)
    return env
