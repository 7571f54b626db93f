"""Every type's sample: real example text only, no guidance, no placeholder findings."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from qcdc_desktop.checks import find_placeholders, run_checks
from qcdc_desktop.doctypes import doc_types, get_doc_type
from qcdc_desktop.doctypes.samples import sample_draft
from qcdc_desktop.model.json_form import draft_to_json
from qcdc_desktop.render import render_document


def guidance_sentences(type_id: str) -> list[str]:
    """Sentences of the type's guidance long enough to be recognised in print."""
    out = []
    for top in get_doc_type(type_id).outline:
        for entry in top.walk():
            for piece in entry.guidance.replace(";", ".").split("."):
                piece = piece.strip()
                if len(piece) >= 25 and piece not in entry.example:
                    out.append(piece)
    return out


@pytest.mark.parametrize("type_id", list(doc_types()))
def test_sample_prints_no_guidance(type_id: str) -> None:
    text = render_document(sample_draft(type_id)).plain_text()
    for piece in guidance_sentences(type_id):
        assert piece not in text, piece
    assert "Nếu không có, ghi rõ" not in text
    assert "nhập ở ô số liệu" not in text
    # Every "..." left in print closes an enumeration of the reference text.
    for paragraph in render_document(sample_draft(type_id)).body:
        assert find_placeholders(paragraph.full_text) == [], paragraph.full_text


@pytest.mark.parametrize("type_id", list(doc_types()))
def test_sample_passes_check_without_placeholder_findings(type_id: str, tmp_path: Path) -> None:
    path = tmp_path / f"{type_id}.json"
    path.write_text(draft_to_json(sample_draft(type_id)), "utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "qcdc_desktop.cli.main",
            "--data-dir",
            str(tmp_path),
            "check",
            str(path),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.stdout.strip(), result.stderr
    assert "còn dấu chưa điền" not in result.stdout, result.stdout
    assert "Traceback" not in result.stderr, result.stderr
    assert "text.placeholder" not in {f.code for f in run_checks(sample_draft(type_id))}


@pytest.mark.parametrize("type_id", ["bc-nam", "bc-dvcq-nam"])
def test_part_without_example_text_stays_empty_and_is_reported(type_id: str) -> None:
    draft = sample_draft(type_id)
    doc_type = get_doc_type(type_id)
    empty = [
        p
        for p in draft.all_parts()
        if not p.children and not any(b.text.strip() for b in p.blocks if b.kind != "figures")
    ]
    assert empty, "the derived sample has parts without a real example"
    for part in empty:
        entry = doc_type.entry(part.key)
        assert entry is None or not entry.example
    reported = {f.part_id for f in run_checks(draft) if f.code.startswith("part.empty")}
    reported |= {f.part_id for f in run_checks(draft) if f.code == "figures.empty"}
    for part in empty:
        chain = [p.id for p in draft.all_parts() if part in p.walk()]
        assert reported & set(chain), part.title


def test_derived_sample_takes_no_figures_of_another_period() -> None:
    draft = sample_draft("bc-nam")
    assert draft.figures["staff"].values["total"] == 55
    assert all(not v.values for gid, v in draft.figures.items() if gid != "staff")
    assert json.loads(draft_to_json(draft))["period"]["year"] == 2024
