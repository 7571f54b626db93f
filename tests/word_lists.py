"""Word list definitions written into numbering.xml the way Word saves them.

`add_list(doc, levels)` adds an abstract numbering with the given levels and a list
instance using it, and returns the instance's numId for `numbered(p, num_id, level)`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

# (numFmt, lvlText) per level, as Word's "Outline numbered" gallery makes them.
REPORT_OUTLINE = [("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)")]
PLAN_OUTLINE = [("decimal", "%1."), ("decimal", "%1.%2."), ("lowerLetter", "%3)")]
DASH_PLUS = [("bullet", "-"), ("bullet", "+")]


def _el(tag: str, **attrs: str) -> Any:
    el = OxmlElement(tag)
    for key, value in attrs.items():
        el.set(qn(f"w:{key}"), value)
    return el


def _numbering(doc: Any) -> Any:
    return doc.part.numbering_part.element


def add_list(
    doc: Any,
    levels: Sequence[tuple[str, str]],
    *,
    starts: Sequence[int] = (),
    bold_levels: Sequence[int] = (),
    styles: dict[int, str] | None = None,
) -> int:
    numbering = _numbering(doc)
    ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    abstract_id = max(ids, default=0) + 1
    ab = _el("w:abstractNum", abstractNumId=str(abstract_id))
    ab.append(_el("w:multiLevelType", val="multilevel"))
    for i, (fmt, text) in enumerate(levels):
        lvl = _el("w:lvl", ilvl=str(i))
        lvl.append(_el("w:start", val=str(starts[i] if i < len(starts) else 1)))
        lvl.append(_el("w:numFmt", val=fmt))
        if styles and i in styles:
            lvl.append(_el("w:pStyle", val=styles[i]))
        lvl.append(_el("w:lvlText", val=text))
        lvl.append(_el("w:lvlJc", val="left"))
        if i in bold_levels:
            rpr = _el("w:rPr")
            rpr.append(_el("w:b"))
            lvl.append(rpr)
        ab.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(ab)
    else:
        numbering.append(ab)
    return add_instance(doc, abstract_id)


def add_instance(doc: Any, abstract_id: int, start_overrides: dict[int, int] | None = None) -> int:
    """Another list instance of an abstract numbering (Word's "Restart at 1" makes one)."""
    numbering = _numbering(doc)
    nums = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    num_id = max(nums, default=0) + 1
    num = _el("w:num", numId=str(num_id))
    num.append(_el("w:abstractNumId", val=str(abstract_id)))
    for ilvl, start in (start_overrides or {}).items():
        ov = _el("w:lvlOverride", ilvl=str(ilvl))
        ov.append(_el("w:startOverride", val=str(start)))
        num.append(ov)
    numbering.append(num)
    return num_id


def abstract_of(doc: Any, num_id: int) -> int:
    for num in _numbering(doc).findall(qn("w:num")):
        if num.get(qn("w:numId")) == str(num_id):
            return int(num.find(qn("w:abstractNumId")).get(qn("w:val")))
    raise KeyError(num_id)


def numbered(p: Any, num_id: int, level: int = 0) -> Any:
    """Give a paragraph Word auto-numbering (numPr) on list `num_id`, level `level`."""
    ppr = p._p.get_or_add_pPr()
    numpr = _el("w:numPr")
    numpr.append(_el("w:ilvl", val=str(level)))
    numpr.append(_el("w:numId", val=str(num_id)))
    ppr.append(numpr)
    return p


def link_style(doc: Any, style_name: str, num_id: int, level: int) -> None:
    """Style-linked numbering: the style's own pPr carries numPr (Heading 1..3 in Word)."""
    style = doc.styles[style_name]
    ppr = style.element.get_or_add_pPr()
    numpr = _el("w:numPr")
    if level:
        numpr.append(_el("w:ilvl", val=str(level)))
    numpr.append(_el("w:numId", val=str(num_id)))
    ppr.insert(0, numpr)
