"""The appendices (Phụ lục) of a draft as printed after the signature.

Decree 30, Appendix I: "Phụ lục" (numbered I, II … when there are several) bold and
centred, its subtitle bold and centred, then an italic line naming the document it
belongs to ("Kèm theo Báo cáo số 05/BC-STTTT ngày 05 tháng 02 năm 2024 của …").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from qcdc_desktop.model.draft import Draft, Part
from qcdc_desktop.render.numbering import roman

if TYPE_CHECKING:
    from qcdc_desktop.doctypes.types import DocType
    from qcdc_desktop.render.document import Paragraph

APPENDIX_WORD = "Phụ lục"


@dataclass
class RenderedAppendix:
    heading: str  # "Phụ lục", "Phụ lục II", or the user's own title
    subtitle: str
    attached_to: str  # "(Kèm theo Báo cáo số …)"
    body: list[Paragraph] = field(default_factory=list)
    appendix_id: str = ""

    def plain_lines(self) -> list[str]:
        lines = [self.heading, self.subtitle, self.attached_to]
        for p in self.body:
            if p.table is not None:
                lines += p.table.plain_lines()
            else:
                lines.append(p.full_text)
        return [line for line in lines if line]


def attached_line(draft: Draft, doc_type: DocType, number_line: str, date_text: str) -> str:
    """'(Kèm theo Báo cáo số 05/BC-STTTT ngày 05 tháng 02 năm 2024 của Sở …)'."""
    number = number_line.removeprefix("Số:").strip()
    agency = " ".join(draft.agency.issuing_body.split())
    text = f"Kèm theo {doc_type.title.capitalize()} số {number} {date_text}".strip()
    if agency:
        text += f" của {agency}"
    return f"({text})"


def render_appendices(
    draft: Draft, doc_type: DocType, number_line: str, date_text: str, *, pad: bool = True
) -> list[RenderedAppendix]:
    from qcdc_desktop.render.document import block_paragraphs

    out = []
    several = len(draft.appendices) > 1
    attached = attached_line(draft, doc_type, number_line, date_text)
    for n, appendix in enumerate(draft.appendices, start=1):
        own = " ".join(appendix.title.split())
        heading = own or (f"{APPENDIX_WORD} {roman(n)}" if several else APPENDIX_WORD)
        holder = Part(id=appendix.id)
        body = [p for b in appendix.blocks for p in block_paragraphs(b, draft, holder, 0, pad)]
        out.append(
            RenderedAppendix(
                heading, " ".join(appendix.subtitle.split()), attached, body, appendix.id
            )
        )
    return out
