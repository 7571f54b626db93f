"""The review of a consolidated report: units missing, repeated, of another period or
type, and figures some units lacked (stored by qcdc_desktop/consolidate in the draft)."""

from __future__ import annotations

from qcdc_desktop.checks.context import CheckContext
from qcdc_desktop.checks.findings import SEVERITIES, STEP_DOCUMENT, Finding

RECORD_KEY = "consolidation"  # qcdc_desktop.consolidate.core.RECORD_KEY


def consolidation_review(ctx: CheckContext) -> list[Finding]:
    record = ctx.draft.extra.get(RECORD_KEY)
    if not isinstance(record, dict):
        return []
    out = []
    for item in record.get("findings", []):
        if not isinstance(item, dict) or not isinstance(item.get("message"), str):
            continue
        severity = item.get("severity")
        code = item.get("code")
        out.append(
            Finding(
                severity if severity in SEVERITIES else "warning",
                code if isinstance(code, str) and code else "consolidation.review",
                item["message"],
                STEP_DOCUMENT,
            )
        )
    return out


RULES = (consolidation_review,)
