"""Fault: input made to hurt — absurdly deep JSON, impossible numbers, text that makes a
regular expression backtrack.

100,000-level nested JSON printed the English "maximum recursion depth exceeded", the
year 2**63 ended in an OverflowError traceback from SQLite, and a 320 KB paragraph of
"[" and spaces kept the placeholder check busy for minutes.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from qcdc_desktop.doctypes.samples import sample_draft
from qcdc_desktop.model import draft_to_json
from tests.faults.cli_runner import run_cli
from tests.faults.fault_support import cli_env

ENGLISH_WORDS = ("recursion", "overflow", "python", "error", "exceeds", "integer", "traceback")


def _sample() -> dict[str, object]:
    return json.loads(draft_to_json(sample_draft("bc-6thang")))


def _hostile_files(folder: Path) -> dict[str, Path]:
    files: dict[str, str] = {
        "nested-arrays": "[" * 100_000 + "]" * 100_000,
        "nested-objects": '{"a":' * 100_000 + "1" + "}" * 100_000,
        "huge-integer": '{"format":"qcdc-draft","version":1,"n":' + "9" * 5000 + "}",
    }
    year = _sample()
    year["period"]["year"] = 2**63  # type: ignore[index]
    files["year-2**63"] = json.dumps(year)
    date_year = _sample()
    date_year["date"]["year"] = 2**63  # type: ignore[index]
    files["date-year-2**63"] = json.dumps(date_year)
    figure = _sample()
    figure["figures"]["staff"]["values"]["total"] = 10**400  # type: ignore[index]
    files["figure-10**400"] = json.dumps(figure)
    files["figure-1e400"] = json.dumps(_sample()).replace('"total": 55', '"total": 1e400')
    # Parts inside parts, 5,000 deep: built as text (json.dumps itself would recurse).
    opening = '{"title":"x","blocks":[],"children":['
    nested = opening * 5000 + "]}" * 5000
    sample_text = json.dumps(_sample())
    sections_at = sample_text.index('"sections": [') + len('"sections": [')
    files["parts-5000-deep"] = sample_text[:sections_at] + nested + "," + sample_text[sections_at:]
    paths = {}
    for name, text in files.items():
        path = folder / f"{name}.json"
        path.write_text(text, encoding="utf-8")
        paths[name] = path
    return paths


def test_hostile_json_gives_one_vietnamese_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Fault: nested JSON, year 2**63 and figures of 10**400 crashed or spoke English."""
    for name, path in _hostile_files(tmp_path).items():
        for argv in (
            ["check", str(path)],
            ["export", str(path), "-o", str(tmp_path / "o.docx")],
            ["import-json", str(path)],
        ):
            outcome = run_cli(argv, capsys)
            assert outcome.problem() == "", f"{name} {argv[0]}: {outcome.problem()}"
            assert outcome.code == 2, f"{name} {argv[0]}: exit {outcome.code}"
            line = outcome.err.strip().lower()
            assert not any(word in line for word in ENGLISH_WORDS), f"{name}: {line}"
    assert not (tmp_path / "o.docx").exists()


def test_hostile_json_in_a_real_process(tmp_path: Path) -> None:
    """The same through the installed command: exit 2, one line, no traceback."""
    files = _hostile_files(tmp_path)
    for name in ("nested-arrays", "year-2**63", "figure-10**400"):
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "qcdc_desktop.cli.main",
                "--data-dir",
                str(tmp_path / "d"),
                "import-json",
                str(files[name]),
            ],
            capture_output=True,
            text=True,
            env=cli_env(),
            timeout=120,
            check=False,
        )
        assert done.returncode == 2, (name, done.stderr)
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr
        assert "Traceback" not in done.stderr


# Each runs in a process of its own with a generous limit: what is tested is that the
# work ends (linear time), not how fast; the speed is in benchmarks/.
_PARAGRAPH_WORK = textwrap.dedent(
    """
    import sys
    from qcdc_desktop.checks import run_checks
    from qcdc_desktop.doctypes.samples import sample_draft
    from qcdc_desktop.model import Block
    from qcdc_desktop.render import render_document
    from qcdc_desktop.text.clean import clean_text
    from qcdc_desktop.text.legacy import detect_legacy
    from qcdc_desktop.text.paste import prepare_paste
    text = sys.stdin.read()
    draft = sample_draft("bc-6thang")
    draft.sections[0].blocks = [Block(text=text)]
    draft.closing = text
    run_checks(draft)
    render_document(draft).plain_text()
    clean_text(text)
    detect_legacy(text)
    prepare_paste(text)
    print("done")
    """
)

N = 320_000


@pytest.mark.parametrize(
    "name, text",
    [
        ("bracket then spaces", "[" + " " * N),
        ("bracket then dots", "[" + " " * (N // 2) + "." * (N // 2)),
        ("brackets and spaces", "[ " * (N // 2)),
        ("ellipses after a bracket", "[" + "…" * (N // 3)),
        ("x run", "x" * N + "a"),
        ("underscores", "_" * N + "a"),
        ("braces", "{" * N),
        ("six and spaces", "6" + " " * N),
        ("words", "dân chủ ở cơ sở " * (N // 16)),
        ("spaces and tabs", " \t" * (N // 2) + "x"),
    ],
)
def test_320_kb_paragraph_finishes(name: str, text: str) -> None:
    """Fault: a 320 KB paragraph did not finish in 300 s (two \\s* around an optional
    group in the placeholder pattern backtracked quadratically)."""
    done = subprocess.run(
        [sys.executable, "-c", _PARAGRAPH_WORK],
        input=text,
        capture_output=True,
        text=True,
        env=cli_env(),
        timeout=90,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "done"
