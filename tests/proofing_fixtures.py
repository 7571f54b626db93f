"""The example documents as drafts, and mistakes seeded into them, for the writing aids."""

from __future__ import annotations

import example_reports as er

from qcdc_desktop.importing.docx_import import import_text
from qcdc_desktop.model import Draft


def example_draft(name: str = er.REPORT) -> Draft:
    """An example document imported the way a drafter pastes a whole report."""
    return import_text(er.plain_text(er.load(name))).draft


def first_block_with(draft: Draft, phrase: str) -> tuple[str, int]:
    """(part id, block index) of the first paragraph containing `phrase`."""
    for part in draft.all_parts():
        for index, block in enumerate(part.blocks):
            if phrase in block.text:
                return part.id, index
    raise AssertionError(f"no paragraph holds {phrase!r}")


def seed(draft: Draft, phrase: str, replacement: str) -> tuple[str, int, int]:
    """Replace the first `phrase` with `replacement`; (part id, block index, offset)."""
    part_id, index = first_block_with(draft, phrase)
    part = draft.find_part(part_id)
    assert part is not None
    block = part.blocks[index]
    offset = block.text.index(phrase)
    block.text = block.text.replace(phrase, replacement, 1)
    return part_id, index, offset
