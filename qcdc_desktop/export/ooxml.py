"""Small builders for WordprocessingML elements the exporter writes directly.

Building pPr/rPr once per document and deep-copying them is several times faster
than python-docx's property setters, and lets the writer set what python-docx has no
API for (all four font slots, paragraph borders, outline levels).
Element order inside pPr/rPr follows the OOXML schema; Word rejects files that don't.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

TWIPS_PER_PT = 20
TWIPS_PER_CM = 566.929
TWIPS_PER_MM = 56.6929


def twips_from_pt(pt: float) -> int:
    return round(pt * TWIPS_PER_PT)


def make(tag: str, **attrs: str) -> Any:
    el = OxmlElement(tag)
    for name, value in attrs.items():
        el.set(qn(f"w:{name}"), value)
    return el


def fonts_element(font: str) -> Any:
    """w:rFonts naming the font in every slot, so Word never falls back per script."""
    return make("w:rFonts", ascii=font, hAnsi=font, eastAsia=font, cs=font)


def run_properties(
    font: str,
    size_pt: float,
    *,
    bold: bool = False,
    italic: bool = False,
    lang: bool = False,
) -> Any:
    rpr = make("w:rPr")
    rpr.append(fonts_element(font))
    # Explicit off values so a style or table style can never turn them on.
    rpr.append(make("w:b", val="1" if bold else "0"))
    rpr.append(make("w:bCs", val="1" if bold else "0"))
    rpr.append(make("w:i", val="1" if italic else "0"))
    rpr.append(make("w:iCs", val="1" if italic else "0"))
    rpr.append(make("w:color", val="000000"))
    half_points = str(round(size_pt * 2))
    rpr.append(make("w:sz", val=half_points))
    rpr.append(make("w:szCs", val=half_points))
    if lang:
        rpr.append(make("w:lang", val="vi-VN", eastAsia="vi-VN", bidi="ar-SA"))
    return rpr


@dataclass(frozen=True)
class ParaFormat:
    align: str = "both"  # w:jc value: both, center, left
    first_line: int = 0  # twips
    left: int = 0
    right: int = 0
    before: int = 0
    after: int = 0
    line: int = 240  # 240ths of a line when line_rule is "auto"
    line_rule: str = "auto"
    keep_next: bool = False
    outline_level: int | None = None  # 0-based; shows headings in Word's navigation pane
    bottom_rule: bool = False  # a solid single line under the paragraph
    style: str = ""  # paragraph style id (Heading1, ListParagraph); "" = Normal
    hanging: int = 0  # twips; wrapped lines start this far right of the first
    page_break_before: bool = False


def paragraph_properties(fmt: ParaFormat, mark_rpr: Any | None = None) -> Any:
    ppr = make("w:pPr")
    if fmt.style:
        ppr.append(make("w:pStyle", val=fmt.style))
    if fmt.keep_next:
        ppr.append(make("w:keepNext"))
    if fmt.page_break_before:
        ppr.append(make("w:pageBreakBefore"))
    if fmt.bottom_rule:
        bdr = make("w:pBdr")
        bdr.append(make("w:bottom", val="single", sz="6", space="1", color="000000"))
        ppr.append(bdr)
    ppr.append(
        make(
            "w:spacing",
            before=str(fmt.before),
            after=str(fmt.after),
            line=str(fmt.line),
            lineRule=fmt.line_rule,
        )
    )
    ind = make("w:ind", left=str(fmt.left), right=str(fmt.right))
    # Always explicit: Normal carries the body's first-line indent, and a paragraph
    # without its own value would inherit it.
    if fmt.hanging:
        ind.set(qn("w:hanging"), str(fmt.hanging))
    else:
        ind.set(qn("w:firstLine"), str(fmt.first_line))
    ppr.append(ind)
    ppr.append(make("w:jc", val=fmt.align))
    if fmt.outline_level is not None:
        ppr.append(make("w:outlineLvl", val=str(fmt.outline_level)))
    if mark_rpr is not None:
        ppr.append(copy.deepcopy(mark_rpr))
    return ppr


_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_T, _TAB, _BR = qn("w:t"), qn("w:tab"), qn("w:br")
_BREAKS = re.compile("([\t\n])")


def new_run(text: str, rpr: Any) -> Any:
    """A w:r holding `text`; tabs become w:tab and newlines w:br, as Word writes them.

    Built with lxml directly: python-docx's run.text setter walks the text one
    character at a time, which dominated the time of a long report's export.
    """
    run = OxmlElement("w:r")
    run.append(copy.deepcopy(rpr))
    pieces = _BREAKS.split(text) if ("\t" in text or "\n" in text) else [text]
    for piece in pieces:
        if piece == "\t":
            etree.SubElement(run, _TAB)
        elif piece == "\n":
            etree.SubElement(run, _BR)
        elif piece:
            t = etree.SubElement(run, _T)
            t.text = piece
            if piece != piece.strip():
                t.set(_XML_SPACE, "preserve")
    return run


def new_paragraph(ppr: Any, runs: list[tuple[str, Any]]) -> Any:
    p = OxmlElement("w:p")
    p.append(copy.deepcopy(ppr))
    for text, rpr in runs:
        if text:
            p.append(new_run(text, rpr))
    return p


def field_runs(instruction: str, placeholder: str, rpr: Any) -> list[Any]:
    """A complex field (e.g. PAGE) as the runs Word itself writes."""
    runs = []
    for kind in ("begin", "instr", "separate", "text", "end"):
        run = OxmlElement("w:r")
        run.append(copy.deepcopy(rpr))
        if kind == "instr":
            instr = make("w:instrText")
            instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            instr.text = f" {instruction} "
            run.append(instr)
        elif kind == "text":
            t = make("w:t")
            t.text = placeholder
            run.append(t)
        else:
            run.append(make("w:fldChar", fldCharType=kind))
        runs.append(run)
    return runs
