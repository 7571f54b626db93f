"""The editor's Qt-free pieces and its outline model, without a window."""

from __future__ import annotations

import wizard_fixtures  # noqa: F401  (applies the PySide6 reference-count guard)

from qcdc_desktop.doctypes import get_doc_type, new_draft
from qcdc_desktop.editing import outline_ops
from qcdc_desktop.editing.block_text import blocks_to_text, text_to_blocks
from qcdc_desktop.editing.steps import StepState, step_states, wizard_steps
from qcdc_desktop.model import Block, Part
from qcdc_desktop.ui.wizard.outline_tree_model import OutlineTreeModel


def test_text_lines_become_paragraphs_items_and_subitems() -> None:
    blocks = text_to_blocks("Đoạn mở.\n\n- Ý thứ nhất\n+ ý nhỏ\n-Ý liền dấu")
    assert [(b.kind, b.text) for b in blocks] == [
        ("para", "Đoạn mở."),
        ("item", "Ý thứ nhất"),
        ("subitem", "ý nhỏ"),
        ("item", "Ý liền dấu"),
    ]
    assert blocks_to_text(blocks) == "Đoạn mở.\n- Ý thứ nhất\n+ ý nhỏ\n- Ý liền dấu"


def test_figure_blocks_keep_their_place_when_text_changes() -> None:
    old = [
        Block("para", "Một"),
        Block("figures", group="staff"),
        Block("para", "Hai"),
        Block("figures", group="party"),
    ]
    assert blocks_to_text(old) == "Một\nHai"
    new = text_to_blocks("Một\nHai\nBa", old)
    assert [(b.kind, b.text or b.group) for b in new] == [
        ("para", "Một"),
        ("figures", "staff"),
        ("para", "Hai"),
        ("figures", "party"),
        ("para", "Ba"),
    ]
    assert new[0] is old[0]  # unchanged blocks are reused (their extra data survives)
    emptied = text_to_blocks("", old)
    assert [b.group for b in emptied] == ["staff", "party"]


def _draft():  # type: ignore[no-untyped-def]
    return new_draft("bc-6thang", 2024)


def test_add_child_stops_at_three_levels() -> None:
    draft = _draft()
    section = draft.sections[1]
    level2 = outline_ops.add_child(draft, section.id, "Cấp hai")
    assert level2 is not None and level2 in section.children
    level3 = outline_ops.add_child(draft, level2.id, "Cấp ba")
    assert level3 is not None
    assert outline_ops.add_child(draft, level3.id) is None


def test_demote_and_promote_round_trip() -> None:
    draft = _draft()
    direction = draft.sections[1]
    first, second = direction.children[0], direction.children[1]
    assert outline_ops.demote(draft, second.id)
    assert second in first.children and second not in direction.children
    assert outline_ops.promote(draft, second.id)
    assert direction.children[1] is second


def test_top_level_moves_stay_within_the_step() -> None:
    draft = _draft()
    situation = draft.sections[0]
    assert not outline_ops.can_move(draft, situation.id, -1)
    # The next section belongs to another step: no move down either.
    assert not outline_ops.can_move(draft, situation.id, 1)
    extra = outline_ops.add_sibling(draft, situation.id, "Phần thêm")
    assert extra is not None and extra.step == "situation"
    assert outline_ops.move(draft, extra.id, -1)
    assert draft.sections[0] is extra


def test_demoting_a_deep_subtree_is_refused() -> None:
    draft = _draft()
    direction = draft.sections[1]
    a, b = direction.children[0], direction.children[1]
    outline_ops.add_child(draft, b.id, "con của b")
    # b (level 2) under a would be level 3 and its child level 4.
    assert not outline_ops.can_demote(draft, b.id)
    assert not outline_ops.demote(draft, b.id)
    assert b in direction.children
    # A leaf at level 2 may go down to level 3, but not further.
    c = direction.children[2]
    assert outline_ops.demote(draft, c.id) and c in b.children
    assert outline_ops.locate(draft, c.id).depth == 3  # type: ignore[union-attr]
    assert not outline_ops.can_demote(draft, c.id)
    assert a.children == []


def test_model_shows_live_numbering_of_one_step() -> None:
    draft = _draft()
    model = OutlineTreeModel()
    model.set_draft(draft, "direction")
    assert model.rowCount() == 1
    top = model.index(0, 0)
    assert model.data(top).startswith("II. ")
    labels = [model.data(model.index(r, 0, top)) for r in range(model.rowCount(top))]
    assert labels[0].startswith("1. ") and labels[3].startswith("4. ")
    steering = draft.sections[1].children[1]
    outline_ops.move(draft, steering.id, -1)
    model.refresh()
    first = model.index(0, 0, model.index(0, 0))
    assert model.data(first) == f"1. {steering.title}"
    assert model.parent(first) == model.index(0, 0)
    assert model.setData(first, "  Tên   mới ")
    assert steering.title == "Tên mới"


def test_step_states_follow_the_content() -> None:
    draft = _draft()
    doc_type = get_doc_type(draft.doc_type)
    assert [s.id for s in wizard_steps(doc_type)][:2] == ["document", "basis"]
    states = step_states(draft, doc_type)
    assert states["situation"] == StepState.EMPTY
    draft.sections[0].blocks.append(Block("para", "Nội dung"))
    figures = draft.figures["staff"].values
    figures.update(total=10, cong_chuc=5, vien_chuc=5, hd111=0, hdld=0)
    assert step_states(draft, doc_type)["situation"] == StepState.DONE
    figures["total"] = 11
    assert step_states(draft, doc_type)["situation"] == StepState.PROBLEM
    draft.sections[1].children[0].blocks.append(Block("para", "Một phần"))
    assert step_states(draft, doc_type)["direction"] == StepState.EDITING


def test_kh_type_has_its_own_section_steps() -> None:
    steps = wizard_steps(get_doc_type("kh-nam"))
    assert [s.kind for s in steps].count("section") == 3
    assert isinstance(Part(), Part)


def test_reparsing_reuses_unchanged_blocks_and_reads_changed_ones() -> None:
    old = text_to_blocks("Đoạn một\n- ý một\n+ ý nhỏ\n- - ý có gạch")
    assert old[3].text == "- ý có gạch"
    new = text_to_blocks("Đoạn một sửa\n- ý một\n+ ý nhỏ\n- - ý có gạch\n-Ý mới", old)
    assert new[1] is old[1] and new[2] is old[2] and new[3] is old[3]
    assert (new[0].kind, new[0].text) == ("para", "Đoạn một sửa")
    assert (new[4].kind, new[4].text) == ("item", "Ý mới")
    # A line turned from a paragraph into an item is read again, not reused.
    changed = text_to_blocks("- Đoạn một sửa", new)
    assert (changed[0].kind, changed[0].text) == ("item", "Đoạn một sửa")


def test_untitled_run_in_parts_are_named_by_their_text_in_the_tree():
    from qcdc_desktop.doctypes.samples import sample_draft
    from qcdc_desktop.ui.wizard.outline_tree_model import _untitled_label

    results = sample_draft("bc-6thang").sections[2]
    untitled = results.children[1]
    assert untitled.title == ""
    assert _untitled_label(untitled).startswith("(Thực hiện công khai, minh bạch")
    assert _untitled_label(untitled).endswith("…)")
    untitled.blocks = []
    assert _untitled_label(untitled) == "(chưa có tên)"
