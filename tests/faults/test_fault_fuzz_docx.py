from __future__ import annotations

import importlib.util
import random
import subprocess
import sys
from pathlib import Path

import pytest
from cli_runner import run_cli
from docx_mutations import inflating_document, malformed_docx
from fault_support import cli_env

from qcdc_desktop.doctypes.samples import sample_draft
from qcdc_desktop.export import export_docx


def _has_import_docx() -> bool:
    return importlib.util.find_spec("qcdc_desktop.cli.import_docx_command") is not None


@pytest.mark.skipif(not _has_import_docx(), reason="the import-docx command is not there yet")
def test_fuzz_import_docx(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Fault: a damaged or hostile Word file given to `qcdc import-docx` (300 inputs:
    random bytes, truncated and corrupted zips, a zip without word/document.xml, broken
    and deeply nested XML, an entity bomb, an external entity, other file types renamed
    .docx). Each ends with exit 0 or 2 and, on 2, one line on stderr; never a
    traceback; the entity bomb is never expanded nor the external entity read."""
    valid = tmp_path / "valid.docx"
    export_docx(sample_draft("bc-6thang"), valid)
    rng = random.Random(4242)
    source = tmp_path / "input.docx"
    out = tmp_path / "out.json"
    problems: dict[str, str] = {}
    codes: dict[int | None, int] = {}
    for i, (name, payload) in enumerate(malformed_docx(rng, valid.read_bytes(), 300)):
        source.write_bytes(payload)
        out.unlink(missing_ok=True)
        outcome = run_cli(["import-docx", str(source), "-o", str(out)], capsys)
        codes[outcome.code] = codes.get(outcome.code, 0) + 1
        problem = outcome.problem()
        if not problem and outcome.code == 0:
            text = out.read_text(encoding="utf-8")
            if "hahahaha" in text:
                problem = "expanded an XML entity bomb"
            elif "root:" in text:
                problem = "resolved an external entity (read /etc/passwd)"
        key = f"{name}: {problem}"
        if problem and key not in problems:
            keep = tmp_path / f"failing-{i}.docx"
            keep.write_bytes(payload)
            problems[key] = f"input #{i} kept as {keep}"
    assert not problems, "\n".join(f"{k}  <- {v}" for k, v in problems.items())
    assert codes.get(2, 0) > 100  # most of these are really refused


@pytest.mark.skipif(not _has_import_docx(), reason="the import-docx command is not there yet")
def test_inflating_docx_is_refused_quickly(tmp_path: Path) -> None:
    """Fault: a zip bomb: a small .docx whose document.xml inflates to 30 MB. A report
    never has hundreds of thousands of paragraphs; the command should refuse it with
    one Vietnamese line (exit 2) within seconds rather than hang the program."""
    valid = tmp_path / "valid.docx"
    export_docx(sample_draft("bc-6thang"), valid)
    bomb = tmp_path / "bomb.docx"
    bomb.write_bytes(inflating_document(valid.read_bytes(), megabytes=30))
    assert bomb.stat().st_size < 1_000_000
    try:
        done = subprocess.run(
            [sys.executable, "-m", "qcdc_desktop.cli.main", "import-docx", str(bomb)],
            capture_output=True,
            text=True,
            env=cli_env(),
            timeout=15,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("import-docx was still busy after 15 s")
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
