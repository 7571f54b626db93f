"""The printed numbering read back in print order: duplicate and skipped labels are found,
whether they come from computed headings or numbers typed into the text."""

from __future__ import annotations

from qcdc_desktop.checks import run_checks
from qcdc_desktop.checks.rules_numbering import printed_label_problems
from qcdc_desktop.doctypes.samples import sample_draft
from qcdc_desktop.model.draft import Block


def problems(lines: list[str]) -> list[tuple[str, str, str]]:
    return [
        (n, prev, kind) for _, n, prev, kind in printed_label_problems([("", t) for t in lines])
    ]


def test_the_shapes_the_issue_reports() -> None:
    assert problems(["1. A", "2. B", "2. C", "3. D", "4. E", "6. F", "7. G"]) == [
        ("2", "2", "duplicate"),
        ("6", "4", "skipped"),
    ]
    assert problems(["a) Một", "b) Hai", "b) Ba"]) == [("b", "b", "duplicate")]


def test_levels_restart_and_letters_follow_either_alphabet() -> None:
    lines = ["I. A", "1. a", "2. b", "a) x", "b) y", "c) z", "d) t", "đ) u", "II. B", "1. c"]
    assert problems(lines) == []
    assert problems(["a) x", "b) y", "c) z", "d) t", "e) u"]) == []  # Word's own letters
    assert problems(["I. A", "III. C"]) == [("III", "I", "skipped")]
    assert problems(["I. A", "2. b"]) == [("2", "", "skipped")]


def test_numbers_inside_sentences_are_not_labels() -> None:
    assert problems(["1.234 người tham gia.", "Ngày 2. 3. 2024", "2024. Năm"]) == []


def test_check_runs_before_export_and_names_the_part() -> None:
    draft = sample_draft("bc-6thang")
    assert not [f for f in run_checks(draft) if f.code.startswith("numbering.")]
    section = next(s for s in draft.sections if len(s.children) >= 2)
    first = section.children[0]
    # A number typed by hand under part 1 prints "2." before the heading "2.".
    first.blocks.append(Block(kind="para", text="2. Thực hiện công khai các thủ tục."))
    found = [f for f in run_checks(draft) if f.code.startswith("numbering.")]
    assert [f.code for f in found] == ["numbering.duplicate"]
    assert found[0].part_id == section.children[1].id
    assert "“2”" in found[0].message and found[0].severity == "warning"
