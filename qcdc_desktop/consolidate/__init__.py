"""Consolidation: many units' reports (DOCX, draft files, saved drafts) into one draft."""

from qcdc_desktop.consolidate.appendix import APPENDIX_SUBTITLE, TOTAL_LABEL
from qcdc_desktop.consolidate.core import (
    RECORD_KEY,
    Consolidation,
    ConsolidationResult,
    Finding,
    consolidate,
    consolidation_record,
)
from qcdc_desktop.consolidate.gather import UNIT_KEY
from qcdc_desktop.consolidate.units import (
    DB_PREFIX,
    UnitReport,
    UnreadableUnit,
    iter_units,
    read_unit,
)

__all__ = [
    "APPENDIX_SUBTITLE",
    "DB_PREFIX",
    "RECORD_KEY",
    "TOTAL_LABEL",
    "UNIT_KEY",
    "Consolidation",
    "ConsolidationResult",
    "Finding",
    "UnitReport",
    "UnreadableUnit",
    "consolidate",
    "consolidation_record",
    "iter_units",
    "read_unit",
]
