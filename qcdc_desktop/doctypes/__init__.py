"""Document types, figure groups and the cited-documents library, all read from resources/."""

from qcdc_desktop.doctypes.figures import (
    FigureDef,
    FigureGroupDef,
    RuleViolation,
    check_rules,
    figure_groups,
    resolved_values,
)
from qcdc_desktop.doctypes.library import CitedDocument, cited_documents
from qcdc_desktop.doctypes.new_draft import DraftDefaults, new_draft, part_from_entry
from qcdc_desktop.doctypes.types import (
    DocType,
    DocTypeError,
    OutlineEntry,
    Step,
    doc_types,
    get_doc_type,
    load_doc_types,
)

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
