"""Time the Decree 30 export of a 300-paragraph draft against bare python-docx.

The baseline writes the same paragraph texts with python-docx and no formatting at
all, so the ratio is the cost of the layout work. Both are built and saved to memory
in the same run; each figure is the median of several runs.

    .venv/bin/python benchmarks/bench_export.py [--runs 9] [--paragraphs 300]
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qcdc_desktop.doctypes.samples import sample_draft
from qcdc_desktop.export import FormatSettings, build_document
from qcdc_desktop.model.draft import Block, Draft
from qcdc_desktop.render import render_document

TARGET_RATIO = 1.5


def big_draft(paragraphs: int) -> Draft:
    """The reference report, its texts repeated until the body has `paragraphs` paragraphs."""
    draft = sample_draft("bc-6thang")
    texts = [p.text for p in render_document(draft).body if p.role in ("para", "item")]
    parts = draft.all_parts()
    n = len(render_document(draft).body)
    i = 0
    while n < paragraphs:
        part = parts[i % len(parts)]
        kind = "item" if i % 3 else "para"
        part.blocks.append(Block(kind=kind, text=texts[i % len(texts)].lstrip("- ")))
        n += 1
        i += 1
    return draft


def export_once(draft: Draft, settings: FormatSettings) -> float:
    start = time.perf_counter()
    build_document(draft, settings).save(io.BytesIO())
    return time.perf_counter() - start


def plain_once(texts: list[str]) -> float:
    import docx

    start = time.perf_counter()
    document = docx.Document()
    for text in texts:
        document.add_paragraph(text)
    document.save(io.BytesIO())
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--paragraphs", type=int, default=300)
    args = parser.parse_args()

    settings = FormatSettings.defaults()
    draft = big_draft(args.paragraphs)
    rendered = render_document(draft)
    # The baseline writes every text the export writes, header and signature included.
    texts = rendered.plain_text().split("\n")
    export_once(draft, settings)  # warm-up: imports and first-time caches
    plain_once(texts)

    ours, plain = [], []
    for _ in range(args.runs):  # interleaved, so both see the same machine load
        ours.append(export_once(draft, settings))
        plain.append(plain_once(texts))
    ours_ms = statistics.median(ours) * 1000
    plain_ms = statistics.median(plain) * 1000
    ratio = ours_ms / plain_ms
    print(f"body paragraphs:        {len(rendered.body)}")
    print(f"Decree 30 export:       {ours_ms:7.1f} ms (median of {args.runs})")
    print(f"plain python-docx:      {plain_ms:7.1f} ms (median of {args.runs})")
    print(f"ratio:                  {ratio:7.2f}x (target <= {TARGET_RATIO}x)")
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
