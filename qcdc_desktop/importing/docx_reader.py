"""Read a .docx into plain paragraphs and tables, keeping the formatting import needs.

Only what tells a heading from body text is kept: bold/italic of each run, the
paragraph style (and the outline level a heading or list style implies), Word's
automatic numbering and centring. python-docx does not render automatic numbers, so
the label Word displays is computed from numbering.xml (word_numbering.py) and put
in front of the paragraph's text, where a typed label would be. Text boxes and the
first page header are read too: offices put the agency and motto block there.
"""

from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qcdc_desktop.errors import QcdcError
from qcdc_desktop.importing.labels import import_labels, style_key
from qcdc_desktop.importing.text_in import clean, detect_encoding, to_unicode
from qcdc_desktop.importing.word_numbering import Label, WordNumbering, bullet_kind

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# Tag names built once: a report has thousands of elements to compare.
_MC_FALLBACK = MC + "Fallback"
_W_b = W + "b"
_W_basedOn = W + "basedOn"
_W_br = W + "br"
_W_cr = W + "cr"
_W_del = W + "del"
_W_i = W + "i"
_W_ilvl = W + "ilvl"
_W_jc = W + "jc"
_W_name = W + "name"
_W_noBreakHyphen = W + "noBreakHyphen"
_W_numId = W + "numId"
_W_numPr = W + "numPr"
_W_outlineLvl = W + "outlineLvl"
_W_p = W + "p"
_W_pPr = W + "pPr"
_W_pStyle = W + "pStyle"
_W_ptab = W + "ptab"
_W_r = W + "r"
_W_rPr = W + "rPr"
_W_rStyle = W + "rStyle"
_W_sdt = W + "sdt"
_W_sdtContent = W + "sdtContent"
_W_style = W + "style"
_W_styleId = W + "styleId"
_W_t = W + "t"
_W_tab = W + "tab"
_W_tbl = W + "tbl"
_W_tc = W + "tc"
_W_tr = W + "tr"
_W_txbxContent = W + "txbxContent"
_W_val = W + "val"


class DocxReadError(QcdcError):
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
    label: str = ""  # the label Word displays for its automatic numbering ("II.", "-")
    table: SourceTable | None = None  # a table kept whole (a body item of the zones)
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
    page_header: list[Item] = field(default_factory=list)  # first page's header part
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
    val = el.get(_W_val)
    return val is None or val.lower() not in ("0", "false", "off", "none")


class _Styles:
    """Bold, italic, heading level and numbering of styles, following `basedOn`."""

    def __init__(self, styles_el: Any) -> None:
        self._by_id: dict[str, Any] = {}
        # Every paragraph asks the same few questions of the same few styles.
        self._memo: dict[tuple[str, str], Any] = {}
        if styles_el is not None:
            for st in styles_el.iter(_W_style):
                sid = st.get(_W_styleId)
                if sid:
                    self._by_id[sid] = st

    def _chain(self, style_id: str) -> list[Any]:
        out, seen = [], set()
        while style_id and style_id in self._by_id and style_id not in seen:
            seen.add(style_id)
            st = self._by_id[style_id]
            out.append(st)
            based = st.find(_W_basedOn)
            style_id = based.get(_W_val) if based is not None else ""
        return out

    def memo(self, kind: str, style_id: str) -> Any:
        """`kind` ("level", "list", "num", "name", "b", "i") of a style, computed once."""
        key = (kind, style_id)
        if key not in self._memo:
            if kind in ("b", "i"):
                self._memo[key] = self.toggle(style_id, kind)
            else:
                method = {"level": self.level, "list": self.list_style, "num": self.num_pr}
                self._memo[key] = method.get(kind, self.name)(style_id)
        return self._memo[key]

    def toggle(self, style_id: str, tag: str) -> bool:
        for st in self._chain(style_id):
            rpr = st.find(_W_rPr)
            value = _on(rpr.find(f"{W}{tag}")) if rpr is not None else None
            if value is not None:
                return value
        return False

    def name(self, style_id: str) -> str:
        st = self._by_id.get(style_id)
        name_el = st.find(_W_name) if st is not None else None
        return str(name_el.get(_W_val)) if name_el is not None else style_id

    def level(self, style_id: str) -> int | None:
        labels = import_labels()
        for key in (style_key(self.name(style_id)), style_key(style_id)):
            if key in labels.heading:
                return labels.heading[key]
            if key in labels.title:
                return None  # the document's title, even where a template gives it a level
        for st in self._chain(style_id):
            ppr = st.find(_W_pPr)
            lvl = ppr.find(_W_outlineLvl) if ppr is not None else None
            if lvl is not None and (lvl.get(_W_val) or "").isdigit():
                value = int(lvl.get(_W_val))
                return value + 1 if value < 9 else None
        return None

    def list_style(self, style_id: str) -> tuple[str, int] | None:
        """("bullet" | "number", level 1..) for a List Bullet / List Number style."""
        labels = import_labels()
        for key in (style_key(self.name(style_id)), style_key(style_id)):
            if key in labels.bullet:
                return "bullet", labels.bullet[key]
            if key in labels.number:
                return "number", labels.number[key]
        return None

    def num_pr(self, style_id: str) -> tuple[str, int | None] | None:
        """(numId, ilvl) a style links to, following `basedOn`."""
        for st in self._chain(style_id):
            ppr = st.find(_W_pPr)
            numpr = ppr.find(_W_numPr) if ppr is not None else None
            if numpr is not None:
                num_id = numpr.find(_W_numId)
                ilvl = numpr.find(_W_ilvl)
                nid = num_id.get(_W_val) if num_id is not None else ""
                lvl = ilvl.get(_W_val) if ilvl is not None else None
                return nid or "", int(lvl) if lvl and lvl.isdigit() else None
        return None

    def numbered(self, style_id: str) -> bool:
        found = self.num_pr(style_id)
        return found is not None and found[0] != "0"


