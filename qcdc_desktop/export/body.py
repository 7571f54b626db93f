"""Title block, "Kính gửi" lines and the body paragraphs."""

from __future__ import annotations

from typing import Any

from qcdc_desktop.export.formats import Formats, RunSpec
from qcdc_desktop.export.ooxml import twips_from_pt
from qcdc_desktop.export.safe_text import safe
from qcdc_desktop.export.styles import HEADING_BOLD, HEADING_STYLES, LIST_STYLE
from qcdc_desktop.export.text_width import text_width_pt, wrapped_width_pt
from qcdc_desktop.render import Paragraph, RenderedDocument

SUMMARY_RULE_SHARE = 0.4  # the decree: 1/3–1/2 of the summary line


def title_block(doc: RenderedDocument, formats: Formats, text_width: int) -> list[Any]:
    s = formats.settings
    out = [
        formats.paragraph(
            formats.tight(before=twips_from_pt(18), keep_next=True),
            [(doc.title, s.title_size, True, False)],
        )
    ]
    summary = safe(doc.summary)
    if summary.strip():
        out.append(
            formats.paragraph(formats.tight(keep_next=True), [(summary, s.title_size, True, False)])
        )
        longest = wrapped_width_pt(summary, s.title_size, text_width / 20, bold=True)
        rule = min(twips_from_pt(longest * SUMMARY_RULE_SHARE), text_width)
        side = (text_width - rule) // 2
        out.append(formats.rule(side, text_width - rule - side))
    out.extend(_addressees(doc.addressees, formats, text_width))
    # Room between the title block and the body.
    out.append(formats.paragraph(formats.tight(), [], mark_size=s.body_size))
    return out


ADDRESSEE_LABEL = "Kính gửi"
DASH = "- "


def _addressees(lines: list[str], formats: Formats, text_width: int) -> list[Any]:
    """One addressee on the "Kính gửi:" line; several one a line, dashes under the colon.

    The block is centred as a whole; a wrapped addressee continues under its own text
    (a hanging indent the width of "- ").
    """
    s = formats.settings
    if not lines:
        return []
    gap = twips_from_pt(6)
    size = s.body_size
    if len(lines) == 1:
        fmt = formats.tight(before=gap)
        return [formats.paragraph(fmt, [(lines[0], size, False, False)])]
    label, *items = lines
    colon_at = twips_from_pt(text_width_pt(ADDRESSEE_LABEL, size))
    dash = twips_from_pt(text_width_pt(DASH, size))
    longest = max(twips_from_pt(text_width_pt(line, size)) for line in items)
    block = colon_at + min(longest, text_width)
    indent = max((text_width - block) // 2, 0)
    out = [
        formats.paragraph(
            formats.tight(align="left", left=indent, before=gap), [(label, size, False, False)]
        )
    ]
    left = min(indent + colon_at + dash, text_width // 2)
    for line in items:
        fmt = formats.tight(align="left", left=left, hanging=dash)
        out.append(formats.paragraph(fmt, [(line, size, False, False)]))
    return out


def body_paragraphs(doc: RenderedDocument, formats: Formats, text_width: int = 0) -> list[Any]:
    from qcdc_desktop.export.data_table import table_elements

    out: list[Any] = []
    for p in doc.body:
        if p.table is not None and text_width:
            out += table_elements(p.table, p.text, formats, text_width)
        else:
            out.append(body_paragraph(p, formats))
    return out


def _lead_style(level: int) -> tuple[bool, bool]:
    """(bold, italic) of a heading or run-in lead: always upright (the decree sets "a)"
    in "kiểu chữ đứng"), bold as its heading style."""
    return HEADING_BOLD[min(max(level, 1), len(HEADING_BOLD)) - 1], False


def _heading_style(level: int) -> str:
    return HEADING_STYLES[min(max(level, 1), len(HEADING_STYLES)) - 1]


def body_paragraph(p: Paragraph, formats: Formats) -> Any:
    size = formats.settings.body_size
    if p.role == "heading":
        bold, italic = _lead_style(p.level)
        fmt = formats.body_format(
            keep_next=True,
            outline_level=min(max(p.level, 1), 9) - 1,
            style=_heading_style(p.level),
        )
        return formats.paragraph(fmt, [(p.lead or p.text, size, bold, italic)])
    runs: list[RunSpec] = []
    if p.lead:
        bold, italic = _lead_style(p.level)
        runs.append((p.lead, size, bold, italic))
        if p.text:
            runs.append((" " + p.text, size, False, False))
    else:
        runs.append((p.text, size, False, False))
    style = LIST_STYLE if p.role in ("item", "subitem") else ""
    fmt = formats.body_format(keep_next=p.role == "closing", style=style)
    return formats.paragraph(fmt, runs, mark_size=size)
