"""Regenerate the catalogue of interface texts and the compiled corrections.

Run from the repository root: python tools/update_catalogue.py

1. pyside6-lupdate reads every text of qcdc_desktop/ui wrapped in tr / translate /
   QT_TRANSLATE_NOOP into resources/i18n/qcdc_vi.ts (source and target language:
   Vietnamese). Corrections already made there are kept; texts no longer in the code
   are dropped.
2. pyside6-lrelease compiles resources/i18n/qcdc_vi.qm from the entries a proofreader
   has marked finished in Qt Linguist; every other text shows as written in the code.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "qcdc_desktop" / "ui"
CATALOGUE = ROOT / "resources" / "i18n" / "qcdc_vi.ts"
COMPILED = CATALOGUE.with_suffix(".qm")


def qt_tool(name: str) -> str | None:
    """The PySide6 tool next to this interpreter (a virtualenv), else the one on PATH."""
    for folder in (Path(sys.executable).parent, Path(sys.executable).parent / "Scripts"):
        for candidate in (folder / name, folder / f"{name}.exe"):
            if candidate.is_file():
                return str(candidate)
    return shutil.which(name)


def ui_sources() -> list[str]:
    return sorted(path.relative_to(ROOT).as_posix() for path in UI.rglob("*.py"))


def extract(catalogue: Path) -> None:
    """Write (or update) `catalogue` with every interface text of qcdc_desktop/ui."""
    tool = qt_tool("pyside6-lupdate")
    if tool is None:
        raise SystemExit("pyside6-lupdate not found: pip install PySide6")
    catalogue.parent.mkdir(parents=True, exist_ok=True)
    command = [tool, *ui_sources(), "-source-language", "vi", "-target-language", "vi"]
    command += ["-locations", "relative", "-no-obsolete", "-silent", "-ts", str(catalogue)]
    subprocess.run(command, cwd=ROOT, check=True)


def compile_corrections(catalogue: Path, compiled: Path) -> None:
    """Compile only finished entries, and none that repeat the source text unchanged."""
    tool = qt_tool("pyside6-lrelease")
    if tool is None:
        raise SystemExit("pyside6-lrelease not found: pip install PySide6")
    command = [tool, "-nounfinished", "-removeidentical", "-silent"]
    subprocess.run([*command, str(catalogue), "-qm", str(compiled)], cwd=ROOT, check=True)


def main() -> int:
    extract(CATALOGUE)
    compile_corrections(CATALOGUE, COMPILED)
    print(f"Updated {CATALOGUE.relative_to(ROOT)} and {COMPILED.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
