"""Reading one unit's report: this program's DOCX, another DOCX, a draft file, a saved draft.

Sources are read one at a time (`iter_units`), so consolidating hundreds of reports
holds only one unit's draft in memory at a time.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from qcdc_desktop.errors import QcdcError, unreadable_file_message
from qcdc_desktop.model.draft import Draft

if TYPE_CHECKING:
    from qcdc_desktop.storage import Database

# How a unit's draft was obtained, for the summary.
ORIGIN_EMBEDDED = "embedded"  # this program's DOCX, unedited: the draft exactly
ORIGIN_WORD = "word"  # another Word file, or one edited after export: read from the text
ORIGIN_JSON = "json"
ORIGIN_DB = "db"

DB_PREFIX = "db:"


@dataclass
class UnitReport:
    name: str  # the reporting unit, as its report names itself
    source: str  # the file path, or "db:<id>"
    draft: Draft
    origin: str
    notes: list[str] = field(default_factory=list)  # the import's summary, for Word files


@dataclass
class UnreadableUnit:
    source: str
    message: str  # Vietnamese, one line


def unit_key(name: str) -> str:
    """Names compared as a person would: case, spacing and Unicode form do not count."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def unit_name(draft: Draft, source: str) -> str:
    name = " ".join(draft.agency.issuing_body.split())
    if name:
        return unicodedata.normalize("NFC", name)
    if source.startswith(DB_PREFIX):
        return source
    return Path(source).stem


def _read_json(path: Path) -> Draft:
    from qcdc_desktop.model.json_form import draft_from_json

    return draft_from_json(path.read_text(encoding="utf-8-sig"))


def read_unit(source: str, *, db: Database | None = None) -> UnitReport:
    """One unit's report. Raises UnitReadError (Vietnamese message) on a bad source."""
    from qcdc_desktop.model.json_form import DraftFormatError

    if source.startswith(DB_PREFIX):
        if db is None:
            raise UnitReadError(f"“{source}”: cần cơ sở dữ liệu để đọc bản thảo đã lưu.")
        from qcdc_desktop.storage import StorageError, load_draft

        try:
            draft = load_draft(db, source[len(DB_PREFIX) :])
        except StorageError as exc:
            raise UnitReadError(f"“{source}”: {exc}") from exc
        return UnitReport(unit_name(draft, source), source, draft, ORIGIN_DB)
    path = Path(source)
    if not path.is_file():
        raise UnitReadError(f"Không tìm thấy tệp “{path.name}”.")
    suffix = path.suffix.lower()
    try:
        if suffix == ".json":
            draft = _read_json(path)
            return UnitReport(unit_name(draft, source), source, draft, ORIGIN_JSON)
        if suffix == ".docx":
            return _read_docx(path, source)
    except DraftFormatError as exc:
        raise UnitReadError(f"Tệp “{path.name}”: {exc}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise UnitReadError(unreadable_file_message(path.name, exc)) from exc
    raise UnitReadError(f"Tệp “{path.name}”: chỉ tổng hợp được tệp .docx và bản thảo .json.")


def _read_docx(path: Path, source: str) -> UnitReport:
    from qcdc_desktop.importing import DocxImportError, import_docx
    from qcdc_desktop.importing.embedded_draft import RESTORED_LINE

    try:
        result = import_docx(path)
    except DocxImportError as exc:
        raise UnitReadError(str(exc)) from exc
    origin = ORIGIN_EMBEDDED if result.summary == [RESTORED_LINE] else ORIGIN_WORD
    notes = [] if origin == ORIGIN_EMBEDDED else list(result.summary)
    return UnitReport(unit_name(result.draft, source), source, result.draft, origin, notes)


class UnitReadError(QcdcError):
    """A source that cannot be read; the message is one Vietnamese line."""


def iter_units(
    sources: Iterable[str], *, db: Database | None = None
) -> Iterator[UnitReport | UnreadableUnit]:
    """Each source read when it is reached; a bad one is reported and the rest go on."""
    for source in sources:
        try:
            yield read_unit(source, db=db)
        except UnitReadError as exc:
            yield UnreadableUnit(source, str(exc))
