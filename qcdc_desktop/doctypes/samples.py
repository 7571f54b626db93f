"""Complete sample drafts: resources/samples/<type>.json, built from real reference documents.

A type without its own sample file gets one made from its outline's example texts
and the 6-month sample's agency, signer and recipients. A sample is honest: guidance
is never printed as report text, a part without a real example text stays empty
(`qcdc check` reports it), and only figures that hold for any period (the staff
count) are taken from the 6-month report; the other groups stay empty.
"""

from __future__ import annotations

from qcdc_desktop.doctypes.draft_factory import DraftDefaults, new_draft
from qcdc_desktop.doctypes.types import get_doc_type
from qcdc_desktop.model.draft import Block, Draft, Part
from qcdc_desktop.model.json_form import draft_from_json
from qcdc_desktop.resources import resource_path

BASE_SAMPLE = "bc-6thang"
# Figure groups that describe the agency rather than the period (a headcount): the
# 6-month report's values are true for a sample of another period too.
PERIOD_FREE_GROUPS = frozenset({"staff", "party"})


def _from_file(type_id: str) -> Draft | None:
    path = resource_path("samples", f"{type_id}.json")
    if not path.is_file():
        return None
    return draft_from_json(path.read_text("utf-8"))


def _fill_examples(part: Part, type_id: str) -> None:
    entry = get_doc_type(type_id).entry(part.key)
    has_text = any(b.text.strip() for b in part.blocks if b.kind != "figures")
    if entry and not has_text and not part.children:
        for line in entry.example.splitlines():
            kind = "item" if line.startswith("- ") else "para"
            part.blocks.insert(0, Block(kind=kind, text=line.removeprefix("- ")))
    for child in part.children:
        _fill_examples(child, type_id)


def sample_draft(type_id: str = BASE_SAMPLE) -> Draft:
    """A complete draft of the given type (raises DocTypeError for an unknown type)."""
    doc_type = get_doc_type(type_id)
    own = _from_file(doc_type.id)
    if own is not None:
        return own
    base = _from_file(BASE_SAMPLE)
    if base is None:  # pragma: no cover - the sample ships with the program
        raise FileNotFoundError("resources/samples/bc-6thang.json")
    defaults = DraftDefaults(
        agency=base.agency,
        signer=base.signer,
        recipients=list(doc_type.default_recipients) or base.recipients,
        report_to=doc_type.report_to or base.report_to,
    )
    draft = new_draft(doc_type.id, base.period.year, defaults)
    draft.basis = list(base.basis)
    for section in draft.sections:
        _fill_examples(section, doc_type.id)
    base_figures = {
        gid: fv
        for gid, fv in base.figures.items()
        if gid in draft.figures and gid in PERIOD_FREE_GROUPS
    }
    draft.figures.update(base_figures)
    return draft
