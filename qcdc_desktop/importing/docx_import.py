"""Import an existing Word report or plan into a draft.

Whatever cannot be placed precisely goes into the nearest part and is listed in
`unplaced`; nothing read from the document is dropped.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from string import Formatter

from qcdc_desktop.doctypes import DocType, figure_groups, get_doc_type, new_draft
from qcdc_desktop.importing.diacritics import lost_diacritics_share
from qcdc_desktop.importing.docx_reader import DocxReadError, SourceDocument, SourcePara
from qcdc_desktop.importing.figures_parse import extract_figures
from qcdc_desktop.importing.header_parse import HeaderInfo, parse_header
from qcdc_desktop.importing.import_checks import numbering_differences, table_figure_lines
from qcdc_desktop.importing.opening_parse import parse_opening
from qcdc_desktop.importing.outline_build import block_for, build_outline, link_to_type, similarity
from qcdc_desktop.importing.signature_parse import (
    SignatureInfo,
    parse_signature_columns,
    recipient_text,
)
from qcdc_desktop.importing.text_in import ENCODING_NAMES
from qcdc_desktop.importing.title_parse import TitleInfo, parse_title
from qcdc_desktop.importing.zones import Zones, cut_zones
from qcdc_desktop.model.draft import Agency, Block, Draft, Part
from qcdc_desktop.render.dates import place_date_line
from qcdc_desktop.render.document import (
    closing_sentence,
    ensure_final_mark,
    lower_first,
    opening_sentence,
)

DEFAULT_TYPE = "bc-6thang"
_OPENING = re.compile(r"^(Thực hiện|Căn cứ|Triển khai|Theo)\b", re.IGNORECASE)

# Re-exported so callers catch one error type for every unreadable file.
DocxImportError = DocxReadError

log = logging.getLogger(__name__)


@dataclass
class ImportResult:
    draft: Draft
    summary: list[str] = field(default_factory=list)  # Vietnamese, one finding a line
    unplaced: list[str] = field(default_factory=list)  # texts put into the nearest part
    # What the document did not give and the user must choose or fill in: "doc_type",
    # "year", "summary", "number", "date", "agency", "recipients", "signer".
    missing: list[str] = field(default_factory=list)
    # Parts whose printed number differs from the label the source printed for them.
    numbering_differs: list[str] = field(default_factory=list)


_READ_AS = {
    "pdf": "Đọc từ tệp PDF: không có chữ đậm, kiểu đề mục; đề mục nhận theo số thứ tự gõ.",
    "doc": "Đã chuyển tệp Word 97–2003 (.doc) sang .docx bằng LibreOffice.",
    "odt": "Đã chuyển tệp OpenDocument (.odt) sang .docx bằng LibreOffice.",
    "rtf": "Đã chuyển tệp RTF sang .docx bằng LibreOffice.",
    "text": "Đọc từ văn bản thuần: không có chữ đậm, kiểu đề mục; đề mục nhận theo số thứ tự gõ.",
}


def import_docx(
    path: str | Path,
    *,
    type_hint: str | None = None,
    year_hint: int | None = None,
    embedded: bool = True,
) -> ImportResult:
    """Read a report or plan: .docx, or .doc/.odt (converted through LibreOffice when it
    is installed), a PDF with a text layer, or a .txt file. Raises DocxImportError with
    a Vietnamese message on a file that cannot be read.

    A file this program exported carries its draft (importing/embedded_draft.py);
    `embedded=False` reads only the text.
    """
    started = time.perf_counter()
    try:
        result = _import_file(path, type_hint, year_hint, embedded)
    except Exception as exc:
        log.warning("import of %s failed: %s", path, exc)
        raise
    log.info(
        "imported %s (%s, %d parts, %d notes, %.0f ms)",
        path,
        result.draft.doc_type,
        len(result.draft.sections),
        len(result.summary),
        (time.perf_counter() - started) * 1000,
    )
    return result


def _import_file(
    path: str | Path, type_hint: str | None, year_hint: int | None, embedded: bool
) -> ImportResult:
    if embedded:
        from qcdc_desktop.importing.embedded_draft import import_with_embedded_draft

        restored = import_with_embedded_draft(path, type_hint)
        if restored is not None:
            return restored
    from qcdc_desktop.importing.other_formats import read_any

    source, kind = read_any(Path(path))
    result = import_source(source, type_hint=type_hint, year_hint=year_hint)
    if kind in _READ_AS:
        result.summary.insert(0, _READ_AS[kind])
    return result


def import_text(
    text: str, *, type_hint: str | None = None, year_hint: int | None = None
) -> ImportResult:
    """A whole report pasted as plain text ("Dán toàn bộ báo cáo") into a new draft."""
    from qcdc_desktop.importing.other_formats import read_plain_text

    result = import_source(read_plain_text(text), type_hint=type_hint, year_hint=year_hint)
    result.summary.insert(0, _READ_AS["text"])
    return result


def _year(title: TitleInfo, header: HeaderInfo, year_hint: int | None) -> int | None:
    """The report's year as the document gives it: its summary line, then its date line."""
    if title.year:
        return title.year
    if header.date is not None:
        return header.date.year
    return year_hint


