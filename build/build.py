"""Build the one-folder program: dist/qcdc-desktop/ with `qcdc-desktop` (GUI) and `qcdc` (CLI).

Run from the repository with the project's virtual environment:

    .venv/bin/python build/build.py                 (Linux)
    .venv\\Scripts\\python build\\build.py           (Windows)
    python build/build.py --dist DIR --work DIR     (elsewhere, e.g. in tests)

It reads the version from setup.cfg, writes a Windows version resource, runs
PyInstaller on build/qcdc-desktop.spec, checks both programs are there and prints the
folder size.
"""

from __future__ import annotations

import argparse
import configparser
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build" / "qcdc-desktop.spec"
APP_FOLDER = "qcdc-desktop"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
PROGRAMS = ("qcdc-desktop", "qcdc")


def read_metadata(setup_cfg: Path = ROOT / "setup.cfg") -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(setup_cfg, encoding="utf-8")
    meta = parser["metadata"]
    return {
        "name": meta.get("name", "qcdc-desktop"),
        "version": meta.get("version", "0.0.0"),
        "description": meta.get("description", ""),
    }


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """Four numbers for the Windows version resource: "0.1.0rc1" -> (0, 1, 0, 0)."""
    release = re.match(r"\d+(?:\.\d+)*", version.strip())
    numbers = [int(n) for n in release.group(0).split(".")] if release else []
    padded = [*numbers, 0, 0, 0, 0][:4]
    return padded[0], padded[1], padded[2], padded[3]


def version_info_text(meta: dict[str, str]) -> str:
    """A PyInstaller version file (the VSVersionInfo structure as Python source)."""
    numbers = version_tuple(meta["version"])
    fields = {
        "CompanyName": "QCDC Desktop",
        "FileDescription": "QCDC Desktop – soạn báo cáo thực hiện dân chủ ở cơ sở",
        "FileVersion": meta["version"],
        "InternalName": "qcdc-desktop",
        "LegalCopyright": "Giấy phép MIT",
        "OriginalFilename": "qcdc-desktop.exe",
        "ProductName": "QCDC Desktop",
        "ProductVersion": meta["version"],
    }
    strings = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in fields.items())
    return f"""# UTF-8
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '042a04b0',
        [
{strings}
        ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x042a, 1200])])
  ]
)
"""


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build(dist: Path, work: Path, *, clean: bool = False) -> Path:
    meta = read_metadata()
    work.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env["QCDC_VERSION"] = meta["version"]
    if sys.platform == "win32":
        version_file = work / "version_info.txt"
        version_file.write_text(version_info_text(meta), encoding="utf-8")
        env["QCDC_VERSION_FILE"] = str(version_file)
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    if clean:
        command.insert(3, "--clean")
    print(f"Building {meta['name']} {meta['version']} into {dist / APP_FOLDER}", flush=True)
    subprocess.run(command, check=True, cwd=ROOT, env=env)

    app = dist / APP_FOLDER
    missing = [p for p in PROGRAMS if not (app / f"{p}{EXE_SUFFIX}").is_file()]
    if missing:
        raise SystemExit(f"build incomplete: {', '.join(missing)} not found in {app}")
    return app


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build" / "work", help="PyInstaller's work folder"
    )
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    args = parser.parse_args(argv)
    app = build(args.dist.resolve(), args.work.resolve(), clean=args.clean)
    size = folder_size(app)
    print(f"Built {app}")
    print(f"Folder size: {size / 1_000_000:.1f} MB ({size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
