from __future__ import annotations

from proofing_fixtures import example_draft, seed

from qcdc_desktop.checks import run_checks
from qcdc_desktop.model import Draft
from qcdc_desktop.proofing.abbreviations import abbreviation_issues, full_form_before
from qcdc_desktop.proofing.office import OfficeProofing


def _abbrev(draft: Draft, office: OfficeProofing | None = None):  # type: ignore[no-untyped-def]
    return [f for f in run_checks(draft, office) if f.code.startswith("abbrev.")]


def test_the_examples_undefined_abbreviations() -> None:
    # UBND, CCVC, QCDC are common; QLCL is never written out in the report.
    draft = example_draft()
    found = []
    for f in _abbrev(draft):
        part = draft.find_part(f.part_id)
        assert part is not None
        found.append(part.blocks[int(f.field.split(".")[1])].text[f.start : f.end])
    assert found == ["QLCL"]


def test_used_before_its_definition_is_found_with_the_full_form() -> None:
    draft = example_draft()
    part_id, index, offset = seed(draft, "Sở tổ chức giao ban", "Sở TTTT tổ chức giao ban")
    seed(
        draft,
        "Sở đã xây dựng Quyết định",
        "Sở Thông tin và Truyền thông (TTTT) đã xây dựng Quyết định",
    )
    found = [f for f in _abbrev(draft) if f.code == "abbrev.before_definition"]
    assert len(found) == 1
    at = offset + len("Sở ")
    assert (found[0].part_id, found[0].field, found[0].start, found[0].end) == (
        part_id,
        f"block.{index}",
        at,
        at + 4,
    )
    assert found[0].suggestion == "Thông tin và Truyền thông (TTTT)"


def test_defined_once_then_used_is_fine() -> None:
    texts = [
        "Trung tâm Giám sát điều hành (TTGSĐH) được thành lập; "
        "Ban Chỉ đạo (sau đây gọi tắt là BCĐX).",
        "TTGSĐH và BCĐX đã họp.",
    ]
    assert abbreviation_issues(texts) == [[], []]


def test_what_is_not_an_abbreviation_here() -> None:
    texts = [
        "Kế hoạch số 26-KH/BCĐ, Nghị định 04/2015/NĐ-CP, COVID-19, phần II và IV.",
        "ĐÁNH GIÁ CHUNG VỀ CÔNG TÁC",  # a heading in capitals
    ]
    assert abbreviation_issues(texts) == [[], []]


def test_the_office_dictionary_knows_its_own() -> None:
    draft = example_draft()
    assert _abbrev(draft, OfficeProofing(words=["QLCL"])) == []


def test_full_form_from_initials() -> None:
    assert (
        full_form_before("Sở Thông tin và Truyền thông ", 28, "TTTT") == "Thông tin và Truyền thông"
    )
    assert full_form_before("không liên quan ", 16, "TTTT") == ""
