from __future__ import annotations

from proofing_fixtures import example_draft, seed

from qcdc_desktop.checks import run_checks
from qcdc_desktop.model import Draft
from qcdc_desktop.proofing.citations import citation_issues, find_citations, known_documents
from qcdc_desktop.proofing.office import OfficeProofing


def _citations(draft: Draft, office: OfficeProofing | None = None):  # type: ignore[no-untyped-def]
    return [f for f in run_checks(draft, office) if f.code.startswith("citation.")]


def test_citations_are_parsed() -> None:
    text = (
        "Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ về thực hiện dân chủ; "
        "Kế hoạch số 26-KH/BCĐ ngày 31/01/2024 và Luật Thực hiện dân chủ ở cơ sở ngày "
        "10 tháng 11 năm 2022; hợp đồng theo Nghị định 111."
    )
    found = [(c.kind, c.number, c.title, c.date_text, c.issuer) for c in find_citations(text)]
    assert found == [
        ("Nghị định", "04/2015/NĐ-CP", "", "09/01/2015", "Chính phủ"),
        ("Kế hoạch", "26-KH/BCĐ", "", "31/01/2024", ""),
        ("Luật", "", "Thực hiện dân chủ ở cơ sở", "10 tháng 11 năm 2022", ""),
    ]


def test_another_date_than_the_librarys_shows_both() -> None:
    draft = example_draft()
    typed = "Nghị định số 59/2023/NĐ-CP ngày 15 tháng 8 năm 2023"
    part_id, index, offset = seed(
        draft, "Nghị định số 59/2023/NĐ-CP ngày 14 tháng 8 năm 2023", typed
    )
    found = [f for f in _citations(draft) if f.code == "citation.date_mismatch"]
    assert len(found) == 1
    finding = found[0]
    assert (finding.part_id, finding.field) == (part_id, f"block.{index}")
    date_at = offset + typed.index("15 tháng")
    assert (finding.start, finding.end) == (date_at, date_at + len("15 tháng 8 năm 2023"))
    assert finding.suggestion == "14 tháng 8 năm 2023"
    assert dict(finding.details)["library.date"] == "14/8/2023"
    assert "15 tháng 8 năm 2023" in finding.message and "14/8/2023" in finding.message


def test_a_law_cited_with_another_date() -> None:
    draft = example_draft()
    seed(
        draft,
        "dân chủ ở cơ sở ngày 10 tháng 11 năm 2022",
        "dân chủ ở cơ sở ngày 11 tháng 11 năm 2022",
    )
    found = [f for f in _citations(draft) if f.code == "citation.date_mismatch"]
    assert [f.suggestion for f in found] == ["10 tháng 11 năm 2022"]


def test_another_issuer_than_the_librarys() -> None:
    draft = example_draft()
    mismatches = [f for f in _citations(draft) if f.code == "citation.issuer_mismatch"]
    # The example cites Decree 04/2015 as issued by "Thủ tướng Chính phủ", twice.
    assert [f.suggestion for f in mismatches] == ["Chính phủ", "Chính phủ"]
    assert dict(mismatches[0].details)["typed.issuer"] == "Thủ tướng Chính phủ"


def test_an_unknown_document_is_offered_with_its_fields() -> None:
    draft = example_draft()
    unknown = {
        dict(f.details)["library.number"]: dict(f.details)
        for f in _citations(draft)
        if f.code == "citation.unknown"
    }
    fields = unknown["108/QĐ-STTTT"]
    assert fields["library.kind"] == "Quyết định"
    assert fields["library.date"] == "4/10/2023"
    assert fields["library.issuer"] == "Sở Thông tin và Truyền thông"
    assert fields["library.title"].startswith("về việc Kiện toàn Ban Chỉ đạo")
    # Once the office keeps it, it is checked like any library document.
    office = OfficeProofing(
        library=[{"kind": "Quyết định", "number": "108/QĐ-STTTT", "date": "05/10/2023"}]
    )
    found = [f for f in _citations(draft, office) if "108/QĐ-STTTT" in f.message]
    assert [f.code for f in found] == ["citation.date_mismatch"]
    assert found[0].suggestion == "05/10/2023"


def test_a_document_cited_twice_with_different_dates() -> None:
    draft = example_draft()
    seed(draft, "26-KH/BCĐ ngày 31 năm 01 năm 2024", "26-KH/BCĐ ngày 30/01/2024")
    found = [f for f in _citations(draft) if f.code == "citation.inconsistent"]
    assert len(found) == 1
    assert found[0].suggestion == "31/01/2024"  # the opening's date, written the same way


def test_later_short_citations_are_allowed() -> None:
    texts = [
        "Kế hoạch số 12/KH-UBND ngày 02/3/2024 của UBND tỉnh.",
        "theo Kế hoạch số 12/KH-UBND.",
        "theo Kế hoạch số 13/KH-UBND.",
    ]
    issues = citation_issues(texts, known_documents())
    assert [i.code for i in issues[0]] == ["citation.unknown"]
    assert issues[1] == []
    assert [i.code for i in issues[2]] == ["citation.no_date"]


def test_the_same_document_cited_with_two_date_styles() -> None:
    # The example cites Plan 26-KH/BCĐ as "31/01/2024", then "31 năm 01 năm 2024".
    found = [f for f in _citations(example_draft()) if f.code == "citation.date_style"]
    assert len(found) == 1
    assert found[0].suggestion == "31/01/2024"
    texts = [
        "Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ.",
        "Nghị định số 04/2015/NĐ-CP ngày 09 tháng 01 năm 2015 của Chính phủ.",
    ]
    issues = citation_issues(texts, known_documents())
    assert [(i.code, i.suggestions) for i in issues[1]] == [
        ("citation.date_style", ("09/01/2015",))
    ]
