"""The draft's JSON form: stable keys, round trip, unknown keys kept, bad input refused."""

import json

import pytest

from qcdc_desktop.doctypes.samples import sample_draft
from qcdc_desktop.model import (
    FORMAT,
    VERSION,
    DraftFormatError,
    copy_draft,
    draft_from_json,
    draft_to_dict,
    draft_to_json,
)


def test_round_trip_of_the_sample_is_exact():
    draft = sample_draft("bc-6thang")
    again = draft_from_json(draft_to_json(draft))
    assert again == draft
    assert draft_to_json(again) == draft_to_json(draft)


def test_top_level_keys_are_documented_and_stable():
    data = draft_to_dict(sample_draft("bc-6thang"))
    assert data["format"] == FORMAT == "qcdc-draft"
    assert data["version"] == VERSION == 1
    assert list(data)[:2] == ["format", "version"]
    for key in (
        "doc_type",
        "period",
        "date",
        "agency",
        "number",
        "summary",
        "addressees",
        "basis",
        "opening",
        "sections",
        "figures",
        "closing",
        "report_to",
        "recipients",
        "signer",
        "id",
    ):
        assert key in data, key
    part = data["sections"][0]
    assert set(part) >= {"title", "key", "blocks", "children", "run_in", "step", "carried", "id"}


def test_unknown_keys_from_a_newer_build_are_kept_at_every_level():
    data = draft_to_dict(sample_draft("bc-6thang"))
    data["review_notes"] = {"by": "Trưởng phòng"}
    data["sections"][1]["children"][0]["colour"] = "vàng"
    data["sections"][0]["blocks"][0]["comment"] = ["xem lại"]
    data["signer"]["stamp"] = True
    again = draft_to_dict(draft_from_json(json.dumps(data, ensure_ascii=False)))
    assert again["review_notes"] == {"by": "Trưởng phòng"}
    assert again["sections"][1]["children"][0]["colour"] == "vàng"
    assert again["sections"][0]["blocks"][0]["comment"] == ["xem lại"]
    assert again["signer"]["stamp"] is True


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not json",
        "[]",
        "42",
        '{"format": "other", "version": 1}',
        '{"format": "qcdc-draft"}',
        '{"format": "qcdc-draft", "version": "1"}',
        '{"format": "qcdc-draft", "version": 1}',
        '{"format": "qcdc-draft", "version": 1, "doc_type": 5, "period": {}, "date": {}}',
        '{"format": "qcdc-draft", "version": 1, "doc_type": "bc-6thang",'
        ' "period": {"kind": "h1", "year": 2024}, "date": {"year": 2024}, "sections": "x"}',
        '{"format": "qcdc-draft", "version": 1, "doc_type": "bc-6thang",'
        ' "period": {"kind": "h1", "year": true}, "date": {"year": 2024}}',
    ],
)
def test_malformed_drafts_are_refused_with_a_vietnamese_message(text):
    with pytest.raises(DraftFormatError) as info:
        draft_from_json(text)
    message = str(info.value)
    assert message and any(ch in message for ch in "ảạấầẩẫậắằẳẵặđếềểễệốồổỗộớờởỡợứừửữựýỳỷỹ")


def test_a_newer_format_version_is_refused_not_misread():
    data = draft_to_dict(sample_draft("bc-6thang"))
    data["version"] = VERSION + 1
    with pytest.raises(DraftFormatError, match="phiên bản mới hơn"):
        draft_from_json(json.dumps(data))


def test_copy_is_independent():
    draft = sample_draft("bc-6thang")
    other = copy_draft(draft)
    other.sections[0].blocks[0].text = "khác"
    assert draft.sections[0].blocks[0].text != "khác"


@pytest.mark.parametrize("value", ["2024-13-45", "12", True, [1], {"a": 1}, float("nan"), 1e999])
def test_figure_values_must_be_finite_numbers(value):
    data = draft_to_dict(sample_draft("bc-6thang"))
    data["figures"]["staff"]["values"]["total"] = value
    with pytest.raises(DraftFormatError, match=r"figures\.staff\.values\.total"):
        draft_from_json(json.dumps(data, ensure_ascii=False))


def test_figure_values_may_be_blank_int_or_float():
    data = draft_to_dict(sample_draft("bc-6thang"))
    data["figures"]["staff"]["values"].update(total=None, cong_chuc=26, vien_chuc=20.0)
    draft = draft_from_json(json.dumps(data))
    assert draft.figures["staff"].values["total"] is None


def _draft_with_tables():
    from qcdc_desktop.model import Appendix, Block, Table

    draft = sample_draft("bc-6thang")
    table = Table(
        rows=[["Đơn vị", "Số hồ sơ", "Tỷ lệ"], ["Văn phòng", 36, 98.5], ["Ghi chú", None, ""]]
    )
    draft.sections[0].blocks.append(Block(kind="table", text="Số liệu:", table=table))
    draft.appendices.append(
        Appendix(subtitle="Số liệu của các đơn vị", blocks=[Block(kind="table", table=table)])
    )
    return draft


def test_tables_and_appendices_round_trip_exactly():
    draft = _draft_with_tables()
    again = draft_from_json(draft_to_json(draft))
    assert again == draft
    rows = again.appendices[0].blocks[0].table.rows
    assert rows[1] == ["Văn phòng", 36, 98.5] and rows[2] == ["Ghi chú", None, ""]


def test_a_block_without_a_table_writes_no_table_key():
    data = draft_to_dict(sample_draft("bc-6thang"))
    assert all("table" not in block for block in data["sections"][0]["blocks"])


def test_a_version_1_file_without_appendices_still_loads():
    data = draft_to_dict(sample_draft("bc-6thang"))
    del data["appendices"]
    assert draft_from_json(json.dumps(data, ensure_ascii=False)).appendices == []


@pytest.mark.parametrize("cell", [True, float("inf"), {"a": 1}, [1]])
def test_table_cells_are_text_numbers_or_blank(cell):
    data = draft_to_dict(_draft_with_tables())
    data["appendices"][0]["blocks"][0]["table"]["rows"][1][1] = cell
    text = json.dumps(data, ensure_ascii=False, allow_nan=True)
    with pytest.raises(DraftFormatError):
        draft_from_json(text)
