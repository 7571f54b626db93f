"""Every benchmark in one run: prints one Markdown table and writes benchmarks/results.md.

    .venv/bin/python benchmarks/run_all.py [--runs 5] [--no-write]

Start-up is timed as a user sees it, from process start to exit, for `qcdc-desktop
--smoke` from source, the same from the frozen build in dist/ when there is one, and a
bare five-page QWizard (benchmarks/floor_qwizard.py) started the same way in the same
run, so the ratio means something on any machine. A measurement whose code is not
there yet shows "chưa có"; one that fails shows the error and the rest still run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

NOT_YET = "chưa có"
EXE = ".exe" if sys.platform == "win32" else ""
FROZEN_GUI = ROOT / "dist" / "qcdc-desktop" / f"qcdc-desktop{EXE}"
BIG_DRAFT_PARTS = 300
BIG_DRAFT_BYTES = 1_000_000
LIST_DRAFTS = 1000


@dataclass
class Row:
    measure: str
    result: str
    compared: str = ""
    note: str = ""


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.1f} ms"


def median(samples: Sequence[float]) -> float:
    return statistics.median(samples)


def p99(samples: Sequence[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def child_env() -> dict[str, str]:
    # An installed program runs from compiled bytecode (pip writes it); a shell that
    # forbids writing .pyc would make every timed start recompile our modules while the
    # floor compiles none of its own, so both run as an installed program would.
    drop = {"QCDC_DATA_DIR", "PYTHONDONTWRITEBYTECODE"}
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env.update(QT_QPA_PLATFORM="offscreen", QCDC_NO_CRASH_DIALOG="1")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def run_timed(argv: list[str]) -> float:
    """Wall time of one process run; raises RuntimeError when it fails."""
    start = time.perf_counter()
    done = subprocess.run(
        argv, capture_output=True, text=True, env=child_env(), timeout=300, check=False
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["?"]
        raise RuntimeError(f"{Path(argv[0]).name} exited {done.returncode}: {tail[0]}")
    return elapsed


def available(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


# --- start-up ---------------------------------------------------------------------


def bench_startup(runs: int) -> list[Row]:
    commands: dict[str, list[str]] = {
        "floor": [sys.executable, str(HERE / "floor_qwizard.py")],
    }
    if available("qcdc_desktop.ui.app"):
        commands["source"] = [sys.executable, "-m", "qcdc_desktop.ui.app", "--smoke"]
    if FROZEN_GUI.is_file():
        commands["frozen"] = [str(FROZEN_GUI), "--smoke"]
    for argv in commands.values():  # warm the file cache once, untimed
        run_timed(argv)
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):  # interleaved, so every program sees the same machine load
        for name, argv in commands.items():
            samples[name].append(run_timed(argv))

    floor = median(samples["floor"])
    rows = [Row("Start-up: bare five-page QWizard (floor)", ms(floor), "", f"median of {runs}")]
    if "source" in samples:
        source = median(samples["source"])
        rows.append(
            Row(
                "Start-up: `qcdc-desktop --smoke`, source",
                ms(source),
                f"{source / floor:.1f}× the floor",
                f"median of {runs}; opens an editor for every document type",
            )
        )
    else:
        rows.append(Row("Start-up: `qcdc-desktop --smoke`, source", NOT_YET))
    if "frozen" in samples and "source" in samples:
        frozen = median(samples["frozen"])
        rows.append(
            Row(
                "Start-up: `qcdc-desktop --smoke`, frozen (dist/)",
                ms(frozen),
                f"{frozen / median(samples['source']):.2f}× source",
                f"median of {runs}",
            )
        )
    else:
        rows.append(
            Row("Start-up: `qcdc-desktop --smoke`, frozen (dist/)", NOT_YET, "", "no dist/ build")
        )
    return rows


# --- export -----------------------------------------------------------------------


def bench_export(runs: int) -> list[Row]:
    label = "Export: 300-paragraph draft to DOCX"
    if not (HERE / "bench_export.py").is_file() or not available("qcdc_desktop.export"):
        return [Row(label, NOT_YET)]
    import bench_export

    from qcdc_desktop.export import FormatSettings
    from qcdc_desktop.render import render_document

    settings = FormatSettings.defaults()
    draft = bench_export.big_draft(300)
    texts = render_document(draft).plain_text().split("\n")
    bench_export.export_once(draft, settings)  # imports and first-time caches
    bench_export.plain_once(texts)
    ours: list[float] = []
    plain: list[float] = []
    for _ in range(max(runs, 5)):
        ours.append(bench_export.export_once(draft, settings))
        plain.append(bench_export.plain_once(texts))
    return [
        Row(label, ms(median(ours)), "", f"median of {len(ours)}; Decree 30 layout"),
        Row(
            "Export: same paragraphs, plain python-docx",
            ms(median(plain)),
            f"ours is {median(ours) / median(plain):.2f}× this",
            "no formatting at all",
        ),
    ]


# --- storage ----------------------------------------------------------------------


def bench_save() -> list[Row]:
    if not (HERE / "bench_save.py").is_file() or not available("qcdc_desktop.storage"):
        return [Row("Save latency", NOT_YET)]
    import bench_save

    from qcdc_desktop.storage import autosave_draft, open_database, save_draft

    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.sqlite3", backups=Path(folder) / "backups")
        draft = bench_save.realistic_draft()
        blocks = [b for p in draft.all_parts() for b in p.blocks]
        save_draft(db, draft)
        counter = iter(range(10**9))

        def edit_then(save: Callable[[], object]) -> Callable[[], object]:
            def run() -> object:
                blocks[next(counter) % len(blocks)].text = f"{bench_save.SENTENCE} {next(counter)}"
                return save()

            return run

        for label, action in (
            ("Save: autosave, one paragraph changed", lambda: autosave_draft(db, draft)),
            (
                "Save: with revision, one paragraph changed",
                lambda: save_draft(db, draft, reason="save"),
            ),
        ):
            samples = [s / 1000 for s in bench_save.timed(edit_then(action), 300)]
            rows.append(
                Row(
                    label,
                    f"median {ms(median(samples))}",
                    f"p99 {ms(p99(samples))}",
                    f"300 saves of a {len(blocks)}-paragraph draft",
                )
            )
        db.close()
    return rows


def _fill(db: Any, count: int) -> None:
    from qcdc_desktop.doctypes.samples import sample_draft
    from qcdc_desktop.model import copy_draft, new_id
    from qcdc_desktop.storage import save_draft

    base = sample_draft("bc-6thang")
    with db.transaction():
        for i in range(count):
            copy = copy_draft(base)
            copy.id = new_id()
            copy.summary = f"{base.summary} (bản {i + 1})"
            save_draft(db, copy)


def bench_draft_list() -> list[Row]:
    if not available("qcdc_desktop.storage"):
        return [Row(f"Draft list: {LIST_DRAFTS:,} drafts", NOT_YET)]
    from qcdc_desktop.storage import list_drafts, open_database

    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        db = open_database(data / "qcdc.sqlite3", backups=data / "backups")
        _fill(db, LIST_DRAFTS)
        list_drafts(db)
        samples: list[float] = []
        for _ in range(20):
            start = time.perf_counter()
            summaries = list_drafts(db)
            samples.append(time.perf_counter() - start)
        rows.append(
            Row(
                f"Draft list: `list_drafts` over {len(summaries):,} drafts",
                ms(median(samples)),
                "",
                "median of 20",
            )
        )
        rows += _bench_start_window(db, data, summaries)
        db.close()
    return rows


def _bench_start_window(db: Any, data: Path, summaries: list[Any]) -> list[Row]:
    label_model = f"Draft list: table model, {len(summaries):,} rows"
    label_window = f"Draft list: start window opened on {len(summaries):,} drafts"
    if not available("qcdc_desktop.ui.drafts_table_model"):
        return [Row(label_model, NOT_YET), Row(label_window, NOT_YET)]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from qcdc_desktop.ui.drafts_table_model import DraftsTableModel

    app = QApplication.instance() or QApplication(sys.argv[:1])
    model = DraftsTableModel()
    samples: list[float] = []
    for _ in range(20):
        start = time.perf_counter()
        model.set_rows(summaries)
        # What a view asks for to paint one screen: every cell of the first 40 rows.
        for row in range(min(40, model.rowCount())):
            for column in range(model.columnCount()):
                model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
        samples.append(time.perf_counter() - start)
    rows = [Row(label_model, ms(median(samples)), "", "set_rows + one screen of cells")]

    if not available("qcdc_desktop.ui.start_window") or not available("qcdc_desktop.ui.context"):
        return [*rows, Row(label_window, NOT_YET)]
    from qcdc_desktop.ui.context import AppContext
    from qcdc_desktop.ui.start_window import StartWindow

    context = AppContext(data, db=db)
    window_samples: list[float] = []
    for _ in range(5):
        start = time.perf_counter()
        window = StartWindow(context)
        window.show()
        app.processEvents()
        window_samples.append(time.perf_counter() - start)
        window.close()
        window.deleteLater()
        app.processEvents()
    rows.append(Row(label_window, ms(median(window_samples)), "", "construct, show, paint"))
    return rows


# --- memory -----------------------------------------------------------------------


def big_draft_for_editor() -> Any:
    """A 6-month report with 300 parts and about 1 MB of text."""
    from qcdc_desktop.doctypes.samples import sample_draft
    from qcdc_desktop.model import Block, Part

    draft = sample_draft("bc-6thang")
    sentence = (
        "Tiếp tục quán triệt, triển khai thực hiện Luật Thực hiện dân chủ ở cơ sở; "
        "công khai các nội dung theo quy định, tiếp nhận và giải quyết kịp thời các "
        "kiến nghị, phản ánh của cán bộ, công chức, viên chức và người lao động. "
    )
    count = len(draft.all_parts())
    i = 0
    while count < BIG_DRAFT_PARTS:
        section = draft.sections[i % len(draft.sections)]
        section.children.append(Part(title=f"Nội dung bổ sung {i + 1}", blocks=[]))
        count += 1
        i += 1
    parts = draft.all_parts()
    per_part = BIG_DRAFT_BYTES // len(parts)
    for part in parts:
        text = sentence * max(1, per_part // len(sentence.encode("utf-8")))
        part.blocks.append(Block(kind="para", text=text.strip()))
    return draft


def _peak_rss_kb() -> int:
    """This process's peak resident set size in KiB.

    On Linux VmHWM, because getrusage's ru_maxrss survives exec and would report the
    parent's peak when that was larger; elsewhere ru_maxrss (bytes on macOS).
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak


