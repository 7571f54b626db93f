"""Turn a draft into the text of the printed document, part by part.

The DOCX writer, the on-screen preview and the checks all read this one rendering,
so the numbering and sentences a user previews are exactly the ones exported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from qcdc_desktop.doctypes.figures import FigureGroupDef, figure_groups
from qcdc_desktop.doctypes.types import DocType, get_doc_type
from qcdc_desktop.model.draft import BasisDocument, Block, Draft, Part
from qcdc_desktop.render.agency_names import names_agency
from qcdc_desktop.render.citations import cite
from qcdc_desktop.render.dates import number_line, place_date_line
from qcdc_desktop.render.figure_markers import fill_markers, marked_groups
from qcdc_desktop.render.figure_sentences import group_sentence
from qcdc_desktop.render.numbering import label
from qcdc_desktop.render.recipients import recipient_lines
from qcdc_desktop.render.tables import RenderedTable, render_table

if TYPE_CHECKING:
    from qcdc_desktop.render.appendices import RenderedAppendix


@dataclass
class Paragraph:
    """One printed paragraph.

    role "heading": `lead` holds the numbered heading, `text` is empty.
    A run-in heading is role "para" (or item) with `lead` printed bold before `text`.
    role "table": `table` holds the printed table, `text` its optional lead-in.
    """

    role: str
    text: str = ""
    lead: str = ""
    level: int = 0  # heading level 1–3 (also set on run-in paragraphs)
    part_id: str = ""
    table: RenderedTable | None = None

    @property
    def full_text(self) -> str:
        if self.table is not None:
            return "\n".join(t for t in (self.text, *self.table.plain_lines()) if t)
        if self.lead and self.text:
            return f"{self.lead} {self.text}"
        return self.lead or self.text


@dataclass
class RenderedDocument:
    parent_body: str
    issuing_body: str
    number_line: str
    place_date: str
    title: str
    summary: str
    addressees: list[str]
    body: list[Paragraph]
    recipients: list[str]
    signer_lines: list[str]
    signer_name: str
    date_is_full: bool = False
    number_is_blank: bool = True
    extra: dict[str, str] = field(default_factory=dict)
    appendices: list[RenderedAppendix] = field(default_factory=list)

    def plain_text(self) -> str:
        """The whole document as plain text, in print order (preview and tests)."""
        lines = [
            self.parent_body,
            self.issuing_body,
            self.number_line,
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            self.place_date,
            "",
            self.title,
            self.summary,
            *self.addressees,
            "",
        ]
        lines += [p.full_text for p in self.body]
        lines += ["", "Nơi nhận:", *self.recipients, "", *self.signer_lines, "", self.signer_name]
        for appendix in self.appendices:
            lines += ["", *appendix.plain_lines()]
        return "\n".join(line for line in lines if line is not None)


class _Defaults(dict[str, str]):
    """format_map helper: unknown placeholders stay as typed, never raise."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(template: str, **values: str) -> str:
    try:
        return template.format_map(_Defaults(values))
    except (ValueError, IndexError, AttributeError, KeyError, TypeError):
        # A stray "{" typed by the user, or "{agency.name}", "{0}", "{basis[x]}".
        out = template
        for key, value in values.items():
            out = out.replace("{" + key + "}", value)
        return out


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text else text


def basis_phrase(doc: BasisDocument) -> str:
    """A cited document as the text names it (resources/citations.toml)."""
    return cite(doc)


def join_vietnamese(items: list[str]) -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return "; ".join(items[:-1]) + " và " + items[-1]


# "Thực hiện {basis}, " (or ". ") at the start of an opening with no document to cite.
_NO_BASIS = re.compile(r"^\s*Thực hiện\s*\{basis\}\s*[,.;]?\s*")


def opening_sentence(draft: Draft, doc_type: DocType | None = None) -> str:
    doc_type = doc_type or get_doc_type(draft.doc_type)
    basis = join_vietnamese([basis_phrase(b) for b in draft.basis])
    template = draft.opening
    if not basis:
        # Nothing to cite: the sentence starts with the agency instead of a stand-in.
        template = _NO_BASIS.sub("", template)
        template = template[:1].upper() + template[1:]
    return fill(
        template,
        basis=basis,
        agency=" ".join(draft.agency.issuing_body.split()),
        period=doc_type.period_text(draft.period.year),
    )


