"""The help page of each subcommand: what it does, Vietnamese value placeholders, the
valid document types where a type is asked for, and the exit codes."""

from __future__ import annotations

import argparse
from typing import Any

EXIT_CODES = (
    "mã thoát:\n"
    "  0  xong\n"
    "  1  bản thảo còn lỗi cần sửa (lệnh check)\n"
    "  2  lệnh gõ sai hoặc không thực hiện được (lý do in ra màn hình)"
)
# The placeholders of values in the help ("--type LOẠI"), argparse's being the English
# destination names in capitals.
METAVARS = {
    "draft": "BẢN_THẢO",
    "expect": "SỐ_LIỆU",
    "expect_file": "TỆP",
    "file": "TỆP",
    "id": "MÃ",
    "min_free_mb": "MB",
    "output": "TỆP",
    "search": "TỪ_KHÓA",
    "type": "LOẠI",
    "which": "BẢN_SAO_LƯU",
    "year": "NĂM",
    "data_dir": "THƯ_MỤC",
}


def describe_subcommands(sub: Any) -> None:
    """Each subcommand's help page starts with what it does (its one-line help), names
    the document types wherever a type is asked for, and ends with the exit codes."""
    from qcdc_desktop.doctypes import doc_types

    types = ", ".join(sorted(doc_types()))
    summaries = {action.dest: action.help for action in sub._choices_actions}
    for name, parser in sub.choices.items():
        if not parser.description:
            summary = summaries.get(name) or name
            parser.description = summary[:1].upper() + summary[1:] + "."
        parser.epilog = EXIT_CODES
        parser.formatter_class = argparse.RawDescriptionHelpFormatter
        for action in parser._actions:
            if action.metavar is None and action.dest in METAVARS and not action.choices:
                action.metavar = METAVARS[action.dest]
            if "--type" in action.option_strings and action.help and types not in action.help:
                action.help = f"{action.help}; một trong: {types}"
