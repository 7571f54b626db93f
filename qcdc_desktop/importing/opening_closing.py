"""The opening sentence before the first heading and the closing sentence ending the
last part, taken out of the body into the draft's own fields.
"""

from __future__ import annotations

import re
from string import Formatter

from qcdc_desktop.doctypes import DocType
from qcdc_desktop.importing.opening_parse import parse_opening
from qcdc_desktop.importing.outline_build import similarity
from qcdc_desktop.model.draft import Draft, Part
from qcdc_desktop.render.document import (
    closing_sentence,
    ensure_final_mark,
    lower_first,
    opening_sentence,
)

_OPENING = re.compile(r"^(Thực hiện|Căn cứ|Triển khai|Theo)\b", re.IGNORECASE)


def take_opening(before: list[str]) -> str:
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


def take_closing(draft: Draft, doc_type: DocType, before: list[str]) -> str:
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


def after_closing(draft: Draft, doc_type: DocType) -> list[str]:
    """Texts that follow a closing sentence left inside the last part (kept in order)."""
    last = _last_block(draft.sections)
    if last is None:
        return []
    part, _ = last
    for i, block in enumerate(part.blocks):
        if block.kind == "para" and _is_closing(block.text, doc_type):
            return [b.text for b in part.blocks[i + 1 :]]
    return []


def fill_opening(draft: Draft, doc_type: DocType, text: str, summary: list[str]) -> None:
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


def fill_closing(draft: Draft, text: str) -> None:
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
