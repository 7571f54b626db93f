"""Whatever a user types or pastes, the export succeeds and keeps the text."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from docx_probe import Probe, open_docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qcdc_desktop.doctypes import new_draft
from qcdc_desktop.export import build_document, export_docx, safe_text
from qcdc_desktop.model.draft import Agency, Block, Draft, Signer
from qcdc_desktop.render import render_document

# Written independently of the exporter: what XML 1.0 cannot carry, plus DEL and the
# C1 controls (debris of a wrong decoding that Word shows as boxes).
ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def expected(text: str) -> str:
    text = re.sub("\r\n?", "\n", ILLEGAL.sub("", text))
    return unicodedata.normalize("NFC", text)


def draft_with(texts: list[str], kind: str = "para") -> Draft:
    draft = new_draft("bc-6thang", 2024)
    draft.agency = Agency(
        parent_body="UBND tỉnh Tây Ninh",
        issuing_body="Sở Thông tin và Truyền thông",
        abbreviation="STTTT",
        place="Tây Ninh",
    )
    draft.signer = Signer(head_title="Giám đốc", name="Trần Văn Minh")
    draft.sections[0].blocks = [Block(kind=kind, text=t) for t in texts]
    return draft


def document_texts(document) -> list[str]:
    probe = Probe(document)
    return [probe.text(p) for p in probe.all_paragraphs()]


def assert_rendered_text_present(draft: Draft, texts_in_doc: list[str]) -> None:
    rendered = render_document(draft)
    for paragraph in rendered.body:
        want = expected(paragraph.full_text)
        assert want in texts_in_doc, repr(want)[:200]


HOSTILE = [
    "Nội dung có ký tự điều khiển \x00\x01\x07\x0b\x1b giữa câu",
    "Biểu tượng cảm xúc 😀👍🏽 và chuỗi ghép 👨‍👩‍👧",
    "Nửa cặp thay thế \ud800 và \udfff bị lạc",
    "Dấu tổ hợp: Vie\u0302\u0323t Nam, Tie\u0302\u0301ng Vie\u0323\u0302t",
    "Ký tự U+FFFE \ufffe, U+FFFF \uffff, DEL \x7f và C1 \x85\x9f",
    "Tab\tgiữa câu và xuống dòng kiểu Windows\r\nsau đó",
    "Khoảng trắng không ngắt\u00a0\u00a0và ký tự rộng bằng 0\u200b",
]


def test_hostile_text_exports_and_is_kept(tmp_path: Path) -> None:
    draft = draft_with(HOSTILE)
    path = export_docx(draft, tmp_path / "hostile.docx")
    texts = document_texts(open_docx(path))
    assert_rendered_text_present(draft, texts)
    joined = "\n".join(texts)
    assert "Việt Nam, Tiếng Việt" in joined  # composed to NFC
    assert "😀👍🏽" in joined and "👨‍👩‍👧" in joined
    assert "\ud800" not in joined and "\x00" not in joined


def test_hundred_kilobyte_paragraph(tmp_path: Path) -> None:
    long_text = ("Đoạn văn rất dài về thực hiện dân chủ ở cơ sở. " * 2200)[:100_000]
    draft = draft_with([long_text])
    path = export_docx(draft, tmp_path / "long.docx")
    texts = document_texts(open_docx(path))
    assert expected(long_text.strip()) in texts


def test_hostile_header_and_signature_fields(tmp_path: Path) -> None:
    draft = draft_with(["Nội dung."])
    draft.agency = Agency(
        parent_body="UBND tỉnh\x00 Tây Ninh",
        issuing_body="Sở Thông tin\ud83d và Truyền thông 😀",
        abbreviation="STT\x07TT",
        place="Tây\x1f Ninh",
    )
    draft.summary = "Kết quả\x0c thực hiện dân chủ ở cơ sở\ufffe"
    draft.signer = Signer(head_title="Giám\x00 đốc", name="Trần Văn Minh\ud800")
    draft.recipients = ["Sở Nội vụ\x01", "Lưu: VT"]
    path = export_docx(draft, tmp_path / "fields.docx")
    # A long issuing body is broken by hand into two balanced header lines.
    joined = "\n".join(document_texts(open_docx(path))).replace("TIN\nVÀ", "TIN VÀ")
    for want in (
        "UBND TỈNH TÂY NINH",
        "SỞ THÔNG TIN VÀ TRUYỀN THÔNG 😀",
        "/BC-STTTT",
        "Tây Ninh, ngày",
        "Kết quả thực hiện dân chủ ở cơ sở",
        "GIÁM ĐỐC",
        "Trần Văn Minh",
        "- Sở Nội vụ;",
    ):
        assert want in joined, want


@pytest.mark.parametrize("text", HOSTILE)
def test_export_cleans_hostile_text_as_expected(text: str) -> None:
    assert safe_text.safe(text) == expected(text)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    texts=st.lists(st.text(min_size=1, max_size=300), min_size=1, max_size=4),
    kind=st.sampled_from(["para", "item", "subitem"]),
)
def test_any_block_text_exports_and_is_found(texts: list[str], kind: str) -> None:
    draft = draft_with(texts, kind)
    document = build_document(draft)
    texts_in_doc = document_texts(document)
    assert_rendered_text_present(draft, texts_in_doc)
    # Every letter typed (after cleaning) reaches the document.
    typed = {c for t in texts for c in expected(t) if c.isalnum()}
    assert typed <= set("".join(texts_in_doc))