def ensure_final_mark(text: str) -> str:
    """The body's last sentence ends with "./."."""
    text = text.rstrip()
    if text.endswith("./."):
        return text
    if text.endswith("/."):
        return text[:-2] + "./."
    if text.endswith("."):
        return text + "/."
    return text + "./."


def report_recipient(draft: Draft) -> str:
    """Whom the closing names ("gửi Sở Nội vụ tổng hợp"): the main recipient, else the
    "Kính gửi" addressees."""
    if draft.report_to.strip():
        return draft.report_to.strip()
    names = [_LEADING_DASH.sub("", a).strip().rstrip(";.").strip() for a in draft.addressees]
    return join_vietnamese([n for n in names if n]).replace("; ", ", ")


_OF_AGENCY = re.compile(r"\s*của\s*\{agency\}")


def closing_sentence(draft: Draft) -> str:
    summary = lower_first(draft.summary.strip())
    template = draft.closing
    if names_agency(summary, draft.agency):
        # "… trực thuộc Sở VHTTDL năm 2023 của Sở VHTTDL": the agency is named once.
        template = _OF_AGENCY.sub("", template)
    text = fill(
        template,
        summary=summary,
        agency=" ".join(draft.agency.issuing_body.split()),
        recipient=report_recipient(draft),
    )
    return ensure_final_mark(text) if text.strip() else ""


def figure_sentence(
    group: FigureGroupDef, draft: Draft, *, pad: bool = True, template: str | None = None
) -> str:
    """The group's sentence, built from the clauses of the figures it has ("" for none)."""
    return group_sentence(group, draft, pad=pad, template=template)


_LEADING_DASH = re.compile(r"^\s*[-–+•]\s*")


def list_lines(items: list[str]) -> list[str]:
    """["Sở Nội vụ", "Lưu: VT, VP"] -> ["- Sở Nội vụ;", "- Lưu: VT, VP."]."""
    cleaned = [_LEADING_DASH.sub("", i).strip().rstrip(";.").strip() for i in items]
    cleaned = [c for c in cleaned if c]
    return [f"- {c}{'.' if n == len(cleaned) - 1 else ';'}" for n, c in enumerate(cleaned)]


def addressee_lines(addressees: list[str]) -> list[str]:
    cleaned = [_LEADING_DASH.sub("", a).strip().rstrip(";.").strip() for a in addressees]
    cleaned = [c for c in cleaned if c]
    if not cleaned:
        return []
    if len(cleaned) == 1:
        return [f"Kính gửi: {cleaned[0]}."]
    return ["Kính gửi:", *list_lines(cleaned)]


def heading_text(part: Part, doc_type: DocType, path: list[int]) -> str:
    level = len(path)
    styles = doc_type.numbering
    cases = doc_type.heading_case
    style = styles[min(level, len(styles)) - 1]
    case = cases[min(level, len(cases)) - 1]
    title = part.title.strip()
    if case == "upper":
        title = title.upper()
    number = label(style, path) if part.numbered else ""
    return f"{number} {title}".strip()


def _block_paragraphs(
    block: Block,
    draft: Draft,
    part: Part,
    level: int,
    pad: bool,
    marked: set[str] | frozenset[str] = frozenset(),
) -> list[Paragraph]:
    if block.kind == "table":
        return table_paragraphs(block, part, level)
    if block.kind == "figures":
        group = figure_groups().get(block.group)
        # A group placed at a marker in the part's text prints there, not here.
        placed_here = group is not None and block.group not in marked
        sentence = figure_sentence(group, draft, pad=pad) if group and placed_here else ""
        text = " ".join(t for t in (block.text.strip(), sentence) if t)
        return [Paragraph("para", text, level=level, part_id=part.id)] if text else []
    role = block.kind if block.kind in ("item", "subitem") else "para"
    out = []
    body = fill_markers(block.text, draft, pad=pad) if marked else block.text
    for line in body.split("\n"):
        line = line.strip()
        if not line:
            continue
        if role == "item" and not line.startswith("-"):
            line = f"- {line}"
        elif role == "subitem" and not line.startswith("+"):
            line = f"+ {line}"
        out.append(Paragraph(role, line, level=level, part_id=part.id))
    return out


