"""What every rule needs to know about a draft, computed once per run.

A draft may name a document type that no longer exists (a file removed from
resources/types/) or carry parts with keys the type does not know; the context
degrades gracefully so that the rules still run and never raise.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Any

from qcdc_desktop.checks.findings import STEP_BASIS, STEP_CLOSING, STEP_DOCUMENT, Finding
from qcdc_desktop.doctypes.types import DocType, DocTypeError, OutlineEntry, get_doc_type
from qcdc_desktop.model.draft import Draft, Part
from qcdc_desktop.render.document import part_numbers

# Numbering used to name parts when the draft's type is unknown.
FALLBACK_NUMBERING = ("roman", "arabic", "alpha")
# Long titles are cut in messages so a finding stays one readable line.
MAX_TITLE_IN_MESSAGE = 120


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def shorten(text: str, limit: int = MAX_TITLE_IN_MESSAGE) -> str:
    text = " ".join(nfc(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _own_labels(draft: Draft, doc_type: DocType | None) -> dict[str, str]:
    if doc_type is not None:
        return part_numbers(draft, doc_type)
    return part_numbers(draft, numbering=FALLBACK_NUMBERING)


def _full_numbers(draft: Draft, own: dict[str, str]) -> dict[str, str]:
    """ "III." under nothing, "2." under III -> "III.2"; decimal labels are already full."""
    out: dict[str, str] = {}

    def visit(parts: list[Part], parent: str) -> None:
        for part in parts:
            mine = own.get(part.id, "").rstrip(".)")
            if not mine:
                full = ""
            elif "." in mine or not parent:  # decimal style ("2.1") carries its parents
                full = mine
            else:
                full = f"{parent}.{mine}"
            out[part.id] = full
            visit(part.children, full or parent)

    visit(draft.sections, "")
    return out


@dataclass
class CheckContext:
    draft: Draft
    doc_type: DocType | None
    parts: list[Part] = field(default_factory=list)  # document order
    numbers: dict[str, str] = field(default_factory=dict)  # part id -> "III.2"
    steps: dict[str, str] = field(default_factory=dict)  # part id -> wizard step
    step_order: list[str] = field(default_factory=list)
    office: Any = None  # proofing.office.OfficeProofing: dictionary, tone style, library

    @classmethod
    def build(cls, draft: Draft) -> CheckContext:
        try:
            doc_type: DocType | None = get_doc_type(draft.doc_type)
        except DocTypeError:
            doc_type = None
        ctx = cls(draft=draft, doc_type=doc_type, parts=draft.all_parts())
        ctx.numbers = _full_numbers(draft, _own_labels(draft, doc_type))
        ctx.steps = _part_steps(draft, doc_type)
        ctx.step_order = _step_order(doc_type, ctx.steps)
        return ctx

    def entry(self, part: Part) -> OutlineEntry | None:
        if self.doc_type is None or not part.key:
            return None
        return self.doc_type.entry(part.key)

    def part_name(self, part: Part) -> str:
        """ "Phần III.2 “Thủ tục hành chính và công tác cán bộ”" (as the user typed the title)."""
        number = self.numbers.get(part.id, "")
        title = shorten(part.title)
        if number and title:
            return f"Phần {number} “{title}”"
        if title:
            return f"Phần “{title}”"
        if number:
            return f"Phần {number} (chưa có tiêu đề)"
        return "Một phần không đánh số, chưa có tiêu đề"

    def part_finding(
        self, part: Part, severity: str, code: str, message: str, **extra: Any
    ) -> Finding:
        """A finding about `part`: it opens the part's wizard step with the part selected."""
        return Finding(
            severity, code, message, self.steps.get(part.id, ""), part_id=part.id, **extra
        )


def _part_steps(draft: Draft, doc_type: DocType | None) -> dict[str, str]:
    """Every part belongs to the step of its top-level section."""
    out: dict[str, str] = {}
    first = doc_type.steps[0].id if doc_type is not None else ""
    previous = first
    for section in draft.sections:
        step = section.step.strip()
        if not step and doc_type is not None and section.key:
            entry = doc_type.entry(section.key)
            step = entry.step if entry is not None else ""
        # A section the user added without a step stays with the one before it.
        step = step or previous
        previous = step
        for part in section.walk():
            out[part.id] = step
    return out


def _step_order(doc_type: DocType | None, steps: dict[str, str]) -> list[str]:
    order = [STEP_DOCUMENT, STEP_BASIS]
    if doc_type is not None:
        order += [s.id for s in doc_type.steps]
    for step in steps.values():
        if step not in order:
            order.append(step)
    order.append(STEP_CLOSING)
    return order
