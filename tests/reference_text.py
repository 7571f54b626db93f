"""Read the reference documents in ../shared/examples (or tests/data as a fallback)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CANDIDATES = [ROOT.parent / "shared" / "examples", ROOT / "tests" / "data" / "examples"]


def examples_dir() -> Path:
    for folder in CANDIDATES:
        if any(folder.glob("000_*.txt")):
            return folder
    raise FileNotFoundError("reference examples not found")


def reference_paragraphs(prefix: str) -> list[str]:
    """The example's paragraphs with markdown marks removed and page-break splits rejoined."""
    path = next(examples_dir().glob(f"{prefix}_*.txt"))
    raw = [p.strip() for p in re.split(r"\n\s*\n", path.read_text("utf-8")) if p.strip()]
    out: list[str] = []
    for p in raw:
        p = re.sub(r"^#+\s*", "", p)
        p = p.replace("***", "").replace("**", "").strip()
        if out and p[:1].islower() and not re.search(r"[.:;!?”\"]$", out[-1]):
            out[-1] = out[-1] + " " + p
        else:
            out.append(p)
    return out
