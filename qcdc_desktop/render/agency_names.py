"""The ways a report names its own agency: in full, by its initials, by its symbol."""

from __future__ import annotations

import re
import unicodedata

from qcdc_desktop.model.draft import Agency

# Words left out of initials ("Sở Thông tin và Truyền thông" -> "Sở TTTT").
_SMALL_WORDS = frozenset({"và", "của", "các"})


def _initial(word: str) -> str:
    base = unicodedata.normalize("NFD", word)[:1]
    return "Đ" if word[:1] in "Đđ" else base.upper()


def initials_name(name: str) -> str:
    """ "Sở Văn hóa, Thể thao và Du lịch" -> "Sở VHTTDL"."""
    words = re.findall(r"\w+", name)
    if len(words) < 3:
        return ""
    rest = [w for w in words[1:] if w.casefold() not in _SMALL_WORDS]
    return f"{words[0]} " + "".join(_initial(w) for w in rest)


def agency_names(agency: Agency) -> list[str]:
    names = [agency.issuing_body.strip(), initials_name(agency.issuing_body.strip())]
    names.append(agency.abbreviation.strip())
    return [n for n in dict.fromkeys(names) if len(n) >= 3]


def names_agency(text: str, agency: Agency) -> bool:
    """Whether `text` already names the agency (so a sentence need not repeat it)."""
    folded = unicodedata.normalize("NFC", text).casefold()
    for name in agency_names(agency):
        pattern = r"(?<!\w)" + re.escape(unicodedata.normalize("NFC", name).casefold()) + r"(?!\w)"
        if re.search(pattern, folded):
            return True
    return False
