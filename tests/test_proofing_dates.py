from __future__ import annotations

import pytest
from proofing_fixtures import example_draft, seed

from qcdc_desktop.checks import run_checks
from qcdc_desktop.proofing.text_dates import date_issues


def _dates(draft):  # type: ignore[no-untyped-def]
    return [f for f in run_checks(draft) if f.code.startswith("date.")]


def test_the_example_reports_malformed_date_is_found_with_its_correction() -> None:
    draft = example_draft()
    found = _dates(draft)
    assert [f.code for f in found] == ["date.malformed"]
    finding = found[0]
    part = draft.find_part(finding.part_id)
    assert part is not None
    text = part.blocks[int(finding.field.split(".")[1])].text
    assert text[finding.start : finding.end] == "ngày 31 năm 01 năm 2024"
    assert finding.suggestion == "ngày 31 tháng 01 năm 2024"


@pytest.mark.parametrize(
    ("typed", "fix"),
    [
        ("31/02/2024", "29/02/2024"),
        ("31/6/2023", "30/6/2023"),
        ("05/13/2024", "13/05/2024"),
        ("ngày 31 tháng 4 năm 2024", "ngày 30 tháng 4 năm 2024"),
    ],
)
def test_impossible_dates_seeded_into_the_example(typed: str, fix: str) -> None:
    draft = example_draft()
    part_id, index, offset = seed(draft, "04/10/2023", typed)
    found = [f for f in _dates(draft) if f.code == "date.impossible"]
    assert len(found) == 1
    assert (found[0].part_id, found[0].field) == (part_id, f"block.{index}")
    assert (found[0].start, found[0].end) == (offset, offset + len(typed))
    assert found[0].suggestion == fix
    assert found[0].severity == "error"


def test_other_malformed_shapes() -> None:
    issues = date_issues("ngày 10 tháng 6 2024 và ngày 05 06 năm 2024")
    assert [i.suggestions[0] for i in issues] == [
        "ngày 10 tháng 6 năm 2024",
        "ngày 05 tháng 06 năm 2024",
    ]


def test_a_range_outside_the_period_is_offered_the_periods_dates() -> None:
    draft = example_draft()  # period 01/01/2024 – 31/5/2024
    assert (draft.period.start, draft.period.end) == ("01/01/2024", "31/5/2024")
    seed(draft, "Từ ngày 01/01/2024 đến ngày 31/5/2024", "Từ ngày 01/12/2023 đến ngày 31/5/2024")
    found = [f for f in _dates(draft) if f.code == "date.outside_period"]
    assert len(found) == 1
    assert found[0].suggestion == "Từ ngày 01/01/2024 đến ngày 31/5/2024"


def test_ranges_inside_the_period_and_reversed_ranges() -> None:
    inside = (
        "Từ 01/01/2024 đến 31/5/2024 và từ ngày 01 tháng 02 năm 2024 đến ngày 30 tháng 4 năm 2024"
    )
    assert date_issues(inside, "01/01/2024", "31/5/2024") == []
    reversed_range = date_issues("từ ngày 31/5/2024 đến ngày 01/01/2024", "01/01/2024", "31/5/2024")
    assert [i.code for i in reversed_range] == ["date.range_reversed"]
    assert reversed_range[0].suggestions == ("từ ngày 01/01/2024 đến ngày 31/5/2024",)


def test_numbers_that_are_not_dates_are_left_alone() -> None:
    text = "Nghị định số 04/2015/NĐ-CP, nhiệm kỳ 2021-2026, TCVN ISO 9001:2015, 1.234.567 đồng"
    assert date_issues(text, "01/01/2024", "31/5/2024") == []
