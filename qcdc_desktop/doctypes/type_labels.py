"""The few words of each document type the drafts list shows — its name and how it
names its period — without loading the types.

Loading every type (parsing the TOML files, merging `extends`, validating outlines,
figure groups and period kinds) costs about as much as the rest of the start window,
while the list needs two strings per type. So the words are kept in a small JSON file
in the data folder, stamped with the size and time of every file they were read from
and the program's version: a changed or added type file, or another version, reads
the types again and rewrites the file. Without a cache file (tests, a read-only data
folder) the types are read each time the process starts.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qcdc_desktop import __version__
from qcdc_desktop.resources import resource_path

CACHE_FILE = "type-labels.json"


@dataclass(frozen=True)
class TypeLabel:
    name: str  # the full name, e.g. "Báo cáo 6 tháng — kết quả thực hiện dân chủ ở cơ sở"
    period_kind: str  # e.g. "h1"
    period_label: str  # e.g. "6 tháng đầu năm {year}"

    @property
    def short_name(self) -> str:
        """The name before its dash: what fits in a list column."""
        return self.name.split(" — ")[0].strip()

    def period_text(self, year: int) -> str:
        return self.period_label.format(year=year)


_state: dict[str, Any] = {"file": None, "labels": None}


def use_cache_file(path: Path | None) -> None:
    """Keep the labels in `path` (the data folder's cache); None keeps them in memory."""
    _state["file"] = path
    _state["labels"] = None


def all_labels() -> dict[str, TypeLabel]:
    """Every installed type's label, by type id."""
    labels = _state["labels"]
    if labels is None:
        labels = _state["labels"] = _load(_state["file"])
    return dict(labels)


def type_label(type_id: str) -> TypeLabel | None:
    """The label of a type, None for a type that is not installed (or fails to load)."""
    return all_labels().get(type_id)


def _stamp() -> list[list[object]]:
    files = [*sorted(resource_path("types").glob("*.toml")), resource_path("periods.toml")]
    stamp: list[list[object]] = [["version", __version__]]
    for path in files:
        try:
            info = os.stat(path)
        except OSError:
            continue
        stamp.append([path.name, info.st_size, info.st_mtime_ns])
    return stamp


def _load(cache: Path | None) -> dict[str, TypeLabel]:
    stamp = _stamp()
    if cache is not None:
        try:
            data = json.loads(cache.read_text(encoding="utf-8"))
            if data.get("stamp") == stamp:
                return {key: TypeLabel(*value) for key, value in data["labels"].items()}
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            pass  # missing, damaged or from another layout: read the types again
    labels = _read_types()
    if cache is not None and labels:
        _write(cache, stamp, labels)
    return labels


def _read_types() -> dict[str, TypeLabel]:
    from qcdc_desktop.doctypes.types import DocTypeError, doc_types

    try:
        types = doc_types()
    except DocTypeError:
        return {}  # the list shows the type ids; the editor reports the broken file
    return {
        type_id: TypeLabel(doc_type.name, doc_type.period_kind, doc_type.period_label)
        for type_id, doc_type in types.items()
    }


def _write(cache: Path, stamp: list[list[object]], labels: dict[str, TypeLabel]) -> None:
    payload = {
        "stamp": stamp,
        "labels": {
            key: [label.name, label.period_kind, label.period_label]
            for key, label in labels.items()
        },
    }
    temporary = cache.with_name(cache.name + ".tmp")
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, cache)
    except OSError:
        pass  # a read-only or full data folder: the types are read again next start
