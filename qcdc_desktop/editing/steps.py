"""The wizard's steps for a document type, and how far along each one is (no Qt).

Fixed steps frame the type's own section steps: document, basis, <one per
doc_type.steps>, closing, review. The ids match the `step` of the checks' findings.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

from qcdc_desktop.doctypes import DocType, check_rules, figure_groups
from qcdc_desktop.doctypes.fixed_steps import (
    STEP_APPENDICES,
    STEP_BASIS,
    STEP_CLOSING,
    STEP_DOCUMENT,
    STEP_REVIEW,
)
from qcdc_desktop.model import Draft, Part

# The fixed steps, named once with the checks that point findings at them.
GENERAL = STEP_DOCUMENT
AGENCY = STEP_BASIS
CLOSING = STEP_CLOSING
APPENDICES = STEP_APPENDICES
REVIEW = STEP_REVIEW


@dataclass(frozen=True)
class WizardStep:
    id: str
    title: str
    kind: str  # "general", "agency", "section", "closing", "review"


class StepState(Enum):
    EMPTY = "trống"
    EDITING = "đang soạn"
    DONE = "hoàn thành"
    PROBLEM = "có vấn đề"


def wizard_steps(doc_type: DocType) -> list[WizardStep]:
    steps = [
        WizardStep(GENERAL, "Loại văn bản và kỳ báo cáo", "general"),
        WizardStep(AGENCY, "Cơ quan và căn cứ", "agency"),
    ]
    steps += [WizardStep(s.id, s.title, "section") for s in doc_type.steps]
    steps += [
        WizardStep(CLOSING, "Kết thúc, nơi nhận, người ký", "closing"),
        WizardStep(APPENDICES, "Phụ lục", "appendix"),
        WizardStep(REVIEW, "Kiểm tra và xuất", "review"),
    ]
    return steps


# Names a check may use for the fixed steps, mapped onto the wizard's ids.
_STEP_ALIASES = {
    "type": GENERAL,
    "period": GENERAL,
    "header": GENERAL,
    "number": GENERAL,
    "date": GENERAL,
    "summary": GENERAL,
    "addressees": GENERAL,
    "agency": AGENCY,
    "opening": AGENCY,
    "signer": CLOSING,
    "recipients": CLOSING,
    "signature": CLOSING,
}


def step_for_finding(draft: Draft, doc_type: DocType, step: str, part_id: str) -> str:
    """The wizard step a finding belongs to, from its step name or its part."""
    ids = {s.id for s in wizard_steps(doc_type)}
    if part_id:
        for section in draft.sections:
            if any(p.id == part_id for p in section.walk()) and section.step in ids:
                return section.step
    if step in ids:
        return step
    return _STEP_ALIASES.get(step, REVIEW)


def _part_has_text(part: Part) -> bool:
    return any(b.kind != "figures" and b.text.strip() for b in part.blocks)


def _figures_filled(draft: Draft, part: Part) -> bool | None:
    """None when the part has no figures; else whether every typed figure has a value."""
    groups = figure_groups()
    ids = [b.group for b in part.blocks if b.kind == "figures" and b.group in groups]
    if not ids:
        return None
    for gid in ids:
        values = draft.figures.get(gid)
        typed = groups[gid].typed_figures
        if values is None or any(values.values.get(f.id) is None for f in typed):
            return False
    return True


def _figures_any(draft: Draft, part: Part) -> bool:
    for block in part.blocks:
        values = draft.figures.get(block.group) if block.kind == "figures" else None
        if values and any(v is not None for v in values.values.values()):
            return True
    return False


def _figures_broken(draft: Draft, parts: list[Part]) -> bool:
    groups = figure_groups()
    for part in parts:
        for block in part.blocks:
            group = groups.get(block.group) if block.kind == "figures" else None
            values = draft.figures.get(block.group)
            if group and values and check_rules(group, values):
                return True
    return False


def _section_state(draft: Draft, step: str) -> StepState:
    parts = [p for s in draft.sections if s.step == step for p in s.walk()]
    if _figures_broken(draft, parts):
        return StepState.PROBLEM
    started = any(_part_has_text(p) or _figures_any(draft, p) for p in parts)
    if not started:
        return StepState.EMPTY
    # A part counts as written when it, or one of its sub-parts, has text or figures.
    leaves = [p for p in parts if not p.children]
    done = all(_part_has_text(p) or _figures_filled(draft, p) for p in leaves)
    return StepState.DONE if done else StepState.EDITING


def _fields_state(values: list[str], required: list[str]) -> StepState:
    if not any(v.strip() for v in values):
        return StepState.EMPTY
    return StepState.DONE if all(v.strip() for v in required) else StepState.EDITING


def _appendices_state(draft: Draft) -> StepState:
    from qcdc_desktop.render.tables import table_is_empty

    if not draft.appendices:
        return StepState.EMPTY
    filled = all(
        any(b.text.strip() or (b.kind == "table" and not table_is_empty(b.table)) for b in a.blocks)
        for a in draft.appendices
    )
    return StepState.DONE if filled else StepState.EDITING


def step_states(
    draft: Draft, doc_type: DocType, findings: list[Any] | None = None
) -> dict[str, StepState]:
    """State of every step. `findings` (from the checks) mark steps with errors."""
    a, s = draft.agency, draft.signer
    out = {
        GENERAL: _fields_state([draft.summary, draft.number, *draft.addressees], [draft.summary]),
        AGENCY: _fields_state(
            [a.issuing_body, a.abbreviation, a.place, *(b.number for b in draft.basis)],
            [a.issuing_body, a.abbreviation, a.place],
        ),
        CLOSING: _fields_state(
            [draft.report_to, s.head_title, s.name, *draft.recipients],
            [s.head_title, s.name],
        ),
        APPENDICES: _appendices_state(draft),
        REVIEW: StepState.EMPTY,
    }
    if draft.basis and out[AGENCY] == StepState.EMPTY:
        out[AGENCY] = StepState.EDITING
    for step in doc_type.steps:
        out[step.id] = _section_state(draft, step.id)
    for finding in findings or []:
        if getattr(finding, "severity", "") != "error":
            continue
        target = step_for_finding(
            draft, doc_type, getattr(finding, "step", ""), getattr(finding, "part_id", "")
        )
        if target in out and target != REVIEW:
            out[target] = StepState.PROBLEM
    return out
