"""The texts a drafter types, in document order, each with where it lives.

Offsets of a finding are character offsets in `TextPiece.text`, which is the field
exactly as stored, except that template fields ("{basis}") and figure markers
("{{số liệu: staff}}") are blanked with spaces of the same length: they are the
program's, not prose, and blanking keeps every offset true.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from qcdc_desktop.checks.context import CheckContext
from qcdc_desktop.checks.findings import STEP_BASIS, STEP_CLOSING, STEP_DOCUMENT
from qcdc_desktop.checks.placeholder_marks import placeholder_marks

_TEMPLATE = re.compile(r"\{\{[^{}]*\}\}|\{\w+\}")


def blank_templates(text: str) -> str:
    """Template fields, figure markers and left-over placeholders ("xxx", "[...]",
    reported by the placeholder check) blanked, offsets kept."""
    text = _TEMPLATE.sub(lambda m: " " * len(m.group(0)), text)
    for mark in reversed(placeholder_marks(text)):
        text = text[: mark.start()] + " " * (mark.end() - mark.start()) + text[mark.end() :]
    return text


@dataclass(frozen=True)
class TextPiece:
    text: str
    step: str
    field: str  # "summary", "opening", "title", "block.3", "closing"
    part_id: str = ""
    where: str = ""  # "Trích yếu", "Phần II.1 “…”, đoạn 2": for messages
    number: str = ""  # the part's printed number "III.2", or ""

    @property
    def path(self) -> str:
        """ "III.2/block.3" for a part's text, the field name elsewhere."""
        if not self.part_id:
            return self.field
        return f"{self.number or self.part_id}/{self.field}"


def draft_texts(ctx: CheckContext) -> Iterator[TextPiece]:
    draft = ctx.draft
    yield TextPiece(blank_templates(draft.summary), STEP_DOCUMENT, "summary", where="Trích yếu")
    yield TextPiece(blank_templates(draft.opening), STEP_BASIS, "opening", where="Câu mở đầu")
    for part in ctx.parts:
        name = ctx.part_name(part)
        step = ctx.steps.get(part.id, "")
        number = ctx.numbers.get(part.id, "")
        title = blank_templates(part.title)
        yield TextPiece(title, step, "title", part.id, f"{name}, đề mục", number)
        for index, block in enumerate(part.blocks):
            if block.kind == "figures":
                continue  # the program writes the sentence
            yield TextPiece(
                blank_templates(block.text),
                step,
                f"block.{index}",
                part.id,
                f"{name}, đoạn {index + 1}",
                number,
            )
    yield TextPiece(blank_templates(draft.closing), STEP_CLOSING, "closing", where="Câu kết thúc")
