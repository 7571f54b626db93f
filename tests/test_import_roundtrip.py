"""A draft exported to Word and imported back is the same draft."""

from __future__ import annotations

from pathlib import Path

import pytest

from qcdc_desktop.doctypes import doc_types, figure_groups
from qcdc_desktop.doctypes.samples import sample_draft
from qcdc_desktop.export import export_docx
from qcdc_desktop.importing import import_docx
from qcdc_desktop.model.draft import Block, Draft, Part
from qcdc_desktop.render import figure_sentence, render_document

Shape = list[tuple[int, str, bool, list[tuple[str, str]]]]


def shape(draft: Draft) -> Shape:
    """Level, title, run-in and blocks of every part.

    A figures block counts by its printed text: a sentence whose numbers cannot all be
    recovered from the page (a computed total with unknown parts) comes back as text.
    """
    groups = figure_groups()

    def block(b: Block) -> tuple[str, str]:
        if b.kind != "figures":
            return b.kind, b.text
        sentence = figure_sentence(groups[b.group], draft)
        return "para", " ".join(t for t in (b.text, sentence) if t)

    def visit(parts: list[Part], depth: int) -> Shape:
        out: Shape = []
        for part in parts:
            # run_in only shows when the part starts with a paragraph; that is what prints.
            shown = part.run_in and bool(part.blocks) and part.blocks[0].kind in ("para", "figures")
            # A figures block with nothing reported prints nothing: it has no shape.
            printed = [block(b) for b in part.blocks]
            printed = [b for b in printed if b != ("para", "")]
            out.append((depth, part.title.casefold(), shown, printed))
            out.extend(visit(part.children, depth + 1))
        return out

    return visit(draft.sections, 1)


def roundtrip(draft: Draft, tmp_path: Path) -> Draft:
    path = export_docx(draft, tmp_path / "out.docx")
    # The text as printed, not the draft the file carries (tests/test_embedded_draft.py).
    return import_docx(path, embedded=False).draft


@pytest.mark.parametrize("type_id", list(doc_types()))
def test_sample_draft_roundtrips(type_id: str, tmp_path: Path) -> None:
    original = sample_draft(type_id)
    back = roundtrip(original, tmp_path)
    assert back.doc_type == original.doc_type
    assert back.period.year == original.period.year
    assert shape(back) == shape(original)
    assert [p.key for p in back.all_parts()] == [p.key for p in original.all_parts()]
    assert back.agency.issuing_body == original.agency.issuing_body
    assert back.agency.parent_body == original.agency.parent_body.upper()
    assert back.agency.abbreviation == original.agency.abbreviation
    assert back.agency.place == original.agency.place
    assert back.number == original.number
    assert (back.date.year, back.date.month, back.date.day) == (
        original.date.year,
        original.date.month,
        original.date.day,
    )
    assert back.summary == original.summary
    assert back.recipients == [r.rstrip(";.") for r in original.recipients]
    assert back.signer.title_lines() == original.signer.title_lines()
    assert back.signer.name == original.signer.name
    assert opening_and_closing(back) == opening_and_closing(original)
    for gid, values in original.figures.items():
        # Every figure read back is the one exported (none is guessed).
        for figure, value in back.figures[gid].values.items():
            if value is not None:
                assert values.values.get(figure) == value, (gid, figure)
    assert render_document(back).plain_text() == render_document(original).plain_text()


def opening_and_closing(draft: Draft) -> tuple[str, str]:
    body = render_document(draft).body
    opening = next((p.text for p in body if p.role == "opening"), "")
    closing = next((p.text for p in body if p.role == "closing"), "")
    return opening, closing


def test_sample_basis_documents_come_back_structured(tmp_path: Path) -> None:
    original = sample_draft("bc-6thang")
    back = roundtrip(original, tmp_path)
    assert [(b.kind, b.number, b.date) for b in back.basis] == [
        (b.kind, b.number, b.date) for b in original.basis
    ]
    assert back.opening == original.opening


def test_full_number_and_date_roundtrip(tmp_path: Path) -> None:
    original = sample_draft("bc-6thang")
    original.number = "12"
    original.date.month, original.date.day = 2, 5
    original.signer.authority = "KT."
    original.signer.signer_title = "Phó Giám đốc"
    original.addressees = ["Sở Nội vụ", "Ban Dân vận Tỉnh ủy"]
    back = roundtrip(original, tmp_path)
    assert back.number == "12"
    assert (back.date.month, back.date.day) == (2, 5)
    assert back.signer.title_lines() == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]
    assert back.addressees == ["Sở Nội vụ", "Ban Dân vận Tỉnh ủy"]
    assert render_document(back).plain_text() == render_document(original).plain_text()


def test_edited_outline_roundtrips(tmp_path: Path) -> None:
    """A user's own part and a third level survive the trip."""
    original = sample_draft("bc-6thang")
    results = original.sections[2]
    results.children[0].children.append(
        Part(title="Những việc phải công khai", blocks=[Block(text="Quy chế làm việc.")])
    )
    original.sections.insert(
        3,
        Part(title="Công tác thi đua", blocks=[Block(kind="item", text="Khen thưởng 02 tập thể.")]),
    )
    back = roundtrip(original, tmp_path)
    assert shape(back) == shape(original)
    assert render_document(back).plain_text() == render_document(original).plain_text()


def test_staff_sentence_comes_back_as_figures(tmp_path: Path) -> None:
    original = sample_draft("bc-6thang")
    back = roundtrip(original, tmp_path)
    assert back.figures["staff"].values == original.figures["staff"].values
    situation = back.sections[0]
    assert [b.group for b in situation.blocks if b.kind == "figures"] == ["staff"]
