"""Document types, read from resources/types/*.toml (one file a type).

A type may `extends = "<id>"` another and name only what differs (outline parts and
steps are merged by key, see extends.py); an office adds a type by adding a file, with
no code change. A type is checked against the rest of resources/ when loaded
(validate.py).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from qcdc_desktop.errors import QcdcError
from qcdc_desktop.resources import resource_path

NUMBERING_STYLES = ("roman", "arabic", "decimal", "alpha")
HEADING_CASES = ("upper", "sentence")


class DocTypeError(QcdcError, ValueError):
    """A type file is missing or malformed. The message is Vietnamese."""


def read_toml(path: Path, what: str) -> dict[str, Any]:
    """One of the resource files that define document types; `what` names it in the
    error ("tệp kỳ báo cáo"), since the file name alone means little to a drafter."""
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise DocTypeError(f"Không đọc được {what} {path.name}: {exc}") from exc


@dataclass(frozen=True)
class OutlineEntry:
    key: str
    title: str
    step: str = ""
    required: bool = False
    run_in: bool = False
    guidance: str = ""
    example: str = ""
    cites: tuple[str, ...] = ()
    figures: tuple[str, ...] = ()
    children: tuple[OutlineEntry, ...] = ()

    def walk(self) -> list[OutlineEntry]:
        out = [self]
        for child in self.children:
            out.extend(child.walk())
        return out


@dataclass(frozen=True)
class Step:
    id: str
    title: str


@dataclass(frozen=True)
class DocType:
    id: str
    name: str
    title: str  # BÁO CÁO, KẾ HOẠCH
    abbreviation: str  # BC, KH
    period_kind: str
    period_label: str
    period_start: str
    period_end: str
    summary: str
    opening: str
    closing: str
    report_to: str
    numbering: tuple[str, ...]
    heading_case: tuple[str, ...]
    steps: tuple[Step, ...]
    outline: tuple[OutlineEntry, ...]
    next_type: str = ""
    next_year_offset: int = 0
    # The default cut-off (an id in resources/periods.toml) and how figure sentences
    # name the period ("range": "Từ ngày … đến ngày …", "label": "Trong năm 2023").
    period_cutoff: str = ""
    period_naming: str = "range"
    default_recipients: tuple[str, ...] = ()
    default_basis: tuple[str, ...] = ()
    order: int = 100
    source: str = ""
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def entry(self, key: str) -> OutlineEntry | None:
        for top in self.outline:
            for entry in top.walk():
                if entry.key == key:
                    return entry
        return None

    def summary_for(self, year: int) -> str:
        return self.summary.format(year=year)

    def period_text(self, year: int) -> str:
        return self.period_label.format(year=year)


def _str(data: dict[str, Any], key: str, where: str, default: str | None = None) -> str:
    value = data.get(key, default)
    if not isinstance(value, str):
        raise DocTypeError(f"Tệp loại văn bản {where}: thiếu hoặc sai khóa “{key}”.")
    return value


def _strs(data: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DocTypeError(f"Tệp loại văn bản {where}: khóa “{key}” phải là danh sách chuỗi.")
    return tuple(value)


def _entry(data: Any, where: str, inherited_step: str = "") -> OutlineEntry:
    if not isinstance(data, dict):
        raise DocTypeError(f"Tệp loại văn bản {where}: mục dàn ý không hợp lệ.")
    key = _str(data, "key", where)
    step = _str(data, "step", where, inherited_step)
    children = data.get("children", [])
    if not isinstance(children, list):
        raise DocTypeError(f"Tệp loại văn bản {where}: “children” của “{key}” không hợp lệ.")
    return OutlineEntry(
        key=key,
        title=_str(data, "title", where),
        step=step,
        required=bool(data.get("required", False)),
        run_in=bool(data.get("run_in", False)),
        guidance=_str(data, "guidance", where, "").strip(),
        example=_str(data, "example", where, "").strip(),
        cites=_strs(data, "cites", where),
        figures=_strs(data, "figures", where),
        children=tuple(_entry(c, where, step) for c in children),
    )


def parse_doc_type(data: dict[str, Any], where: str) -> DocType:
    numbering = _strs(data, "numbering", where) or ("roman", "arabic", "alpha")
    if any(n not in NUMBERING_STYLES for n in numbering):
        raise DocTypeError(f"Tệp loại văn bản {where}: kiểu đánh số không hợp lệ {numbering}.")
    cases = _strs(data, "heading_case", where) or ("upper", "sentence", "sentence")
    if any(c not in HEADING_CASES for c in cases):
        raise DocTypeError(f"Tệp loại văn bản {where}: kiểu chữ đề mục không hợp lệ {cases}.")
    steps_raw = data.get("steps", [])
    if not isinstance(steps_raw, list) or not steps_raw:
        raise DocTypeError(f"Tệp loại văn bản {where}: cần ít nhất một bước [[steps]].")
    steps = tuple(Step(_str(s, "id", where), _str(s, "title", where)) for s in steps_raw)
    outline_raw = data.get("outline", [])
    if not isinstance(outline_raw, list) or not outline_raw:
        raise DocTypeError(f"Tệp loại văn bản {where}: cần ít nhất một phần [[outline]].")
    outline = tuple(_entry(e, where) for e in outline_raw)
    step_ids = {s.id for s in steps}
    for top in outline:
        if top.step not in step_ids:
            raise DocTypeError(
                f"Tệp loại văn bản {where}: phần “{top.key}” thuộc bước “{top.step}” không có."
            )
    offset = data.get("next_year_offset", 0)
    return DocType(
        id=_str(data, "id", where),
        name=_str(data, "name", where),
        title=_str(data, "title", where),
        abbreviation=_str(data, "abbreviation", where),
        period_kind=_str(data, "period_kind", where),
        period_label=_str(data, "period_label", where),
        period_start=_str(data, "period_start", where, ""),
        period_end=_str(data, "period_end", where, ""),
        summary=_str(data, "summary", where),
        opening=_str(data, "opening", where),
        closing=_str(data, "closing", where),
        report_to=_str(data, "report_to", where, ""),
        numbering=numbering,
        heading_case=cases,
        steps=steps,
        outline=outline,
        next_type=_str(data, "next_type", where, ""),
        next_year_offset=offset if isinstance(offset, int) else 0,
        period_cutoff=_str(data, "period_cutoff", where, ""),
        period_naming=_str(data, "period_naming", where, "range"),
        default_recipients=_strs(data, "default_recipients", where),
        default_basis=_strs(data, "default_basis", where),
        order=int(data.get("order", 100)),
        source=where,
        raw=data,
    )


def _read_all(folder: Path) -> dict[str, dict[str, Any]]:
    raw: dict[str, dict[str, Any]] = {}
    for path in sorted(folder.glob("*.toml")):
        data = read_toml(path, "tệp loại văn bản")
        type_id = data.get("id")
        if not isinstance(type_id, str) or not type_id:
            raise DocTypeError(f"Tệp loại văn bản {path.name}: thiếu khóa “id”.")
        data["__file__"] = path.name
        raw[type_id] = data
    return raw


def _resolve(type_id: str, raw: dict[str, dict[str, Any]], seen: tuple[str, ...]) -> dict[str, Any]:
    data = raw[type_id]
    parent_id = data.get("extends")
    if not parent_id:
        return data
    if parent_id in seen or parent_id not in raw:
        raise DocTypeError(f"Loại văn bản “{type_id}” kế thừa “{parent_id}” không hợp lệ.")
    # Imported here: extends.py uses this module's DocTypeError.
    from qcdc_desktop.doctypes.extends import merge_type

    parent = _resolve(parent_id, raw, (*seen, type_id))
    return merge_type(parent, data, str(data.get("__file__", type_id)))


def load_doc_types(folder: Path | None = None) -> dict[str, DocType]:
    """All document types in `folder` (default resources/types), ordered for display."""
    folder = folder or resource_path("types")
    raw = _read_all(folder)
    from qcdc_desktop.doctypes.validate import validate_doc_type, validate_links

    types = {
        type_id: parse_doc_type(_resolve(type_id, raw, ()), str(raw[type_id]["__file__"]))
        for type_id in raw
    }
    for doc_type in types.values():
        validate_doc_type(doc_type)
    validate_links(types)
    return dict(sorted(types.items(), key=lambda kv: (kv[1].order, kv[0])))


@cache
def doc_types() -> dict[str, DocType]:
    """The shipped and office-added types (cached: the files do not change while running)."""
    return load_doc_types()


def get_doc_type(type_id: str) -> DocType:
    types = doc_types()
    if type_id not in types:
        known = ", ".join(types)
        raise DocTypeError(f"Không có loại văn bản “{type_id}”. Các loại hiện có: {known}.")
    return types[type_id]
