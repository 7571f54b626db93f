"""What `qcdc check` adds to the review's checks: the office's proofing choices, and
machine-readable output (`--format json`, one JSON object per finding per line).

The fields of a line are documented in docs/writing-aids.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from qcdc_desktop.checks import Finding
    from qcdc_desktop.proofing.office import OfficeProofing
    from qcdc_desktop.storage import Database


def office_for(args: argparse.Namespace, db: Database | None) -> OfficeProofing:
    """The office's dictionary and style: from the database opened for --id, else from
    the data folder's database when there is one (none is created for a file check)."""
    from qcdc_desktop.proofing.office import OfficeProofing, load_office

    if db is None:
        from qcdc_desktop.paths import database_path, resolve_data_dir

        path = database_path(resolve_data_dir(getattr(args, "data_dir", None)))
        if not path.is_file():
            return OfficeProofing()
        from qcdc_desktop.errors import QcdcError
        from qcdc_desktop.storage import open_database

        try:
            db = open_database(path)
        except QcdcError:
            return OfficeProofing()
    return load_office(db)


def finding_record(finding: Finding) -> dict[str, Any]:
    details = dict(finding.details)
    path = details.pop("path", finding.field)
    record: dict[str, Any] = {
        "code": finding.code,
        "severity": finding.severity,
        "step": finding.step,
        "part_id": finding.part_id,
        "field": finding.field,
        "path": path,
        "start": finding.start if finding.start >= 0 else None,
        "end": finding.end if finding.end >= 0 else None,
        "message": finding.message,
        "suggestion": finding.suggestion or None,
        "suggestions": list(finding.suggestions),
    }
    if details:
        record["details"] = details
    return record


def print_json_lines(findings: Iterable[Finding]) -> None:
    for finding in findings:
        sys.stdout.write(json.dumps(finding_record(finding), ensure_ascii=False) + "\n")
