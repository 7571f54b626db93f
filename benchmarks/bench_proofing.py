"""The writing aids' speed: every proofing check over a 100-page report, and what the
spelling highlighter adds to one keystroke in a 100 KB part.

Run: .venv/bin/python benchmarks/bench_proofing.py [--runs 7]
Budgets: the checks under 200 ms for 100 pages; under 2 ms added per keystroke.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

# A printed A4 page of report text, Times New Roman 14: about 450 words.
WORDS_PER_PAGE = 450
PAGES = 100
PART_KB = 100


def report_paragraphs() -> list[str]:
    """The example 6-month report's paragraphs (tests/data/examples)."""
    import example_reports as er

    example = er.load(er.REPORT)
    return [el.printed for el in example.elements if el.kind != "heading" or el.body]


def hundred_page_draft(pages: int = PAGES) -> Any:
    """A 6-month report of `pages` pages: the example's paragraphs, with their figures,
    dates and document numbers varied from part to part, in parts of 5 paragraphs."""
    from qcdc_desktop.doctypes import new_draft
    from qcdc_desktop.model import Block, Part
    from qcdc_desktop.proofing.spelling import count_words

    paragraphs = report_paragraphs()
    draft = new_draft("bc-6thang", 2024)
    target = pages * WORDS_PER_PAGE
    words = 0
    index = 0
    while words < target:
        blocks = []
        for _ in range(5):
            text = paragraphs[index % len(paragraphs)]
            text = text.replace("36 hồ sơ", f"{index % 90 + 10} hồ sơ")
            text = text.replace("108/QĐ-STTTT", f"{index % 300 + 1}/QĐ-STTTT")
            blocks.append(Block("para", text))
            words += count_words(text)
            index += 1
        section = draft.sections[index % len(draft.sections)]
        section.children.append(Part(title=f"Nội dung {index // 5}", blocks=blocks))
    return draft, words


def time_checks(draft: Any, runs: int) -> tuple[float, float]:
    """(median seconds of the writing aids alone, of the whole review)."""
    from qcdc_desktop.checks import run_checks
    from qcdc_desktop.checks.context import CheckContext
    from qcdc_desktop.checks.rules_proofing import RULES
    from qcdc_desktop.proofing.office import OfficeProofing

    office = OfficeProofing()
    run_checks(draft, office)  # data files read once, as in a running program
    aids: list[float] = []
    whole: list[float] = []
    for _ in range(runs):
        start = time.perf_counter()
        ctx = CheckContext.build(draft)
        ctx.office = office
        for rule in RULES:
            rule(ctx)
        aids.append(time.perf_counter() - start)
        start = time.perf_counter()
        run_checks(draft, office)
        whole.append(time.perf_counter() - start)
    return statistics.median(aids), statistics.median(whole)


def time_keystrokes(keys: int = 300, joiner: str = "\n") -> tuple[float, float, float]:
    """(median, p99 of the time the highlighter adds per keystroke, part size in KB).

    `joiner` "\n": a part of ordinary paragraphs; " ": the whole part one paragraph."""
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from qcdc_desktop.ui.spell_highlight import install_spell_check

    app = QApplication.instance() or QApplication(sys.argv[:1])
    paragraphs = report_paragraphs()
    lines: list[str] = []
    while len(joiner.join(lines).encode()) < PART_KB * 1024:
        lines.append(paragraphs[len(lines) % len(paragraphs)])
    text = joiner.join(lines)

    def per_key(highlight: bool) -> list[float]:
        editor = QPlainTextEdit()
        if highlight:
            install_spell_check(editor)
        editor.setPlainText(text)
        editor.resize(900, 700)
        editor.show()
        app.processEvents()
        cursor = QTextCursor(editor.document())
        cursor.setPosition(len("\n".join(lines[: len(lines) // 2])))
        samples = []
        typed = "thực hiện dân chủ ở cơ sở "
        for i in range(keys):
            start = time.perf_counter()
            cursor.insertText(typed[i % len(typed)])
            samples.append(time.perf_counter() - start)
        editor.close()
        editor.deleteLater()
        app.processEvents()
        return samples

    per_key(True)  # warm caches and imports
    plain = per_key(False)
    highlighted = per_key(True)
    extra = sorted(h - p for h, p in zip(sorted(highlighted), sorted(plain), strict=True))
    p99 = extra[min(len(extra) - 1, round(0.99 * (len(extra) - 1)))]
    return statistics.median(extra), p99, len(text.encode()) / 1024


def rows(runs: int = 7) -> list[tuple[str, str, str, str]]:
    draft, words = hundred_page_draft()
    aids, whole = time_checks(draft, runs)
    median, p99, kb = time_keystrokes()
    long_median, long_p99, _ = time_keystrokes(100, " ")
    return [
        (
            f"Writing aids: {PAGES}-page report ({words:,} words)",
            f"{aids * 1000:,.1f} ms",
            "budget 200 ms",
            f"median of {runs}; spelling, dates, citations, abbreviations; whole review "
            f"{whole * 1000:,.1f} ms",
        ),
        (
            f"Spelling highlight: added per keystroke, {kb:,.0f} KB part",
            f"median {median * 1000:,.2f} ms",
            f"p99 {p99 * 1000:,.2f} ms; budget 2 ms",
            "typing at the end of a paragraph, with against without the highlighter",
        ),
        (
            f"Spelling highlight: added per keystroke, {kb:,.0f} KB part in one paragraph",
            f"median {long_median * 1000:,.2f} ms",
            f"p99 {long_p99 * 1000:,.2f} ms; budget 2 ms",
            "only the words around the edit are checked again",
        ),
    ]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    for measure, result, compared, note in rows(args.runs):
        print(f"{measure}: {result} ({compared}) — {note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
