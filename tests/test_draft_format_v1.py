"""Files of draft format version 1 written before the figure and period keys existed."""

from __future__ import annotations

import json
from pathlib import Path

from qcdc_desktop.model.json_form import draft_from_json, draft_to_dict, draft_to_json
from qcdc_desktop.render import render_document

# The 6-month sample as an earlier build wrote it (no cutoff/naming/compare keys).
V1_FILE = Path(__file__).parent / "data" / "drafts" / "v1-bc-6thang-2024.json"


def test_v1_file_loads_and_is_written_back_unchanged() -> None:
    original = json.loads(V1_FILE.read_text("utf-8"))
    draft = draft_from_json(V1_FILE.read_text("utf-8"))
    assert (draft.period.cutoff, draft.period.naming) == ("", "")
    assert all(values.compare is False for values in draft.figures.values())
    back = draft_to_dict(draft)
    # Appendices came with format 1 too; an older file without them gets an empty list.
    assert back.pop("appendices") == []
    assert back == original


def test_v1_file_renders_without_stand_ins() -> None:
    draft = draft_from_json(V1_FILE.read_text("utf-8"))
    text = render_document(draft).plain_text()
    assert "Từ 01/01/2024 đến 31/5/2024, Sở đã tiếp nhận 36 hồ sơ" in text
    # The groups the old file carried but never printed stay unprinted.
    assert "lượt công dân" not in text


def test_new_keys_are_written_only_when_set_and_unknown_keys_are_kept() -> None:
    data = json.loads(V1_FILE.read_text("utf-8"))
    data["period"]["later_key"] = {"kept": True}
    data["figures"]["staff"]["later_key"] = 1
    draft = draft_from_json(json.dumps(data))
    draft.period.naming = "label"
    draft.period.cutoff = "nd09"
    draft.figures["tthc"].compare = True
    back = json.loads(draft_to_json(draft))
    assert back["version"] == 1
    assert back["period"]["naming"] == "label" and back["period"]["cutoff"] == "nd09"
    assert back["figures"]["tthc"]["compare"] is True
    assert "compare" not in back["figures"]["staff"]
    assert back["period"]["later_key"] == {"kept": True}
    assert back["figures"]["staff"]["later_key"] == 1
    again = draft_from_json(json.dumps(back))
    assert again.period.naming == "label" and again.figures["tthc"].compare is True
