"""Document properties that describe this document, not python-docx's template.

The template's core.xml says it was created in 2013 by python-docx, its app.xml names
"Microsoft Macintosh Word" and a Normal.dotm template, and it carries a blank
thumbnail that Windows Explorer shows as the file's preview.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from xml.sax.saxutils import escape

from qcdc_desktop.export.safe_text import safe
from qcdc_desktop.paths import APP_NAME as APPLICATION

_THUMBNAIL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"
_EXTENDED = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"
)


def _app_xml(company: str) -> bytes:
    # AppVersion is left out: Word reads it as its own version number ("XX.YYYY").
    return (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/'
        '2006/docPropsVTypes">'
        "<TotalTime>0</TotalTime>"
        f"<Application>{escape(APPLICATION)}</Application>"
        "<DocSecurity>0</DocSecurity>"
        "<ScaleCrop>false</ScaleCrop>"
        f"<Company>{escape(company)}</Company>"
        "<LinksUpToDate>false</LinksUpToDate>"
        "<SharedDoc>false</SharedDoc>"
        "<HyperlinksChanged>false</HyperlinksChanged>"
        "</Properties>"
    ).encode()


def set_package_properties(
    document: Any, *, title: str, author: str, now: dt.datetime | None = None
) -> None:
    """Core properties (title, author, dates now), app.xml, and no template thumbnail."""
    now = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    # core.xml stores W3CDTF in UTC; python-docx writes naive datetimes as such.
    naive = now.astimezone(dt.UTC).replace(tzinfo=None)
    author = " ".join(safe(author).split())[:255]
    props = document.core_properties
    props.title = " ".join(safe(title).split())[:255]
    props.author = author
    props.last_modified_by = author
    props.created = naive
    props.modified = naive
    props.revision = 1
    props.comments = ""
    props.keywords = ""
    props.subject = ""
    props.category = ""
    props.language = "vi-VN"

    package = document.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype == _THUMBNAIL:
            package.rels.pop(rid)
        elif rel.reltype == _EXTENDED and not rel.is_external:
            rel.target_part._blob = _app_xml(author)
