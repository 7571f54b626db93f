"""Consolidate many units' reports into one draft of the chosen type and period.

Units are taken one at a time from an iterable (streamed): per unit only its figures
(a few numbers) and its gathered paragraphs are kept, never its whole draft.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qcdc_desktop.consolidate.appendix import APPENDIX_SUBTITLE, units_appendix
from qcdc_desktop.consolidate.figure_totals import GroupTotals, summable
from qcdc_desktop.consolidate.gather import Gatherer
from qcdc_desktop.consolidate.units import (
    DB_PREFIX,
    ORIGIN_DB,
    ORIGIN_EMBEDDED,
    ORIGIN_JSON,
    ORIGIN_WORD,
    UnitReport,
    UnreadableUnit,
    unit_key,
)
from qcdc_desktop.doctypes import figure_groups, get_doc_type, new_draft
from qcdc_desktop.doctypes.draft_factory import DraftDefaults
from qcdc_desktop.model.draft import Draft

RECORD_KEY = "consolidation"
_ORIGIN_NAMES = {
    ORIGIN_EMBEDDED: "bản thảo kèm trong tệp Word",
    ORIGIN_WORD: "đọc từ văn bản Word",
    ORIGIN_JSON: "tệp bản thảo",
    ORIGIN_DB: "bản thảo đã lưu",
}
RECORD_VERSION = 1


@dataclass
class Finding:
    severity: str  # "error" | "warning" | "info", as the checks use
    code: str
    message: str

    def as_dict(self) -> dict[str, str]:
        return {"severity": self.severity, "code": self.code, "message": self.message}


@dataclass
class ConsolidationResult:
    draft: Draft
    units: list[str] = field(default_factory=list)  # summed, in input order
    findings: list[Finding] = field(default_factory=list)
    summary: list[str] = field(default_factory=list)  # one line per input, for the user


def _label(source: str) -> str:
    """A source as the summary names it: the file's name, or the saved draft."""
    if source.startswith(DB_PREFIX):
        return "Bản thảo đã lưu " + source[len(DB_PREFIX) :]
    return Path(source).name or source


def _period_name(draft: Draft) -> str:
    try:
        return get_doc_type(draft.doc_type).period_text(draft.period.year)
    except Exception:  # an unknown type still gets a readable line
        return f"{draft.period.kind} {draft.period.year}"


def _type_name(type_id: str) -> str:
    try:
        return get_doc_type(type_id).name
    except Exception:
        return type_id


