"""Estimated printed width of a line of Times New Roman, for sizing the short rules.

The decree wants the rule under the issuing body 1/3–1/2 as long as the text and
the rule under the motto as long as the motto. Word has no "as long as the text
above" border, so the exporter sizes a bordered empty paragraph from these widths.
Advance widths are Times' standard metrics (units per 1000 em); Vietnamese letters
measure as their base letter, which is within a few percent.
"""

from __future__ import annotations

import unicodedata

_REGULAR_UPPER = (
    722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889,
    722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611,
)  # fmt: skip
_REGULAR_LOWER = (
    444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778,
    500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444,
)  # fmt: skip
_BOLD_UPPER = (
    722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944,
    722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667,
)  # fmt: skip
_BOLD_LOWER = (
    500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833,
    556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444,
)  # fmt: skip
_PUNCT = {" ": 250, "-": 333, ",": 250, ".": 250, ":": 333, ";": 278, "/": 278, "(": 333}
_DIGIT = 500
_OTHER = 556
_BASE = {"đ": "d", "Đ": "D"}


def _char_width(char: str, bold: bool) -> int:
    base = _BASE.get(char) or unicodedata.normalize("NFD", char)[:1] or char
    if "A" <= base <= "Z":
        table = _BOLD_UPPER if bold else _REGULAR_UPPER
        width = table[ord(base) - ord("A")]
    elif "a" <= base <= "z":
        table = _BOLD_LOWER if bold else _REGULAR_LOWER
        width = table[ord(base) - ord("a")]
    elif base.isdigit():
        width = _DIGIT
    else:
        width = _PUNCT.get(base, _OTHER)
    if char in "ƠơƯư":  # the horn sticks out to the right
        width += 60
    return width


def text_width_pt(text: str, size_pt: float, *, bold: bool = False) -> float:
    return sum(_char_width(c, bold) for c in text) * size_pt / 1000


def wrapped_width_pt(text: str, size_pt: float, box_pt: float, *, bold: bool = False) -> float:
    """Width of the longest line once `text` is wrapped at spaces into a box `box_pt` wide."""
    space = text_width_pt(" ", size_pt, bold=bold)
    longest = line = 0.0
    for word in text.split():
        w = text_width_pt(word, size_pt, bold=bold)
        if line and line + space + w > box_pt:
            longest = max(longest, line)
            line = w
        else:
            line = line + space + w if line else w
    return min(max(longest, line), box_pt)


def balanced_lines(text: str, size_pt: float, box_pt: float, *, bold: bool = False) -> list[str]:
    """Split a header line that cannot fit into two lines of similar length.

    Word would fill the first line and leave a word or two on the second
    ("SỞ THÔNG TIN VÀ TRUYỀN / THÔNG"); offices break such names by hand into
    balanced lines, and so does the exporter. Text needing three lines or more is
    left to Word's own wrapping.
    """
    words = text.split()
    if len(words) < 2 or text_width_pt(text, size_pt, bold=bold) <= box_pt:
        return [text]
    best: tuple[float, list[str]] | None = None
    for cut in range(1, len(words)):
        lines = [" ".join(words[:cut]), " ".join(words[cut:])]
        longest = max(text_width_pt(line, size_pt, bold=bold) for line in lines)
        if longest <= box_pt and (best is None or longest < best[0]):
            best = (longest, lines)
    return best[1] if best else [text]
