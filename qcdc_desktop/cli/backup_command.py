"""`qcdc backup [--list]` and `qcdc restore WHICH`: the backup window's two actions.

`restore` never overwrites: the current file is renamed beside itself first. It works
on a damaged database too (it does not open the current file).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

EXIT_OK = 0
EXIT_USAGE = 2


def _data_dir(args: argparse.Namespace) -> Any:
    from qcdc_desktop.paths import data_dir

    return data_dir(args.data_dir)


def print_backups(folder: Any) -> int:
    from qcdc_desktop.storage.backups import backup_folder, backup_infos

    infos = backup_infos(folder)
    if not infos:
        print(f"Chưa có bản sao lưu nào trong {backup_folder(folder)}.")
        return EXIT_OK
    for number, info in enumerate(infos, 1):
        drafts = "không đọc được" if info.drafts is None else f"{info.drafts} bản thảo"
        print(
            f"{number}\t{info.local_time_text()}\t{info.size_text()}\t{drafts}\t"
            f"{info.kind_label}\t{info.path.name}"
        )
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from qcdc_desktop.cli.main import CliError, _open_db
    from qcdc_desktop.storage.backup_policy import make_backup
    from qcdc_desktop.storage.backups import count_drafts, size_text

    folder = _data_dir(args)
    if args.list:
        return print_backups(folder)
    db = _open_db(args)
    try:
        outcome = make_backup(db, folder, "manual", min_free_bytes=args.min_free_mb * 1024 * 1024)
    finally:
        db.close()
    if outcome.path is None:
        raise CliError(outcome.warning)
    drafts = count_drafts(outcome.path)
    print(str(outcome.path))
    print(
        f"Đã sao lưu {drafts} bản thảo ({size_text(outcome.path.stat().st_size)}) "
        f"trong {outcome.seconds:.2f} giây.",
        file=sys.stderr,
    )
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from qcdc_desktop.paths import database_path
    from qcdc_desktop.storage.backups import count_drafts, find_backup, restore_backup

    folder = _data_dir(args)
    backup = find_backup(folder, args.which)
    kept = restore_backup(backup, database_path(folder), label="truoc-khoi-phuc")
    drafts = count_drafts(database_path(folder))
    print(f"Đã khôi phục {drafts} bản thảo từ {backup.name}.", file=sys.stderr)
    if kept is not None:
        print(f"Tệp dữ liệu trước đó được giữ lại: {kept}", file=sys.stderr)
    return EXIT_OK


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "backup", help="sao lưu cơ sở dữ liệu ngay (hoặc liệt kê bản sao lưu)"
    )
    p.add_argument("--list", action="store_true", help="liệt kê các bản sao lưu, mới nhất trước")
    p.add_argument(
        "--min-free-mb",
        type=int,
        default=200,
        help="không sao lưu khi ổ đĩa còn ít hơn chừng này MB trống (mặc định 200)",
    )
    p.set_defaults(func=cmd_backup)

    p = subparsers.add_parser(
        "restore", help="khôi phục từ một bản sao lưu (tệp hiện tại được giữ lại, không ghi đè)"
    )
    p.add_argument("which", help="số thứ tự trong qcdc backup --list (1 = mới nhất) hoặc tên tệp")
    p.set_defaults(func=cmd_restore)