class Consolidation:
    """Feed units with `add`, then `finish`. The GUI and the CLI both use this."""

    def __init__(
        self,
        type_id: str,
        year: int,
        *,
        defaults: DraftDefaults | None = None,
        expected: Iterable[str] = (),
    ) -> None:
        self.doc_type = get_doc_type(type_id)
        self.draft = new_draft(self.doc_type.id, year, defaults)
        self.gatherer = Gatherer(self.draft)
        self.groups = figure_groups()
        self.totals: dict[str, GroupTotals] = {}
        # Groups the type prints come first, in its order; others as units bring them.
        for gid in self.draft.figures:
            if gid in self.groups:
                self.totals[gid] = GroupTotals(self.groups[gid])
        self.expected = [" ".join(e.split()) for e in expected if e.strip()]
        self.units: list[str] = []
        self._seen: dict[str, str] = {}  # unit key -> source
        self.findings: list[Finding] = []
        self.summary: list[str] = []

    def add(self, unit: UnitReport | UnreadableUnit) -> bool:
        """Take one unit's report; True when it was summed."""
        if isinstance(unit, UnreadableUnit):
            self._finding("warning", "consolidation.unreadable", f"Không đọc được: {unit.message}")
            self.summary.append(f"{_label(unit.source)}: không đọc được — {unit.message}")
            return False
        draft = unit.draft
        target = self.draft
        if draft.doc_type != target.doc_type:
            self._finding(
                "warning",
                "consolidation.other_type",
                f"Báo cáo của “{unit.name}” là {_type_name(draft.doc_type).lower()}, "
                f"không phải {self.doc_type.name.lower()}; không tổng hợp.",
            )
            self.summary.append(
                f"{_label(unit.source)}: {unit.name} — loại văn bản khác, không tổng hợp"
            )
            return False
        if draft.period.kind != target.period.kind or draft.period.year != target.period.year:
            self._finding(
                "warning",
                "consolidation.other_period",
                f"Báo cáo của “{unit.name}” thuộc kỳ {_period_name(draft)}, không phải kỳ "
                f"{_period_name(target)}; không tổng hợp.",
            )
            self.summary.append(f"{_label(unit.source)}: {unit.name} — kỳ khác, không tổng hợp")
            return False
        key = unit_key(unit.name)
        if key in self._seen:
            self._finding(
                "warning",
                "consolidation.repeated",
                f"Đơn vị “{unit.name}” có hơn một báo cáo ({_label(self._seen[key])} "
                f"và {_label(unit.source)}); "
                "chỉ tổng hợp báo cáo đầu tiên.",
            )
            self.summary.append(f"{_label(unit.source)}: {unit.name} — trùng, không tổng hợp")
            return False
        self._seen[key] = unit.source
        self.units.append(unit.name)
        for gid in draft.figures:
            if gid not in self.totals and gid in self.groups:
                self.totals[gid] = GroupTotals(self.groups[gid])
                # Units before this one had none of this group.
                for earlier in self.units[:-1]:
                    self.totals[gid].add(earlier, None)
        for gid, totals in self.totals.items():
            totals.add(unit.name, draft.figures.get(gid))
        self.gatherer.add(unit.name, draft)
        how = _ORIGIN_NAMES.get(unit.origin, unit.origin)
        line = f"{_label(unit.source)}: {unit.name} ({how})"
        self.summary.append(line)
        # What the Word import found, as `qcdc import-docx` reports it.
        self.summary.extend(f"    {note}" for note in unit.notes)
        return True

    def _finding(self, severity: str, code: str, message: str) -> None:
        self.findings.append(Finding(severity, code, message))

    def finish(self) -> ConsolidationResult:
        draft = self.draft
        reported = {gid: t for gid, t in self.totals.items() if t.reported}
        for gid, totals in self.totals.items():
            if gid in reported:
                draft.figures[gid] = totals.total_values()
            elif gid in draft.figures:
                draft.figures[gid].values = {}
        self._missing_units()
        lacking = self._lacking(reported)
        if not self.units:
            self._finding("error", "consolidation.empty", "Không có báo cáo nào được tổng hợp.")
        if reported:
            draft.appendices.append(units_appendix(reported.values()))
        draft.extra[RECORD_KEY] = {
            "version": RECORD_VERSION,
            "units": list(self.units),
            "lacking": lacking,
            "findings": [f.as_dict() for f in self.findings],
        }
        return ConsolidationResult(draft, list(self.units), list(self.findings), self.summary)

    def _missing_units(self) -> None:
        got = {unit_key(u) for u in self.units}
        missing = [e for e in self.expected if unit_key(e) not in got]
        if missing:
            self._finding(
                "warning",
                "consolidation.missing",
                f"Chưa có báo cáo của {len(missing)}/{len(self.expected)} đơn vị: "
                + "; ".join(missing)
                + ".",
            )

    def _lacking(self, reported: dict[str, GroupTotals]) -> dict[str, dict[str, list[str]]]:
        out: dict[str, dict[str, list[str]]] = {}
        for gid, totals in reported.items():
            group = totals.group
            per_figure: dict[str, list[str]] = {}
            for fig in group.figures:
                if summable(fig):
                    units = totals.lacking_for(fig.id)
                    if units:
                        per_figure[fig.id] = units
            if totals.without_group:
                self._finding(
                    "warning",
                    "consolidation.lacking",
                    f"Số liệu “{group.title}”: {len(totals.without_group)} đơn vị không báo cáo "
                    f"({'; '.join(totals.without_group)}); tổng chỉ gồm các đơn vị còn lại.",
                )
            for fid, units in per_figure.items():
                partial = [u for u in units if u not in totals.without_group]
                if partial:
                    fig_def = group.figure(fid)
                    label = fig_def.label if fig_def else fid
                    self._finding(
                        "warning",
                        "consolidation.lacking",
                        f"Số liệu “{group.title}”, “{label}”: thiếu ở {'; '.join(partial)}; "
                        "tổng chỉ gồm các đơn vị đã báo cáo.",
                    )
            self._partial_rules(totals)
            if per_figure:
                out[gid] = per_figure
        return out

    def _partial_rules(self, totals: GroupTotals) -> None:
        """A sum rule compares figures summed over different units: say so, since the
        checks will find that the total does not match its parts."""
        for rule in totals.group.rules:
            names = (rule.total, *rule.parts)
            if any(n not in totals.sums for n in names):
                continue
            lacking = {n: set(totals.lacking_for(n)) for n in names}
            parts_lacking = set().union(*(lacking[p] for p in rule.parts))
            only_total = [u for u, _ in totals.rows if u in parts_lacking - lacking[rule.total]]
            only_parts = [u for u, _ in totals.rows if u in lacking[rule.total] - parts_lacking]
            if not only_total and not only_parts:
                continue
            total_def = totals.group.figure(rule.total)
            label = total_def.label if total_def else rule.total
            who = "; ".join(only_total or only_parts)
            what = "chỉ báo cáo tổng" if only_total else "không báo cáo tổng"
            self._finding(
                "warning",
                "consolidation.partial_rule",
                f"Số liệu “{totals.group.title}”: “{label}” và các thành phần của nó được "
                f"cộng trên các nhóm đơn vị khác nhau ({who} {what}), nên có thể không "
                "khớp nhau; hãy đối chiếu với đơn vị.",
            )


def consolidate(
    units: Iterable[UnitReport | UnreadableUnit],
    type_id: str,
    year: int,
    *,
    defaults: DraftDefaults | None = None,
    expected: Iterable[str] = (),
) -> ConsolidationResult:
    job = Consolidation(type_id, year, defaults=defaults, expected=expected)
    for unit in units:
        job.add(unit)
    return job.finish()


def consolidation_record(draft: Draft) -> dict[str, Any] | None:
    record = draft.extra.get(RECORD_KEY)
    return record if isinstance(record, dict) else None


__all__ = [
    "APPENDIX_SUBTITLE",
    "RECORD_KEY",
    "Consolidation",
    "ConsolidationResult",
    "Finding",
    "consolidate",
    "consolidation_record",
]
