"""The `qcdc` command: the same core functions the desktop program uses, from a terminal.

Every failure the user can cause (bad file, unknown type, unwritable output, a newer
database) prints one Vietnamese line to stderr and exits 2; no traceback.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from qcdc_desktop.cli.errors import CliError
from qcdc_desktop.cli.help_pages import describe_subcommands
from qcdc_desktop.cli.vn_argparse import VietnameseParser
from qcdc_desktop.errors import QcdcError, unreadable_file_message

__all__ = ["CliError", "main"]

if TYPE_CHECKING:
    from qcdc_desktop.model import Draft
    from qcdc_desktop.storage import Database

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2

# Optional command groups living in their own modules; each has register(subparsers).
_EXTRA_COMMAND_MODULES = (
    "qcdc_desktop.cli.import_docx_command",
    "qcdc_desktop.cli.consolidate_command",
    "qcdc_desktop.cli.backup_command",
    "qcdc_desktop.cli.revisions_command",
)


class _Parser(VietnameseParser):
    """Every parser of the command, its frame in Vietnamese; usage errors exit 2."""


def read_text(path: str) -> str:
    """A UTF-8 text file named on the command line ("-": standard input)."""
    try:
        if path == "-":
            return sys.stdin.read()
        return Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(unreadable_file_message(path, exc)) from exc


def read_draft_file(path: str) -> Draft:
    from qcdc_desktop.model import draft_from_json

    draft = draft_from_json(read_text(path))
    _require_known_type(draft.doc_type)
    return draft


def _require_known_type(type_id: str) -> None:
    from qcdc_desktop.doctypes import get_doc_type

    get_doc_type(type_id)


def _open_db(args: argparse.Namespace) -> Database:
    from qcdc_desktop.paths import backups_dir, data_dir, database_path
    from qcdc_desktop.storage import open_database

    folder = data_dir(args.data_dir)
    return open_database(database_path(folder), backups=backups_dir(folder))


def checked_output(
    out: str, args: argparse.Namespace | None, inputs: Sequence[str | None] = ()
) -> Path:
    """The output path, refused (CliError, exit 2) when it is the database, a backup,
    the command's own input, a read-only file without --force, or a name Windows
    cannot store."""
    from qcdc_desktop.output_paths import UnsafeOutputError, check_output_path
    from qcdc_desktop.paths import resolve_data_dir

    force = bool(getattr(args, "force", False))
    data_dirs = [resolve_data_dir(getattr(args, "data_dir", None))]
    try:
        return check_output_path(out, inputs=inputs, data_dirs=data_dirs, force=force)
    except UnsafeOutputError as exc:
        hint = " (Thêm --force để vẫn ghi đè.)" if exc.reason == "read_only" else ""
        raise CliError(f"{exc}{hint}") from exc


def write_text_out(
    text: str,
    out: str | None,
    args: argparse.Namespace | None = None,
    inputs: Sequence[str | None] = (),
) -> None:
    if out in (None, "-"):
        sys.stdout.write(text + "\n")
        return
    from qcdc_desktop.export.atomic import write_atomically

    checked_output(str(out), args, inputs)
    data = (text + "\n").encode("utf-8")

    def write(fh: BinaryIO) -> None:
        fh.write(data)

    write_atomically(Path(str(out)), write)


# The office's layout choices, saved by the desktop program under this settings key.
FORMAT_SETTINGS_KEY = "format"


def _format_settings(args: argparse.Namespace, db: Database | None = None) -> Any:
    from qcdc_desktop.export import FormatSettings

    values: dict[str, Any] = {}
    if db is not None:
        from qcdc_desktop.storage import get_setting

        saved = get_setting(db, FORMAT_SETTINGS_KEY)
        if isinstance(saved, dict):
            values.update(saved)
    if getattr(args, "font_size", None):
        values.update(body_size=args.font_size, title_size=args.font_size)
    return FormatSettings.from_dict(values)


# --- commands -------------------------------------------------------------------


def cmd_types(args: argparse.Namespace) -> int:
    from qcdc_desktop.doctypes import doc_types

    for doc_type in doc_types().values():
        print(f"{doc_type.id}\t{doc_type.abbreviation}\t{doc_type.name}")
    return EXIT_OK


def cmd_sample(args: argparse.Namespace) -> int:
    from qcdc_desktop.doctypes.samples import sample_draft
    from qcdc_desktop.model import draft_to_json

    write_text_out(draft_to_json(sample_draft(args.type)), args.output, args)
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from qcdc_desktop.export import export_docx

    if (args.draft is None) == (args.id is None):
        raise CliError("Cần đúng một nguồn: tệp bản thảo JSON hoặc --id của bản thảo đã lưu.")
    output = checked_output(args.output, args, [args.draft])
    if args.id is not None:
        from qcdc_desktop.storage import load_draft, mark_exported

        db = _open_db(args)
        draft = load_draft(db, args.id)
        path = export_docx(draft, output, _format_settings(args, db))
        # Conditional: an editor may have saved while the file was written; its newer
        # text is kept and only the snapshot of what was exported is added.
        mark_exported(db, draft.id, path, exported=draft)
    else:
        draft = read_draft_file(args.draft)
        path = export_docx(draft, output, _format_settings(args))
    print(f"Đã xuất: {path}", file=sys.stderr)
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from qcdc_desktop.checks import has_errors, run_checks

    if (args.draft is None) == (args.id is None):
        raise CliError("Cần đúng một nguồn: tệp bản thảo JSON hoặc --id của bản thảo đã lưu.")
    from qcdc_desktop.cli.check_output import office_for, print_json_lines

    db = _open_db(args) if args.id is not None else None
    if db is not None:
        from qcdc_desktop.storage import load_draft

        draft = load_draft(db, args.id)
    else:
        draft = read_draft_file(args.draft)
    findings = run_checks(draft, office_for(args, db))
    if args.format == "json":
        print_json_lines(findings)
        return EXIT_FINDINGS if has_errors(findings) else EXIT_OK
    labels = {"error": "LỖI", "warning": "CẢNH BÁO", "info": "LƯU Ý"}
    for finding in findings:
        print(f"{labels.get(finding.severity, finding.severity)}\t{finding.message}")
    if not findings:
        print("Không phát hiện vấn đề nào.")
    return EXIT_FINDINGS if has_errors(findings) else EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from qcdc_desktop.storage import list_drafts, list_trash
    from qcdc_desktop.storage.integrity import verify_all_drafts

    db = _open_db(args)
    verify_all_drafts(db)  # damaged rows are listed marked "[Hỏng]"
    rows = list_trash(db) if args.trash else list_drafts(db, search=args.search)
    states = {"editing": "đang soạn", "exported": "đã xuất"}
    for row in rows:
        state = states.get(row.state, row.state)
        year = row.period_year or ""
        print(f"{row.id}\t{row.doc_type}\t{year}\t{state}\t{row.updated}\t{row.title}")
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    from qcdc_desktop.model import draft_to_json
    from qcdc_desktop.storage import load_draft

    draft = load_draft(_open_db(args), args.id)
    if args.text:
        from qcdc_desktop.render import render_document

        print(render_document(draft).plain_text())
    else:
        print(draft_to_json(draft))
    return EXIT_OK


def cmd_new(args: argparse.Namespace) -> int:
    from qcdc_desktop.doctypes import new_draft
    from qcdc_desktop.storage import load_default_profile, save_draft

    db = _open_db(args)
    profile = load_default_profile(db)
    defaults = profile.draft_defaults() if profile is not None else None
    draft = new_draft(args.type, args.year, defaults)
    save_draft(db, draft, reason="save")
    print(draft.id)
    return EXIT_OK


def cmd_import_json(args: argparse.Namespace) -> int:
    from qcdc_desktop.storage import import_json

    text = read_text(args.file)
    read_draft_file_text_check(text)
    draft = import_json(_open_db(args), text)
    print(draft.id)
    return EXIT_OK


def read_draft_file_text_check(text: str) -> None:
    from qcdc_desktop.model import draft_from_json

    _require_known_type(draft_from_json(text).doc_type)


# --- parser ---------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="qcdc",
        description="Soạn báo cáo thực hiện dân chủ ở cơ sở và xuất Word đúng thể thức "
        "Nghị định 30/2020/NĐ-CP.",
    )
    parser.add_argument(
        "--data-dir",
        metavar="THƯ_MỤC",
        help="thư mục dữ liệu (mặc định: thư mục dữ liệu của người dùng)",
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="in cả nhật ký hoạt động ra màn hình"
    )
    parser.add_argument(
        "--version", action="version", version=f"qcdc {_version()}", help="in số phiên bản"
    )
    sub = parser.add_subparsers(dest="command", metavar="LỆNH", parser_class=_Parser)
    sub.required = True

    p = sub.add_parser("types", help="liệt kê các loại văn bản")
    p.set_defaults(func=cmd_types)

    p = sub.add_parser("sample", help="in bản thảo mẫu đầy đủ (JSON)")
    p.add_argument("--type", default="bc-6thang", help="loại văn bản (xem: qcdc types)")
    p.add_argument("-o", "--output", help="ghi ra tệp thay vì màn hình")
    p.add_argument("--force", action="store_true", help="ghi đè cả tệp chỉ cho phép đọc")
    p.set_defaults(func=cmd_sample)

    p = sub.add_parser("export", help="xuất bản thảo ra tệp Word (.docx)")
    p.add_argument("draft", nargs="?", help="tệp bản thảo JSON (hoặc - để đọc từ stdin)")
    p.add_argument("--id", help="mã bản thảo đã lưu trong cơ sở dữ liệu")
    p.add_argument("-o", "--output", required=True, help="tệp .docx cần ghi")
    p.add_argument("--font-size", type=int, choices=(13, 14), help="cỡ chữ nội dung")
    p.add_argument("--force", action="store_true", help="ghi đè cả tệp chỉ cho phép đọc")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("check", help="kiểm tra bản thảo trước khi xuất")
    p.add_argument("draft", nargs="?", help="tệp bản thảo JSON")
    p.add_argument("--id", help="mã bản thảo đã lưu")
    p.add_argument(
        "--format", choices=("text", "json"), default="text", help="json: mỗi dòng một phát hiện"
    )
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("list", help="liệt kê bản thảo đã lưu")
    p.add_argument("--search", help="tìm theo nội dung")
    p.add_argument("--trash", action="store_true", help="liệt kê thùng rác")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("show", help="in một bản thảo đã lưu")
    p.add_argument("id")
    p.add_argument("--text", action="store_true", help="in văn bản như khi in ra giấy")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("new", help="tạo bản thảo mới trong cơ sở dữ liệu")
    p.add_argument("--type", required=True, help="loại văn bản (xem: qcdc types)")
    p.add_argument("--year", type=int, default=_this_year(), help="năm của kỳ báo cáo")
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("import-json", help="nhập bản thảo JSON vào cơ sở dữ liệu")
    p.add_argument("file")
    p.set_defaults(func=cmd_import_json)

    for module_name in _EXTRA_COMMAND_MODULES:
        module = importlib.import_module(module_name)
        register: Callable[[Any], None] = module.register
        register(sub)
    describe_subcommands(sub)
    return parser


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("qcdc-desktop")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0"


def _this_year() -> int:
    import datetime as dt

    return dt.date.today().year


def _start_log(args: argparse.Namespace) -> logging.Logger:
    from qcdc_desktop.logs import setup_logging
    from qcdc_desktop.paths import resolve_data_dir

    # The log is a help for support, never a reason for a command to fail: without a
    # data folder (or the package that finds it) the command runs unlogged.
    try:
        setup_logging(resolve_data_dir(args.data_dir), verbose=args.verbose)
    except (ImportError, OSError, ValueError):
        pass
    # A fixed name: run as `python -m`, __name__ is "__main__", outside the log tree.
    return logging.getLogger("qcdc_desktop.cli")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    log = _start_log(args)
    log.debug("qcdc %s", args.command)
    try:
        result: int = args.func(args)
        return result
    except QcdcError as exc:  # a sentence for the user, whichever layer raised it
        log.warning("qcdc %s: %s", args.command, exc)
        print(f"qcdc: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("qcdc: đã dừng.", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK
    except (OSError, ValueError, RecursionError, MemoryError, json.JSONDecodeError) as exc:
        log.exception("qcdc %s failed", args.command)
        print(f"qcdc: không thực hiện được: {exc}", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
