"""Title block, "Kính gửi" lines and the body paragraphs."""

from __future__ import annotations

from typing import Any

from qcdc_desktop.export.formats import Formats, RunSpec
from qcdc_desktop.export.ooxml import twips_from_pt
from qcdc_desktop.export.safe_text import safe
from qcdc_desktop.export.text_width import wrapped_width_pt
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


def _addressees(lines: list[str], formats: Formats, text_width: int) -> list[Any]:
    s = formats.settings
    if not lines:
        return []
    gap = twips_from_pt(6)
    if len(lines) == 1:
        fmt = formats.tight(before=gap)
        return [formats.paragraph(fmt, [(lines[0], s.body_size, False, False)])]
    indent = text_width // 4
    out = []
    for n, line in enumerate(lines):
        fmt = formats.tight(align="left", left=indent, before=gap if n == 0 else 0)
        out.append(formats.paragraph(fmt, [(line, s.body_size, False, False)]))
    return out


def body_paragraphs(doc: RenderedDocument, formats: Formats) -> list[Any]:
    return [body_paragraph(p, formats) for p in doc.body]


def _lead_style(level: int) -> tuple[bool, bool]:
    """(bold, italic) of a heading or run-in lead: levels 1–2 bold, level 3 italic."""
    return (True, False) if level <= 2 else (False, True)


def body_paragraph(p: Paragraph, formats: Formats) -> Any:
    size = formats.settings.body_size
    if p.role == "heading":
        bold, italic = _lead_style(p.level)
        fmt = formats.body_format(keep_next=True, outline_level=min(max(p.level, 1), 9) - 1)
        return formats.paragraph(fmt, [(p.lead or p.text, size, bold, italic)])
    runs: list[RunSpec] = []
    if p.lead:
        bold, italic = _lead_style(p.level)
        runs.append((p.lead, size, bold, italic))
        if p.text:
            runs.append((" " + p.text, size, False, False))
    else:
        runs.append((p.text, size, False, False))
    fmt = formats.body_format(keep_next=p.role == "closing")
    return formats.paragraph(fmt, runs, mark_size=size)
