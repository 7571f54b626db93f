"""The package's styles rewritten for this document, and Word's current compatibility mode.

python-docx's template ships Word 2010's styles: Calibri 11 en-US by default, blue
Cambria headings, theme fonts and theme colours everywhere. A clerk who applies
"Heading 1" in such a file gets blue text, and Word opens it in Compatibility Mode.
Here Normal carries the decree's body format, Heading 1–3 carry the formats of the
levels I. / 1. / a), List Paragraph the format of "-" items, every style is black
Times New Roman in vi-VN, and the theme's own fonts are Times New Roman too.
"""

from __future__ import annotations

from typing import Any

from docx.oxml.ns import qn

from qcdc_desktop.export.ooxml import TWIPS_PER_CM, fonts_element, make, twips_from_pt
from qcdc_desktop.export.settings import FormatSettings

# Word 2013 and later: a file in this mode opens without "Compatibility Mode".
COMPATIBILITY_MODE = "15"
WORD_URI = "http://schemas.microsoft.com/office/word"
# Heading style ids of the exported levels I. / 1. / a), and the "-" list items.
HEADING_STYLES = ("Heading1", "Heading2", "Heading3")
LIST_STYLE = "ListParagraph"
# Levels 1–3 are all bold and upright: the decree sets "a)" upright ("kiểu chữ đứng"),
# bold or regular; bold keeps it apart from the paragraph under it.
HEADING_BOLD = (True, True, True)
_THEME_COLOR_ATTRS = ("themeColor", "themeShade", "themeTint")
_DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
_STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"


