"""Put the decree's font on the document defaults and on every style that names one.

The default template points its fonts at the theme (Calibri/Cambria) through
w:asciiTheme & co., and theme attributes win over explicit names; left in place,
Word would fall back to another face for Vietnamese characters. They are removed
and all four slots named explicitly.
"""

from __future__ import annotations

from typing import Any

from docx.oxml.ns import qn

from qcdc_desktop.export.ooxml import fonts_element, make

# Styles a document from the default template may use for text we write or Word adds.
_TEXT_STYLES = ("Normal", "Header", "Footer", "TableNormal", "DefaultParagraphFont")


def _set_fonts(rpr: Any, font: str) -> None:
    old = rpr.find(qn("w:rFonts"))
    new = fonts_element(font)
    if old is not None:
        old.addprevious(new)
        rpr.remove(old)
    else:
        rpr.insert(0, new)


def _ensure_rpr(parent: Any) -> Any:
    rpr = parent.find(qn("w:rPr"))
    if rpr is None:
        rpr = make("w:rPr")
        parent.append(rpr)
    return rpr


def _set_size_color(rpr: Any, size_pt: float) -> None:
    for tag in ("w:color", "w:sz", "w:szCs", "w:lang"):
        old = rpr.find(qn(tag))
        if old is not None:
            rpr.remove(old)
    half_points = str(round(size_pt * 2))
    # Schema order: rFonts, b, i, ..., color, ..., sz, szCs, ..., lang.
    rpr.append(make("w:color", val="000000"))
    rpr.append(make("w:sz", val=half_points))
    rpr.append(make("w:szCs", val=half_points))
    rpr.append(make("w:lang", val="vi-VN", eastAsia="vi-VN", bidi="ar-SA"))


def apply_document_fonts(document: Any, font: str, size_pt: float) -> None:
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    rpr_default = defaults.find(qn("w:rPrDefault"))
    rpr = _ensure_rpr(rpr_default)
    _set_fonts(rpr, font)
    _set_size_color(rpr, size_pt)
    # Neutral paragraphs by default; the writer formats each paragraph it adds.
    ppr_default = defaults.find(qn("w:pPrDefault"))
    if ppr_default is not None:
        spacing = ppr_default.find(f"{qn('w:pPr')}/{qn('w:spacing')}")
        if spacing is not None:
            spacing.set(qn("w:after"), "0")
            spacing.set(qn("w:line"), "240")

    # Every font reference in the styles part, table-style conditions included.
    for fonts in list(styles.iter(qn("w:rFonts"))):
        _set_fonts(fonts.getparent(), font)  # replaces theme references too
    for style in styles.iterchildren(qn("w:style")):
        if style.get(qn("w:styleId")) in _TEXT_STYLES and style.get(qn("w:type")) in (
            "paragraph",
            "character",
        ):
            style_rpr = _ensure_rpr(style)
            _set_fonts(style_rpr, font)
            if style.get(qn("w:styleId")) == "Normal":
                _set_size_color(style_rpr, size_pt)
