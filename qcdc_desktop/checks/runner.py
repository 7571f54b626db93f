"""Run every check on a draft and order the findings as the wizard shows its steps."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence

from qcdc_desktop.checks import (
    rules_appendix,
    rules_basis,
    rules_closing,
    rules_consolidation,
    rules_document,
    rules_figures,
    rules_numbering,
    rules_outline,
    rules_period,
    rules_proofing,
    rules_text,
)
from qcdc_desktop.checks.context import CheckContext
from qcdc_desktop.checks.findings import STEP_DOCUMENT, Finding
from qcdc_desktop.model.draft import Draft
from qcdc_desktop.proofing.office import OfficeProofing, active_office

log = logging.getLogger(__name__)

Rule = Callable[[CheckContext], list[Finding]]

RULES: tuple[Rule, ...] = (
    *rules_document.RULES,
    *rules_period.RULES,
    *rules_basis.RULES,
    *rules_outline.RULES,
    *rules_numbering.RULES,
    *rules_figures.RULES,
    *rules_text.RULES,
    *rules_closing.RULES,
    *rules_consolidation.RULES,
    *rules_appendix.RULES,
    *rules_proofing.RULES,
)

# Fields outside the outline, in the order the wizard shows them.
FIELD_ORDER = (
    "doc_type",
    "period",
    "number",
    "date",
    "summary",
    "addressees",
    "agency.parent_body",
    "agency.issuing_body",
    "agency.abbreviation",
    "agency.place",
    "basis",
    "opening",
    "closing",
    "report_to",
    "recipients",
    "signer.authority",
    "signer.head_title",
    "signer.signer_title",
    "signer.name",
)
_INDEXED = re.compile(r"^(block|basis)\.(\d+)")


def _field_rank(finding: Finding, ctx: CheckContext) -> tuple[int, int]:
    field = finding.field
    if finding.part_id:
        if not field:
            return (0, 0)  # about the whole part
        if field == "title":
            return (1, 0)
        match = _INDEXED.match(field)
        if match:
            return (2, int(match.group(2)))
        if field.startswith("figures."):
            group = field.split(".")[1]
            part = ctx.draft.find_part(finding.part_id)
            blocks = part.blocks if part else []
            index = next((i for i, b in enumerate(blocks) if b.group == group), len(blocks))
            return (2, index)
        return (3, 0)
    for rank, prefix in enumerate(FIELD_ORDER):
        if field == prefix or field.startswith(prefix + "."):
            match = _INDEXED.match(field)
            return (rank, int(match.group(2)) if match else -1)
    return (len(FIELD_ORDER), 0)


def sort_findings(findings: Sequence[Finding], ctx: CheckContext) -> list[Finding]:
    steps = {step: i for i, step in enumerate(ctx.step_order)}
    positions = {part.id: i for i, part in enumerate(ctx.parts)}

    def key(f: Finding) -> tuple[int, int, tuple[int, int]]:
        return (
            steps.get(f.step, len(steps)),
            positions.get(f.part_id, -1),
            _field_rank(f, ctx),
        )

    return sorted(findings, key=key)  # stable: ties keep the rules' order


def run_checks(draft: Draft, office: OfficeProofing | None = None) -> list[Finding]:
    """Every problem found in the draft, by wizard step, then in document order.

    `office` holds the office's dictionary and tone-mark style for the writing aids;
    without it, the one `proofing.office.use_office` set is used.

    Never raises: a rule that fails on unexpected data is logged and reported as a
    warning, so the review step always opens.
    """
    try:
        ctx = CheckContext.build(draft)
        ctx.office = office or active_office()
    except Exception:  # the review step must open whatever the data
        log.exception("cannot prepare the checks")
        return [_failed()]
    findings: list[Finding] = []
    for rule in RULES:
        try:
            findings.extend(rule(ctx))
        except Exception:  # one broken rule must not hide the others
            log.exception("check %s failed", rule.__name__)
            findings.append(_failed())
    return sort_findings(findings, ctx)


def _failed() -> Finding:
    return Finding(
        "warning",
        "check.failed",
        "Không kiểm tra được một phần của bản thảo do dữ liệu bất thường; "
        "hãy đọc kỹ bản xem trước trước khi xuất.",
        STEP_DOCUMENT,
    )
