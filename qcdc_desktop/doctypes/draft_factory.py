"""Build a new, empty draft of a document type: the type's outline, texts and figures."""

from __future__ import annotations

from dataclasses import dataclass, field

from qcdc_desktop.doctypes.figures import figure_groups
from qcdc_desktop.doctypes.library import cited_documents
from qcdc_desktop.doctypes.periods import default_dates, matching_cutoff, period_kinds
from qcdc_desktop.doctypes.types import DocType, OutlineEntry, get_doc_type
from qcdc_desktop.model.draft import (
    Agency,
    Block,
    DocDate,
    Draft,
    FigureValues,
    Part,
    Period,
    Signer,
)


@dataclass
class DraftDefaults:
    """What an agency profile supplies to every new draft."""

    agency: Agency = field(default_factory=Agency)
    signer: Signer = field(default_factory=Signer)
    recipients: list[str] = field(default_factory=list)
    report_to: str = ""
    addressees: list[str] = field(default_factory=list)


def part_from_entry(entry: OutlineEntry) -> Part:
    blocks = [Block(kind="figures", group=g) for g in entry.figures]
    return Part(
        title=entry.title,
        key=entry.key,
        step=entry.step,
        run_in=entry.run_in,
        blocks=blocks,
        children=[part_from_entry(c) for c in entry.children],
    )


def outline_parts(doc_type: DocType) -> list[Part]:
    return [part_from_entry(e) for e in doc_type.outline]


def figure_ids(doc_type: DocType) -> list[str]:
    seen: list[str] = []
    for top in doc_type.outline:
        for entry in top.walk():
            for gid in entry.figures:
                if gid not in seen:
                    seen.append(gid)
    return seen


def new_draft(type_id: str, year: int, defaults: DraftDefaults | None = None) -> Draft:
    doc_type = get_doc_type(type_id)
    defaults = defaults or DraftDefaults()
    groups = figure_groups()
    library = cited_documents()
    recipients = list(defaults.recipients) or list(doc_type.default_recipients)
    start, end = default_dates(doc_type, year)
    period = Period(kind=doc_type.period_kind, year=year, start=start, end=end)
    period.cutoff = matching_cutoff(period_kinds().get(doc_type.period_kind), period)
    return Draft(
        doc_type=doc_type.id,
        period=period,
        date=DocDate(year=year),
        agency=Agency(**{**defaults.agency.__dict__, "extra": dict(defaults.agency.extra)}),
        summary=doc_type.summary_for(year),
        addressees=list(defaults.addressees),
        basis=[library[i].as_basis() for i in doc_type.default_basis if i in library],
        opening=doc_type.opening,
        sections=outline_parts(doc_type),
        figures={gid: FigureValues() for gid in figure_ids(doc_type) if gid in groups},
        closing=doc_type.closing,
        report_to=defaults.report_to or doc_type.report_to,
        recipients=recipients,
        signer=Signer(**{**defaults.signer.__dict__, "extra": dict(defaults.signer.extra)}),
    )
