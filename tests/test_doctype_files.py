"""Type files an office writes: checked when loaded, and `extends` merges by key."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from qcdc_desktop.checks import run_checks
from qcdc_desktop.doctypes import DocTypeError, doc_types, load_doc_types, new_draft
from qcdc_desktop.doctypes.periods import period_kinds
from qcdc_desktop.resources import resource_path

CHILD = """
extends = "bc-6thang"
id = "bc-thu"
name = "Báo cáo thử"
"""


def load_with(tmp_path: Path, text: str) -> dict:
    folder = tmp_path / "types"
    shutil.copytree(resource_path("types"), folder)
    (folder / "zz-thu.toml").write_text(text, encoding="utf-8")
    return load_doc_types(folder)


@pytest.mark.parametrize(
    ("extra", "fragments"),
    [
        ('summary = "Báo cáo {quarter} năm {year}"', ["zz-thu.toml", "summary", "{quarter}"]),
        ('opening = "Thực hiện {basis}, {agency} {nam}:"', ["opening", "{nam}", "{period}"]),
        ('closing = "Trên đây là {summary"', ["closing", "không khớp"]),
        ('period_kind = "quy"', ["period_kind", "quy", "periods.toml"]),
        ('period_cutoff = "khong-co"', ["period_cutoff", "khong-co"]),
        ('period_naming = "khac"', ["period_naming", "khac"]),
        ('next_type = "bc-khong-co"', ["next_type", "bc-khong-co"]),
        ('default_basis = ["nd-khong-co"]', ["default_basis", "nd-khong-co"]),
        (
            '[[outline]]\nkey = "results"\nfigures = ["khong-co"]',
            ["phần “results”", "figures", "khong-co"],
        ),
        ('[[outline]]\nkey = "results"\ncites = ["vb-la"]', ["cites", "vb-la"]),
        ('[[outline]]\nkey = "tasks"\nafter = "khong-co"\ntitle = "x"', ["after", "khong-co"]),
        ('[[outline]]\nkey = "khong-co"\nremove = true', ["không xóa được", "khong-co"]),
    ],
)
def test_a_bad_type_file_fails_to_load_naming_file_and_key(
    tmp_path: Path, extra: str, fragments: list[str]
) -> None:
    with pytest.raises(DocTypeError) as raised:
        load_with(tmp_path, CHILD + extra)
    for fragment in fragments:
        assert fragment in str(raised.value)


def test_extends_adds_changes_and_removes_one_part_without_copying_the_outline(
    tmp_path: Path,
) -> None:
    text = (
        CHILD
        + """
[[outline]]
key = "digital"
after = "results"
step = "results"
title = "Chuyển đổi số trong thực hiện dân chủ"
guidance = "Các phần mềm, cổng thông tin đã dùng để lấy ý kiến người dân."

[[outline]]
key = "assessment"
guidance = "Chỉ nêu ưu điểm và hạn chế."

[[outline]]
key = "proposals"
remove = true

[[outline]]
key = "direction.extra"
parent = "direction"
title = "Phối hợp với Mặt trận Tổ quốc"
guidance = "Việc phối hợp trong kỳ."
"""
    )
    types = load_with(tmp_path, text)
    child, parent = types["bc-thu"], types["bc-6thang"]
    keys = [e.key for e in child.outline]
    expected = [k for k in (e.key for e in parent.outline) if k != "proposals"]
    expected.insert(expected.index("results") + 1, "digital")
    assert keys == expected
    assert child.entry("digital").step == "results"
    assessment = child.entry("assessment")
    assert assessment.guidance == "Chỉ nêu ưu điểm và hạn chế."
    assert assessment.title == parent.entry("assessment").title  # the rest inherited
    direction = child.entry("direction")
    assert [c.key for c in direction.children][-1] == "direction.extra"
    assert len(direction.children) == len(parent.entry("direction").children) + 1
    # The parent is untouched by its child's changes.
    assert parent.entry("proposals") is not None and parent.entry("digital") is None
    draft = new_draft("bc-6thang", 2024)
    assert "digital" not in [p.key for p in draft.sections]


def test_every_shipped_type_makes_a_draft_that_checks_without_a_traceback() -> None:
    for type_id, doc_type in doc_types().items():
        draft = new_draft(type_id, 2025)
        assert draft.summary == doc_type.summary_for(2025)
        assert doc_type.period_kind in period_kinds()
        findings = run_checks(draft)
        assert all(f.message for f in findings), type_id


@pytest.mark.parametrize(
    ("kind", "summary", "mismatch"),
    [
        ("q1", "Kết quả thực hiện dân chủ ở cơ sở quý I năm 2025", False),
        ("q1", "Kết quả thực hiện dân chủ ở cơ sở quý 1 năm 2025", False),
        ("q1", "Kết quả thực hiện dân chủ ở cơ sở quý II năm 2025", True),
        ("9m", "Kết quả thực hiện dân chủ ở cơ sở 9 tháng đầu năm 2025", False),
        ("9m", "Kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2025", True),
        ("year", "Kết quả thực hiện dân chủ ở cơ sở 9 tháng đầu năm 2025", True),
    ],
)
def test_the_summary_check_follows_the_period_kinds_data(
    kind: str, summary: str, mismatch: bool
) -> None:
    draft = new_draft("bc-6thang", 2025)
    draft.period.kind = kind
    draft.summary = summary
    codes = [f.code for f in run_checks(draft)]
    assert ("document.period_mismatch" in codes) is mismatch


def test_extends_moves_a_part_it_places_elsewhere(tmp_path: Path) -> None:
    types = load_with(tmp_path, CHILD + '[[outline]]\nkey = "proposals"\nbefore = "tasks"\n')
    keys = [e.key for e in types["bc-thu"].outline]
    assert keys.index("proposals") == keys.index("tasks") - 1
    assert len(keys) == len(types["bc-6thang"].outline)