def table_paragraphs(block: Block, part: Part, level: int) -> list[Paragraph]:
    """A table block: its lead-in text and the table; nothing for a table without cells."""
    if block.table is None or not block.table.rows:
        text = block.text.strip()
        return [Paragraph("para", text, level=level, part_id=part.id)] if text else []
    table = render_table(block.table)
    return [Paragraph("table", block.text.strip(), level=level, part_id=part.id, table=table)]


# Shared with the appendices, which hold the same kinds of blocks as a part.
block_paragraphs = _block_paragraphs


def _part_paragraphs(
    part: Part, doc_type: DocType, draft: Draft, path: list[int], pad: bool
) -> list[Paragraph]:
    level = len(path)
    heading = heading_text(part, doc_type, path)
    marked = marked_groups(part)
    body: list[Paragraph] = []
    for block in part.blocks:
        body.extend(_block_paragraphs(block, draft, part, level, pad, marked))
    out: list[Paragraph] = []
    if part.run_in and body and body[0].role == "para":
        lead = heading if not part.title.strip() else heading.rstrip(":") + ":"
        first = body.pop(0)
        out.append(Paragraph("para", first.text, lead=lead, level=level, part_id=part.id))
    elif heading:
        out.append(Paragraph("heading", lead=heading, level=level, part_id=part.id))
    out.extend(body)
    numbered_index = 0
    for child in part.children:
        if child.numbered:
            numbered_index += 1
        out.extend(_part_paragraphs(child, doc_type, draft, [*path, numbered_index], pad))
    return out


def body_paragraphs(draft: Draft, doc_type: DocType, *, pad: bool = True) -> list[Paragraph]:
    out: list[Paragraph] = []
    opening = opening_sentence(draft, doc_type)
    if opening.strip():
        out.append(Paragraph("opening", opening.strip()))
    index = 0
    for section in draft.sections:
        if section.numbered:
            index += 1
        out.extend(_part_paragraphs(section, doc_type, draft, [index], pad))
    closing = closing_sentence(draft)
    if closing:
        out.append(Paragraph("closing", closing))
    elif out:
        last = out[-1]
        last.text = ensure_final_mark(last.text) if last.text else last.text
    return out


def part_numbers(
    draft: Draft, doc_type: DocType | None = None, *, numbering: tuple[str, ...] | None = None
) -> dict[str, str]:
    """part id -> its printed heading ("II.", "1.", "a)") for trees and messages.

    `numbering` overrides the type's styles (for a draft whose type is unknown).
    """
    styles = numbering or (doc_type or get_doc_type(draft.doc_type)).numbering
    out: dict[str, str] = {}

    def visit(parts: list[Part], prefix: list[int]) -> None:
        index = 0
        for part in parts:
            if part.numbered:
                index += 1
            path = [*prefix, index]
            style = styles[min(len(path), len(styles)) - 1]
            out[part.id] = label(style, path) if part.numbered else ""
            visit(part.children, path)

    visit(draft.sections, [])
    return out


def _names_on_one_line(body: list[Paragraph]) -> list[Paragraph]:
    """A header break the user set in an agency name (U+2028) is a space in sentences."""
    for p in body:
        if "\u2028" in p.text:
            p.text = p.text.replace("\u2028", " ")
    return body


def render_document(draft: Draft, *, pad: bool = True) -> RenderedDocument:
    from qcdc_desktop.render.appendices import render_appendices

    doc_type = get_doc_type(draft.doc_type)
    numbers = number_line(draft, doc_type)
    date_text = place_date_line("", draft.date)
    return RenderedDocument(
        parent_body=draft.agency.parent_body.strip().upper(),
        issuing_body=draft.agency.issuing_body.strip().upper(),
        number_line=numbers,
        place_date=place_date_line(draft.agency.place, draft.date),
        title=doc_type.title.upper(),
        summary=draft.summary.strip(),
        addressees=addressee_lines(draft.addressees),
        body=_names_on_one_line(body_paragraphs(draft, doc_type, pad=pad)),
        recipients=recipient_lines(draft),
        signer_lines=draft.signer.title_lines(),
        signer_name=draft.signer.name.strip(),
        date_is_full=draft.date.is_full,
        number_is_blank=not draft.number.strip(),
        appendices=render_appendices(draft, doc_type, numbers, date_text, pad=pad),
    )
