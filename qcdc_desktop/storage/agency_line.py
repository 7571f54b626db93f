"""The default profile's agency and signer names, read straight from its JSON.

The start window shows one line about the agency; reading the whole profile would load
the draft model, which nothing else on the start window needs.
"""

from __future__ import annotations

from dataclasses import dataclass

from qcdc_desktop.storage.database import Database

# The default profile first; among equals (never more than one default), the newest.
DEFAULT_FIRST = "ORDER BY is_default DESC, updated DESC LIMIT 1"


@dataclass(frozen=True)
class AgencyLine:
    issuing_body: str
    parent_body: str
    signer: str


def default_agency_line(db: Database) -> AgencyLine | None:
    """The names of the default profile; None when no profile has been saved."""
    row = db.query_one(
        "SELECT json_extract(json, '$.agency.issuing_body') AS issuing_body,"
        " json_extract(json, '$.agency.parent_body') AS parent_body,"
        " json_extract(json, '$.signer.name') AS signer"
        f" FROM profiles {DEFAULT_FIRST}"
    )
    if row is None:
        return None
    return AgencyLine(*(_text(row[key]) for key in ("issuing_body", "parent_body", "signer")))


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""
