"""The two example reports (tests/data/examples, copies of the shared examples) read
into their structure, and written back as the shapes Word and LibreOffice produce.

The examples are text with light markup: "#" before headings, "**" around bold.
`load(name)` gives an `Example` with the typed label, level and title of every
heading, the list items and paragraphs in order. The builders then write the same
report as a .docx whose numbering is Word's own (numbering.xml), set with heading
styles, with list styles, with the staff figures in a table, with the agency block
in the page header, or as the plain text a user pastes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import docx_fixtures as fx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from word_lists import REPORT_OUTLINE, add_instance, add_list, link_style, numbered

EXAMPLES = Path(__file__).parent / "data" / "examples"
REPORT = "000_b83c4bc9847890b4.txt"
PLAN = "003_b587bd1d1b4b85b5.txt"

_LABEL = re.compile(r"^(?P<label>[IVX]{1,5}\.|\d{1,2}\.\d{1,2}\.?|\d{1,2}\.)\s*(?P<rest>.*)$")


@dataclass
class Element:
    kind: str  # "heading", "para", "item"
    text: str  # title of a heading (without its label), text of anything else
    label: str = ""  # a heading's typed label: "II.", "1.", "2.1"
    level: int = 0  # a heading's level, 1 = top
    body: str = ""  # a run-in heading's text after it
    bold_label_only: bool = False  # "**2.** Thực hiện …": no title, only a bold number

    @property
    def printed(self) -> str:
        """The paragraph as the source prints it."""
        if self.kind == "item":
            return f"- {self.text}"
        if self.kind != "heading":
            return self.text
        head = f"{self.label} {self.text}".strip()
        if self.body:
            head = f"{head}:" if self.text else head
            return f"{head} {self.body}"
        return head


@dataclass
class Example:
    number_line: str
    date_line: str
    title: str
    summary: str
    opening: str
    elements: list[Element] = field(default_factory=list)
    closing: str = ""
    recipients: list[str] = field(default_factory=list)
    signer_lines: list[str] = field(default_factory=list)

    @property
    def headings(self) -> list[Element]:
        return [e for e in self.elements if e.kind == "heading"]

    @property
    def items(self) -> list[Element]:
        return [e for e in self.elements if e.kind == "item"]

    @property
    def texts(self) -> list[Element]:
        return [e for e in self.elements if e.kind != "heading" or e.body]


def _unbold(text: str) -> str:
    return text.replace("***", "").replace("**", "").strip()


def _heading(raw: str, styles: list[str]) -> Element | None:
    marked = raw.startswith("#")
    text = raw.lstrip("#").strip()
    whole_bold = text.startswith("**") and text.endswith("**") and text.count("**") == 2
    m = _LABEL.match(_unbold(text))
    if not m:
        return None
    label, rest = m.group("label"), m.group("rest")
    style = (
        "roman"
        if label[0] in "IVX"
        else ("decimal" if label.count(".") > 1 or not label.endswith(".") else "arabic")
    )
    if style == "decimal" and re.fullmatch(r"\d+\.\d+\.", label):
        label = label  # "3.1." keeps its last dot as typed
    if marked or whole_bold:
        if style not in styles:
            styles.append(style)
        return Element("heading", rest.rstrip(":").strip(), label, styles.index(style) + 1)
    if text.startswith("**"):
        bold = text[2 : text.index("**", 2)]
        after = text[text.index("**", 2) + 2 :].strip()
        if style not in styles:
            styles.append(style)
        level = styles.index(style) + 1
        if bold.strip() == label:
            return Element("heading", "", label, level, body=_unbold(after), bold_label_only=True)
        title = _LABEL.match(bold).group("rest").rstrip(":").strip()  # type: ignore[union-attr]
        return Element("heading", title, label, level, body=_unbold(after))
    return None


def load(name: str) -> Example:
    lines = [line.strip() for line in (EXAMPLES / name).read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line]
    ex = Example(number_line=lines[0], date_line=lines[1], title="", summary="", opening="")
    i = 2
    title = lines[i].lstrip("#").strip()
    if title in ("BÁO CÁO", "KẾ HOẠCH"):
        ex.title, ex.summary = title, lines[i + 1].lstrip("#").strip()
        i += 2
    else:
        ex.title, ex.summary = title.split(" ", 2)[0] + " " + title.split(" ", 2)[1], ""
        ex.summary = title[len(ex.title) :].strip()
        i += 1
    ex.opening = lines[i]
    i += 1
    styles: list[str] = []
    while i < len(lines):
        raw = lines[i]
        text = _unbold(raw.lstrip("#"))
        if text.startswith("Nơi nhận"):
            break
        if text.startswith("Trên đây") or (text.startswith("Căn cứ vào Kế hoạch này")):
            ex.closing = text
            i += 1
            continue
        heading = _heading(raw, styles)
        if heading is not None:
            ex.elements.append(heading)
        elif text.startswith("- "):
            ex.elements.append(Element("item", text[2:].strip()))
        else:
            ex.elements.append(Element("para", text))
        i += 1
    i += 1
    while i < len(lines) and lines[i].startswith("- "):
        ex.recipients.append(lines[i][2:].rstrip(";.").strip())
        i += 1
    ex.signer_lines = [
        _unbold(x) for x in " ".join(lines[i:]).replace("**", "\n").split("\n") if x.strip()
    ][:2]
    return ex


# --- writing the shapes -----------------------------------------------------------------

NUMBER = "Số: 12/BC-STTTT"
DATE_LINE = "Tây Ninh, ngày 05 tháng 6 năm 2024"
SIGNER = "Nguyễn Văn An"


def _start(ex: Example, b: fx.Builder, header: bool = True) -> None:
    if header:
        b.header_table(NUMBER, DATE_LINE)
    b.title(ex.title, ex.summary)
    b.para(ex.opening)


def _end(ex: Example, b: fx.Builder) -> None:
    if ex.closing:
        b.para(ex.closing)
    b.signature_table(ex.recipients, ["GIÁM ĐỐC"], SIGNER)


def _body_run(b: fx.Builder, el: Element, label: str, style: str | None = None) -> Any:
    """A heading paragraph with `label` typed in front ("" when Word numbers it).

    In a heading style (bold already) the text after a run-in title is set not bold
    explicitly, as Word stores it when the user un-bolds it."""
    lead = f"{label} " if label else ""
    if el.body and el.bold_label_only:
        pieces = [(label, True), (f" {el.body}", False)] if label else [(el.body, False)]
    elif el.body:
        pieces = [(f"{lead}{el.text}:", True), (f" {el.body}", False)]
    else:
        pieces = [(f"{lead}{el.text}", True)]
    p = b.doc.add_paragraph(style=style)
    for text, bold in pieces:
        p.add_run(text).bold = bold if style else (bold or None)
    return p


def typed_labels(ex: Example, path: Path) -> Path:
    """Labels typed as text, headings bold: the shape the PDF and .odt are made from."""
    b = fx.Builder()
    _start(ex, b)
    for el in ex.elements:
        if el.kind == "heading":
            _body_run(b, el, el.label)
        elif el.kind == "item":
            b.para(f"- {el.text}")
        else:
            b.para(el.text)
    _end(ex, b)
    return b.save(path)


def auto_numbered(ex: Example, path: Path, levels: list[tuple[str, str]] = REPORT_OUTLINE) -> Path:
    """Every heading numbered by Word (numPr on the paragraph, levels in numbering.xml):
    the text holds no label at all. Bullets are Word bullets "-" too."""
    b = fx.Builder()
    outline = add_list(b.doc, levels)
    dash = add_list(b.doc, [("bullet", "-"), ("bullet", "+")])
    _start(ex, b)
    for el in ex.elements:
        if el.kind == "heading":
            numbered(_body_run(b, el, ""), outline, el.level - 1)
        elif el.kind == "item":
            numbered(b.para(el.text), dash, 0)
        else:
            b.para(el.text)
    _end(ex, b)
    return b.save(path)


def heading_styles(ex: Example, path: Path) -> Path:
    """Heading 1 / Heading 2 styles linked to one Word list (Word's "1 Heading 1" gallery)."""
    b = fx.Builder()
    outline = add_list(b.doc, REPORT_OUTLINE, styles={0: "Heading1", 1: "Heading2", 2: "Heading3"})
    link_style(b.doc, "Heading 1", outline, 0)
    link_style(b.doc, "Heading 2", outline, 1)
    _start(ex, b)
    for el in ex.elements:
        if el.kind == "heading":
            style = f"Heading {el.level}"
            if el.body:
                _body_run(b, el, "", style=style)
            else:
                b.para(el.text, style=style)
        elif el.kind == "item":
            b.para(f"- {el.text}")
        else:
            b.para(el.text)
    _end(ex, b)
    return b.save(path)


def list_styles(ex: Example, path: Path) -> Path:
    """Sections typed "I. …" in bold; sub-headings in the "List Number" style restarted at 1
    in each section; "-" items in the "List Bullet" style (the template's numbering)."""
    b = fx.Builder()
    numbers = add_list(b.doc, [("decimal", "%1.")])
    abstract = _abstract_of(b.doc, numbers)
    current = numbers
    _start(ex, b)
    for el in ex.elements:
        if el.kind == "heading" and el.level == 1:
            current = add_instance(b.doc, abstract, {0: 1})
            _body_run(b, el, el.label)
        elif el.kind == "heading":
            p = _body_run(b, el, "", style="List Number")
            numbered(p, current, 0)
        elif el.kind == "item":
            b.para(el.text, style="List Bullet")
        else:
            b.para(el.text)
    _end(ex, b)
    return b.save(path)


def _abstract_of(doc: Any, num_id: int) -> int:
    from word_lists import abstract_of

    return abstract_of(doc, num_id)


STAFF_HEADER = [
    "Tổng số",
    "Công chức",
    "Viên chức",
    "Hợp đồng theo Nghị định 111",
    "Hợp đồng theo Luật Lao động",
]
STAFF_ROW = ["55", "26", "20", "07", "02"]
STAFF_LEAD = "Tổng số cán bộ, công chức, viên chức và người lao động như sau:"


def staff_table(ex: Example, path: Path) -> Path:
    """The staff figures as a Word table under a lead-in sentence, instead of a sentence."""
    b = fx.Builder()
    _start(ex, b)
    for el in ex.elements:
        if el.kind == "para" and el.text.startswith("Tổng số cán bộ"):
            b.para(STAFF_LEAD)
            table = b.doc.add_table(rows=2, cols=len(STAFF_HEADER))
            for c, (head, value) in enumerate(zip(STAFF_HEADER, STAFF_ROW, strict=True)):
                table.rows[0].cells[c].paragraphs[0].add_run(head).bold = True
                table.rows[1].cells[c].paragraphs[0].add_run(value)
        elif el.kind == "heading":
            _body_run(b, el, el.label)
        elif el.kind == "item":
            b.para(f"- {el.text}")
        else:
            b.para(el.text)
    _end(ex, b)
    return b.save(path)


def header_in_page_header(ex: Example, path: Path, *, text_box: bool = False) -> Path:
    """The agency / motto / number / date block in the page header (first page), not the body."""
    b = fx.Builder()
    section = b.doc.sections[0]
    section.different_first_page_header_footer = True
    header = section.first_page_header
    table = header.add_table(rows=2, cols=2, width=section.page_width - section.left_margin * 2)
    left, right = table.rows[0].cells
    left.paragraphs[0].add_run(fx.PARENT)
    left.add_paragraph().add_run(fx.ISSUER).bold = True
    right.paragraphs[0].add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").bold = True
    right.add_paragraph().add_run("Độc lập - Tự do - Hạnh phúc").bold = True
    table.rows[1].cells[0].paragraphs[0].add_run(NUMBER)
    table.rows[1].cells[1].paragraphs[0].add_run(DATE_LINE).italic = True
    _start(ex, b, header=False)
    for el in ex.elements:
        if el.kind == "heading":
            _body_run(b, el, el.label)
        elif el.kind == "item":
            b.para(f"- {el.text}")
        else:
            b.para(el.text)
    _end(ex, b)
    return b.save(path)


def plain_text(ex: Example) -> str:
    """The report as pasted from Word into a plain text box: one paragraph a line."""
    lines = [
        fx.PARENT,
        fx.ISSUER,
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        NUMBER,
        DATE_LINE,
        ex.title,
        ex.summary,
        ex.opening,
    ]
    lines += [el.printed for el in ex.elements]
    if ex.closing:
        lines.append(ex.closing)
    lines.append("Nơi nhận:")
    lines += [f"- {r};" for r in ex.recipients]
    lines += ["GIÁM ĐỐC", "", SIGNER]
    return "\n".join(lines) + "\n"


def centred(p: Any) -> Any:
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p
