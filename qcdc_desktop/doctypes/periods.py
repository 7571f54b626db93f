"""Reporting period kinds (resources/periods.toml): cut-off choices and how sentences name them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from qcdc_desktop.doctypes.types import DocType, DocTypeError, read_toml
from qcdc_desktop.model.draft import Period
from qcdc_desktop.resources import resource_path

# "15/12/2023": day/month/year as typed in step 1.
_DATE = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*$")


@dataclass(frozen=True)
class Cutoff:
    id: str
    name: str
    start: str
    end: str

    def dates(self, year: int) -> tuple[str, str]:
        values = {"year": year, "previous_year": year - 1}
        return self.start.format(**values), self.end.format(**values)


@dataclass(frozen=True)
class Naming:
    id: str
    name: str
    text: str


@dataclass(frozen=True)
class PeriodKind:
    id: str
    name: str
    label: str
    cutoffs: tuple[Cutoff, ...]
    namings: tuple[Naming, ...]
    # What a summary line of this period must (or must not) say, and how a message
    # names it; empty when the kind sets no rule.
    summary_must: str = ""
    summary_must_text: str = ""
    summary_must_not: str = ""
    summary_must_not_text: str = ""

    def summary_problem(self, summary: str) -> str:
        """Why `summary` does not name this period (Vietnamese), or ""."""
        if self.summary_must and not re.search(self.summary_must, summary, re.IGNORECASE):
            return f"không ghi “{self.summary_must_text}” dù kỳ báo cáo là {self.label_plain}"
        if self.summary_must_not and re.search(self.summary_must_not, summary, re.IGNORECASE):
            return f"ghi {self.summary_must_not_text} dù kỳ báo cáo là {self.label_plain}"
        return ""

    @property
    def label_plain(self) -> str:
        """The kind's label without its year: "6 tháng đầu năm", "năm"."""
        return " ".join(self.label.replace("{year}", "").split()) or self.name

    def cutoff(self, cutoff_id: str) -> Cutoff | None:
        return next((c for c in self.cutoffs if c.id == cutoff_id), None)

    def naming(self, naming_id: str) -> Naming | None:
        return next((n for n in self.namings if n.id == naming_id), None)


def _kind(kind_id: str, data: Any) -> PeriodKind:
    if not isinstance(data, dict):
        raise DocTypeError(f"Kỳ báo cáo “{kind_id}” không hợp lệ.")
    try:
        cutoffs = tuple(
            Cutoff(str(c["id"]), str(c.get("name", c["id"])), str(c["start"]), str(c["end"]))
            for c in data.get("cutoffs", [])
        )
        namings = tuple(
            Naming(str(n["id"]), str(n.get("name", n["id"])), str(n["text"]))
            for n in data.get("namings", [])
        )
    except (KeyError, TypeError) as exc:
        raise DocTypeError(f"Kỳ báo cáo “{kind_id}”: thiếu khóa {exc}.") from exc
    patterns = {}
    for key in ("summary_must", "summary_must_not"):
        pattern = str(data.get(key, ""))
        try:
            re.compile(pattern)
        except re.error as exc:
            message = f"Kỳ báo cáo “{kind_id}”: mẫu “{key}” không hợp lệ ({exc})."
            raise DocTypeError(message) from exc
        patterns[key] = pattern
    return PeriodKind(
        id=kind_id,
        name=str(data.get("name", kind_id)),
        label=str(data.get("label", "{year}")),
        cutoffs=cutoffs,
        namings=namings,
        summary_must=patterns["summary_must"],
        summary_must_text=str(data.get("summary_must_text", "")),
        summary_must_not=patterns["summary_must_not"],
        summary_must_not_text=str(data.get("summary_must_not_text", "")),
    )


def load_period_kinds(path: Path | None = None) -> dict[str, PeriodKind]:
    path = path or resource_path("periods.toml")
    data = read_toml(path, "tệp kỳ báo cáo")
    return {kid: _kind(kid, k) for kid, k in data.items()}


@cache
def period_kinds() -> dict[str, PeriodKind]:
    return load_period_kinds()


def kind_of(period: Period, doc_type: DocType | None = None) -> PeriodKind | None:
    kinds = period_kinds()
    return kinds.get(period.kind) or (kinds.get(doc_type.period_kind) if doc_type else None)


def default_dates(doc_type: DocType, year: int, cutoff_id: str = "") -> tuple[str, str]:
    """The first and last day of the type's period: its cut-off, else its own dates."""
    kind = period_kinds().get(doc_type.period_kind)
    cutoff = kind.cutoff(cutoff_id or doc_type.period_cutoff) if kind else None
    if cutoff is not None:
        return cutoff.dates(year)
    return doc_type.period_start.format(year=year), doc_type.period_end.format(year=year)


def matching_cutoff(kind: PeriodKind | None, period: Period) -> str:
    """The cut-off whose dates the period has, or "" when the drafter typed other dates."""
    if kind is None:
        return ""
    for cutoff in kind.cutoffs:
        if cutoff.dates(period.year) == (period.start.strip(), period.end.strip()):
            return cutoff.id
    return ""


def naming_id(period: Period, doc_type: DocType | None) -> str:
    return period.naming or (doc_type.period_naming if doc_type else "") or "range"


def period_label(period: Period, doc_type: DocType | None) -> str:
    """ "6 tháng đầu năm 2024", "năm 2023": the period's name in running text."""
    if doc_type is not None and doc_type.period_label:
        return doc_type.period_text(period.year)
    kind = kind_of(period, doc_type)
    return kind.label.format(year=period.year) if kind else f"năm {period.year}"


def valid_date(text: str) -> bool:
    m = _DATE.match(text)
    if m is None:
        return False
    return 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12


def period_phrase(period: Period, doc_type: DocType | None = None) -> str:
    """How a sentence opens with the period: "Từ ngày 01/01/2024 đến ngày 31/5/2024",
    "Trong năm 2023". A date range with a day missing is named by the period instead:
    a sentence never prints a stand-in for a date."""
    label = period_label(period, doc_type)
    kind = kind_of(period, doc_type)
    wanted = naming_id(period, doc_type)
    naming = kind.naming(wanted) if kind else None
    start, end = period.start.strip(), period.end.strip()
    if naming is None:
        text = "Từ ngày {start} đến ngày {end}" if wanted == "range" else "Trong {label}"
    else:
        text = naming.text
    if ("{start}" in text or "{end}" in text) and not (start and end):
        text = "Trong {label}"
    out = text.format_map({"start": start, "end": end, "label": label, "year": period.year})
    return out[:1].upper() + out[1:]
