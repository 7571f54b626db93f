"""Word's automatic numbering (numbering.xml) turned into the labels Word displays.

A paragraph numbered by Word stores no number, only `w:numPr` (a list instance and
a level), on itself or through its style. Word computes the label from the list's
levels (format, start value, level text such as "%1.%2."), counting paragraphs in
document order, restarting deeper levels after a higher one, and honouring a list
instance's start overrides. This module does the same, one paragraph at a time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from qcdc_desktop.importing.wordml import (
    W,
    W_abstractNum,
    W_abstractNumId,
    W_b,
    W_ilvl,
    W_isLgl,
    W_lvl,
    W_lvlOverride,
    W_num,
    W_numId,
    W_rPr,
    W_val,
    is_on,
)
from qcdc_desktop.render.numbering import roman

# Bullet characters that stand for the house style's "-" items and "+" sub-items.
DASH_BULLETS = frozenset("-–—")
PLUS_BULLETS = frozenset("+")


@dataclass
class Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1
    restart: int | None = None  # restart after this (1-based) level; 0 = never
    legal: bool = False  # isLgl: every number decimal
    bold: bool | None = None
    style: str = ""  # a paragraph style linked to this level


_MARKERS = tuple((k, f"%{k + 1}") for k in range(9))
_DEFAULT_LEVEL = Level()


@dataclass
class _Instance:
    abstract: str
    starts: dict[int, int] = field(default_factory=dict)  # startOverride per level
    levels: dict[int, Level] = field(default_factory=dict)  # lvl given in lvlOverride


@dataclass
class Label:
    """What Word prints before a numbered paragraph."""

    text: str  # "II.", "1.2.", "a)", "-" (a bullet's own character), "" for none
    level: int  # 0-based list level
    bullet: bool
    bold: bool | None  # formatting of the number itself, when the level sets it


def _val(el: Any, tag: str) -> str | None:
    child = el.find(f"{W}{tag}") if el is not None else None
    return child.get(W_val) if child is not None else None


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _level(lvl: Any) -> Level:
    rpr = lvl.find(W_rPr)
    restart = _val(lvl, "lvlRestart")
    return Level(
        fmt=_val(lvl, "numFmt") or "decimal",
        text=_val(lvl, "lvlText") or "",
        start=_int(_val(lvl, "start"), 1),
        restart=_int(restart, 0) if restart is not None else None,
        legal=is_on(lvl.find(W_isLgl)) or False,
        bold=is_on(rpr.find(W_b)) if rpr is not None else None,
        style=_val(lvl, "pStyle") or "",
    )


def _letters(n: int, upper: bool) -> str:
    # Word's letters: a..z, then aa..zz (the English alphabet, not the Vietnamese one).
    n = max(n, 1)
    text = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
    return text.upper() if upper else text


def format_number(n: int, fmt: str) -> str:
    if fmt in ("upperRoman", "lowerRoman"):
        text = roman(max(n, 1))
        return text if fmt == "upperRoman" else text.lower()
    if fmt in ("upperLetter", "lowerLetter"):
        return _letters(n, fmt == "upperLetter")
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)


class WordNumbering:
    """Numbering definitions of one document, with the running counters of its lists."""

    def __init__(
        self,
        numbering_el: Any,
        style_num: Callable[[str], tuple[str, int | None] | None] = lambda _: None,
    ) -> None:
        self._abstract: dict[str, dict[int, Level]] = {}
        self._style_link: dict[str, str] = {}  # abstract id -> numStyleLink style id
        self._instances: dict[str, _Instance] = {}
        self._style_num = style_num  # paragraph style id -> its (numId, ilvl), if any
        self._counters: dict[str, dict[int, int]] = {}
        self._started: set[tuple[str, int]] = set()
        self._level_cache: dict[str, tuple[str, dict[int, Level]] | None] = {}
        if numbering_el is None:
            return
        for ab in numbering_el.findall(W_abstractNum):
            aid = ab.get(W_abstractNumId) or ""
            self._abstract[aid] = {
                _int(lvl.get(W_ilvl), 0): _level(lvl) for lvl in ab.findall(W_lvl)
            }
            link = _val(ab, "numStyleLink")
            if link:
                self._style_link[aid] = link
        for num in numbering_el.findall(W_num):
            nid = num.get(W_numId) or ""
            inst = _Instance(_val(num, "abstractNumId") or "")
            for ov in num.findall(W_lvlOverride):
                ilvl = _int(ov.get(W_ilvl), 0)
                start = _val(ov, "startOverride")
                if start is not None:
                    inst.starts[ilvl] = _int(start, 1)
                lvl = ov.find(W_lvl)
                if lvl is not None:
                    inst.levels[ilvl] = _level(lvl)
            self._instances[nid] = inst

    def _abstract_of(self, inst: _Instance) -> str:
        aid = inst.abstract
        # A list defined by a numbering style points at the style, whose numId holds it.
        for _ in range(3):
            link = self._style_link.get(aid)
            linked = self._style_num(link) if link else None
            if linked is None:
                break
            other = self._instances.get(linked[0])
            if other is None:
                break
            aid = other.abstract
        return aid

    def _levels(self, num_id: str) -> tuple[str, dict[int, Level]] | None:
        if num_id not in self._level_cache:
            self._level_cache[num_id] = self._find_levels(num_id)
        return self._level_cache[num_id]

    def _find_levels(self, num_id: str) -> tuple[str, dict[int, Level]] | None:
        inst = self._instances.get(num_id)
        if inst is None:
            return None
        aid = self._abstract_of(inst)
        levels = dict(self._abstract.get(aid, {}))
        levels.update(inst.levels)
        return (aid, levels) if levels else None

    def style_level(self, num_id: str, style_id: str) -> int:
        """The level a style-linked paragraph sits on: the level naming the style, or 0."""
        found = self._levels(num_id)
        if found is not None:
            for ilvl, lvl in found[1].items():
                if lvl.style and lvl.style == style_id:
                    return ilvl
        return 0

    def label(self, num_id: str, ilvl: int) -> Label | None:
        """Count one paragraph of list `num_id` at level `ilvl`; its label as Word prints it."""
        found = self._levels(num_id)
        if found is None:
            return None
        aid, levels = found
        lvl = levels.get(ilvl) or levels.get(0)
        if lvl is None:
            return None
        inst = self._instances[num_id]
        counters = self._counters.setdefault(aid, {})
        if ilvl in inst.starts and (num_id, ilvl) not in self._started:
            # A start override restarts the list where this instance is first used.
            self._started.add((num_id, ilvl))
            counters[ilvl] = inst.starts[ilvl] - 1
        if ilvl not in counters:
            counters[ilvl] = lvl.start - 1
        counters[ilvl] += 1
        for deeper in [k for k in counters if k > ilvl]:
            restart = levels.get(deeper, Level()).restart
            if restart is None or (restart != 0 and restart - 1 >= ilvl):
                del counters[deeper]
        if lvl.fmt == "bullet":
            return Label(lvl.text.strip(), ilvl, True, lvl.bold)
        text = lvl.text
        for k, marker in _MARKERS:
            if marker not in text:
                continue
            other = levels.get(k) or _DEFAULT_LEVEL
            value = counters.get(k, other.start)
            fmt = "decimal" if lvl.legal and other.fmt != "decimalZero" else other.fmt
            text = text.replace(marker, format_number(value, fmt))
        return Label(text.strip(), ilvl, False, lvl.bold)


def bullet_kind(label: Label) -> str:
    """ "item" or "subitem" for a bullet: its own character, else its level."""
    if label.text in DASH_BULLETS:
        return "item"
    if label.text in PLUS_BULLETS:
        return "subitem"
    return "item" if label.level == 0 else "subitem"
