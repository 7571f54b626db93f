"""The import's recognised style names, run-in labels and figure wordings (data in
resources/import_labels.toml), read once."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from qcdc_desktop.resources import resource_path


def style_key(name: str) -> str:
    """ "List Bullet 2", "ListBullet2" and "list bullet2" compare equal."""
    return "".join(unicodedata.normalize("NFC", name).casefold().split())


def label_key(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold()
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


@dataclass(frozen=True)
class ImportLabels:
    heading: dict[str, int] = field(default_factory=dict)  # style key -> level
    bullet: dict[str, int] = field(default_factory=dict)
    number: dict[str, int] = field(default_factory=dict)
    title: frozenset[str] = frozenset()
    run_in: frozenset[str] = frozenset()  # label keys
    figure_phrases: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    table_labels: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)


def _levels(table: dict[str, list[str]]) -> dict[str, int]:
    return {style_key(n): int(level) for level, names in table.items() for n in names}


@cache
def import_labels() -> ImportLabels:
    with open(resource_path("import_labels.toml"), "rb") as fh:
        data = tomllib.load(fh)
    styles = data.get("styles", {})
    return ImportLabels(
        heading=_levels(styles.get("heading", {})),
        bullet=_levels(styles.get("bullet", {})),
        number=_levels(styles.get("number", {})),
        title=frozenset(style_key(n) for n in styles.get("title", [])),
        run_in=frozenset(label_key(t) for t in data.get("run_in", {}).get("labels", [])),
        figure_phrases={
            gid: {fid: tuple(p) for fid, p in figs.items()}
            for gid, figs in data.get("figures", {}).items()
        },
        table_labels={
            gid: {fid: tuple(p) for fid, p in figs.items()}
            for gid, figs in data.get("table_labels", {}).items()
        },
    )
