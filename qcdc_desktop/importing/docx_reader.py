"""Read a .docx into plain paragraphs and tables, keeping the formatting import needs.

Only what tells a heading from body text is kept: bold/italic of each run, the
paragraph style (and its "Heading N" level), Word auto-numbering (numPr) and
centring. python-docx does not render automatic numbers, so numPr is recorded.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qcdc_desktop.importing.text_in import clean, detect_encoding, to_unicode

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

_HEADING_STYLE = re.compile(r"^(?:heading|tiêu đề|title)\s*(\d)$", re.IGNORECASE)


class DocxReadError(Exception):
    """The file cannot be read as a Word document. The message is Vietnamese."""


@dataclass
class Run:
    text: str
    bold: bool
    italic: bool


@dataclass
class SourcePara:
    runs: list[Run]
    style: str = ""
    style_level: int | None = None  # 1.. for "Heading N" styles or an outline level
    numbered: bool = False  # Word auto-numbering (numPr) on the paragraph or its style
    num_level: int = 0
    centered: bool = False
    text: str = ""  # cleaned, NFC, converted from a legacy encoding when needed
    bold_lead: str = ""  # cleaned leading text that is bold
    italic_lead: str = ""

    @property
    def raw(self) -> str:
        return "".join(r.text for r in self.runs)

    @property
    def all_bold(self) -> bool:
        return bool(self.text) and self.bold_lead == self.text

    @property
    def all_italic(self) -> bool:
        return bool(self.text) and self.italic_lead == self.text


@dataclass
class SourceTable:
    rows: list[list[list[SourcePara]]]  # row -> cell -> paragraphs

    def paragraphs(self) -> list[SourcePara]:
        return [p for row in self.rows for cell in row for p in cell]

    def column_paragraphs(self) -> list[list[SourcePara]]:
        """Paragraphs column by column (left column top to bottom first)."""
        width = max((len(r) for r in self.rows), default=0)
        return [[p for row in self.rows if c < len(row) for p in row[c]] for c in range(width)]


Item = SourcePara | SourceTable


@dataclass
class SourceDocument:
    items: list[Item]
    encoding: str | None = None  # legacy encoding converted, if any
    extra: dict[str, Any] = field(default_factory=dict)

    def all_paragraphs(self) -> list[SourcePara]:
        out: list[SourcePara] = []
        for item in self.items:
            out.extend(item.paragraphs() if isinstance(item, SourceTable) else [item])
        return out


def _on(el: Any) -> bool | None:
    """A w:b / w:i toggle: present without val means on."""
    if el is None:
        return None
    val = el.get(f"{W}val")
    return val is None or val.lower() not in ("0", "false", "off", "none")


class _Styles:
    """Bold, italic, heading level and numbering of styles, following `basedOn`."""

    def __init__(self, styles_el: Any) -> None:
        self._by_id: dict[str, Any] = {}
        if styles_el is not None:
            for st in styles_el.iter(f"{W}style"):
                sid = st.get(f"{W}styleId")
                if sid:
                    self._by_id[sid] = st

    def _chain(self, style_id: str) -> list[Any]:
        out, seen = [], set()
        while style_id and style_id in self._by_id and style_id not in seen:
            seen.add(style_id)
            st = self._by_id[style_id]
            out.append(st)
            based = st.find(f"{W}basedOn")
            style_id = based.get(f"{W}val") if based is not None else ""
        return out

    def toggle(self, style_id: str, tag: str) -> bool:
        for st in self._chain(style_id):
            rpr = st.find(f"{W}rPr")
            value = _on(rpr.find(f"{W}{tag}")) if rpr is not None else None
            if value is not None:
                return value
        return False

    def name(self, style_id: str) -> str:
        st = self._by_id.get(style_id)
        name_el = st.find(f"{W}name") if st is not None else None
        return str(name_el.get(f"{W}val")) if name_el is not None else style_id

    def level(self, style_id: str) -> int | None:
        m = _HEADING_STYLE.match(self.name(style_id).strip()) or _HEADING_STYLE.match(style_id)
        if m:
            return int(m.group(1))
        for st in self._chain(style_id):
            ppr = st.find(f"{W}pPr")
            lvl = ppr.find(f"{W}outlineLvl") if ppr is not None else None
            if lvl is not None and (lvl.get(f"{W}val") or "").isdigit():
                value = int(lvl.get(f"{W}val"))
                return value + 1 if value < 9 else None
        return None

    def numbered(self, style_id: str) -> bool:
        for st in self._chain(style_id):
            ppr = st.find(f"{W}pPr")
            if ppr is not None and ppr.find(f"{W}numPr") is not None:
                return True
        return False


def _run_text(r: Any) -> str:
    out = []
    for child in r:
        tag = child.tag
        if tag == f"{W}t":
            out.append(child.text or "")
        elif tag in (f"{W}tab", f"{W}ptab"):
            out.append("\t")
        elif tag in (f"{W}br", f"{W}cr"):
            out.append("\n")
        elif tag == f"{W}noBreakHyphen":
            out.append("-")
    return "".join(out)


def _read_paragraph(p: Any, styles: _Styles) -> SourcePara:
    ppr = p.find(f"{W}pPr")
    style_id = ""
    numbered = False
    num_level = 0
    centered = False
    if ppr is not None:
        ps = ppr.find(f"{W}pStyle")
        style_id = ps.get(f"{W}val") if ps is not None else ""
        numpr = ppr.find(f"{W}numPr")
        if numpr is not None:
            num_id = numpr.find(f"{W}numId")
            numbered = num_id is None or num_id.get(f"{W}val") != "0"
            ilvl = numpr.find(f"{W}ilvl")
            if ilvl is not None and (ilvl.get(f"{W}val") or "").isdigit():
                num_level = int(ilvl.get(f"{W}val"))
        jc = ppr.find(f"{W}jc")
        centered = jc is not None and jc.get(f"{W}val") == "center"
    if not numbered and style_id:
        numbered = styles.numbered(style_id)
    para_bold = styles.toggle(style_id, "b") if style_id else False
    para_italic = styles.toggle(style_id, "i") if style_id else False
    runs: list[Run] = []
    # Runs inside hyperlinks, smart tags and tracked insertions count; deleted text
    # (w:delText) and field instructions are never read.
    for r in p.iter(f"{W}r"):
        if r.getparent() is not None and r.getparent().tag == f"{W}del":
            continue
        text = _run_text(r)
        if not text:
            continue
        rpr = r.find(f"{W}rPr")
        bold = italic = None
        char_style = ""
        if rpr is not None:
            bold = _on(rpr.find(f"{W}b"))
            italic = _on(rpr.find(f"{W}i"))
            rs = rpr.find(f"{W}rStyle")
            char_style = rs.get(f"{W}val") if rs is not None else ""
        if bold is None:
            bold = styles.toggle(char_style, "b") if char_style else para_bold
        if italic is None:
            italic = styles.toggle(char_style, "i") if char_style else para_italic
        runs.append(Run(text, bool(bold), bool(italic)))
    return SourcePara(
        runs=runs,
        style=styles.name(style_id) if style_id else "",
        style_level=styles.level(style_id) if style_id else None,
        numbered=numbered,
        num_level=num_level,
        centered=centered,
    )


def _read_table(tbl: Any, styles: _Styles) -> SourceTable:
    rows: list[list[list[SourcePara]]] = []
    for tr in tbl.iter(f"{W}tr"):
        if tr.getparent() is not tbl:  # rows of nested tables are read inside their cell
            continue
        row: list[list[SourcePara]] = []
        for tc in tr.findall(f"{W}tc"):
            cell: list[SourcePara] = []
            for item in _block_items(tc, styles):
                cell.extend(item.paragraphs() if isinstance(item, SourceTable) else [item])
            row.append(cell)
        rows.append(row)
    return SourceTable(rows)


def _block_items(container: Any, styles: _Styles) -> list[Item]:
    out: list[Item] = []
    for child in container:
        if child.tag == f"{W}p":
            out.append(_read_paragraph(child, styles))
        elif child.tag == f"{W}tbl":
            out.append(_read_table(child, styles))
        elif child.tag == f"{W}sdt":  # content controls wrap ordinary paragraphs
            content = child.find(f"{W}sdtContent")
            if content is not None:
                out.extend(_block_items(content, styles))
    return out


def _lead(runs: list[Run], attr: str, encoding: str | None) -> str:
    """The cleaned text of the leading runs that have `attr` (spaces do not break it)."""
    lead = []
    for run in runs:
        if getattr(run, attr) or not run.text.strip():
            lead.append(run.text)
        else:
            break
    return clean(to_unicode("".join(lead), encoding))


def finalise(paras: list[SourcePara], encoding: str | None) -> None:
    for para in paras:
        para.text = clean(to_unicode(para.raw, encoding))
        para.bold_lead = _lead(para.runs, "bold", encoding)
        para.italic_lead = _lead(para.runs, "italic", encoding)
        if not para.text.startswith(para.bold_lead):
            para.bold_lead = ""
        if not para.text.startswith(para.italic_lead):
            para.italic_lead = ""


# A long real report's XML is well under 1 MB; a zip whose XML inflates past this is
# not a report (a "zip bomb") and would keep the import busy for minutes.
MAX_XML_BYTES = 20 * 1024 * 1024


def _refuse_oversized(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            xml_bytes = sum(
                info.file_size for info in archive.infolist() if info.filename.endswith(".xml")
            )
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError) as exc:  # bad header
        raise DocxReadError(f"Tệp “{path.name}” không phải tài liệu Word (.docx) hợp lệ.") from exc
    if xml_bytes > MAX_XML_BYTES:
        raise DocxReadError(
            f"Tệp “{path.name}” quá lớn để là một báo cáo (nội dung giải nén hơn "
            f"{MAX_XML_BYTES // (1024 * 1024)} MB); không nhập."
        )


def read_docx(path: str | Path) -> SourceDocument:
    """Read the body of a .docx. Raises DocxReadError (Vietnamese) on a bad file."""
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    path = Path(path)
    if not path.is_file():
        raise DocxReadError(f"Không tìm thấy tệp “{path.name}”.")
    if not zipfile.is_zipfile(path):
        raise DocxReadError(f"Tệp “{path.name}” không phải tài liệu Word (.docx).")
    _refuse_oversized(path)
    try:
        document = Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, OSError) as exc:
        raise DocxReadError(f"Tệp “{path.name}” không phải tài liệu Word (.docx) hợp lệ.") from exc
    except Exception as exc:  # lxml raises its own errors on broken XML parts
        raise DocxReadError(f"Tệp “{path.name}” bị hỏng, không đọc được.") from exc
    try:
        styles_el = document.styles.element
    except Exception:  # a document without a styles part is still readable
        styles_el = None
    items = _block_items(document.element.body, _Styles(styles_el))
    source = SourceDocument(items)
    paras = source.all_paragraphs()
    source.encoding = detect_encoding([p.raw for p in paras])
    finalise(paras, source.encoding)
    return source
