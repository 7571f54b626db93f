"""Document types are data: shipped types load, a new file adds a type, bad files are refused."""

import shutil
from pathlib import Path

import pytest

from qcdc_desktop.doctypes import (
    DocTypeError,
    cited_documents,
    doc_types,
    figure_groups,
    load_doc_types,
    new_draft,
)
from qcdc_desktop.resources import resource_path

QUARTERLY = """
extends = "bc-6thang"
id = "bc-quy"
name = "Báo cáo quý — kết quả thực hiện dân chủ ở cơ sở"
order = 15
period_kind = "q1"
period_label = "quý I năm {year}"
period_start = "01/01/{year}"
period_end = "31/3/{year}"
period_cutoff = "quarter"
period_naming = "label"
summary = "Kết quả thực hiện dân chủ ở cơ sở quý I năm {year}"
"""


def test_shipped_types_are_the_ones_the_spec_names():
    types = doc_types()
    assert {"bc-6thang", "bc-nam", "kh-nam", "bc-dvcq-nam"} <= set(types)
    assert types["bc-6thang"].summary_for(2024) == (
        "Kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2024"
    )
    assert types["bc-nam"].summary_for(2024) == "Kết quả thực hiện dân chủ ở cơ sở năm 2024"
    assert types["kh-nam"].abbreviation == "KH" and types["kh-nam"].title == "KẾ HOẠCH"
    assert types["bc-dvcq-nam"].summary_for(2025) == (
        "Kết quả thực hiện công tác dân vận chính quyền năm 2025"
    )


def test_every_outline_entry_has_guidance_and_valid_references():
    groups = figure_groups()
    library = cited_documents()
    for doc_type in doc_types().values():
        step_ids = {s.id for s in doc_type.steps}
        for top in doc_type.outline:
            assert top.step in step_ids
            for entry in top.walk():
                assert entry.guidance, (doc_type.id, entry.key)
                assert all(g in groups for g in entry.figures), entry.key
                assert all(c in library for c in entry.cites), entry.key


def test_report_outline_follows_the_spec():
    t = doc_types()["bc-6thang"]
    assert [e.key for e in t.outline] == [
        "situation",
        "direction",
        "results",
        "assessment",
        "tasks",
        "proposals",
    ]
    assert [c.key.split(".")[1] for c in t.outline[1].children] == [
        "leadership",
        "steering",
        "propaganda",
        "inspection",
    ]
    assert t.numbering == ("roman", "arabic", "alpha")


def test_adding_a_type_is_adding_a_file(tmp_path: Path):
    folder = tmp_path / "types"
    shutil.copytree(resource_path("types"), folder)
    (folder / "bc-quy.toml").write_text(QUARTERLY, encoding="utf-8")
    types = load_doc_types(folder)
    quarterly = types["bc-quy"]
    assert quarterly.summary_for(2025) == "Kết quả thực hiện dân chủ ở cơ sở quý I năm 2025"
    # Inherited from the 6-month report: outline, steps, numbering.
    assert [e.key for e in quarterly.outline] == [e.key for e in types["bc-6thang"].outline]
    assert list(types).index("bc-quy") == list(types).index("bc-6thang") + 1


def test_a_new_type_file_is_used_by_the_whole_program(tmp_path: Path, monkeypatch):
    resources = tmp_path / "resources"
    shutil.copytree(resource_path(), resources)
    (resources / "types" / "bc-quy.toml").write_text(QUARTERLY, encoding="utf-8")
    monkeypatch.setenv("QCDC_RESOURCES", str(resources))
    from qcdc_desktop import resources as res
    from qcdc_desktop.doctypes import types as types_module

    res.resources_dir.cache_clear()
    types_module.doc_types.cache_clear()
    try:
        draft = new_draft("bc-quy", 2025)
        assert draft.summary.endswith("quý I năm 2025")
        assert draft.sections[0].title == "Đặc điểm tình hình"
    finally:
        res.resources_dir.cache_clear()
        types_module.doc_types.cache_clear()


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("id = 'x'\nname = 'x'", "steps"),
        ("not = [toml", "Không đọc được"),
        ("name = 'no id'", "id"),
        (QUARTERLY.replace('extends = "bc-6thang"', 'extends = "missing"'), "kế thừa"),
    ],
)
def test_bad_type_files_are_refused_in_vietnamese(tmp_path: Path, text: str, fragment: str):
    folder = tmp_path / "types"
    shutil.copytree(resource_path("types"), folder)
    (folder / "zz.toml").write_text(text, encoding="utf-8")
    with pytest.raises(DocTypeError, match=fragment):
        load_doc_types(folder)


def test_new_draft_takes_the_types_outline_and_figures():
    draft = new_draft("bc-6thang", 2024)
    assert draft.period.kind == "h1" and draft.period.end == "31/5/2024"
    assert draft.date.year == 2024 and not draft.date.is_full
    assert [s.step for s in draft.sections] == [
        "situation",
        "direction",
        "results",
        "assessment",
        "tasks",
        "tasks",
    ]
    assert "staff" in draft.figures and "tthc" in draft.figures
    figure_blocks = [b.group for p in draft.all_parts() for b in p.blocks if b.kind == "figures"]
    assert "staff" in figure_blocks
    assert draft.recipients[-1].startswith("Lưu")


def test_library_holds_the_documents_every_report_cites():
    library = cited_documents()
    assert library["nd-59-2023"].number == "59/2023/NĐ-CP"
    assert library["nd-04-2015"].date == "09/01/2015"
    assert library["kl-120-2016"].number == "120-KL/TW"
    assert library["ct-05-2016"].issuer == "Bộ Chính trị"
    assert "10 tháng 11 năm 2022" in library["luat-thdc-2022"].cite
