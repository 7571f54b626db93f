"""The body of a .docx read into paragraphs and tables, in document order.

python-docx does not render automatic numbers, so the label Word displays is
computed from numbering.xml (word_numbering.py) and put in front of the paragraph's
text, where a typed label would be. Text boxes are read as paragraphs before the
paragraph that anchors them.
"""

from __future__ import annotations

from typing import Any

from qcdc_desktop.importing.docx_styles import Styles
from qcdc_desktop.importing.source_document import Item, Run, SourcePara, SourceTable
from qcdc_desktop.importing.word_numbering import Label, WordNumbering, bullet_kind
from qcdc_desktop.importing.wordml import (
    MC_FALLBACK,
    W_b,
    W_br,
    W_cr,
    W_del,
    W_i,
    W_ilvl,
    W_jc,
    W_noBreakHyphen,
    W_numId,
    W_numPr,
    W_p,
    W_pPr,
    W_pStyle,
    W_ptab,
    W_r,
    W_rPr,
    W_rStyle,
    W_sdt,
    W_sdtContent,
    W_t,
    W_tab,
    W_tbl,
    W_tc,
    W_tr,
    W_txbxContent,
    W_val,
    is_on,
)


class BodyReader:
    """Reads body items in document order, keeping the running list counters."""

    def __init__(self, styles: Styles, numbering: WordNumbering) -> None:
        self.styles = styles
        self.numbering = numbering
        # Counters of List Number styles that have no numbering definition.
        self._plain_counts: dict[int, int] = {}

    def paragraph(self, p: Any) -> list[Item]:
        styles = self.styles
        ppr = p.find(W_pPr)
        style_id = ""
        num: tuple[str, int | None] | None = None
        centered = False
        mark_bold: bool | None = None
        if ppr is not None:
            # One pass over the properties: lxml's find() parses its tag every call.
            for child in ppr:
                tag = child.tag
                if tag == W_pStyle:
                    style_id = child.get(W_val) or ""
                elif tag == W_numPr:
                    num_id, lvl = "", None
                    for part in child:
                        if part.tag == W_numId:
                            num_id = part.get(W_val) or ""
                        elif part.tag == W_ilvl:
                            lvl = part.get(W_val)
                    num = (num_id, int(lvl) if lvl and lvl.isdigit() else None)
                elif tag == W_jc:
                    centered = child.get(W_val) == "center"
                elif tag == W_rPr:
                    for part in child:
                        if part.tag == W_b:
                            mark_bold = is_on(part)
        if num is None and style_id:
            num = styles.memo("num", style_id)
        para_bold = styles.memo("b", style_id) if style_id else False
        para_italic = styles.memo("i", style_id) if style_id else False
        boxes: list[Any] = []
        runs: list[Run] = []
        for r in _runs_of(p, boxes):
            text = _run_text(r)
            if not text:
                continue
            bold = italic = None
            char_style = ""
            first = r[0] if len(r) else None
            if first is not None and first.tag == W_rPr:  # rPr comes first when present
                for prop in first:
                    tag = prop.tag
                    if tag == W_b:
                        bold = is_on(prop)
                    elif tag == W_i:
                        italic = is_on(prop)
                    elif tag == W_rStyle:
                        char_style = prop.get(W_val) or ""
            if bold is None:
                bold = styles.memo("b", char_style) if char_style else para_bold
            if italic is None:
                italic = styles.memo("i", char_style) if char_style else para_italic
            runs.append(Run(text, bool(bold), bool(italic)))
        para = SourcePara(
            runs=runs,
            style=styles.memo("name", style_id) if style_id else "",
            style_level=styles.memo("level", style_id) if style_id else None,
            centered=centered,
        )
        if runs:
            self.number(para, num, style_id, para_bold if mark_bold is None else mark_bold)
        out: list[Item] = []
        for box in boxes:
            out.extend(self.block_items(box))
        out.append(para)
        return out

    def number(
        self, para: SourcePara, num: tuple[str, int | None] | None, style_id: str, bold: bool
    ) -> None:
        """Put the label Word displays in front of the paragraph, as a typed one would be."""
        list_style = self.styles.memo("list", style_id) if style_id else None
        found: Label | None = None
        if num is not None and num[0] != "0":
            ilvl = num[1]
            if ilvl is None:
                ilvl = self.numbering.style_level(num[0], style_id) if style_id else 0
            para.numbered = True
            para.num_level = ilvl
            found = self.numbering.label(num[0], ilvl)
        if found is None and list_style is not None and (num is None or num[0] != "0"):
            # A list style whose numbering definition is missing: its name says enough.
            kind, level = list_style
            para.numbered = True
            para.num_level = level - 1
            if kind == "bullet":
                found = Label("-" if level == 1 else "+", level - 1, True, None)
            else:
                count = self._plain_counts.get(level - 1, 0) + 1
                self._plain_counts = {k: v for k, v in self._plain_counts.items() if k < level - 1}
                self._plain_counts[level - 1] = count
                found = Label(f"{count}.", level - 1, False, None)
        if found is None or not found.text:
            return
        if found.bullet:
            marker = "-" if bullet_kind(found) == "item" else "+"
            para.label = marker
            para.runs.insert(0, Run(marker + " ", False, False))
            return
        para.label = found.text
        # Word formats the number like the paragraph mark; when the file leaves that
        # unset, the number looks like the text it leads.
        first = para.runs[0] if para.runs else Run("", False, False)
        label_bold = found.bold if found.bold is not None else (bold or first.bold)
        para.runs.insert(0, Run(found.text + " ", label_bold, first.italic))

    def table(self, tbl: Any) -> SourceTable:
        rows: list[list[list[SourcePara]]] = []
        for tr in tbl.iter(W_tr):
            if tr.getparent() is not tbl:  # rows of nested tables are read inside their cell
                continue
            row: list[list[SourcePara]] = []
            for tc in tr.findall(W_tc):
                cell: list[SourcePara] = []
                for item in self.block_items(tc):
                    cell.extend(item.paragraphs() if isinstance(item, SourceTable) else [item])
                row.append(cell)
            rows.append(row)
        return SourceTable(rows)

    def block_items(self, container: Any) -> list[Item]:
        out: list[Item] = []
        for child in container:
            if child.tag == W_p:
                out.extend(self.paragraph(child))
            elif child.tag == W_tbl:
                out.append(self.table(child))
            elif child.tag == W_sdt:  # content controls wrap ordinary paragraphs
                content = child.find(W_sdtContent)
                if content is not None:
                    out.extend(self.block_items(content))
        return out


def _run_text(r: Any) -> str:
    out = []
    for child in r:
        tag = child.tag
        if tag == W_t:
            out.append(child.text or "")
        elif tag in (W_tab, W_ptab):
            out.append("\t")
        elif tag in (W_br, W_cr):
            out.append("\n")
        elif tag == W_noBreakHyphen:
            out.append("-")
    return "".join(out)


def _runs_of(el: Any, boxes: list[Any]) -> list[Any]:
    """Runs of a paragraph in order; text boxes are set aside in `boxes`.

    Runs inside hyperlinks, smart tags and tracked insertions count; deleted text,
    the fallback copy of a drawing (mc:Fallback) and text boxes are not the
    paragraph's own text.
    """
    out: list[Any] = []
    for child in el:
        tag = child.tag
        if tag == W_r:
            out.append(child)
            for box in child.iter(W_txbxContent):
                if not any(a.tag == MC_FALLBACK for a in box.iterancestors()):
                    boxes.append(box)
        elif tag in (W_del, MC_FALLBACK, W_txbxContent, W_pPr):
            continue
        elif isinstance(tag, str):
            out.extend(_runs_of(child, boxes))
    return out
