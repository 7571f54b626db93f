"""Arbitrary drafts survive JSON, the database and export: no exception, no text lost
(other than the control characters the exporter must remove)."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qcdc_desktop.doctypes import new_draft
from qcdc_desktop.export import export_docx
from qcdc_desktop.model import Block, Part, draft_from_json, draft_to_json
from qcdc_desktop.model.json_form import valid_text
from qcdc_desktop.storage import load_draft, open_database, save_draft
from qcdc_desktop.text.clean import xml_safe
from tests.docx_probe import open_docx

# Letters with combining marks, emoji, Word's control characters, lone surrogates.
ALPHABET = st.characters(
    codec=None,
    categories=("L", "M", "N", "P", "S", "Zs", "Cc", "Cs"),
)
TEXT = st.text(ALPHABET, max_size=80)
LONG = "Đoạn văn rất dài. " * 6000  # about 100 KB


@st.composite
def parts(draw: st.DrawFn, depth: int = 1) -> Part:
    blocks = [
        Block(kind=draw(st.sampled_from(["para", "item", "subitem"])), text=draw(TEXT))
        for _ in range(draw(st.integers(0, 3)))
    ]
    children = (
        [draw(parts(depth=depth + 1)) for _ in range(draw(st.integers(0, 2)))] if depth < 3 else []
    )
    return Part(title=draw(TEXT), blocks=blocks, children=children, run_in=draw(st.booleans()))


def _words(text: str) -> list[str]:
    """Runs of letters and digits: what must survive cleaning (spacing may change)."""
    return re.findall(r"\w+", xml_safe(valid_text(text)).replace("\n", " "))


def _docx_text(path: Path) -> str:
    document = open_docx(path)
    texts = [p.text for p in document.paragraphs]
    texts += [c.text for t in document.tables for row in t.rows for c in row.cells]
    return re.sub(r"\s+", " ", " ".join(texts))


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(sections=st.lists(parts(), min_size=1, max_size=3), long=st.booleans(), title=TEXT)
def test_arbitrary_drafts_round_trip_through_json_database_and_export(sections, long, title):
    draft = new_draft("bc-6thang", 2024)
    draft.sections = sections
    draft.summary = title or draft.summary
    if long:
        sections[0].blocks.append(Block(kind="para", text=LONG))

    # JSON: exact, except lone surrogates (not text; they cannot be stored as UTF-8).
    again = draft_from_json(draft_to_json(draft))
    assert draft_from_json(draft_to_json(again)) == again

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        # Database: exact.
        db = open_database(folder / "qcdc.sqlite3", backups=folder / "backups")
        try:
            save_draft(db, again, reason="save")
            stored = load_draft(db, draft.id)
        finally:
            db.close()
        assert stored == again

        # Export: every word of every text is in the document.
        out = export_docx(stored, folder / "out.docx")
        printed = _docx_text(out).casefold()
        for part in stored.all_parts():
            for text in [part.title, *(b.text for b in part.blocks)]:
                for word in set(_words(text)):
                    assert word.casefold() in printed, word
