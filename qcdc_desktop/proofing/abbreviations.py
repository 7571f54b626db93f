"""Abbreviations: written out once, "Thông tin và Truyền thông (TTTT)", before they are used.

An abbreviation used before the sentence that defines it, or never defined, is
flagged at its first use. Those every reader knows (UBND, HĐND, CCVC …) are data in
resources/proofing/abbreviations.toml; the office dictionary may add its own. Parts
of a document number ("26-KH/BCĐ", "04/2015/NĐ-CP"), Roman numerals and texts
written all in capitals (headings) are not abbreviations in this sense.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from qcdc_desktop.proofing.issues import TextIssue
from qcdc_desktop.proofing.spelling import WORD
from qcdc_desktop.resources import resource_path

_ROMAN = re.compile(r"^[IVXLC]+$")
_DEFINED = re.compile(
    r"\(\s*(?:(?:sau\s+đây\s+)?(?:gọi|viết)\s+tắt\s+là\s*:?\s*)?[“\"]?"
    r"(?P<abbr>[^\W\d_][^\W_]*)[”\"]?\s*\)",
    re.IGNORECASE,
)
# Small words that do not give a letter to the abbreviation ("Thông tin và Truyền thông").
_CONNECTORS = frozenset({"và", "của", "các", "ở", "với", "về", "cho", "tại"})


@cache
def common_abbreviations() -> dict[str, str]:
    with resource_path("proofing", "abbreviations.toml").open("rb") as fh:
        data = tomllib.load(fh)
    return {str(k): str(v) for k, v in data.get("common", {}).items()}


def is_abbreviation(token: str) -> bool:
    if len(token) < 2 or not token[0].isupper():
        return False  # most words: decided on the first letter
    uppers = sum(1 for ch in token if ch.isupper())
    return uppers >= 2 and not _ROMAN.match(token)


def _in_number(text: str, start: int, end: int) -> bool:
    """Part of a document number or code: "26-KH/BCĐ", "COVID-19", "QĐ-UBND"."""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    return before in "/-" or after in "/-"


def _mostly_capitals(text: str) -> bool:
    words = text.split()
    capitals = sum(1 for w in words if w.isupper())
    return len(words) > 1 and capitals / len(words) > 0.6


def full_form_before(text: str, paren: int, abbr: str) -> str:
    """The words just before "(" whose initials spell `abbr`, or ""."""
    words = text[max(0, paren - 300) : paren].split()  # a full form is a few words
    initials = ""
    taken: list[str] = []
    target = abbr.upper()
    for word in reversed(words):
        clean = word.strip(',;:“”"')
        if not clean:
            break
        taken.insert(0, clean)
        if clean.lower() not in _CONNECTORS:
            initials = clean[0].upper() + initials
        if initials == target:
            return " ".join(taken)
        if len(initials) > len(target) or not target.endswith(initials):
            return ""
    return ""


@dataclass(frozen=True)
class Use:
    text_index: int
    start: int
    end: int


def abbreviation_issues(
    texts: Sequence[str], known: Callable[[str], bool] = lambda _a: False
) -> list[list[TextIssue]]:
    """Issues for each of `texts` (document order). `known(abbr)`: the office's own."""
    common = common_abbreviations()
    first_use: dict[str, Use] = {}
    defined: dict[str, tuple[Use, str]] = {}
    for index, text in enumerate(texts):
        if _mostly_capitals(text):
            continue
        for m in _DEFINED.finditer(text):
            abbr = m.group("abbr")
            if is_abbreviation(abbr) and abbr not in defined:
                full = full_form_before(text, m.start(), abbr)
                defined[abbr] = (Use(index, m.start("abbr"), m.end("abbr")), full)
        for m in WORD.finditer(text):
            token = m.group(0)
            if not is_abbreviation(token) or _in_number(text, m.start(), m.end()):
                continue
            first_use.setdefault(token, Use(index, m.start(), m.end()))
    out: list[list[TextIssue]] = [[] for _ in texts]
    for abbr, use in first_use.items():
        if abbr in common or known(abbr):
            continue
        if abbr not in defined:
            out[use.text_index].append(
                TextIssue(
                    "abbrev.undefined",
                    "warning",
                    use.start,
                    use.end,
                    f"Chữ viết tắt “{abbr}” chưa được viết đầy đủ lần nào; hãy viết đầy đủ "
                    f"ở lần dùng đầu, kèm “({abbr})”.",
                )
            )
            continue
        where, full = defined[abbr]
        if (use.text_index, use.start) < (where.text_index, where.start):
            suggestion = (f"{full} ({abbr})",) if full else ()
            out[use.text_index].append(
                TextIssue(
                    "abbrev.before_definition",
                    "warning",
                    use.start,
                    use.end,
                    f"Chữ viết tắt “{abbr}” được dùng trước khi viết đầy đủ"
                    + (f" (“{full}”)" if full else "")
                    + "; hãy viết đầy đủ ở lần dùng đầu.",
                    suggestion,
                    (("defined.at", str(where.start)),),
                )
            )
    return out