class _Reader:
    """Reads body items in document order, keeping the running list counters."""

    def __init__(self, styles: _Styles, numbering: WordNumbering) -> None:
        self.styles = styles
        self.numbering = numbering
        # Counters of List Number styles that have no numbering definition.
        self._plain_counts: dict[int, int] = {}

    def paragraph(self, p: Any) -> list[Item]:
        styles = self.styles
        ppr = p.find(_W_pPr)
        style_id = ""
        num: tuple[str, int | None] | None = None
        centered = False
        mark_bold: bool | None = None
        if ppr is not None:
            # One pass over the properties: lxml's find() parses its tag every call.
            for child in ppr:
                tag = child.tag
                if tag == _W_pStyle:
                    style_id = child.get(_W_val) or ""
                elif tag == _W_numPr:
                    num_id, lvl = "", None
                    for part in child:
                        if part.tag == _W_numId:
                            num_id = part.get(_W_val) or ""
                        elif part.tag == _W_ilvl:
                            lvl = part.get(_W_val)
                    num = (num_id, int(lvl) if lvl and lvl.isdigit() else None)
                elif tag == _W_jc:
                    centered = child.get(_W_val) == "center"
                elif tag == _W_rPr:
                    for part in child:
                        if part.tag == _W_b:
                            mark_bold = _on(part)
        if num is None and style_id:
            num = styles.memo("num", style_id)
        para_bold = styles.memo("b", style_id) if style_id else False
        para_italic = styles.memo("i", style_id) if style_id else False
        boxes: list[Any] = []
        runs: list[Run] = []
        for r in _runs_of(p, boxes):
            text = _run_text(r)
            if not text:
                continue
            bold = italic = None
            char_style = ""
            first = r[0] if len(r) else None
            if first is not None and first.tag == _W_rPr:  # rPr comes first when present
                for prop in first:
                    tag = prop.tag
                    if tag == _W_b:
                        bold = _on(prop)
                    elif tag == _W_i:
                        italic = _on(prop)
                    elif tag == _W_rStyle:
                        char_style = prop.get(_W_val) or ""
            if bold is None:
                bold = styles.memo("b", char_style) if char_style else para_bold
            if italic is None:
                italic = styles.memo("i", char_style) if char_style else para_italic
            runs.append(Run(text, bool(bold), bool(italic)))
        para = SourcePara(
            runs=runs,
            style=styles.memo("name", style_id) if style_id else "",
            style_level=styles.memo("level", style_id) if style_id else None,
            centered=centered,
        )
        if runs:
            self.number(para, num, style_id, para_bold if mark_bold is None else mark_bold)
        out: list[Item] = []
        for box in boxes:
            out.extend(self.block_items(box))
        out.append(para)
        return out

    def number(
        self, para: SourcePara, num: tuple[str, int | None] | None, style_id: str, bold: bool
    ) -> None:
        """Put the label Word displays in front of the paragraph, as a typed one would be."""
        list_style = self.styles.memo("list", style_id) if style_id else None
        found: Label | None = None
        if num is not None and num[0] != "0":
            ilvl = num[1]
            if ilvl is None:
                ilvl = self.numbering.style_level(num[0], style_id) if style_id else 0
            para.numbered = True
            para.num_level = ilvl
            found = self.numbering.label(num[0], ilvl)
        if found is None and list_style is not None and (num is None or num[0] != "0"):
            # A list style whose numbering definition is missing: its name says enough.
            kind, level = list_style
            para.numbered = True
            para.num_level = level - 1
            if kind == "bullet":
                found = Label("-" if level == 1 else "+", level - 1, True, None)
            else:
                count = self._plain_counts.get(level - 1, 0) + 1
                self._plain_counts = {k: v for k, v in self._plain_counts.items() if k < level - 1}
                self._plain_counts[level - 1] = count
                found = Label(f"{count}.", level - 1, False, None)
        if found is None or not found.text:
            return
        if found.bullet:
            marker = "-" if bullet_kind(found) == "item" else "+"
            para.label = marker
            para.runs.insert(0, Run(marker + " ", False, False))
            return
        para.label = found.text
        # Word formats the number like the paragraph mark; when the file leaves that
        # unset, the number looks like the text it leads.
        first = para.runs[0] if para.runs else Run("", False, False)
        label_bold = found.bold if found.bold is not None else (bold or first.bold)
        para.runs.insert(0, Run(found.text + " ", label_bold, first.italic))

    def table(self, tbl: Any) -> SourceTable:
        rows: list[list[list[SourcePara]]] = []
        for tr in tbl.iter(_W_tr):
            if tr.getparent() is not tbl:  # rows of nested tables are read inside their cell
                continue
            row: list[list[SourcePara]] = []
            for tc in tr.findall(_W_tc):
                cell: list[SourcePara] = []
                for item in self.block_items(tc):
                    cell.extend(item.paragraphs() if isinstance(item, SourceTable) else [item])
                row.append(cell)
            rows.append(row)
        return SourceTable(rows)

    def block_items(self, container: Any) -> list[Item]:
        out: list[Item] = []
        for child in container:
            if child.tag == _W_p:
                out.extend(self.paragraph(child))
            elif child.tag == _W_tbl:
                out.append(self.table(child))
            elif child.tag == _W_sdt:  # content controls wrap ordinary paragraphs
                content = child.find(_W_sdtContent)
                if content is not None:
                    out.extend(self.block_items(content))
        return out


