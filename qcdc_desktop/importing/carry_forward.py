"""Start the next period's draft from this one, and review what was carried over.

Everything that is still true is kept (outline, texts, basis documents, signer,
recipients). What belongs to the period is renewed: the period itself, the summary
line, the issue date (year only, for the records clerk), the number, and figures,
whose old values are kept as `previous` for comparison. Every part is marked
carried, so the user confirms each one after reading it.
"""

from __future__ import annotations

import datetime as dt

from qcdc_desktop.doctypes import DocType, figure_groups, get_doc_type, resolved_values
from qcdc_desktop.doctypes.periods import default_dates, matching_cutoff, period_kinds
from qcdc_desktop.model.draft import DocDate, Draft, FigureValues, Part, Period, new_id
from qcdc_desktop.model.json_form import copy_draft

Number = int | float


def next_period(draft: Draft) -> tuple[DocType, int]:
    """The document type and year that follow this draft's."""
    current = get_doc_type(draft.doc_type)
    following = get_doc_type(current.next_type) if current.next_type else current
    return following, draft.period.year + current.next_year_offset


def _renew_text(text: str, old: str, new: str) -> str:
    return text.replace(old, new) if old and old in text else text


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def carry_forward(draft: Draft, *, today: dt.date | None = None) -> Draft:
    """A new draft (new id) for the period after `draft`'s; `draft` is not changed."""
    old_type = get_doc_type(draft.doc_type)
    new_type, year = next_period(draft)
    old_year = draft.period.year
    old_period = old_type.period_text(old_year)
    new_period = new_type.period_text(year)
    old_summary = draft.summary.strip()
    new_summary = new_type.summary_for(year)
    if old_summary and old_summary != old_type.summary_for(old_year):
        # An office's own wording: keep it and change only the period in it.
        renewed = _renew_text(old_summary, old_period, new_period)
        new_summary = renewed if renewed != old_summary else new_summary

    out = copy_draft(draft)
    out.id = new_id()
    out.doc_type = new_type.id
    # The office's cut-off and naming carry over when the next period's kind offers them
    # (the Decree 09 cut-off exists for both the half year and the year).
    kind = period_kinds().get(new_type.period_kind)
    cutoff = draft.period.cutoff if kind and kind.cutoff(draft.period.cutoff) else ""
    start, end = default_dates(new_type, year, cutoff)
    out.period = Period(kind=new_type.period_kind, year=year, start=start, end=end)
    out.period.cutoff = matching_cutoff(kind, out.period)
    out.period.naming = draft.period.naming if kind and kind.naming(draft.period.naming) else ""
    out.summary = new_summary
    out.date = DocDate(year=year)
    out.number = ""
    out.opening = (
        new_type.opening
        if draft.opening == old_type.opening
        else _renew_text(draft.opening, old_period, new_period)
    )
    if draft.closing == old_type.closing:
        out.closing = new_type.closing
    else:
        closing = _renew_text(draft.closing, _lower_first(old_summary), _lower_first(new_summary))
        out.closing = _renew_text(closing, old_period, new_period)
    if draft.report_to == old_type.report_to and new_type.report_to:
        out.report_to = new_type.report_to
    for part in out.all_parts():
        part.carried = True
        if part.key and new_type.entry(part.key) is None:
            part.key = ""
    for values in out.figures.values():
        _start_figures(values)
    today = today or dt.date.today()
    out.extra["carried_from"] = {"draft": draft.id, "on": today.isoformat()}
    return out


def _start_figures(values: FigureValues) -> None:
    values.previous = {k: v for k, v in values.values.items() if v is not None}
    values.values = {k: None for k in values.values}
    values.explanations = {}


def confirm_part(draft: Draft, part_id: str) -> bool:
    """Mark a carried part as reviewed. False when there is no such part."""
    part = draft.find_part(part_id)
    if part is None:
        return False
    part.carried = False
    return True


def carried_parts(draft: Draft) -> list[Part]:
    """Parts still waiting for review, in document order."""
    return [p for p in draft.all_parts() if p.carried]


def changed_figures(draft: Draft, threshold: float = 0.3) -> list[tuple[str, str, Number, Number]]:
    """(group, figure, previous, current) for figures that moved by more than `threshold`.

    The change is relative to the previous value; a figure that was 0 counts as
    changed as soon as it is anything else. Figures not yet typed are not judged.
    """
    out: list[tuple[str, str, Number, Number]] = []
    groups = figure_groups()
    for gid, values in draft.figures.items():
        group = groups.get(gid)
        if group is None:
            continue
        current = resolved_values(group, values)
        previous = resolved_values(group, FigureValues(values=dict(values.previous)))
        for fig in group.figures:
            before, now = previous.get(fig.id), current.get(fig.id)
            if before is None or now is None:
                continue
            if before == 0:
                moved = now != 0
            else:
                moved = abs(now - before) / abs(before) > threshold
            if moved:
                out.append((gid, fig.id, before, now))
    return out
