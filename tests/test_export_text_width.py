"""Width estimates that size the rules and break long header lines."""

from __future__ import annotations

from qcdc_desktop.export.text_width import balanced_lines, text_width_pt, wrapped_width_pt


def test_bold_is_wider_and_width_scales_with_size() -> None:
    text = "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"
    assert text_width_pt(text, 13, bold=True) > text_width_pt(text, 13)
    assert text_width_pt(text, 26) == 2 * text_width_pt(text, 13)


def test_vietnamese_letters_measure_like_their_base_letter() -> None:
    assert text_width_pt("Ộ", 13, bold=True) == text_width_pt("O", 13, bold=True)
    assert text_width_pt("đ", 13) == text_width_pt("d", 13)


def test_wrapped_width_is_the_longest_line() -> None:
    text = "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"
    full = text_width_pt(text, 13, bold=True)
    assert wrapped_width_pt(text, 13, full + 1, bold=True) == full
    narrow = wrapped_width_pt(text, 13, full * 0.7, bold=True)
    assert narrow <= full * 0.7


def test_short_text_stays_on_one_line() -> None:
    assert balanced_lines("UBND TỈNH TÂY NINH", 13, 200) == ["UBND TỈNH TÂY NINH"]


def test_long_text_is_split_into_two_balanced_lines() -> None:
    text = "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"
    box = text_width_pt(text, 13, bold=True) * 0.8
    lines = balanced_lines(text, 13, box, bold=True)
    assert lines == ["SỞ THÔNG TIN VÀ", "TRUYỀN THÔNG"]
    assert " ".join(lines) == text
    greedy_first = wrapped_width_pt(text, 13, box, bold=True)
    assert max(text_width_pt(x, 13, bold=True) for x in lines) < greedy_first


def test_text_that_needs_three_lines_is_left_to_word() -> None:
    text = "BAN CHỈ ĐẠO THỰC HIỆN QUY CHẾ DÂN CHỦ Ở CƠ SỞ TỈNH TÂY NINH"
    assert balanced_lines(text, 13, 120, bold=True) == [text]
