"""argparse with its frame in Vietnamese: usage, section titles, help and error lines.

argparse takes every fixed string through gettext. Python ships no Vietnamese catalogue,
so the strings are mapped here, by their English message ids, and the parsers built by
`VietnameseParser` print them. Unknown ids (a newer Python) fall back to the English text
rather than failing.
"""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

EXIT_USAGE = 2

_MESSAGES: dict[str, str] = {
    "usage: ": "cách dùng: ",
    "positional arguments": "tham số",
    "options": "tùy chọn",
    "optional arguments": "tùy chọn",
    "show this help message and exit": "in hướng dẫn này rồi thoát",
    "show program's version number and exit": "in số phiên bản rồi thoát",
    "subcommands": "lệnh",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "thiếu tham số bắt buộc: %s",
    "one of the arguments %s is required": "cần một trong các tham số %s",
    "unrecognized arguments: %s": "tham số không hiểu: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "giá trị %(value)r không hợp lệ (chọn một trong: %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "giá trị %(value)r không hợp lệ (cần kiểu %(type)s)",
    "expected one argument": "cần một giá trị",
    "expected at most one argument": "cần nhiều nhất một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "ambiguous option: %(option)s could match %(matches)s": (
        "tùy chọn %(option)s không rõ: có thể là %(matches)s"
    ),
    "not allowed with argument %s": "không dùng được cùng tham số %s",
    "ignored explicit argument %r": "bỏ qua giá trị %r",
    "unexpected option string: %s": "tùy chọn không mong đợi: %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "lệnh %(parser_name)r không có (các lệnh: %(choices)s)"
    ),
    "can't open '%(filename)s': %(error)s": "không mở được “%(filename)s”: %(error)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
}

# argparse names the type of a bad value by the converter's name ("int").
_TYPE_NAMES = {"int": "số nguyên", "float": "số"}


def translate(message: str) -> str:
    return _MESSAGES.get(message, message)


def ntranslate(singular: str, plural: str, n: int) -> str:
    if singular == "expected %s argument":
        return "cần %s giá trị"
    return singular if n == 1 else plural


def install() -> None:
    """Route argparse's strings through the Vietnamese table (process-wide: the CLI and
    the desktop program's own options are the only parsers in the process)."""
    argparse._ = translate  # type: ignore[attr-defined]
    argparse.ngettext = ntranslate  # type: ignore[attr-defined]


class VietnameseHelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Keeps the line breaks of descriptions and epilogs (exit codes, type lists)."""


class VietnameseParser(argparse.ArgumentParser):
    def __init__(self, *args: object, **kwargs: object) -> None:
        install()
        kwargs.setdefault("formatter_class", VietnameseHelpFormatter)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def error(self, message: str) -> NoReturn:
        for english, vietnamese in _TYPE_NAMES.items():
            message = message.replace(f"(cần kiểu {english})", f"(cần {vietnamese})")
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: lỗi: {message}\n")
