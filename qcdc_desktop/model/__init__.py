"""Plain-data model of a draft and its JSON form."""

from qcdc_desktop.model.draft import (
    AUTHORITIES,
    Agency,
    BasisDocument,
    Block,
    DocDate,
    Draft,
    FigureValues,
    Part,
    Period,
    Signer,
    new_id,
)
from qcdc_desktop.model.json_form import (
    FORMAT,
    VERSION,
    DraftFormatError,
    copy_draft,
    draft_from_dict,
    draft_from_json,
    draft_to_dict,
    draft_to_json,
)

__all__ = [
    "AUTHORITIES",
    "FORMAT",
    "VERSION",
    "Agency",
    "BasisDocument",
    "Block",
    "DocDate",
    "Draft",
    "DraftFormatError",
    "FigureValues",
    "Part",
    "Period",
    "Signer",
    "copy_draft",
    "draft_from_dict",
    "draft_from_json",
    "draft_to_dict",
    "draft_to_json",
    "new_id",
]
