"""The writing aids as review checks: spelling, dates in the text, citations,
abbreviations, parts unchanged since last period (qcdc_desktop/proofing/)."""

from __future__ import annotations

from qcdc_desktop.checks.context import CheckContext
from qcdc_desktop.checks.findings import Finding
from qcdc_desktop.checks.proofing_texts import TextPiece, draft_texts
from qcdc_desktop.proofing.issues import TextIssue
from qcdc_desktop.proofing.office import STYLE_NAMES, OfficeProofing
from qcdc_desktop.proofing.spelling import SpellChecker
from qcdc_desktop.proofing.text_dates import date_issues

SPELLING_SEVERITY = {"tone_style": "info"}


def _office(ctx: CheckContext) -> OfficeProofing:
    office = ctx.office
    return office if isinstance(office, OfficeProofing) else OfficeProofing()


def finding_at(piece: TextPiece, issue: TextIssue) -> Finding:
    return Finding(
        issue.severity,
        issue.code,
        f"{piece.where}: {issue.message}",
        piece.step,
        part_id=piece.part_id,
        field=piece.field,
        start=issue.start,
        end=issue.end,
        suggestions=issue.suggestions,
        details=(("path", piece.path), *issue.details),
    )


def spelling_issues(checker: SpellChecker, text: str) -> list[TextIssue]:
    style = STYLE_NAMES.get(checker.style, "")
    return [
        TextIssue(
            m.code,
            SPELLING_SEVERITY.get(m.problem, "warning"),
            m.start,
            m.end,
            m.message(style),
            m.suggestions,
        )
        for m in checker.check(text)
    ]


def check_spelling(ctx: CheckContext) -> list[Finding]:
    checker = SpellChecker(_office(ctx))
    return [
        finding_at(piece, issue)
        for piece in draft_texts(ctx)
        for issue in spelling_issues(checker, piece.text)
    ]


def check_dates(ctx: CheckContext) -> list[Finding]:
    period = ctx.draft.period
    return [
        finding_at(piece, issue)
        for piece in draft_texts(ctx)
        for issue in date_issues(piece.text, period.start, period.end)
    ]


RULES = (check_spelling, check_dates)
