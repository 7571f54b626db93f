"""Summary lines saying what an import recognised: agency, number, type, parts, figures."""

from __future__ import annotations

from qcdc_desktop.doctypes import DocType, figure_groups
from qcdc_desktop.importing.header_parse import HeaderInfo
from qcdc_desktop.model.draft import Draft
from qcdc_desktop.render.dates import place_date_line


def recognised_lines(
    draft: Draft, doc_type: DocType, header: HeaderInfo, headings: int, linked: int
) -> list[str]:
    agency = draft.agency.issuing_body or "(không rõ)"
    if draft.agency.abbreviation:
        agency += f" ({draft.agency.abbreviation})"
    number = draft.number or "để trống"
    symbol = f"{doc_type.abbreviation}-{draft.agency.abbreviation}".rstrip("-")
    date = place_date_line(draft.agency.place, draft.date).replace("\u00a0" * 6, "…")
    parts = draft.all_parts()
    top = len(draft.sections)
    paragraphs = sum(len(p.blocks) for p in parts)
    lines = [
        f"Cơ quan: {agency}",
        f"Số, ngày: số {number}/{symbol}; {date}",
        f"Loại văn bản: {doc_type.title.capitalize()} — {doc_type.period_text(draft.period.year)}",
        f"Nhận dạng {top} phần, {len(parts) - top} mục con, {paragraphs} đoạn",
    ]
    if headings:
        lines.append(f"Khớp với dàn ý mẫu: {linked}/{len(parts)} phần.")
    signer = " / ".join(draft.signer.title_lines())
    if draft.signer.name:
        signer = f"{signer} — {draft.signer.name}" if signer else draft.signer.name
    if signer:
        lines.append(f"Người ký: {signer}")
    lines.append(f"Nơi nhận: {len(draft.recipients)} dòng")
    return lines


def figure_lines(values: dict[str, list[str]], blocks: list[str], summary: list[str]) -> None:
    groups = figure_groups()
    for gid, figure_ids in values.items():
        group = groups.get(gid)
        title = group.title if group else gid
        if gid in blocks and not figure_ids:
            summary.append(f"Số liệu “{title}”: nhận ra câu số liệu, chưa có số nào.")
            continue
        how = "thay bằng ô số liệu" if gid in blocks else "giữ nguyên câu văn"
        summary.append(f"Số liệu “{title}”: đọc được {len(figure_ids)} số ({how}).")
