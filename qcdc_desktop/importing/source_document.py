"""A read document as import sees it: paragraphs and tables, with the formatting kept.

Every reader (Word, PDF, plain text) produces the same `SourceDocument`, and
`finalise` gives each paragraph its cleaned text and its bold or italic lead.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from qcdc_desktop.importing.text_in import clean, to_unicode


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
