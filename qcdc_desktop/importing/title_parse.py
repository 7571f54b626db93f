"""The title block (BÁO CÁO / KẾ HOẠCH and the summary line) -> document type and year.

Each document type's own summary template is tried first ("Kết quả thực hiện dân
chủ ở cơ sở 6 tháng đầu năm {year}"), so a type an office adds is recognised too.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from qcdc_desktop.doctypes import DocType, doc_types

_YEAR = re.compile(r"\b(19\d{2}|20\d{2}|21\d{2})\b")


@dataclass
class TitleInfo:
    type_id: str
    year: int | None
    certain: bool  # the summary matched the type's template exactly


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Case- and space-insensitive key for comparing Vietnamese phrases."""
    text = unicodedata.normalize("NFC", text).casefold()
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def known_titles() -> list[str]:
    titles = {t.title.strip().upper() for t in doc_types().values()}
    return sorted(titles, key=len, reverse=True)


def split_title(text: str) -> tuple[str, str] | None:
    """ "KẾ HOẠCH Thực hiện ..." -> ("KẾ HOẠCH", "Thực hiện ..."); None if not a title."""
    stripped = " ".join(text.split())
    for title in known_titles():
        if stripped.upper() == title:
            return title, ""
        if stripped.startswith(title + " ") and not stripped[len(title) + 1 :].isupper():
            return title, stripped[len(title) :].strip()
    return None


def _template_regex(template: str) -> re.Pattern[str]:
    parts = [fold(p) for p in template.split("{year}")]
    return re.compile(r"\s*(\d{4})\s*".join(re.escape(p) for p in parts))


def _year(summary: str) -> int | None:
    years = _YEAR.findall(summary)
    return int(years[-1]) if years else None


def _by_keywords(candidates: list[DocType], summary: str) -> DocType | None:
    """When no template matches: the period words and distinctive words of the summary."""
    key = fold(summary)
    best: tuple[int, DocType] | None = None
    for t in candidates:
        score = 0
        label = fold(t.period_label.replace("{year}", ""))
        if label and label in key:
            score += 2 * len(label.split())
        template_words = set(fold(t.summary.replace("{year}", "")).split())
        score += len(template_words & set(key.split()))
        if best is None or score > best[0]:
            best = (score, t)
    return best[1] if best else None


def parse_title(title: str, summary: str, type_hint: str | None = None) -> TitleInfo | None:
    """The document type and year named by the title block, or None when unclear."""
    types = list(doc_types().values())
    same_title = [t for t in types if t.title.strip().upper() == title.strip().upper()] or types
    key = fold(summary)
    year = _year(summary)
    exact: list[DocType] = []
    partial: list[DocType] = []
    for t in same_title:
        pattern = _template_regex(t.summary)
        if pattern.fullmatch(key):
            exact.append(t)
        elif pattern.search(key):
            partial.append(t)
    if exact:
        chosen = next((t for t in exact if t.id == type_hint), exact[0])
        return TitleInfo(chosen.id, year, True)
    if type_hint and any(t.id == type_hint for t in same_title):
        return TitleInfo(type_hint, year, False)
    if partial:
        chosen = max(partial, key=lambda t: len(t.summary))
        return TitleInfo(chosen.id, year, False)
    if not summary.strip() and not title.strip():
        return None
    chosen_kw = _by_keywords(same_title, summary)
    return TitleInfo(chosen_kw.id, year, False) if chosen_kw else None
