"""The document as it will print, as simple HTML for a QTextBrowser."""

from __future__ import annotations

import html

from qcdc_desktop.render import RenderedDocument
from qcdc_desktop.ui.wizard.preview_tables import appendices_html, table_html

_FONT = "'Times New Roman', 'Liberation Serif', 'DejaVu Serif', serif"


def _e(text: str) -> str:
    return html.escape(text)


def _paragraph(role: str, text: str, lead: str, level: int) -> str:
    style = "text-align: justify; margin: 0 0 6px 0; text-indent: 28px;"
    if role == "heading":
        weight = "font-weight: bold;"  # every level upright, as the decree and the export
        return f'<p style="{style} {weight}">{_e(lead)}</p>'
    lead_html = ""
    if lead:
        lead_html = f"<b>{_e(lead)}</b> "
    return f'<p style="{style}">{lead_html}{_e(text)}</p>'


def document_html(doc: RenderedDocument) -> str:
    left = (
        "".join(f"<div>{_e(line)}</div>" for line in (doc.parent_body,) if line)
        + f"<div><b>{_e(doc.issuing_body) or '...'}</b></div><div>―――――</div>"
    )
    left += f"<div>{_e(doc.number_line)}</div>"
    right = (
        "<div><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></div>"
        "<div><b>Độc lập - Tự do - Hạnh phúc</b></div><div>―――――――――――</div>"
        f"<div><i>{_e(doc.place_date)}</i></div>"
    )
    parts = [
        f'<div style="font-family: {_FONT}; font-size: 13pt;">',
        '<table width="100%" cellspacing="0" cellpadding="2"><tr>',
        f'<td width="40%" align="center" valign="top">{left}</td>',
        f'<td width="60%" align="center" valign="top">{right}</td>',
        "</tr></table><br>",
        f'<p align="center" style="margin: 0;"><b>{_e(doc.title)}</b></p>',
        f'<p align="center" style="margin: 0;"><b>{_e(doc.summary)}</b></p>',
        '<p align="center" style="margin: 0 0 8px 0;">―――――</p>',
    ]
    for line in doc.addressees:
        parts.append(f'<p align="center" style="margin: 0;">{_e(line)}</p>')
    for p in doc.body:
        if p.table is not None:
            parts.append(table_html(p.table, p.text))
            continue
        parts.append(_paragraph(p.role, p.text, p.lead, p.level))
    recipients = "".join(f"<div style='font-size: 11pt;'>{_e(r)}</div>" for r in doc.recipients)
    signer = "".join(f"<div><b>{_e(line)}</b></div>" for line in doc.signer_lines)
    parts += [
        '<br><table width="100%" cellspacing="0" cellpadding="2"><tr>',
        f'<td width="50%" valign="top"><div><b><i>Nơi nhận:</i></b></div>{recipients}</td>',
        f'<td width="50%" align="center" valign="top">{signer}<br><br><br>',
        f"<div><b>{_e(doc.signer_name)}</b></div></td>",
        "</tr></table>",
        appendices_html(doc),
        "</div>",
    ]
    return "".join(parts)
