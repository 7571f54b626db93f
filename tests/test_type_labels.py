"""The drafts list's type labels: the same words as the types, kept in a cache file that
is read again whenever a type file changes."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from qcdc_desktop.doctypes import doc_types, type_labels
from qcdc_desktop.resources import resource_path


@pytest.fixture
def resources_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The shipped types and periods in a folder the test may change."""
    folder = tmp_path / "resources"
    shutil.copytree(resource_path("types"), folder / "types")
    shutil.copy(resource_path("periods.toml"), folder / "periods.toml")
    monkeypatch.setattr(type_labels, "resource_path", lambda *parts: folder.joinpath(*parts))
    yield folder
    type_labels.use_cache_file(None)


def _count_reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    reads: list[int] = []
    real = type_labels._read_types

    def counted() -> dict[str, type_labels.TypeLabel]:
        reads.append(1)
        return real()

    monkeypatch.setattr(type_labels, "_read_types", counted)
    return reads


@pytest.mark.parametrize("type_id", list(doc_types()))
def test_every_type_has_the_label_of_its_own_file(type_id: str, tmp_path: Path) -> None:
    type_labels.use_cache_file(tmp_path / "labels.json")
    try:
        label = type_labels.type_label(type_id)
    finally:
        type_labels.use_cache_file(None)
    doc_type = doc_types()[type_id]
    assert label is not None
    assert label.name == doc_type.name
    assert label.short_name == doc_type.name.split(" — ")[0].strip()
    assert label.period_text(2026) == doc_type.period_text(2026)


def test_an_unknown_type_has_no_label(tmp_path: Path) -> None:
    type_labels.use_cache_file(None)
    assert type_labels.type_label("khong-co-loai-nay") is None


def test_the_second_start_reads_the_cache_not_the_types(
    resources_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "data" / "cache" / type_labels.CACHE_FILE
    reads = _count_reads(monkeypatch)
    type_labels.use_cache_file(cache)
    first = type_labels.type_label("bc-6thang")
    assert reads == [1] and cache.is_file()
    type_labels.use_cache_file(cache)  # the next start of the program
    assert type_labels.type_label("bc-6thang") == first
    assert reads == [1]


def test_a_changed_type_file_is_read_again(
    resources_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "labels.json"
    reads = _count_reads(monkeypatch)
    type_labels.use_cache_file(cache)
    assert type_labels.type_label("bc-6thang") is not None
    # An office renames the type in its file.
    path = resources_copy / "types" / "bc-6thang.toml"
    text = path.read_text(encoding="utf-8")
    old = doc_types()["bc-6thang"].name
    path.write_text(text.replace(old, "Báo cáo sáu tháng — của cơ quan"), encoding="utf-8")
    os.utime(path, ns=(1, 1))  # a different time even on a coarse clock
    from qcdc_desktop.doctypes import types

    monkeypatch.setattr(types, "doc_types", lambda: types.load_doc_types(resources_copy / "types"))
    type_labels.use_cache_file(cache)
    label = type_labels.type_label("bc-6thang")
    assert reads == [1, 1]
    assert label is not None and label.short_name == "Báo cáo sáu tháng"


def test_a_damaged_cache_is_replaced(
    resources_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "labels.json"
    cache.write_text("{không phải JSON", encoding="utf-8")
    reads = _count_reads(monkeypatch)
    type_labels.use_cache_file(cache)
    assert type_labels.type_label("kh-nam") is not None
    assert reads == [1]
    assert "kh-nam" in json.loads(cache.read_text(encoding="utf-8"))["labels"]


def test_a_cache_that_cannot_be_written_only_costs_time(
    resources_copy: Path, tmp_path: Path
) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder would be")
    type_labels.use_cache_file(blocker / type_labels.CACHE_FILE)
    assert type_labels.type_label("bc-nam") is not None
