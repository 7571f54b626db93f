"""The position a printed or typed outline label stands for ("IV." -> 4, "đ)" -> 5).

Used to compare a document's own numbering with the numbering printed on export,
and to find duplicate or skipped labels in a printed outline.
"""

from __future__ import annotations

import re

from qcdc_desktop.render.numbering import VIETNAMESE_LETTERS

_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_ENGLISH = "abcdefghijklmnopqrstuvwxyz"
# Bounded pieces only: each alternative is tried once at the start of the text.
LEADING_LABEL = re.compile(
    r"^(?:(?P<decimal>\d{1,2}(?:\.\d{1,2}){1,3})\.?(?=\s)"
    r"|(?P<roman>[IVXL]{1,6})\s?[.)](?=\s)"
    r"|(?P<arabic>\d{1,2})[.)](?=\s)"
    r"|(?P<alpha>[a-zđ]{1,2})\)(?=\s))"
)


def roman_value(text: str) -> int | None:
    total, prev = 0, 0
    for ch in reversed(text.upper()):
        value = _ROMAN_VALUES.get(ch)
        if value is None:
            return None
        total = total - value if value < prev else total + value
        prev = max(prev, value)
    return total or None


def letter_values(text: str) -> set[int]:
    """A letter's position in the Vietnamese alphabet and in Word's a..z (they differ from e)."""
    out: set[int] = set()
    text = text.lower()
    if text and len(set(text)) == 1:
        ch, repeat = text[0], len(text)
        if ch in VIETNAMESE_LETTERS:
            out.add(VIETNAMESE_LETTERS.index(ch) + 1 + (repeat - 1) * len(VIETNAMESE_LETTERS))
        if ch in _ENGLISH:
            out.add(_ENGLISH.index(ch) + 1 + (repeat - 1) * 26)
    return out


def label_values(style: str, number: str) -> set[int]:
    """Every position the label can stand for (one, except letters past "d")."""
    number = number.strip().rstrip(".)").strip()
    if style == "roman":
        value = roman_value(number)
        return {value} if value else set()
    if style == "alpha":
        return letter_values(number)
    last = number.split(".")[-1]
    return {int(last)} if last.isdigit() else set()


def leading_label(text: str) -> tuple[str, str, int] | None:
    """(style, number, depth) of the label a printed paragraph starts with."""
    m = LEADING_LABEL.match(text)
    if not m:
        return None
    for style in ("decimal", "roman", "arabic", "alpha"):
        number = m.group(style)
        if number:
            depth = number.count(".") + 1 if style == "decimal" else 1
            return style, number, depth
    return None