def _run_text(r: Any) -> str:
    out = []
    for child in r:
        tag = child.tag
        if tag == _W_t:
            out.append(child.text or "")
        elif tag in (_W_tab, _W_ptab):
            out.append("\t")
        elif tag in (_W_br, _W_cr):
            out.append("\n")
        elif tag == _W_noBreakHyphen:
            out.append("-")
    return "".join(out)


def _runs_of(el: Any, boxes: list[Any]) -> list[Any]:
    """Runs of a paragraph in order; text boxes are set aside in `boxes`.

    Runs inside hyperlinks, smart tags and tracked insertions count; deleted text,
    the fallback copy of a drawing (mc:Fallback) and text boxes are not the
    paragraph's own text.
    """
    out: list[Any] = []
    for child in el:
        tag = child.tag
        if tag == _W_r:
            out.append(child)
            for box in child.iter(_W_txbxContent):
                if not any(a.tag == _MC_FALLBACK for a in box.iterancestors()):
                    boxes.append(box)
        elif tag in (_W_del, _MC_FALLBACK, _W_txbxContent, _W_pPr):
            continue
        elif isinstance(tag, str):
            out.extend(_runs_of(child, boxes))
    return out


def _lead(runs: list[Run], attr: str, encoding: str | None, text: str) -> str:
    """The cleaned text of the leading runs that have `attr` (spaces do not break it)."""
    lead = []
    for run in runs:
        if getattr(run, attr) or not run.text.strip():
            lead.append(run.text)
        else:
            break
    else:
        return text  # every run has it: the lead is the whole paragraph
    if not any(piece.strip() for piece in lead):
        return ""
    return clean(to_unicode("".join(lead), encoding))


def finalise(paras: list[SourcePara], encoding: str | None) -> None:
    for para in paras:
        para.text = clean(to_unicode(para.raw, encoding))
        para.bold_lead = _lead(para.runs, "bold", encoding, para.text)
        para.italic_lead = _lead(para.runs, "italic", encoding, para.text)
        if not para.text.startswith(para.bold_lead):
            para.bold_lead = ""
        if not para.text.startswith(para.italic_lead):
            para.italic_lead = ""


# The legacy encoding is decided on this much of the text: enough words to be sure,
# without reading a long report twice.
ENCODING_SAMPLE = 8_000


def _encoding_sample(paras: list[SourcePara]) -> list[str]:
    out, size = [], 0
    for p in paras:
        raw = p.raw
        out.append(raw)
        size += len(raw)
        if size > ENCODING_SAMPLE:
            break
    return out


# A long real report's parts inflate to well under 1 MB; a zip that inflates past this
# is not a report (a "zip bomb") and would keep the import busy for minutes.
MAX_XML_BYTES = 20 * 1024 * 1024
MAX_PARTS = 5000
_CHUNK = 1 << 16
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ODT_MIME = b"application/vnd.oasis.opendocument.text"


class OtherFormatError(DocxReadError):
    """A readable document that is not a .docx (kind: "doc", "odt", "rtf", "pdf")."""

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.kind = kind


