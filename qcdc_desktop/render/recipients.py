"""The "Nơi nhận" lines: "- Như trên;" first when the document has "Kính gửi"."""

from __future__ import annotations

import re

from qcdc_desktop.model.draft import Draft

AS_ABOVE = "Như trên"
_AS_ABOVE = re.compile(r"^\W*như\s+trên\W*$", re.IGNORECASE)


def recipient_lines(draft: Draft) -> list[str]:
    """["Sở Nội vụ", "Lưu: VT"] -> ["- Như trên;", "- Sở Nội vụ;", "- Lưu: VT."] with addressees.

    Decree 30: when "Kính gửi" names the addressees, "Nơi nhận" begins with "Như trên"
    instead of repeating them; one the user typed already is moved first, not doubled.
    """
    from qcdc_desktop.render.document import list_lines

    items = list(draft.recipients)
    if any(a.strip(" -;.") for a in draft.addressees):
        items = [AS_ABOVE, *(i for i in items if not _AS_ABOVE.match(i.strip()))]
    return list_lines(items)
