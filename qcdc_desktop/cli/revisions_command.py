"""`qcdc revisions --id ID [--restore REV [--as-new]]`: a draft's revision history."""

from __future__ import annotations

import argparse
import sys
from typing import Any

EXIT_OK = 0


def cmd_revisions(args: argparse.Namespace) -> int:
    from qcdc_desktop.cli.main import CliError, _open_db
    from qcdc_desktop.storage.backups import size_text
    from qcdc_desktop.storage.revision_history import restore_revision, revision_history
    from qcdc_desktop.storage.timestamps import local_time_text

    db = _open_db(args)
    if db.scalar("SELECT 1 FROM drafts WHERE id = ?", (args.id,)) is None:
        raise CliError(f"Không tìm thấy bản thảo “{args.id}”; có thể nó đã bị xóa vĩnh viễn.")
    if args.restore is not None:
        draft = restore_revision(db, args.id, args.restore, as_new=args.as_new)
        if args.as_new:
            print(draft.id)
            print(f"Đã tạo bản thảo mới từ phiên bản #{args.restore}.", file=sys.stderr)
        else:
            print(
                f"Đã khôi phục phiên bản #{args.restore}; nội dung trước đó được giữ trong "
                "lịch sử phiên bản.",
                file=sys.stderr,
            )
        return EXIT_OK
    entries = revision_history(db, args.id)
    if not entries:
        print("Bản thảo này chưa có phiên bản nào được giữ.")
    for entry in entries:
        reason = entry.reason_label + (f" — {entry.note}" if entry.note else "")
        print(
            f"{entry.id}\t{local_time_text(entry.created)}\t{reason}\t"
            f"{size_text(entry.size)}\t{entry.change}"
        )
    return EXIT_OK


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("revisions", help="lịch sử phiên bản của một bản thảo")
    p.add_argument("--id", required=True, help="mã bản thảo")
    p.add_argument("--restore", type=int, metavar="SỐ", help="khôi phục phiên bản có số này")
    p.add_argument(
        "--as-new", action="store_true", help="khôi phục thành bản thảo mới thay vì thay nội dung"
    )
    p.set_defaults(func=cmd_revisions)
