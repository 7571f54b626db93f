"""The sentence a figure group prints, built from the clauses of resources/figures.toml.

Blank means "not reported": a clause whose figures were not all given is left out,
and a group with no figures prints nothing. Nothing here ever prints a stand-in such
as "..." for a missing number, a missing date or a missing rate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qcdc_desktop.doctypes.figures import (
    Clause,
    FigureDef,
    FigureGroupDef,
    Number,
    resolved_values,
)
from qcdc_desktop.doctypes.periods import period_phrase
from qcdc_desktop.doctypes.types import DocType, DocTypeError, get_doc_type
from qcdc_desktop.model.draft import Draft, FigureValues
from qcdc_desktop.render.numbers import format_figure, format_number

_FIELD = re.compile(r"\{(\w+)\}")
# Names a sentence may use besides the group's figures.
CONTEXT_FIELDS = frozenset({"period", "period_from", "period_to", "agency", "agency_short"})


@dataclass
class SentenceContext:
    group: FigureGroupDef
    values: dict[str, Number | None]
    previous: dict[str, Number | None]
    texts: dict[str, str]  # everything a placeholder may be filled with
    compare: bool
    pad: bool


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def figure_text(fig: FigureDef, value: Number, *, pad: bool) -> str:
    if value == 0 and fig.zero:
        return fig.zero
    padded = {"office": pad, "always": True, "never": False}.get(fig.leading_zero, pad)
    return format_figure(value, fig.kind, pad=padded)


def _doc_type(draft: Draft) -> DocType | None:
    try:
        return get_doc_type(draft.doc_type)
    except DocTypeError:
        return None


def context_for(
    group: FigureGroupDef, draft: Draft, *, pad: bool, values: FigureValues | None = None
) -> SentenceContext:
    values = values if values is not None else draft.figures.get(group.id)
    current = resolved_values(group, values) if values else {}
    previous = resolved_values(group, FigureValues(values=dict(values.previous))) if values else {}
    agency = draft.agency.issuing_body.strip()
    texts = {
        "period": period_phrase(draft.period, _doc_type(draft)),
        "period_from": draft.period.start.strip(),
        "period_to": draft.period.end.strip(),
        "agency": agency,
        "agency_short": agency.split(" ")[0] if agency else "",
    }
    for fig in group.figures:
        value = current.get(fig.id)
        if value is not None:
            texts[fig.id] = figure_text(fig, value, pad=pad)
    return SentenceContext(
        group, current, previous, texts, bool(values and values.compare is True), pad
    )


def _fill(template: str, texts: dict[str, str]) -> str:
    return _FIELD.sub(lambda m: texts.get(m.group(1), m.group(0)), template)


def _figure_names(ctx: SentenceContext, names: tuple[str, ...]) -> list[str]:
    return [n for n in names if ctx.group.figure(n) is not None]


def compare_phrase(ctx: SentenceContext, fig_id: str) -> str:
    """ "tăng 12 hồ sơ (9,3%) so với cùng kỳ năm trước", or "" when last period is unknown."""
    fig = ctx.group.figure(fig_id)
    now, before = ctx.values.get(fig_id), ctx.previous.get(fig_id)
    if fig is None or now is None or before is None:
        return ""
    wording = ctx.group.wording
    if now == before:
        return wording.compare_equal
    diff = abs(now - before)
    fields = {
        "change": wording.increase if now > before else wording.decrease,
        "diff": figure_text(fig, diff, pad=ctx.pad) if diff else "0",
        "unit": fig.unit if fig.unit != "%" else "điểm phần trăm",
    }
    if before:
        fields["share"] = format_number(round(diff * 100 / abs(before), 1))
        text = wording.compare
    else:
        text = wording.compare_no_share
    return " ".join(_fill(text, fields).split())


def _clause(ctx: SentenceContext, clause: Clause, *, opens: bool) -> str | None:
    names = _figure_names(ctx, clause.names)
    needed = names + _figure_names(ctx, clause.needs)
    if any(ctx.values.get(n) is None for n in needed):
        return None
    if clause.unless_zero and all(ctx.values.get(n) == 0 for n in clause.unless_zero):
        return None
    if clause.zero and names and all(ctx.values.get(n) == 0 for n in names):
        return _fill(clause.zero, ctx.texts)
    items = _clauses(ctx, clause.items, opens=False) if clause.items else ""
    if clause.items and not items:
        return None
    text = _fill(clause.first if opens and clause.first else clause.text, ctx.texts)
    if ctx.compare and clause.compare:
        change = compare_phrase(ctx, clause.compare)
        if change:
            text += ctx.group.wording.compare_sep + change
    return text + items


def _clauses(ctx: SentenceContext, clauses: tuple[Clause, ...], *, opens: bool) -> str:
    out = ""
    for clause in clauses:
        piece = _clause(ctx, clause, opens=opens and not out)
        if piece is None:
            continue
        out = piece if not out else out + clause.sep + piece
    return out


def clause_sentence(ctx: SentenceContext) -> str:
    group = ctx.group
    lead = _fill(group.lead, ctx.texts).strip()
    body = _clauses(ctx, group.clauses, opens=not lead)
    if not body:
        return ""
    text = f"{lead} {body}" if lead else body
    return upper_first(text.strip()) + group.end


# --- an office's own one-template sentence -------------------------------------------

_PAREN = re.compile(r"\s*\([^()]*\)")
_SEPARATOR = re.compile(r"(\s*[,;]\s+)")
_RANGE = re.compile(r"Từ\s+(?:ngày\s+)?\{period_from\}\s+đến\s+(?:ngày\s+)?\{period_to\}")


def template_sentence(ctx: SentenceContext, template: str) -> str:
    """An own sentence with the pieces naming a figure not given left out.

    The template is cut at "," and ";" (outside brackets); a bracketed piece or a
    comma piece that names a missing figure goes, with its separator.
    """
    group = ctx.group
    if not any(v is not None for v in ctx.values.values()):
        return ""
    text = template.strip()
    if not (ctx.texts["period_from"] and ctx.texts["period_to"]):
        text = _RANGE.sub("{period}", text)
    trailing = re.search(r"[.;,]*$", text)
    end = trailing.group(0) if trailing and trailing.group(0) else "."
    text = text[: len(text) - len(trailing.group(0))] if trailing else text

    def missing(piece: str) -> bool:
        return any(
            group.figure(n) is not None and ctx.values.get(n) is None for n in _FIELD.findall(piece)
        )

    text = _PAREN.sub(lambda m: "" if missing(m.group(0)) else m.group(0), text)
    pieces = _SEPARATOR.split(text)
    kept: list[str] = []
    for index in range(0, len(pieces), 2):
        piece = pieces[index]
        if missing(piece):
            continue
        if kept:
            kept.append(pieces[index - 1])
        kept.append(piece)
    names = [n for n in _FIELD.findall("".join(kept)) if group.figure(n) is not None]
    if not names:
        return ""
    return upper_first(_fill("".join(kept), ctx.texts).strip()) + end


def group_sentence(
    group: FigureGroupDef, draft: Draft, *, pad: bool = True, template: str | None = None
) -> str:
    """The printed sentence of a figure group ("" when nothing was reported)."""
    values = draft.figures.get(group.id)
    ctx = context_for(group, draft, pad=pad, values=values)
    own = template or (values.sentence if values and values.sentence.strip() else "")
    if own:
        return template_sentence(ctx, own)
    if group.clauses:
        return clause_sentence(ctx)
    return template_sentence(ctx, group.template) if group.template else ""
