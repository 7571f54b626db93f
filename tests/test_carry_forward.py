"""Starting the next period's draft from this one, and reviewing what was carried over."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from qcdc_desktop.doctypes import doc_types, get_doc_type
from qcdc_desktop.doctypes.figures import figure_groups
from qcdc_desktop.doctypes.samples import sample_draft
from qcdc_desktop.importing import carried_parts, carry_forward, changed_figures, confirm_part
from qcdc_desktop.model.draft import Draft
from qcdc_desktop.render import figure_sentence, render_document


def lines(draft: Draft) -> list[str]:
    return render_document(draft).plain_text().splitlines()


def lines_without_figures(draft: Draft) -> list[str]:
    """The printed lines with the figure sentences taken out: the next period's figures
    start blank, and a blank figure prints nothing."""
    sentences = [
        figure_sentence(group, draft)
        for gid, group in figure_groups().items()
        if gid in draft.figures
    ]
    out = []
    for line in lines(draft):
        kept = line
        for sentence in filter(None, sentences):
            kept = kept.replace(" " + sentence, "").replace(sentence, "")
        if kept or not line:
            out.append(kept)
    return out


def period_words(draft: Draft) -> list[str]:
    doc_type = get_doc_type(draft.doc_type)
    year = draft.period.year
    return [str(year), f"năm {year}", doc_type.period_text(year)]


@pytest.mark.parametrize("type_id", list(doc_types()))
def test_next_draft_differs_only_in_period_figures_dates_and_number(type_id: str) -> None:
    before = sample_draft(type_id)
    before.number = "12"
    before.date.month, before.date.day = 6, 5
    after = carry_forward(before)
    old, new = lines_without_figures(before), lines(after)
    assert len(old) == len(new), (old, new)
    changed = [(a, b) for a, b in zip(old, new, strict=True) if a != b]
    assert changed, "the period must change somewhere"
    new_words = period_words(after)
    for a, b in changed:
        allowed = (
            b.startswith("Số:")  # number left blank for the records clerk
            or any(w in b for w in new_words)  # the new period or year
        )
        assert allowed, (a, b)
        # Nothing else in the line moved: masking the period words, dates and
        # numbers leaves the same text.
        words = period_words(before) + new_words
        assert mask(a, words) == mask(b, words), (a, b)


def mask(line: str, words: list[str]) -> str:
    for word in sorted(words, key=len, reverse=True):
        line = line.replace(word, "<P>")
    line = line.replace("\u00a0", " ")
    # Numbers and figures are dropped, so a blank left for the clerk matches too.
    line = re.sub(r"\d+(?:[.,/]\d+)*|\.\.\.", "", line)
    return re.sub(r"\s+", " ", line).strip()


def test_six_month_report_is_followed_by_the_annual_report_of_the_same_year() -> None:
    before = sample_draft("bc-6thang")
    after = carry_forward(before, today=dt.date(2024, 7, 1))
    assert after.doc_type == "bc-nam"
    assert after.period.year == 2024
    assert after.period.kind == "year"
    assert (after.period.start, after.period.end) == ("01/01/2024", "31/10/2024")
    assert after.summary == "Kết quả thực hiện dân chủ ở cơ sở năm 2024"
    assert after.id != before.id
    assert after.extra["carried_from"] == {"draft": before.id, "on": "2024-07-01"}


def test_annual_report_is_followed_by_next_years_six_month_report() -> None:
    annual = carry_forward(sample_draft("bc-6thang"))
    following = carry_forward(annual)
    assert following.doc_type == "bc-6thang"
    assert following.period.year == annual.period.year + 1
    assert following.summary.endswith(f"6 tháng đầu năm {annual.period.year + 1}")


def test_plan_is_followed_by_next_years_plan() -> None:
    plan = sample_draft("kh-nam")
    following = carry_forward(plan)
    assert following.doc_type == "kh-nam"
    assert following.period.year == plan.period.year + 1
    assert following.date.year == plan.period.year + 1


def test_date_keeps_the_year_only_and_number_is_blank() -> None:
    before = sample_draft("bc-6thang")
    before.number = "12"
    before.date.month, before.date.day = 6, 5
    after = carry_forward(before)
    assert after.number == ""
    assert (after.date.year, after.date.month, after.date.day) == (2024, None, None)
    printed = render_document(after)
    assert printed.number_is_blank and not printed.date_is_full


def test_everything_still_true_is_kept() -> None:
    before = sample_draft("bc-6thang")
    after = carry_forward(before)
    assert after.basis == before.basis
    assert after.signer == before.signer
    assert after.recipients == before.recipients
    assert after.agency == before.agency
    assert [p.title for p in after.all_parts()] == [p.title for p in before.all_parts()]
    assert [p.id for p in after.all_parts()] == [p.id for p in before.all_parts()]
    texts = [[b.text for b in p.blocks] for p in after.all_parts()]
    assert texts == [[b.text for b in p.blocks] for p in before.all_parts()]
    # The previous draft is untouched.
    assert not any(p.carried for p in before.all_parts())
    assert before.figures["staff"].values["total"] == 55


def test_figures_move_to_previous_and_are_cleared() -> None:
    before = sample_draft("bc-6thang")
    before.figures["staff"].explanations = {"total": "Tăng do tuyển dụng."}
    after = carry_forward(before)
    staff = after.figures["staff"]
    assert staff.previous == before.figures["staff"].values
    assert all(v is None for v in staff.values.values())
    assert staff.explanations == {}
    assert staff.sentence == before.figures["staff"].sentence


def test_every_part_is_carried_until_confirmed() -> None:
    after = carry_forward(sample_draft("bc-6thang"))
    parts = after.all_parts()
    assert carried_parts(after) == parts
    assert confirm_part(after, parts[1].id)
    assert not parts[1].carried
    assert parts[1] not in carried_parts(after)
    assert parts[0].carried and parts[2].carried
    assert not confirm_part(after, "no-such-part")


def test_closing_template_follows_the_new_type_and_own_wording_is_renewed() -> None:
    before = sample_draft("bc-6thang")
    after = carry_forward(before)
    assert after.closing == get_doc_type("bc-nam").closing
    before.closing = (
        "Trên đây là Báo cáo kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2024 của "
        "Sở, kính gửi Sở Nội vụ./."
    )
    after = carry_forward(before)
    assert after.closing == (
        "Trên đây là Báo cáo kết quả thực hiện dân chủ ở cơ sở năm 2024 của Sở, kính gửi "
        "Sở Nội vụ./."
    )


def test_office_summary_wording_keeps_its_words_with_the_new_period() -> None:
    before = sample_draft("bc-6thang")
    before.summary = "Tình hình thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2024 tại Sở"
    after = carry_forward(before)
    assert after.summary == "Tình hình thực hiện dân chủ ở cơ sở năm 2024 tại Sở"


def test_changed_figures_lists_large_moves_only() -> None:
    after = carry_forward(sample_draft("bc-6thang"))
    staff = after.figures["staff"]
    staff.values.update(total=56, cong_chuc=26, vien_chuc=30, hd111=0, hdld=None)
    moves = changed_figures(after)
    staff_moves = {(g, f) for g, f, _, _ in moves if g == "staff"}
    # 55 -> 56 is small; 20 -> 30 is +50 %; 7 -> 0 is -100 %; hdld is not typed yet.
    assert staff_moves == {("staff", "vien_chuc"), ("staff", "hd111")}
    assert ("staff", "vien_chuc", 20, 30) in moves
    assert changed_figures(after, threshold=0.6) == [("staff", "hd111", 7, 0)]


def test_changed_figures_from_zero() -> None:
    after = carry_forward(sample_draft("bc-6thang"))
    tthc = after.figures["tthc"]
    tthc.values.update(received=40, early=30, on_time=5, late=2, in_progress=3)
    moved = {f for g, f, _, _ in changed_figures(after) if g == "tthc"}
    assert "late" in moved and "in_progress" in moved  # both were 0
    assert "received" not in moved  # 36 -> 40