def import_source(
    source: SourceDocument, *, type_hint: str | None = None, year_hint: int | None = None
) -> ImportResult:
    """Any read document (Word, PDF, plain text) -> a draft, nothing invented."""
    zones = cut_zones(source)
    summary: list[str] = []
    missing: list[str] = []
    if source.encoding:
        name = ENCODING_NAMES.get(source.encoding, source.encoding)
        summary.append(f"Đã chuyển mã {name} sang Unicode.")
    header = parse_header(zones.header)
    _from_page_header(header, zones, summary)
    title = _doc_type(zones, type_hint, summary, missing)
    doc_type = get_doc_type(title.type_id)
    year = _year(title, header, year_hint)
    if year is None:
        missing.append("year")
        year = dt.date.today().year
        summary.append(
            f"Không tìm thấy năm báo cáo trong tiêu đề, trích yếu hay ngày văn bản; "
            f"hãy chọn năm (tạm để {year})."
        )
    draft = new_draft(doc_type.id, year)
    unplaced: list[str] = []
    _fill_header(draft, header, zones, summary, missing)
    draft.summary = zones.summary
    if not zones.summary:
        missing.append("summary")
        summary.append("Không tìm thấy trích yếu; trích yếu để trống.")
    draft.report_to = ""
    body = list(zones.body)
    addressees, body_start = _addressees(body)
    draft.addressees = addressees
    outline = build_outline(body[body_start:])
    draft.sections = outline.sections
    opening_text = _take_opening(outline.before_first)
    closing_text = _take_closing(draft, doc_type, outline.before_first)
    trailing = [] if closing_text else _after_closing(draft, doc_type)
    if outline.before_first or outline.leading_tables:
        unplaced.extend(outline.before_first)
        _place_leading(draft, outline.before_first, outline.leading_tables)
    if not outline.sections and not outline.before_first and not outline.leading_tables:
        draft.sections = []
    linked = link_to_type(draft.sections, doc_type)
    if not _fill_issuing_body(draft, header, [opening_text, closing_text, *_all_texts(draft)]):
        summary.append("Tên cơ quan lấy từ dòng chữ in hoa ở đầu trang; hãy kiểm tra chữ hoa.")
    _fill_closing(draft, closing_text)
    _fill_opening(draft, doc_type, opening_text, summary)
    figures = extract_figures(draft)
    signature = parse_signature_columns(zones.sign_left, zones.sign_right)
    _fill_signature(draft, signature, doc_type, zones, summary, missing)
    summary[0:0] = _recognised(draft, doc_type, header, outline.heading_count, linked)
    _figure_lines(figures.values, figures.blocks, summary)
    summary.extend(table_figure_lines(draft))
    differs, lines = numbering_differences(draft, outline.source_labels)
    summary.extend(lines)
    share = lost_diacritics_share([p.text for p in zones.body if p.text])
    if share is not None:
        summary.append(
            f"Cảnh báo: khoảng {round(share * 100)}% âm tiết không có dấu hoặc không phải "
            "tiếng Việt hợp lệ — văn bản có thể đã mất dấu (chép từ bản quét, PDF); "
            "hãy đối chiếu với bản gốc."
        )
    if outline.heading_count == 0:
        summary.append(
            "Không nhận dạng được đề mục nào; toàn bộ nội dung được đưa vào một phần không đánh số."
        )
    if unplaced:
        summary.append(
            f"{len(unplaced)} đoạn trước đề mục đầu tiên được đưa vào phần đầu; hãy kiểm tra lại."
        )
    if trailing:
        unplaced.extend(trailing)
        summary.append(
            f"{len(trailing)} đoạn sau câu kết thúc được giữ ở cuối phần cuối; hãy kiểm tra lại."
        )
    return ImportResult(
        draft=draft,
        summary=summary,
        unplaced=unplaced,
        missing=missing,
        numbering_differs=differs,
    )


# --- pieces --------------------------------------------------------------------------


