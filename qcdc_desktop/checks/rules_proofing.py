"""The writing aids as review checks: spelling, dates in the text, citations,
abbreviations, parts unchanged since last period (qcdc_desktop/proofing/)."""

from __future__ import annotations

from qcdc_desktop.checks.context import CheckContext
from qcdc_desktop.checks.findings import STEP_BASIS, Finding
from qcdc_desktop.checks.proofing_texts import TextPiece, draft_texts
from qcdc_desktop.proofing.abbreviations import abbreviation_issues
from qcdc_desktop.proofing.citations import (
    KnownDocument,
    citation_issues,
    known_documents,
    library_index,
    norm,
    written_like,
)
from qcdc_desktop.proofing.issues import TextIssue
from qcdc_desktop.proofing.office import STYLE_NAMES, OfficeProofing
from qcdc_desktop.proofing.spelling import SpellChecker
from qcdc_desktop.proofing.text_dates import date_issues, parse_date
from qcdc_desktop.proofing.unchanged import previous_draft_id, unchanged_parts

SPELLING_SEVERITY = {"tone_style": "info"}


def _office(ctx: CheckContext) -> OfficeProofing:
    office = ctx.office
    return office if isinstance(office, OfficeProofing) else OfficeProofing()


def _texts(ctx: CheckContext) -> list[TextPiece]:
    """The draft's texts, computed once per review run and shared by every aid."""
    cached = getattr(ctx, "_proofing_texts", None)
    if cached is None:
        cached = list(draft_texts(ctx))
        ctx._proofing_texts = cached  # type: ignore[attr-defined]
    return cached


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
        for piece in _texts(ctx)
        for issue in spelling_issues(checker, piece.text)
    ]


def check_dates(ctx: CheckContext) -> list[Finding]:
    period = ctx.draft.period
    return [
        finding_at(piece, issue)
        for piece in _texts(ctx)
        for issue in date_issues(piece.text, period.start, period.end)
    ]


def check_citations(ctx: CheckContext) -> list[Finding]:
    pieces = _texts(ctx)
    documents = known_documents(_office(ctx).library)
    basis = [KnownDocument(b.kind, b.number, b.date, b.issuer, b.subject) for b in ctx.draft.basis]
    per_text = citation_issues([p.text for p in pieces], documents, basis)
    out = [finding_at(p, i) for p, issues in zip(pieces, per_text, strict=True) for i in issues]
    return out + _basis_against_library(ctx, documents)


def _basis_against_library(ctx: CheckContext, documents: list[KnownDocument]) -> list[Finding]:
    """The opening's cited documents, typed field by field, against the library."""
    library = library_index(documents)
    out = []
    for index, doc in enumerate(ctx.draft.basis):
        known = library.get(norm(doc.number)) if doc.number.strip() else None
        typed, expected = parse_date(doc.date), parse_date(known.date) if known else None
        if known is None or typed is None or expected is None or typed == expected:
            continue
        if not typed.valid():  # an impossible date has its own finding (basis.date_invalid)
            continue
        out.append(
            Finding(
                "warning",
                "citation.date_mismatch",
                f"Văn bản căn cứ thứ {index + 1} ({doc.kind} số {doc.number}) ghi ngày "
                f"“{doc.date}”, thư viện văn bản ghi ngày {known.date}.",
                STEP_BASIS,
                field=f"basis.{index}.date",
                start=0,
                end=len(doc.date),
                suggestions=(written_like(doc.date, expected),),
                details=(
                    ("path", f"basis.{index}.date"),
                    ("typed.date", doc.date),
                    ("library.date", known.date),
                ),
            )
        )
    return out


def check_abbreviations(ctx: CheckContext) -> list[Finding]:
    pieces = _texts(ctx)
    office = _office(ctx)
    own = ctx.draft.agency.abbreviation.strip()

    def known(abbr: str) -> bool:
        return abbr == own or office.knows(abbr)

    per_text = abbreviation_issues([p.text for p in pieces], known)
    return [finding_at(p, i) for p, issues in zip(pieces, per_text, strict=True) for i in issues]


def check_unchanged(ctx: CheckContext) -> list[Finding]:
    """Parts still word for word as last period's, for a draft made from last period's."""
    previous_id = previous_draft_id(ctx.draft)
    office = _office(ctx)
    if not previous_id or office.load_draft is None:
        return []
    previous = office.load_draft(previous_id)
    if previous is None:
        return []
    out = []
    for found in unchanged_parts(ctx.draft, previous):
        part = found.part
        out.append(
            ctx.part_finding(
                part,
                "info",
                "unchanged.part",
                f"{ctx.part_name(part)} vẫn giữ nguyên từng chữ như báo cáo kỳ trước; "
                "hãy cập nhật nội dung của kỳ này (bấm để so sánh với kỳ trước).",
                details=(
                    ("path", ctx.numbers.get(part.id, "") or part.id),
                    ("previous.draft", previous_id),
                    ("previous.part", found.previous.id),
                ),
            )
        )
    return out


RULES = (check_spelling, check_dates, check_citations, check_abbreviations, check_unchanged)
