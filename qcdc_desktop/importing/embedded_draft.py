"""Read the draft a DOCX exported by this program carries (export/embedded_draft.py).

- The printed text still hashes to the stored hash: the draft is restored exactly,
  without reading the text at all.
- The hash differs (the file was edited in Word after export): the text is read as
  for any Word file, and the stored figures are kept only for the figure groups whose
  sentence, as the stored draft prints it, is still in the document word for word.
"""

from __future__ import annotations

import copy
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qcdc_desktop.export.embedded_draft import NAMESPACE, NAMESPACE_PREFIX
from qcdc_desktop.export.printed_text import HASH_METHOD, printed_text, text_hash
from qcdc_desktop.model.draft import Draft, new_id
from qcdc_desktop.model.json_form import DraftFormatError, copy_draft, draft_from_json

if TYPE_CHECKING:
    from qcdc_desktop.importing.docx_import import ImportResult

_ITEM = re.compile(r"^customXml/item\d+\.xml$")
# A draft of a long report is a few hundred kB; anything far larger is not ours.
MAX_PART_BYTES = 20 * 1024 * 1024

RESTORED_LINE = "Tệp do QCDC Desktop xuất và chưa bị sửa: đã khôi phục nguyên bản thảo."
EDITED_LINE = (
    "Tệp do QCDC Desktop xuất nhưng nội dung đã bị sửa sau khi xuất; "
    "đã đọc lại văn bản như mọi tệp Word."
)
UNKNOWN_TYPE_LINE = (
    "Tệp mang bản thảo loại “{type_id}” mà chương trình này không có; "
    "đã đọc văn bản như mọi tệp Word."
)
NEWER_LINE = (
    "Tệp mang bản thảo của phiên bản mới hơn của chương trình; đã đọc văn bản như mọi tệp Word."
)


@dataclass
class EmbeddedDraft:
    draft: Draft
    stored_hash: str
    printed: str  # the printed text of the file as it is now

    @property
    def intact(self) -> bool:
        return self.stored_hash == text_hash(self.printed)


class NewerEmbeddedDraft(Exception):
    """The part was written by a newer format version."""


def _parse_xml(data: bytes) -> Any:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    return etree.fromstring(data, parser)


def _find_part(archive: zipfile.ZipFile) -> tuple[str, str] | None:
    """(stored hash, draft JSON) of the first custom XML part that is ours."""
    for info in archive.infolist():
        if not _ITEM.match(info.filename) or info.file_size > MAX_PART_BYTES:
            continue
        try:
            root = _parse_xml(archive.read(info))
        except Exception:  # another program's broken part is not our concern
            continue
        tag = str(root.tag)
        if not tag.startswith("{" + NAMESPACE_PREFIX):
            continue
        if not tag.startswith("{" + NAMESPACE + "}"):
            raise NewerEmbeddedDraft(tag)
        if root.get("hash-method") != HASH_METHOD:
            raise NewerEmbeddedDraft(root.get("hash-method") or "")
        payload = root.find(f"{{{NAMESPACE}}}json")
        if payload is None or not payload.text:
            continue
        return root.get("text-hash") or "", payload.text
    return None


def _document_part_name(archive: zipfile.ZipFile) -> str:
    """The main document part named by the package relationships (word/document.xml)."""
    try:
        rels = _parse_xml(archive.read("_rels/.rels"))
    except Exception:
        return "word/document.xml"
    for rel in rels:
        if str(rel.get("Type", "")).endswith("/officeDocument"):
            return str(rel.get("Target", "word/document.xml")).lstrip("/")
    return "word/document.xml"


def read_embedded_draft(path: str | Path) -> EmbeddedDraft | None:
    """The draft the file carries, or None (not ours, unreadable, or a newer version).

    Raises NewerEmbeddedDraft when the part is of a newer version, so the caller can
    say so; never raises for a file that simply carries no draft.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            found = _find_part(archive)
            if found is None:
                return None
            name = _document_part_name(archive)
            info = archive.getinfo(name)
            if info.file_size > MAX_PART_BYTES:
                return None
            document = _parse_xml(archive.read(info))
    except NewerEmbeddedDraft:
        raise
    except Exception:  # a damaged package (bad zip, unsupported compression, broken XML):
        return None  # the ordinary import reads what it can and names the problem
    body = document.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}body")
    if body is None:
        return None
    stored_hash, payload = found
    try:
        draft = draft_from_json(payload)
    except DraftFormatError as exc:
        if "mới hơn" in str(exc):
            raise NewerEmbeddedDraft(str(exc)) from exc
        return None
    return EmbeddedDraft(draft=draft, stored_hash=stored_hash, printed=printed_text(body))


def import_with_embedded_draft(path: str | Path, type_hint: str | None) -> ImportResult | None:
    """The import of a file this program exported; None for any other file."""
    from qcdc_desktop.doctypes import doc_types
    from qcdc_desktop.importing.docx_import import ImportResult, import_docx

    try:
        embedded = read_embedded_draft(path)
    except NewerEmbeddedDraft:
        result = import_docx(path, type_hint=type_hint, embedded=False)
        result.summary.insert(0, NEWER_LINE)
        return result
    if embedded is None:
        return None
    if embedded.draft.doc_type not in doc_types():
        # A type this installation does not have (another office's own): read the text.
        result = import_docx(path, type_hint=type_hint, embedded=False)
        result.summary.insert(0, UNKNOWN_TYPE_LINE.format(type_id=embedded.draft.doc_type))
        return result
    if embedded.intact:
        draft = copy_draft(embedded.draft)
        # A new id: saving the restored draft must never overwrite the one it came from.
        draft.id = new_id()
        return ImportResult(draft=draft, summary=[RESTORED_LINE])
    result = import_docx(path, type_hint=type_hint, embedded=False)
    result.summary.insert(0, EDITED_LINE)
    result.summary.extend(keep_shown_figures(embedded, result.draft))
    return result


def keep_shown_figures(embedded: EmbeddedDraft, target: Draft) -> list[str]:
    """Copy the stored figures of every group whose printed sentence is still in the text.

    Returns one summary line per group with stored figures.
    """
    from qcdc_desktop.doctypes.figures import figure_groups
    from qcdc_desktop.render.document import figure_sentence

    groups = figure_groups()
    source = embedded.draft
    lines: list[str] = []
    printed = " ".join(embedded.printed.split())
    in_text = {b.group for part in source.all_parts() for b in part.blocks if b.kind == "figures"}
    for gid, values in source.figures.items():
        group = groups.get(gid)
        if group is None or not any(v is not None for v in values.values.values()):
            continue
        if gid not in in_text:
            lines.append(f"Số liệu “{group.title}”: không in trong văn bản nên không lấy.")
            continue
        sentence = " ".join(figure_sentence(group, source).split())
        if sentence and sentence in printed:
            target.figures[gid] = copy.deepcopy(values)
            lines.append(f"Số liệu “{group.title}”: giữ nguyên số liệu của bản thảo khi xuất.")
        else:
            lines.append(
                f"Số liệu “{group.title}”: câu số liệu đã bị sửa, số liệu lấy theo văn bản "
                "(hãy kiểm tra lại)."
            )
    return lines