def _doc_type(
    zones: Zones, type_hint: str | None, summary: list[str], missing: list[str]
) -> TitleInfo:
    hint = type_hint if type_hint and _known_type(type_hint) else None
    found = parse_title(zones.title, zones.summary, hint) if zones.title else None
    if found is None:
        if hint:
            summary.append("Không nhận dạng được tiêu đề, đã dùng loại văn bản được chọn.")
            return TitleInfo(hint, None, False)
        missing.append("doc_type")
        default = get_doc_type(DEFAULT_TYPE)
        title = f"{default.title.capitalize()} {default.period_text(dt.date.today().year)}"
        summary.append(
            f"Không nhận dạng được loại văn bản từ tiêu đề; hãy chọn loại (tạm để “{title}”)."
        )
        return TitleInfo(DEFAULT_TYPE, None, False)
    if not found.certain:
        summary.append("Trích yếu không khớp hoàn toàn mẫu của loại văn bản; hãy kiểm tra loại.")
    return found


def _known_type(type_id: str) -> bool:
    from qcdc_desktop.doctypes import doc_types

    return type_id in doc_types()


def _from_page_header(header: HeaderInfo, zones: Zones, summary: list[str]) -> None:
    """Fill what the first page's body lacks from its header part (agency, number, date)."""
    if not zones.page_header:
        return
    other = parse_header(zones.page_header)
    taken = False
    if not header.issuing_body and other.issuing_body:
        header.issuing_body, header.parent_body = other.issuing_body, other.parent_body
        taken = True
    if not header.found_number_line and other.found_number_line:
        header.number, header.found_number_line = other.number, True
        header.type_abbreviation = other.type_abbreviation
        header.agency_abbreviation = other.agency_abbreviation
        taken = True
    if header.date is None and other.date is not None:
        header.place, header.date = other.place, other.date
        taken = True
    if taken:
        summary.append("Đã đọc cơ quan, số và ngày từ phần đầu trang (header) của tệp.")


def _fill_header(
    draft: Draft, header: HeaderInfo, zones: Zones, summary: list[str], missing: list[str]
) -> None:
    draft.agency = Agency(
        parent_body=header.parent_body,
        issuing_body=header.issuing_body,
        abbreviation=header.agency_abbreviation,
        place=header.place,
    )
    draft.number = header.number
    if header.date is not None:
        draft.date = header.date
    if not header.found_number_line:
        missing.append("number")
        summary.append("Không tìm thấy dòng “Số: …/…”; số văn bản để trống.")
    if header.date is None:
        missing.append("date")
        summary.append("Không tìm thấy dòng địa danh, ngày tháng; ngày để trống.")
    if not header.issuing_body:
        missing.append("agency")
        summary.append("Không tìm thấy tên cơ quan ban hành; để trống.")


def _addressees(body: list[SourcePara]) -> tuple[list[str], int]:
    """ "Kính gửi: X." or "Kính gửi:" followed by "- X;" lines at the start of the body."""
    if not body or not body[0].text.lower().startswith("kính gửi"):
        return [], 0
    first = body[0].text.split(":", 1)[1].strip() if ":" in body[0].text else ""
    out = [recipient_text(first)] if first else []
    i = 1
    while not first and i < len(body) and body[i].text.startswith(("-", "–")):
        out.append(recipient_text(body[i].text))
        i += 1
    return [a for a in out if a], i


def _take_opening(before: list[str]) -> str:
    for i, text in enumerate(before):
        if _OPENING.match(text) or text.rstrip().endswith("như sau:"):
            return before.pop(i)
    return ""


def _last_block(parts: list[Part]) -> tuple[Part, int] | None:
    for part in reversed(parts):
        deeper = _last_block(part.children)
        if deeper:
            return deeper
        if part.blocks:
            return part, len(part.blocks) - 1
    return None


def _is_closing(text: str, doc_type: DocType) -> bool:
    if not text.rstrip().endswith("/."):
        return False
    return text.startswith("Trên đây") or similarity(text, doc_type.closing) >= 0.7


def _take_closing(draft: Draft, doc_type: DocType, before: list[str]) -> str:
    last = _last_block(draft.sections)
    if last is not None:
        part, index = last
        block = part.blocks[index]
        if block.kind == "para" and _is_closing(block.text, doc_type):
            del part.blocks[index]
            if part.run_in and not part.blocks:
                part.run_in = False
            return block.text
    elif before and _is_closing(before[-1], doc_type):
        return before.pop()
    return ""


def _after_closing(draft: Draft, doc_type: DocType) -> list[str]:
    """Texts that follow a closing sentence left inside the last part (kept in order)."""
    last = _last_block(draft.sections)
    if last is None:
        return []
    part, _ = last
    for i, block in enumerate(part.blocks):
        if block.kind == "para" and _is_closing(block.text, doc_type):
            return [b.text for b in part.blocks[i + 1 :]]
    return []


