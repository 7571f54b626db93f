"""Which "...", "…", "xxx", "[...]" marks stand where content is missing.

A mark is a placeholder when it stands alone, where a number, date or name belongs
("tiến hành ... cuộc thanh tra", "biên chế công chức: ...,", "Số: .../BC"), or is
one of the marks no prose uses ("xxx", "[...]", "___", an unknown "{name}").
An ellipsis that closes an enumeration is prose and is not a placeholder:
"các văn bản khác,…", "v.v…", "nội quy, quy chế cơ quan... cho công chức",
"môi trường xanh – sạch – đẹp ... là một trong các tiêu chí".
"""

from __future__ import annotations

import re
from functools import cache

from qcdc_desktop.doctypes.figures import figure_groups

# Order matters: a bracketed "[...]" is reported as one mark, not as "[" plus "...".
PLACEHOLDER_PATTERNS: tuple[str, ...] = (
    # [...], […], []. One run of spaces before the dots and one after: two \s* side by
    # side (around an optional part) backtrack quadratically over "[" + 300 KB of spaces.
    r"\[\s*(?:(?:\.{2,}|…+)\s*)?\]",
    r"\.{3,}",  # ...
    r"…+",  # the ellipsis character, as Word's autocorrect types it
    r"(?<!\w)[xX]{3,}(?!\w)",  # xxx, XXX as a word
    r"_{3,}",  # ___
    r"\{[^{}\n]{0,40}\}",  # a {placeholder} no template knows
)
PLACEHOLDER_RE = re.compile("|".join(f"(?:{p})" for p in PLACEHOLDER_PATTERNS))
_ELLIPSIS = re.compile(r"^(?:\.{3,}|…+)$")
# Words after which a number, date or name is expected: "số ...", "ngày ...".
_EXPECTS_VALUE = frozenset(
    {"số", "ngày", "tháng", "năm", "của", "là", "gồm", "có", "được", "đạt", "khoảng", "ông", "bà"}
)
# Words a count is followed by: "... cuộc", "... hồ sơ".
_COMMON_UNITS = (
    "cuộc",
    "hồ sơ",
    "người",
    "đồng",
    "lượt",
    "đơn",
    "vụ",
    "vi phạm",
    "chi bộ",
    "đảng viên",
    "văn bản",
    "buổi",
    "lớp",
    "trường hợp",
    "tin",
    "bài",
    "%",
)
_CLAUSE_END = re.compile(r"[.;:!?]\s")


@cache
def unit_words() -> tuple[str, ...]:
    units = {f.unit for g in figure_groups().values() for f in g.figures if f.unit}
    return tuple(sorted(units | set(_COMMON_UNITS), key=len, reverse=True))


def _followed_by_unit(after: str) -> bool:
    rest = after.lstrip().casefold()
    for unit in unit_words():
        if rest.startswith(unit) and not rest[len(unit) : len(unit) + 1].isalnum():
            return True
    return False


def _is_list_before(before: str) -> bool:
    """The clause before the mark is an enumeration (has "," or " – " between items)."""
    starts = [m.end() for m in _CLAUSE_END.finditer(before)]
    clause = before[starts[-1] :] if starts else before
    return "," in clause or " – " in clause or " - " in clause


def is_prose_ellipsis(text: str, start: int, end: int) -> bool:
    """Whether the ellipsis at text[start:end] closes an enumeration (prose)."""
    before, after = text[:start], text[end:]
    if not text.replace(".", "").replace("…", "").strip(" ,;:()"):
        return False  # the mark alone
    if after[:1] == "/" or after[:1].isdigit() or before[-1:] == "/" or before[-1:].isdigit():
        return False  # ".../BC-STTTT", "ngày…/…/2024"
    if re.search(r"(?<!\w)v\.v\.?$", before):
        return True  # "v.v…"
    if _followed_by_unit(after):
        return False  # "tiến hành ... cuộc thanh tra"
    stripped = before.rstrip()
    spaced = len(stripped) < len(before)
    last = stripped[-1:]
    word = re.search(r"(\w+)\W*$", stripped)
    prev_word = word.group(1).casefold() if word else ""
    if not last:
        return False
    if last.isalpha() or last in ")”\"'":
        if prev_word in _EXPECTS_VALUE:
            return False  # "Luật số ... ngày"
        # Attached to the word ("quy chế cơ quan..."), or after a list of items.
        return not spaced or _is_list_before(stripped)
    if last == ",":
        # "các văn bản khác,…": closes a list when nothing but punctuation follows,
        # or a new clause starts; ", ..., " in the middle of a list of figures is a gap.
        tail = after.lstrip()
        return _is_list_before(stripped[:-1] + " ,") and (not tail or tail[:1] in '.;)”"')
    return False  # after ":", "(", "–" …: a value belongs there


def placeholder_marks(text: str) -> list[re.Match[str]]:
    out = []
    for m in PLACEHOLDER_RE.finditer(text):
        if _ELLIPSIS.match(m.group(0)) and is_prose_ellipsis(text, m.start(), m.end()):
            continue
        out.append(m)
    return out