def child_gui_memory() -> int:
    """Runs in a child process: open an EditorWindow on the big draft, print the peak RSS."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from qcdc_desktop.model import draft_to_json
    from qcdc_desktop.storage import save_draft
    from qcdc_desktop.ui.context import AppContext
    from qcdc_desktop.ui.wizard.editor_window import EditorWindow

    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        context = AppContext(Path(folder))
        draft = big_draft_for_editor()
        save_draft(context.db, draft, reason="save")
        window = EditorWindow(context, draft.id)
        window.show()
        for _ in range(5):
            app.processEvents()
        result = {
            "rss_kb": _peak_rss_kb(),
            "parts": len(draft.all_parts()),
            "text_bytes": len(draft_to_json(draft).encode("utf-8")),
        }
        window.close()
        app.processEvents()
        context.db.close()
    print(json.dumps(result))
    return 0


def child_floor_memory() -> int:
    import runpy

    try:
        runpy.run_path(str(HERE / "floor_qwizard.py"), run_name="__main__")
    except SystemExit:
        pass
    print(json.dumps({"rss_kb": _peak_rss_kb()}))
    return 0


def _child_json(flag: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), flag],
        capture_output=True,
        text=True,
        env=child_env(),
        timeout=600,
        check=False,
    )
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["?"]
        raise RuntimeError(tail[0])
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def bench_memory() -> list[Row]:
    label = "Peak memory: editor open on a large draft"
    if sys.platform == "win32":
        return [Row(label, "không đo được", "", "resource.getrusage is Unix-only")]
    if not available("qcdc_desktop.ui.wizard.editor_window"):
        return [Row(label, NOT_YET)]
    floor = _child_json("--child-floor-memory")["rss_kb"]
    gui = _child_json("--child-gui-memory")
    return [
        Row(
            label,
            f"{gui['rss_kb'] / 1024:,.0f} MB",
            f"floor QWizard: {floor / 1024:,.0f} MB",
            f"{gui['parts']} parts, {gui['text_bytes'] / 1e6:.1f} MB of draft JSON; peak RSS",
        )
    ]


# --- writing aids -------------------------------------------------------------------


def bench_writing_aids() -> list[Row]:
    if not (HERE / "bench_proofing.py").is_file() or not available("qcdc_desktop.proofing"):
        return [Row("Writing aids", NOT_YET)]
    import bench_proofing

    return [Row(*row) for row in bench_proofing.rows()]


# --- office scale -----------------------------------------------------------------


def bench_office_scale(runs: int) -> list[Row]:
    """The rows of benchmarks/bench_scale.py: 10,000 drafts, a 1 MB draft, typing."""
    import bench_scale

    return [Row(*row) for row in bench_scale.scale_rows(runs=runs)]


# --- report -----------------------------------------------------------------------


def cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "?"


def header() -> str:
    now = dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    return (
        f"Benchmarks, {now}\n\n"
        f"Machine: {platform.platform()}; {os.cpu_count()} CPUs ({cpu_name()}); "
        f"Python {platform.python_version()}\n"
    )


def table(rows: list[Row]) -> str:
    lines = ["| Measurement | Result | Compared with | Notes |", "| --- | --- | --- | --- |"]
    for row in rows:
        cells = [row.measure, row.result, row.compared, row.note]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="start-up runs per program")
    parser.add_argument("--no-write", action="store_true", help="do not write results.md")
    parser.add_argument("--child-gui-memory", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--child-floor-memory", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_gui_memory:
        return child_gui_memory()
    if args.child_floor_memory:
        return child_floor_memory()

    import compileall

    compileall.compile_dir(str(ROOT / "qcdc_desktop"), quiet=1)  # as an install would
    benches: list[tuple[str, Callable[[], list[Row]]]] = [
        ("Start-up", lambda: bench_startup(args.runs)),
        ("Export", lambda: bench_export(args.runs)),
        ("Save", bench_save),
        ("Draft list", bench_draft_list),
        ("Peak memory", bench_memory),
        ("Writing aids", bench_writing_aids),
        ("Office scale", lambda: bench_office_scale(args.runs)),
    ]
    rows: list[Row] = []
    for name, bench in benches:
        print(f"… {name}", file=sys.stderr, flush=True)
        try:
            rows += bench()
        except Exception as exc:  # one broken benchmark must not hide the others
            traceback.print_exc(file=sys.stderr)
            rows.append(Row(name, "lỗi", "", f"{type(exc).__name__}: {exc}"[:200]))
    report = header() + "\n" + table(rows)
    print(report)
    if not args.no_write:
        (HERE / "results.md").write_text("# " + report, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
