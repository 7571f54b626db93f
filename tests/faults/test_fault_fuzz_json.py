from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest
from cli_runner import run_cli
from json_mutations import mutate

from qcdc_desktop.doctypes.samples import sample_draft
from qcdc_desktop.model import draft_to_json


def _fuzz(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], count: int, seed: int
) -> Counter[str]:
    """Feed `count` mutated draft files to the CLI; fail listing every bad outcome."""
    raw = draft_to_json(sample_draft("bc-6thang")).encode("utf-8")
    rng = random.Random(seed)
    source = tmp_path / "draft.json"
    data_dir = str(tmp_path / "data")
    out = tmp_path / "out.docx"
    problems: dict[str, str] = {}
    codes: Counter[str] = Counter()
    for i in range(count):
        name, payload = mutate(rng, raw)
        source.write_bytes(payload)
        # Mostly `check` (parses and renders); now and then export or import, which
        # also build a document or write the database.
        if i % 40 == 0:
            argv = ["--data-dir", data_dir, "export", str(source), "-o", str(out)]
        elif i % 40 == 20:
            argv = ["--data-dir", data_dir, "import-json", str(source)]
        else:
            argv = ["--data-dir", data_dir, "check", str(source)]
        outcome = run_cli(argv, capsys)
        codes[f"{argv[2]}:{outcome.code}"] += 1
        problem = outcome.problem()
        key = f"{name}/{argv[2]}: {problem}"
        if problem and key not in problems:
            keep = tmp_path / f"failing-{i}.json"
            keep.write_bytes(payload)
            problems[key] = f"input #{i} (seed {seed}) kept as {keep}"
    assert not problems, "\n".join(f"{k}  <- {v}" for k, v in problems.items())
    return codes


def test_fuzz_draft_json_quick(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Fault: damaged or hand-edited draft files (600 mutations of the sample draft:
    truncation, wrong types, random bytes, invalid UTF-8, deep nesting, huge numbers).
    The CLI answers each with exit 0/1 (still valid) or 2 and one line, never a traceback."""
    codes = _fuzz(tmp_path, capsys, 600, seed=20240601)
    assert codes["check:2"] > 0  # most mutations are really refused


@pytest.mark.slow
def test_fuzz_draft_json_10000(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Fault: the same damage, 10,000 inputs with another seed."""
    codes = _fuzz(tmp_path, capsys, 10_000, seed=30)
    assert codes["check:2"] > 0