def set_compatibility_mode(document: Any) -> None:
    settings = document.settings.element
    compat = settings.find(qn("w:compat"))
    if compat is None:
        compat = make("w:compat")
        settings.append(compat)
    for setting in compat.iterchildren(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            setting.set(qn("w:val"), COMPATIBILITY_MODE)
            break
    else:
        compat.append(
            make("w:compatSetting", name="compatibilityMode", uri=WORD_URI, val=COMPATIBILITY_MODE)
        )
    # Word would save a preview picture (the template's blank thumbnail) on every save.
    for tag in ("w:savePreviewPicture",):
        for el in settings.findall(qn(tag)):
            settings.remove(el)
    lang = settings.find(qn("w:themeFontLang"))
    if lang is not None:
        lang.set(qn("w:val"), "vi-VN")
        lang.attrib.pop(qn("w:eastAsia"), None)


def _replace(parent: Any, tag: str, new: Any | None) -> None:
    """Put `new` where `tag` was (or at the end), dropping the old element."""
    old = parent.find(qn(tag))
    if old is not None and new is not None:
        old.addprevious(new)
    elif new is not None:
        parent.append(new)
    if old is not None:
        parent.remove(old)


def _style_rpr(font: str, size_pt: float, bold: bool) -> Any:
    rpr = make("w:rPr")
    rpr.append(fonts_element(font))
    for tag in ("w:b", "w:bCs"):
        rpr.append(make(tag, val="1" if bold else "0"))
    for tag in ("w:i", "w:iCs", "w:caps"):
        rpr.append(make(tag, val="0"))
    rpr.append(make("w:color", val="000000"))
    half_points = str(round(size_pt * 2))
    rpr.append(make("w:sz", val=half_points))
    rpr.append(make("w:szCs", val=half_points))
    rpr.append(make("w:lang", val="vi-VN", eastAsia="vi-VN", bidi="ar-SA"))
    return rpr


def _body_ppr(settings: FormatSettings, outline_level: int | None = None) -> Any:
    ppr = make("w:pPr")
    if outline_level is not None:
        ppr.append(make("w:keepNext"))
    ppr.append(
        make(
            "w:spacing",
            before="0",
            after=str(twips_from_pt(settings.space_after_pt)),
            line=str(round(240 * settings.line_spacing)),
            lineRule="auto",
        )
    )
    first_line = round(settings.first_line_indent_cm * TWIPS_PER_CM)
    ppr.append(make("w:ind", left="0", right="0", firstLine=str(first_line)))
    ppr.append(make("w:jc", val="both"))
    if outline_level is not None:
        ppr.append(make("w:outlineLvl", val=str(outline_level)))
    return ppr


def _set_style(style: Any, ppr: Any, rpr: Any) -> None:
    # Schema order inside w:style: name, aliases, basedOn, next, link, ..., pPr, rPr, tblPr.
    _replace(style, "w:pPr", ppr)
    old_rpr = style.find(qn("w:rPr"))
    if old_rpr is not None:
        old_rpr.addprevious(rpr)
        style.remove(old_rpr)
    else:
        ppr.addnext(rpr)


def _style(styles: Any, style_id: str) -> Any | None:
    for style in styles.iterchildren(qn("w:style")):
        if style.get(qn("w:styleId")) == style_id:
            return style
    return None


def _neutral_colours_and_language(styles: Any) -> None:
    """Black text and vi-VN in every style; theme colours only stay in table shading."""
    for style in styles.iterchildren(qn("w:style")):
        if style.get(qn("w:type")) not in ("paragraph", "character"):
            continue
        for color in style.iter(qn("w:color")):
            for attr in _THEME_COLOR_ATTRS:
                color.attrib.pop(qn(f"w:{attr}"), None)
            color.set(qn("w:val"), "000000")
    for lang in styles.iter(qn("w:lang")):
        lang.set(qn("w:val"), "vi-VN")
        lang.set(qn("w:eastAsia"), "vi-VN")


def rewrite_styles(document: Any, settings: FormatSettings) -> None:
    """Normal, Heading 1–3 and List Paragraph in the decree's formats (after the fonts)."""
    styles = document.styles.element
    font, size = settings.font_name, settings.body_size
    _neutral_colours_and_language(styles)
    normal = _style(styles, "Normal")
    if normal is not None:
        _set_style(normal, _body_ppr(settings), _style_rpr(font, size, False))
    for level, style_id in enumerate(HEADING_STYLES):
        style = _style(styles, style_id)
        if style is not None:
            _set_style(
                style,
                _body_ppr(settings, outline_level=level),
                _style_rpr(font, size, HEADING_BOLD[level]),
            )
    listed = _style(styles, LIST_STYLE)
    if listed is not None:
        _set_style(listed, _body_ppr(settings), _style_rpr(font, size, False))
    _drop_styles_with_effects(document)
    _theme_fonts(document, font)
    _font_table(document, font)


def _drop_styles_with_effects(document: Any) -> None:
    """Word 2010's second copy of the styles (Calibri, blue); later Words ignore it."""
    part = document.part
    for rid, rel in list(part.rels.items()):
        if rel.reltype == _STYLES_WITH_EFFECTS:
            part.rels.pop(rid)


def _theme_fonts(document: Any, font: str) -> None:
    """The theme's major/minor Latin, East-Asian and complex-script faces become the font."""
    from lxml import etree

    for rel in document.part.rels.values():
        if not rel.reltype.endswith("/theme") or rel.is_external:
            continue
        part = rel.target_part
        root = etree.fromstring(part.blob)
        for scheme in root.iter(f"{{{_DRAWING_NS}}}fontScheme"):
            for group in ("majorFont", "minorFont"):
                holder = scheme.find(f"{{{_DRAWING_NS}}}{group}")
                if holder is None:
                    continue
                for slot in ("latin", "ea", "cs"):
                    el = holder.find(f"{{{_DRAWING_NS}}}{slot}")
                    if el is not None:
                        el.set("typeface", font)
                for per_script in holder.findall(f"{{{_DRAWING_NS}}}font"):
                    per_script.set("typeface", font)
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _font_table(document: Any, font: str) -> None:
    """The font table lists only the faces the document uses (the template's named
    Calibri, Cambria and two Japanese faces, which Word offers as substitutes)."""
    from lxml import etree

    keep = {font, "Symbol"}  # Symbol: the bullets of the template's numbering part
    for rel in document.part.rels.values():
        if not rel.reltype.endswith("/fontTable") or rel.is_external:
            continue
        part = rel.target_part
        root = etree.fromstring(part.blob)
        for el in list(root.iterchildren(qn("w:font"))):
            if el.get(qn("w:name")) not in keep:
                root.remove(el)
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
