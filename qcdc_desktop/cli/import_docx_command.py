"""`qcdc import-docx OLD.docx -o draft.json`, `qcdc import-text REPORT.txt -o draft.json`
and `qcdc carry-forward DRAFT.json -o next.json`.

The CLI main calls `register(subparsers)`. Both commands print what they found to
stderr, write the draft's JSON, and on a bad input print one Vietnamese line and
exit 2.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

EXIT_OK = 0
EXIT_USAGE = 2


def _fail(message: str) -> int:
    print(f"qcdc: {message}", file=sys.stderr)
    return EXIT_USAGE


def _write(text: str, out: str | None, args: argparse.Namespace) -> None:
    from qcdc_desktop.cli.main import write_text_out

    # Never over the command's own input, the database or a read-only file.
    write_text_out(text, out, args, [args.file])


def _check_output(args: argparse.Namespace) -> None:
    """Refuse a bad output path before any work is done or printed."""
    from qcdc_desktop.cli.main import checked_output

    if args.output not in (None, "-"):
        checked_output(args.output, args, [args.file])


def cmd_import_docx(args: argparse.Namespace) -> int:
    from qcdc_desktop.importing import DocxImportError, import_docx

    _check_output(args)

    try:
        result = import_docx(args.file, type_hint=args.type, year_hint=args.year)
    except DocxImportError as exc:
        return _fail(str(exc))
    return _emit(result, args)


def _emit(result: Any, args: argparse.Namespace) -> int:
    """What was recognised on standard error; the draft's JSON to the output."""
    from qcdc_desktop.model import draft_to_json

    for line in result.summary:
        print(line, file=sys.stderr)
    _write(draft_to_json(result.draft), args.output, args)
    return EXIT_OK


def cmd_import_text(args: argparse.Namespace) -> int:
    """A whole report as plain text (a file, or "-" for standard input) -> a draft."""
    from qcdc_desktop.cli.main import read_text
    from qcdc_desktop.importing import DocxImportError, import_text

    _check_output(args)
    text = read_text(args.file)
    if not text.strip():
        return _fail("Văn bản trống; không có gì để nhập.")
    try:
        result = import_text(text, type_hint=args.type, year_hint=args.year)
    except DocxImportError as exc:
        return _fail(str(exc))
    return _emit(result, args)


def _year(text: str) -> int:
    value = int(text)
    if not 1900 <= value <= 2200:
        raise argparse.ArgumentTypeError("năm phải trong khoảng 1900–2200")
    return value


def cmd_carry_forward(args: argparse.Namespace) -> int:
    from qcdc_desktop.cli.main import read_text
    from qcdc_desktop.doctypes import DocTypeError, get_doc_type
    from qcdc_desktop.importing.carry_forward import carry_forward
    from qcdc_desktop.model import DraftFormatError, draft_from_json, draft_to_json

    _check_output(args)
    text = read_text(args.file)
    try:
        draft = draft_from_json(text)
        following = carry_forward(draft)
        new_type = get_doc_type(following.doc_type)
    except (DraftFormatError, DocTypeError) as exc:
        return _fail(str(exc))
    print(
        f"Bản thảo mới: {new_type.title.capitalize()} {following.summary} "
        f"({len(following.all_parts())} phần chờ rà soát).",
        file=sys.stderr,
    )
    _write(draft_to_json(following), args.output, args)
    return EXIT_OK


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "import-docx", help="nhập báo cáo cũ (.docx, .doc, .odt, .pdf, .txt) thành bản thảo"
    )
    p.add_argument("file", help="tệp .docx (hoặc .doc, .odt, .pdf có lớp chữ, .txt)")
    p.add_argument("-o", "--output", help="tệp bản thảo JSON ghi ra (mặc định: in ra màn hình)")
    p.add_argument("--type", help="loại văn bản khi không nhận dạng được tiêu đề")
    p.add_argument("--force", action="store_true", help="ghi đè cả tệp chỉ cho phép đọc")
    p.add_argument("--year", type=_year, help="năm báo cáo khi văn bản không ghi năm")
    p.set_defaults(func=cmd_import_docx)

    p = subparsers.add_parser(
        "import-text", help="nhập toàn bộ báo cáo dán dưới dạng văn bản thuần thành bản thảo"
    )
    p.add_argument("file", help="tệp văn bản UTF-8, hoặc - để đọc từ đầu vào chuẩn")
    p.add_argument("-o", "--output", help="tệp bản thảo JSON ghi ra (mặc định: in ra màn hình)")
    p.add_argument("--type", help="loại văn bản khi không nhận dạng được tiêu đề")
    p.add_argument("--year", type=_year, help="năm báo cáo khi văn bản không ghi năm")
    p.add_argument("--force", action="store_true", help="ghi đè cả tệp chỉ cho phép đọc")
    p.set_defaults(func=cmd_import_text)

    p = subparsers.add_parser("carry-forward", help="tạo bản thảo kỳ sau từ bản thảo kỳ này")
    p.add_argument("file", help="tệp bản thảo JSON")
    p.add_argument("-o", "--output", help="tệp bản thảo JSON ghi ra (mặc định: in ra màn hình)")
    p.add_argument("--force", action="store_true", help="ghi đè cả tệp chỉ cho phép đọc")
    p.set_defaults(func=cmd_carry_forward)