def _place_leading(draft: Draft, texts: list[str], tables: list[Block]) -> None:
    blocks = [block_for(t) for t in texts] + tables
    if draft.sections:
        first = draft.sections[0]
        if first.run_in:
            # A run-in heading's first paragraph must stay first: add after it.
            first.blocks[1:1] = blocks
        else:
            first.blocks[0:0] = blocks
    else:
        draft.sections = [Part(title="", numbered=False, blocks=blocks)]


def _all_texts(draft: Draft) -> list[str]:
    return [b.text for p in draft.all_parts() for b in p.blocks]


def _fill_issuing_body(draft: Draft, header: HeaderInfo, texts: list[str]) -> bool:
    """The header prints the issuer in capitals; sentences need it as typed.

    False when the name was not found in the text and had to be guessed.
    """
    upper = header.issuing_body.strip()
    if not upper or upper != upper.upper():
        return True
    for text in texts:
        if len(text.upper()) != len(text):
            continue
        at = text.upper().find(upper)
        if at >= 0:
            draft.agency.issuing_body = text[at : at + len(upper)]
            return True
    lowered = upper.lower()
    draft.agency.issuing_body = lowered[:1].upper() + lowered[1:]
    return False


def _fill_opening(draft: Draft, doc_type: DocType, text: str, summary: list[str]) -> None:
    if not text:
        draft.opening = ""
        draft.basis = []
        return
    info = parse_opening(
        text, draft.agency.issuing_body.strip(), doc_type.period_text(draft.period.year)
    )
    draft.opening, draft.basis = info.opening, info.basis
    if opening_sentence(draft, doc_type) != text:
        draft.opening, draft.basis = text, []
        summary.append("Câu mở đầu được giữ nguyên văn (không tách được các văn bản căn cứ).")
    elif info.structured:
        summary.append(f"Căn cứ: {sum(1 for d in info.basis if d.kind)} văn bản.")


def _fill_closing(draft: Draft, text: str) -> None:
    """The type's closing template when the text is it, word for word; else the text."""
    if not text:
        draft.closing = ""
        return
    if draft.closing and _match_closing(draft, draft.closing, text):
        return
    draft.closing = text


def _match_closing(draft: Draft, template: str, text: str) -> bool:
    """Fill report_to (and the issuing body, when the header had none) from the closing."""
    values = {
        "summary": re.escape(lower_first(draft.summary.strip())),
        "agency": re.escape(draft.agency.issuing_body.strip()) or r"(?P<agency>.+?)",
        "recipient": r"(?P<recipient>.+?)",
    }
    pattern = ""
    for literal, name, _, _ in Formatter().parse(ensure_final_mark(template)):
        pattern += re.escape(literal)
        if name is not None:
            if name not in values:
                return False
            pattern += values[name]
            values[name] = f"(?P={name})" if values[name].startswith("(?P<") else values[name]
    m = re.fullmatch(pattern, text)
    if not m:
        return False
    saved = (draft.report_to, draft.agency.issuing_body)
    draft.report_to = m.groupdict().get("recipient") or draft.report_to
    draft.agency.issuing_body = m.groupdict().get("agency") or draft.agency.issuing_body
    if closing_sentence(draft) == text:
        return True
    draft.report_to, draft.agency.issuing_body = saved
    return False


def _fill_signature(
    draft: Draft,
    info: SignatureInfo,
    doc_type: DocType,
    zones: Zones,
    summary: list[str],
    missing: list[str],
) -> None:
    if info.found_recipients:
        draft.recipients = info.recipients
    else:
        draft.recipients = []
        missing.append("recipients")
        summary.append("Không tìm thấy “Nơi nhận”; danh sách nơi nhận để trống.")
    if info.found_signer:
        draft.signer = info.signer
    else:
        missing.append("signer")
        if zones.sign_found or info.found_recipients:
            summary.append("Không nhận dạng được khối chữ ký.")


def _recognised(
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


def _figure_lines(values: dict[str, list[str]], blocks: list[str], summary: list[str]) -> None:
    groups = figure_groups()
    for gid, figure_ids in values.items():
        group = groups.get(gid)
        title = group.title if group else gid
        if gid in blocks and not figure_ids:
            summary.append(f"Số liệu “{title}”: nhận ra câu số liệu, chưa có số nào.")
            continue
        how = "thay bằng ô số liệu" if gid in blocks else "giữ nguyên câu văn"
        summary.append(f"Số liệu “{title}”: đọc được {len(figure_ids)} số ({how}).")


__all__ = ["DocxImportError", "ImportResult", "import_docx", "import_source", "import_text"]
