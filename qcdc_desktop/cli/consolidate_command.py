"""`qcdc consolidate FILE... --type T --year Y -o total.json` (or `--into-db`), and
`qcdc figures-xlsx export/import` (figures workbooks for divisions without the program).

Inputs: this program's Word files, other Word files (read as `qcdc import-docx`
does), draft JSON files, and saved drafts (`--id`). Each input's line and the review
go to stderr; the consolidated draft to `-o`, the database, or stdout.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_USAGE = 2

_LABELS = {"error": "LỖI", "warning": "CẢNH BÁO", "info": "LƯU Ý"}


def _expected(args: argparse.Namespace) -> list[str]:
    from qcdc_desktop.cli.main import CliError

    names = list(args.expect or [])
    if args.expect_file:
        try:
            text = Path(args.expect_file).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise CliError(f"Không đọc được danh sách đơn vị “{args.expect_file}”.") from exc
        names += [line.strip() for line in text.splitlines() if line.strip()]
    return names


def cmd_consolidate(args: argparse.Namespace) -> int:
    from qcdc_desktop.cli.main import CliError, _open_db, write_text_out
    from qcdc_desktop.consolidate import DB_PREFIX, consolidate, iter_units
    from qcdc_desktop.model import draft_to_json

    sources = list(args.files or []) + [DB_PREFIX + i for i in args.id or []]
    if not sources:
        raise CliError("Cần ít nhất một báo cáo: tệp .docx, tệp .json hoặc --id.")
    if args.into_db and args.output:
        raise CliError("Chọn một nơi ghi: -o TỆP hoặc --into-db, không cả hai.")
    db = _open_db(args) if (args.into_db or args.id) else None
    defaults = None
    if db is not None:
        from qcdc_desktop.storage import load_default_profile

        profile = load_default_profile(db)
        defaults = profile.draft_defaults() if profile is not None else None
    result = consolidate(
        iter_units(sources, db=db),
        args.type,
        args.year,
        defaults=defaults,
        expected=_expected(args),
    )
    for line in result.summary:
        print(line, file=sys.stderr)
    for finding in result.findings:
        print(
            f"{_LABELS.get(finding.severity, finding.severity)}\t{finding.message}", file=sys.stderr
        )
    if not result.units:
        raise CliError("Không có báo cáo nào tổng hợp được; không tạo bản thảo.")
    print(f"Đã tổng hợp {len(result.units)} đơn vị.", file=sys.stderr)
    if args.into_db and db is not None:
        from qcdc_desktop.storage import save_draft

        save_draft(db, result.draft, reason="save")
        print(result.draft.id)
    else:
        write_text_out(draft_to_json(result.draft), args.output)
    return EXIT_OK


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("consolidate", help="tổng hợp báo cáo của các đơn vị thành một")
    p.add_argument("files", nargs="*", metavar="TỆP", help="báo cáo của đơn vị: .docx hoặc .json")
    p.add_argument("--id", action="append", help="mã bản thảo đã lưu (lặp lại được)")
    p.add_argument("--type", required=True, help="loại văn bản của báo cáo tổng hợp")
    p.add_argument("--year", type=int, required=True, help="năm của kỳ báo cáo")
    p.add_argument("-o", "--output", help="tệp bản thảo JSON ghi ra (mặc định: màn hình)")
    p.add_argument("--into-db", action="store_true", help="lưu bản thảo tổng hợp vào cơ sở dữ liệu")
    p.add_argument("--expect", action="append", help="tên đơn vị phải báo cáo (lặp lại được)")
    p.add_argument("--expect-file", help="tệp danh sách đơn vị phải báo cáo, mỗi dòng một tên")
    p.set_defaults(func=cmd_consolidate)
    register_figures(subparsers)


def _draft_source(args: argparse.Namespace) -> tuple[Any, Any]:
    """(draft, database or None) from `DRAFT.json` or `--id`."""
    from qcdc_desktop.cli.main import CliError, _open_db, read_draft_file

    if (args.draft is None) == (args.id is None):
        raise CliError("Cần đúng một nguồn: tệp bản thảo JSON hoặc --id của bản thảo đã lưu.")
    if args.id is not None:
        from qcdc_desktop.storage import load_draft

        db = _open_db(args)
        return load_draft(db, args.id), db
    return read_draft_file(args.draft), None


def _num(value: Any) -> str:
    from qcdc_desktop.render.numbers import format_number

    return "(trống)" if value is None else format_number(value)


def cmd_figures_export(args: argparse.Namespace) -> int:
    from qcdc_desktop.consolidate.figures_xlsx import export_figures_xlsx

    draft, _ = _draft_source(args)
    path = export_figures_xlsx(draft, Path(args.output))
    print(f"Đã xuất bảng số liệu: {path}", file=sys.stderr)
    return EXIT_OK


def cmd_figures_import(args: argparse.Namespace) -> int:
    from qcdc_desktop.cli.main import CliError, write_text_out
    from qcdc_desktop.consolidate.figures_xlsx import (
        FiguresWorkbookError,
        apply_changes,
        read_figures_xlsx,
    )
    from qcdc_desktop.model import draft_to_json

    draft, db = _draft_source(args)
    try:
        changes = read_figures_xlsx(draft, args.workbook)
    except FiguresWorkbookError as exc:
        raise CliError(str(exc)) from exc
    for change in changes:
        print(f"{change.label}: {_num(change.old)} → {_num(change.new)}", file=sys.stderr)
    print(f"{len(changes)} số liệu thay đổi.", file=sys.stderr)
    if args.dry_run:
        return EXIT_OK
    updated = apply_changes(draft, changes)
    if db is not None:
        from qcdc_desktop.storage import save_draft

        save_draft(db, updated, reason="save")
        print(f"Đã lưu vào bản thảo {updated.id}.", file=sys.stderr)
    else:
        write_text_out(draft_to_json(updated), args.output)
    return EXIT_OK


def register_figures(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "figures-xlsx", help="bảng số liệu Excel cho đơn vị không dùng chương trình"
    )
    sub = p.add_subparsers(dest="xlsx_command", metavar="VIỆC", parser_class=type(p))
    sub.required = True
    e = sub.add_parser("export", help="xuất các nhóm số liệu của bản thảo ra tệp .xlsx")
    e.add_argument("draft", nargs="?", help="tệp bản thảo JSON")
    e.add_argument("--id", help="mã bản thảo đã lưu")
    e.add_argument("-o", "--output", required=True, help="tệp .xlsx cần ghi")
    e.set_defaults(func=cmd_figures_export)
    i = sub.add_parser("import", help="nhập số liệu từ tệp .xlsx đã điền vào bản thảo")
    i.add_argument("workbook", help="tệp .xlsx đã điền")
    i.add_argument("draft", nargs="?", help="tệp bản thảo JSON")
    i.add_argument("--id", help="mã bản thảo đã lưu (lưu thẳng vào cơ sở dữ liệu)")
    i.add_argument("-o", "--output", help="tệp bản thảo JSON ghi ra (mặc định: màn hình)")
    i.add_argument("--dry-run", action="store_true", help="chỉ xem trước, không ghi gì")
    i.set_defaults(func=cmd_figures_import)
