"""The report draft as plain data.

Every class here is a dataclass with a stable JSON form (see `json_form.py` and
docs/draft-format.md). Nothing here knows about Qt, SQLite or Word.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

# Authority prefixes allowed in the signature block (Decree 30, Appendix I).
AUTHORITIES = ("", "KT.", "TM.", "TL.", "TUQ.", "Q.")
# Prefixes after which the signer's own title is printed on a second line.
AUTHORITIES_WITH_SIGNER_TITLE = ("KT.", "TM.", "TL.", "TUQ.")

# A table cell holds text as typed or a number (printed in Vietnamese style, "1.234,5").
Cell = str | int | float | None


def new_id() -> str:
    return uuid.uuid4().hex[:12]


@dataclass
class Agency:
    """Who issues the document. Names are stored as typed; the header upper-cases them."""

    parent_body: str = ""  # cơ quan chủ quản, e.g. "UBND tỉnh Tây Ninh" (optional)
    issuing_body: str = ""  # e.g. "Sở Thông tin và Truyền thông"
    abbreviation: str = ""  # used in the number symbol, e.g. "STTTT"
    place: str = ""  # place name in the date line, e.g. "Tây Ninh"
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class DocDate:
    """The issue date. Day and month may be blank: the records clerk fills them in."""

    year: int
    month: int | None = None
    day: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def is_full(self) -> bool:
        return self.day is not None and self.month is not None


@dataclass
class Period:
    """The reporting period. `kind` is a code the document type defines ("h1", "year")."""

    kind: str
    year: int
    start: str = ""  # first day the figures cover, as typed ("01/01/2024")
    end: str = ""  # last day the figures cover ("31/5/2024")
    # The cut-off chosen in step 1 (an id in resources/periods.toml); "" = dates as typed.
    cutoff: str = ""
    # How figure sentences name the period ("range", "label"); "" = the type's default.
    naming: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class BasisDocument:
    """A document the opening sentence cites ("Thực hiện Kế hoạch số 26-KH/BCĐ ...")."""

    kind: str = ""  # Kế hoạch, Công văn, Hướng dẫn, Nghị định ...
    number: str = ""  # number-symbol, e.g. "26-KH/BCĐ"
    date: str = ""  # as typed, e.g. "31/01/2024"
    issuer: str = ""  # e.g. "Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở ..."
    subject: str = ""  # optional trích yếu, appended after the issuer
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Table:
    """A table of text and numbers: the body of an appendix, or a table in a part.

    `rows` holds every row, the header rows first (`header_rows` of them; Word repeats
    them on each page). A cell is text as typed, a number, or None (left blank).
    `widths` are optional relative column widths; empty means equal columns.
    """

    rows: list[list[Cell]] = field(default_factory=list)
    header_rows: int = 1
    caption: str = ""  # optional line printed above the table
    widths: list[float] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def column_count(self) -> int:
        return max((len(row) for row in self.rows), default=0)


@dataclass
class Block:
    """One paragraph of body text.

    kind: "para" (justified paragraph), "item" ("-" list item), "subitem" ("+" item),
    "figures" (the sentence produced by the figure group named in `group`), or
    "table" (the table in `table`, after the optional lead-in `text`).
    """

    kind: str = "para"
    text: str = ""
    group: str = ""  # figure group id, for kind == "figures"
    table: Table | None = None  # for kind == "table"
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Part:
    """A node of the editable outline (section I., sub-part 1., sub-sub-part a)).

    Depth in the tree gives the level; numbering is computed, never stored.
    `run_in` prints the heading in bold at the start of the first paragraph
    ("1. Trách nhiệm của người đứng đầu: Giám đốc Sở ...").
    `key` links the part to the document type's outline entry (for guidance);
    parts the user adds have an empty key.
    """

    title: str = ""
    key: str = ""
    blocks: list[Block] = field(default_factory=list)
    children: list[Part] = field(default_factory=list)
    run_in: bool = False
    numbered: bool = True
    step: str = ""  # wizard step of a top-level section (the type's [[steps]] id)
    carried: bool = False  # copied from last period and not yet reviewed
    id: str = field(default_factory=new_id)
    extra: dict[str, Any] = field(default_factory=dict)

    def walk(self) -> list[Part]:
        """This part and all its descendants, in document order."""
        out = [self]
        for child in self.children:
            out.extend(child.walk())
        return out


@dataclass
class FigureValues:
    """Values typed for one figure group. Definitions live in resources/figures.toml."""

    values: dict[str, float | int | None] = field(default_factory=dict)
    previous: dict[str, float | int | None] = field(default_factory=dict)
    explanations: dict[str, str] = field(default_factory=dict)
    sentence: str = ""  # the office's own sentence template; empty = the group's default
    # Print "tăng 12 hồ sơ (9,3%) so với cùng kỳ năm trước" where last period is known.
    compare: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Appendix:
    """A "Phụ lục" after the signature, on a new page (Decree 30, Appendix I).

    `title` is printed as "Phụ lục" (numbered "Phụ lục I", "Phụ lục II" when a draft
    has several, unless the user typed their own); `subtitle` is the bold line under it.
    """

    title: str = ""
    subtitle: str = ""
    blocks: list[Block] = field(default_factory=list)
    id: str = field(default_factory=new_id)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Signer:
    authority: str = ""  # one of AUTHORITIES
    head_title: str = ""  # title of the head, e.g. "GIÁM ĐỐC"
    signer_title: str = ""  # the signer's own title when signing for the head, e.g. "PHÓ GIÁM ĐỐC"
    name: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def title_lines(self) -> list[str]:
        """The upper-case lines printed above the signature space."""
        head = self.head_title.strip()
        auth = self.authority.strip()
        first = f"{auth} {head}".strip() if auth else head
        lines = [first] if first else []
        if auth in AUTHORITIES_WITH_SIGNER_TITLE and self.signer_title.strip():
            lines.append(self.signer_title.strip())
        return [line.upper() for line in lines]


@dataclass
class Draft:
    """A report or plan being drafted. The JSON form is documented in docs/draft-format.md."""

    doc_type: str  # id of a document type in resources/types/
    period: Period
    date: DocDate
    agency: Agency = field(default_factory=Agency)
    number: str = ""  # may be blank: "Số:      /BC-STTTT"
    summary: str = ""  # trích yếu, e.g. "Kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2024"
    addressees: list[str] = field(default_factory=list)  # "Kính gửi" (optional)
    basis: list[BasisDocument] = field(default_factory=list)
    # Opening sentence with placeholders {basis}, {agency}, {period}.
    opening: str = ""
    sections: list[Part] = field(default_factory=list)
    figures: dict[str, FigureValues] = field(default_factory=dict)
    # Closing sentence with placeholders {summary}, {agency}, {recipient}; ends with "./.".
    closing: str = ""
    report_to: str = ""  # the main recipient named in the closing ("Sở Nội vụ")
    recipients: list[str] = field(default_factory=list)  # "Nơi nhận", without "-" and ";"
    signer: Signer = field(default_factory=Signer)
    appendices: list[Appendix] = field(default_factory=list)
    id: str = field(default_factory=new_id)
    extra: dict[str, Any] = field(default_factory=dict)

    def all_parts(self) -> list[Part]:
        out: list[Part] = []
        for section in self.sections:
            out.extend(section.walk())
        return out

    def find_part(self, part_id: str) -> Part | None:
        for part in self.all_parts():
            if part.id == part_id:
                return part
        return None