def _too_big(name: str) -> DocxReadError:
    return DocxReadError(
        f"Tệp “{name}” quá lớn để là một báo cáo (nội dung giải nén hơn "
        f"{MAX_XML_BYTES // (1024 * 1024)} MB); không nhập."
    )


def _refuse_oversized(path: Path) -> None:
    """Inflate every part once, counting the bytes actually produced.

    The sizes a zip declares and the names of its parts are not trusted: a renamed
    main part or a forged size is counted like any other part, and reading stops as
    soon as the total passes the limit.
    """
    total = 0
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_PARTS:
                raise _too_big(path.name)
            for info in infos:
                if info.is_dir():
                    continue
                with archive.open(info) as member:
                    while chunk := member.read(_CHUNK):
                        total += len(chunk)
                        if total > MAX_XML_BYTES:
                            raise _too_big(path.name)
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        OSError,
        ValueError,
        EOFError,
        zlib.error,
    ) as exc:
        raise DocxReadError(f"Tệp “{path.name}” không phải tài liệu Word (.docx) hợp lệ.") from exc
    except NotImplementedError as exc:  # an unknown compression method
        raise DocxReadError(
            f"Tệp “{path.name}” nén theo cách không hỗ trợ; không đọc được."
        ) from exc
    except RuntimeError as exc:  # an encrypted zip member asks for a password
        raise DocxReadError(
            f"Tệp “{path.name}” được đặt mật khẩu; hãy mở trong Word, gỡ mật khẩu rồi lưu lại."
        ) from exc


def _ole_kind(path: Path) -> str:
    """ "encrypted" for a password-protected Word file, "doc" for Word 97-2003."""
    with open(path, "rb") as fh:
        data = fh.read(8 * 1024 * 1024)
    if "EncryptedPackage".encode("utf-16-le") in data:
        return "encrypted"
    return "doc"


def check_format(path: Path) -> None:
    """Raise a Vietnamese error naming what the file is when it is not a .docx."""
    with open(path, "rb") as fh:
        head = fh.read(512)
    name = path.name
    if head.startswith(OLE_MAGIC):
        if _ole_kind(path) == "encrypted":
            raise DocxReadError(
                f"Tệp “{name}” được bảo vệ bằng mật khẩu nên không đọc được. Hãy mở trong "
                "Word, gỡ mật khẩu (Tệp > Thông tin > Bảo vệ tài liệu > Mã hóa bằng mật khẩu, "
                "xóa mật khẩu) rồi lưu lại và nhập lại."
            )
        raise OtherFormatError(
            f"Tệp “{name}” là tài liệu Word 97–2003 (.doc). Hãy mở trong Word và chọn "
            "Lưu thành .docx (Tài liệu Word), rồi nhập tệp .docx.",
            "doc",
        )
    if head.startswith(b"{\\rtf"):
        raise OtherFormatError(
            f"Tệp “{name}” là định dạng RTF. Hãy mở trong Word và Lưu thành .docx, rồi nhập lại.",
            "rtf",
        )
    if head.startswith(b"%PDF"):
        raise OtherFormatError(f"Tệp “{name}” là tệp PDF, không phải tài liệu Word.", "pdf")
    if head.startswith(b"PK") and ODT_MIME in head:
        raise OtherFormatError(
            f"Tệp “{name}” là văn bản OpenDocument (.odt). Hãy mở bằng LibreOffice hoặc Word "
            "và Lưu thành .docx (Word 2007–365), rồi nhập tệp .docx.",
            "odt",
        )


def _page_header(document: Any, reader: _Reader) -> list[Item]:
    """The first page's header, where some offices put the agency and motto block."""
    try:
        section = document.sections[0]
        header = (
            section.first_page_header
            if section.different_first_page_header_footer
            else section.header
        )
        if header.is_linked_to_previous:
            return []
        return reader.block_items(header._element)
    except (IndexError, AttributeError, KeyError, ValueError):  # no usable header part
        return []


def read_docx(path: str | Path) -> SourceDocument:
    """Read the body of a .docx. Raises DocxReadError (Vietnamese) on a bad file."""
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    path = Path(path)
    if not path.is_file():
        raise DocxReadError(f"Không tìm thấy tệp “{path.name}”.")
    check_format(path)
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
    styles = _Styles(styles_el)
    reader = _Reader(styles, WordNumbering(_numbering_element(document), styles.num_pr))
    items = reader.block_items(document.element.body)
    source = SourceDocument(items, page_header=_page_header(document, reader))
    paras = source.all_paragraphs() + [
        p
        for item in source.page_header
        for p in (item.paragraphs() if isinstance(item, SourceTable) else [item])
    ]
    source.encoding = detect_encoding(_encoding_sample(paras))
    finalise(paras, source.encoding)
    return source


def _numbering_element(document: Any) -> Any:
    try:
        return document.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):  # no numbering part
        return None
