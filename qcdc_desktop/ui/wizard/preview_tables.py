"""Tables and appendices in the on-screen preview, as simple HTML."""

from __future__ import annotations

import html

from qcdc_desktop.render import RenderedDocument
from qcdc_desktop.render.tables import RenderedTable


def table_html(table: RenderedTable, lead_in: str = "") -> str:
    out = []
    if lead_in:
        out.append(f'<p style="margin: 0 0 6px 0; text-indent: 28px;">{html.escape(lead_in)}</p>')
    if table.caption:
        out.append(
            f'<p align="center" style="margin: 4px 0;"><b>{html.escape(table.caption)}</b></p>'
        )
    out.append('<table width="100%" border="1" cellspacing="0" cellpadding="3">')
    for r, row in enumerate(table.rows):
        cells = []
        for c, text in enumerate(row):
            header = r < table.header_rows
            align = "center" if header else ("right" if table.numeric[r][c] else "left")
            body = f"<b>{html.escape(text)}</b>" if header else html.escape(text)
            cells.append(f'<td align="{align}">{body}</td>')
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table><br>")
    return "".join(out)


def appendices_html(doc: RenderedDocument) -> str:
    out = []
    for appendix in doc.appendices:
        out.append('<hr><p align="center" style="margin: 0;"><b>')
        out.append(html.escape(appendix.heading) + "</b></p>")
        if appendix.subtitle:
            out.append(
                f'<p align="center" style="margin: 0;"><b>{html.escape(appendix.subtitle)}</b></p>'
            )
        attached = html.escape(appendix.attached_to)
        out.append(f'<p align="center" style="margin: 0 0 8px 0;"><i>{attached}</i></p>')
        for p in appendix.body:
            if p.table is not None:
                out.append(table_html(p.table, p.text))
            else:
                text = html.escape(p.full_text)
                out.append(f'<p style="text-align: justify; margin: 0 0 6px 0;">{text}</p>')
    return "".join(out)
