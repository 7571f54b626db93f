"""Document types, figure groups and the cited-documents library, all read from resources/.

Each name is imported from its module when first used, so that reading one module (the
drafts list's type labels, a profile's defaults) does not load every type, figure group
and cited document.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from qcdc_desktop.lazy_names import lazy_attributes

if TYPE_CHECKING:
    from qcdc_desktop.doctypes.draft_factory import DraftDefaults, new_draft, part_from_entry
    from qcdc_desktop.doctypes.figures import (
        FigureDef,
        FigureGroupDef,
        RuleViolation,
        check_rules,
        figure_groups,
        resolved_values,
    )
    from qcdc_desktop.doctypes.library import CitedDocument, cited_documents
    from qcdc_desktop.doctypes.types import (
        DocType,
        DocTypeError,
        OutlineEntry,
        Step,
        doc_types,
        get_doc_type,
        load_doc_types,
    )

# Where each public name lives.
_HOMES = {
    "FigureDef": "figures",
    "FigureGroupDef": "figures",
    "RuleViolation": "figures",
    "check_rules": "figures",
    "figure_groups": "figures",
    "resolved_values": "figures",
    "CitedDocument": "library",
    "cited_documents": "library",
    "DraftDefaults": "draft_factory",
    "new_draft": "draft_factory",
    "part_from_entry": "draft_factory",
    "DocType": "types",
    "DocTypeError": "types",
    "OutlineEntry": "types",
    "Step": "types",
    "doc_types": "types",
    "get_doc_type": "types",
    "load_doc_types": "types",
}


__getattr__, __dir__ = lazy_attributes(__name__, _HOMES)

__all__ = [
    "CitedDocument",
    "DocType",
    "DocTypeError",
    "DraftDefaults",
    "FigureDef",
    "FigureGroupDef",
    "OutlineEntry",
    "RuleViolation",
    "Step",
    "check_rules",
    "cited_documents",
    "doc_types",
    "figure_groups",
    "get_doc_type",
    "load_doc_types",
    "new_draft",
    "part_from_entry",
    "resolved_values",
]
