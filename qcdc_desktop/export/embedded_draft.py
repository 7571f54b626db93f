"""Every exported DOCX carries its draft: a custom XML part (docs/draft-format.md).

The part is customXml/itemN.xml, related from the main document part, with its
itemProps part (a data store id, as Word writes for its own custom XML), so Word and
LibreOffice keep it when the file is saved again. It holds the draft's JSON and the
hash of the printed text (export/printed_text.py); importing the file restores the
draft exactly while the hash still matches (importing/embedded_draft.py).
"""

from __future__ import annotations

import json
import uuid
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from qcdc_desktop.export.printed_text import HASH_METHOD, printed_text, text_hash
from qcdc_desktop.model.draft import Draft
from qcdc_desktop.model.json_form import draft_to_dict

# The namespace carries the part's version: a reader refuses versions it does not know.
PART_VERSION = 1
NAMESPACE = f"urn:qcdc-desktop:embedded-draft:{PART_VERSION}"
NAMESPACE_PREFIX = "urn:qcdc-desktop:embedded-draft:"

CT_CUSTOM_XML = "application/xml"
CT_ITEM_PROPS = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"
RT_CUSTOM_XML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml"
RT_ITEM_PROPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps"
DS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml"


def part_xml(draft: Draft, body_hash: str) -> bytes:
    """The custom XML part. The JSON is ASCII-escaped, so any text is valid inside XML."""
    payload = json.dumps(draft_to_dict(draft), ensure_ascii=True, separators=(",", ":"))
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<draft xmlns="{NAMESPACE}" version="{PART_VERSION}" '
        f"hash-method={quoteattr(HASH_METHOD)} text-hash={quoteattr(body_hash)}>"
        f"<json>{escape(payload)}</json></draft>"
    ).encode()


def _item_props_xml(store_id: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
        f'<ds:datastoreItem ds:itemID="{{{store_id}}}" xmlns:ds="{DS_NS}">'
        f'<ds:schemaRefs><ds:schemaRef ds:uri="{NAMESPACE}"/></ds:schemaRefs>'
        "</ds:datastoreItem>"
    ).encode()


def _free_item_number(package: Any) -> int:
    used = {str(part.partname) for part in package.iter_parts()}
    n = 1
    while f"/customXml/item{n}.xml" in used:
        n += 1
    return n


def embed_draft(document: Any, draft: Draft) -> None:
    """Attach the draft to a python-docx Document just before it is saved.

    The hash is taken from the body as it stands now, so call this after the body is
    complete.
    """
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    main = document.part
    package = main.package
    n = _free_item_number(package)
    body_hash = text_hash(printed_text(document.element.body))
    item = Part(PackURI(f"/customXml/item{n}.xml"), CT_CUSTOM_XML, part_xml(draft, body_hash))
    props = Part(
        PackURI(f"/customXml/itemProps{n}.xml"),
        CT_ITEM_PROPS,
        _item_props_xml(str(uuid.uuid4()).upper()),
    )
    item.relate_to(props, RT_ITEM_PROPS)
    main.relate_to(item, RT_CUSTOM_XML)
