"""Read an exported .docx back and answer layout questions about it.

Every answer is the *effective* value Word would use: the run's own property, else
its paragraph style's, else the document defaults, so a test passes only when the
file itself would print right, whatever the writer's way of setting it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import docx
from docx.oxml.ns import qn

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
FONT_SLOTS = ("ascii", "hAnsi", "eastAsia", "cs")
THEME_SLOTS = ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")


def open_docx(path: str | Path) -> Any:
    return docx.Document(str(path))


def _on(el: Any | None) -> bool | None:
    """A w:b / w:i toggle: None when absent, else its truth value."""
    if el is None:
        return None
    return el.get(qn("w:val"), "true") not in ("0", "false", "off")


class Probe:
    def __init__(self, document: Any) -> None:
        self.doc = document
        styles = document.styles.element
        self._styles = {s.get(qn("w:styleId")): s for s in styles.iterchildren(qn("w:style"))}
        self._defaults = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
        self._default_para = next(
            (s for s in self._styles.values() if s.get(qn("w:default")) in ("1", "true")
             and s.get(qn("w:type")) == "paragraph"),
            None,
        )  # fmt: skip

    # -- style chain -------------------------------------------------------------
    def _style_chain(self, style_id: str | None) -> list[Any]:
        chain = []
        style = self._styles.get(style_id) if style_id else self._default_para
        while style is not None and len(chain) < 20:
            chain.append(style)
            based = style.find(qn("w:basedOn"))
            style = self._styles.get(based.get(qn("w:val"))) if based is not None else None
        return chain

    def _rpr_chain(self, run_el: Any, p_el: Any) -> list[Any]:
        """rPr elements from the most to the least specific."""
        out = []
        rpr = run_el.find(qn("w:rPr")) if run_el is not None else None
        if rpr is not None:
            out.append(rpr)
        style_el = p_el.find(f"{W}pPr/{W}pStyle")
        style_id = style_el.get(qn("w:val")) if style_el is not None else None
        for style in self._style_chain(style_id):
            srpr = style.find(qn("w:rPr"))
            if srpr is not None:
                out.append(srpr)
        if self._defaults is not None:
            out.append(self._defaults)
        return out

    # -- run properties ----------------------------------------------------------
    def fonts(self, run_el: Any, p_el: Any) -> dict[str, str | None]:
        """Effective font per slot; a theme reference at any level counts as 'THEME'."""
        result: dict[str, str | None] = {}
        for slot, theme in zip(FONT_SLOTS, THEME_SLOTS, strict=True):
            value: str | None = None
            for rpr in self._rpr_chain(run_el, p_el):
                fonts = rpr.find(qn("w:rFonts"))
                if fonts is None:
                    continue
                if fonts.get(qn(f"w:{theme}")) is not None:
                    value = "THEME"
                    break
                if fonts.get(qn(f"w:{slot}")) is not None:
                    value = fonts.get(qn(f"w:{slot}"))
                    break
            result[slot] = value
        return result

    def size(self, run_el: Any, p_el: Any) -> float | None:
        for rpr in self._rpr_chain(run_el, p_el):
            sz = rpr.find(qn("w:sz"))
            if sz is not None:
                return int(sz.get(qn("w:val"))) / 2
        return None

    def toggle(self, run_el: Any, p_el: Any, tag: str) -> bool:
        for rpr in self._rpr_chain(run_el, p_el):
            value = _on(rpr.find(qn(f"w:{tag}")))
            if value is not None:
                return value
        return False

    def colour(self, run_el: Any, p_el: Any) -> str | None:
        for rpr in self._rpr_chain(run_el, p_el):
            el = rpr.find(qn("w:color"))
            if el is not None:
                return el.get(qn("w:val"))
        return None

    def bold(self, run_el: Any, p_el: Any) -> bool:
        return self.toggle(run_el, p_el, "b")

    def italic(self, run_el: Any, p_el: Any) -> bool:
        return self.toggle(run_el, p_el, "i")

    # -- paragraph properties -----------------------------------------------------
    def _ppr_value(self, p_el: Any, path: str, attr: str) -> str | None:
        ppr = p_el.find(qn("w:pPr"))
        candidates = [ppr] if ppr is not None else []
        style_el = p_el.find(f"{W}pPr/{W}pStyle")
        style_id = style_el.get(qn("w:val")) if style_el is not None else None
        candidates += [s.find(qn("w:pPr")) for s in self._style_chain(style_id)]
        for c in candidates:
            if c is None:
                continue
            el = c.find(path)
            if el is not None and el.get(qn(f"w:{attr}")) is not None:
                return el.get(qn(f"w:{attr}"))
        return None

    def alignment(self, p_el: Any) -> str:
        return self._ppr_value(p_el, qn("w:jc"), "val") or "left"

    def first_line_twips(self, p_el: Any) -> int:
        return int(self._ppr_value(p_el, qn("w:ind"), "firstLine") or 0)

    def indent_twips(self, p_el: Any) -> tuple[int, int]:
        left = self._ppr_value(p_el, qn("w:ind"), "left") or self._ppr_value(
            p_el, qn("w:ind"), "start"
        )
        right = self._ppr_value(p_el, qn("w:ind"), "right") or self._ppr_value(
            p_el, qn("w:ind"), "end"
        )
        return int(left or 0), int(right or 0)

    def space_after_twips(self, p_el: Any) -> int:
        return int(self._ppr_value(p_el, qn("w:spacing"), "after") or 0)

    def line_spacing(self, p_el: Any) -> tuple[int, str]:
        line = int(self._ppr_value(p_el, qn("w:spacing"), "line") or 240)
        rule = self._ppr_value(p_el, qn("w:spacing"), "lineRule") or "auto"
        return line, rule

    # -- structure -----------------------------------------------------------------
    def runs(self, p_el: Any) -> list[Any]:
        return [r for r in p_el.iter(qn("w:r")) if r.find(qn("w:t")) is not None]

    def all_paragraphs(self) -> Iterator[Any]:
        yield from self.doc.element.body.iter(qn("w:p"))

    @staticmethod
    def text(p_el: Any) -> str:
        parts = []
        for el in p_el.iter(qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")):
            if el.tag == qn("w:t"):
                parts.append(el.text or "")
            elif el.tag == qn("w:tab"):
                parts.append("\t")
            else:
                parts.append("\n")
        return "".join(parts)

    def body_paragraphs(self) -> list[Any]:
        """Top-level paragraphs of the body (outside tables)."""
        return list(self.doc.element.body.iterchildren(qn("w:p")))

    def tables(self) -> list[Any]:
        return list(self.doc.element.body.iterchildren(qn("w:tbl")))

    @staticmethod
    def rows(tbl: Any) -> list[Any]:
        return list(tbl.iterchildren(qn("w:tr")))

    @staticmethod
    def cells(tr: Any) -> list[Any]:
        return list(tr.iterchildren(qn("w:tc")))

    @staticmethod
    def cell_paragraphs(tc: Any) -> list[Any]:
        return list(tc.iterchildren(qn("w:p")))

    def paragraph_with(self, text: str, within: Any | None = None) -> Any:
        root = within if within is not None else self.doc.element.body
        for p in root.iter(qn("w:p")):
            if text in self.text(p):
                return p
        raise AssertionError(f"no paragraph contains {text!r}")

    @staticmethod
    def bottom_rule(p_el: Any) -> Any | None:
        return p_el.find(f"{W}pPr/{W}pBdr/{W}bottom")

    @staticmethod
    def table_borders(tbl: Any) -> dict[str, str]:
        borders = tbl.find(f"{W}tblPr/{W}tblBorders")
        if borders is None:
            return {}
        return {el.tag.removeprefix(W): el.get(qn("w:val")) for el in borders}

    @staticmethod
    def cell_width(tc: Any) -> int:
        return int(tc.find(f"{W}tcPr/{W}tcW").get(qn("w:w")))

    @staticmethod
    def cell_margins(tbl: Any) -> tuple[int, int]:
        mar = tbl.find(f"{W}tblPr/{W}tblCellMar")
        if mar is None:
            return 108, 108
        left = mar.find(qn("w:left"))
        right = mar.find(qn("w:right"))
        return (
            int(left.get(qn("w:w"))) if left is not None else 108,
            int(right.get(qn("w:w"))) if right is not None else 108,
        )


@dataclass
class FieldInfo:
    instruction: str
    runs: list[Any]


def fields_in(element: Any) -> list[FieldInfo]:
    """Complex (fldChar) and simple (fldSimple) fields inside an element."""
    out: list[FieldInfo] = []
    for simple in element.iter(qn("w:fldSimple")):
        out.append(FieldInfo(simple.get(qn("w:instr")).strip(), list(simple.iter(qn("w:r")))))
    current: FieldInfo | None = None
    for run in element.iter(qn("w:r")):
        fld = run.find(qn("w:fldChar"))
        if fld is not None and fld.get(qn("w:fldCharType")) == "begin":
            current = FieldInfo("", [run])
            continue
        if current is None:
            continue
        current.runs.append(run)
        instr = run.find(qn("w:instrText"))
        if instr is not None:
            current.instruction += instr.text or ""
        if fld is not None and fld.get(qn("w:fldCharType")) == "end":
            current.instruction = current.instruction.strip()
            out.append(current)
            current = None
    return out
