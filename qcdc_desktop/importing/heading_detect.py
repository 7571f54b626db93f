"""Tell headings from body text, by numbering and formatting together.

A paragraph is a heading when its number ("I.", "2.", "2.1.", "a)") is set apart by
formatting (bold, a Heading style, italic for letters) or, for plain text, when it
is short and reads like a title. Word auto-numbering (numPr) is invisible to the
reader, so a numbered list paragraph counts when it is bold or has a heading style.
No list of expected titles is used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qcdc_desktop.importing.labels import import_labels, label_key
from qcdc_desktop.importing.source_document import SourcePara
from qcdc_desktop.render.numbering import VIETNAMESE_LETTERS

_ROMAN = re.compile(r"^(?P<num>[IVXL]{1,6})\s*[.)/-]\s*(?P<rest>\S.*)?$")
_DECIMAL = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2})+)\.?(?=\s|[^\d.\s])\s*(?P<rest>\S.*)?$")
_ARABIC = re.compile(r"^(?P<num>\d{1,2})\s*[.)](?!\d)\s*(?P<rest>\S.*)?$")
_LETTERS = "|".join(sorted(VIETNAMESE_LETTERS, key=len, reverse=True))
_ALPHA = re.compile(rf"^(?P<num>(?:{_LETTERS}))\)\s*(?P<rest>\S.*)?$")

# Plain-text headings are short and do not end like a sentence or list item.
MAX_TITLE = 160


@dataclass(frozen=True)
class Heading:
    """A recognised heading.

    style: "roman", "arabic", "decimal", "alpha" (typed numbers), "style" (a Heading N
    style with no typed number) or "auto" (Word auto-numbering with no typed number).
    depth: the number of components of a decimal number or the style/list level.
    rest: text after a run-in heading in the same paragraph ("" for a plain heading).
    """

    style: str
    number: str
    title: str
    rest: str = ""
    depth: int = 1
    numbered: bool = True

    @property
    def run_in(self) -> bool:
        return bool(self.rest)

    @property
    def style_key(self) -> str:
        return (
            f"{self.style}:{self.depth}"
            if self.style in ("decimal", "style", "auto")
            else (self.style)
        )


def number_match(text: str) -> tuple[str, str, str, int] | None:
    """(style, number, text after it, depth) for a typed outline number."""
    for style, pattern in (("decimal", _DECIMAL), ("roman", _ROMAN), ("arabic", _ARABIC)):
        m = pattern.match(text)
        if m:
            depth = m.group("num").count(".") + 1 if style == "decimal" else 1
            return style, m.group("num"), (m.group("rest") or "").strip(), depth
    m = _ALPHA.match(text)
    if m:
        return "alpha", m.group("num"), (m.group("rest") or "").strip(), 1
    return None


def _looks_like_title(title: str) -> bool:
    title = title.strip()
    if not title or len(title) > MAX_TITLE:
        return False
    if title.endswith((";", ",")):
        return False
    # A title does not end with a full stop (an ellipsis or "v.v." is unusual too).
    return not (title.endswith(".") and not title.endswith(":"))


def _split_emphasis(text_after: str, emphasised_after: str) -> tuple[str, str]:
    """Split "Title: body" where the emphasised run covers "Title:" (title, rest)."""
    title = emphasised_after.strip()
    rest = text_after[len(emphasised_after) :].strip() if emphasised_after else text_after
    return title.rstrip(":").strip(), rest


def _strip_number(lead: str, number: str) -> str:
    """The emphasised text that follows the number in the lead."""
    m = re.match(rf"^{re.escape(number)}\s*[.)]?\s*", lead)
    return lead[m.end() :] if m else ""


def classify(para: SourcePara) -> Heading | None:
    """The heading this paragraph is, or None for body text."""
    text = para.text.strip()
    if not text:
        return None
    match = number_match(text)
    styled = para.style_level is not None and para.style_level <= 6
    if match is None:
        if styled and _looks_like_title(text):
            return Heading(
                "style",
                "",
                text.rstrip(":").strip(),
                depth=para.style_level or 1,
                numbered=para.numbered,
            )
        if para.numbered and para.all_bold and _looks_like_title(text):
            return Heading("auto", "", text.rstrip(":").strip(), depth=para.num_level + 1)
        return None
    style, number, after, depth = match
    if not after and style != "roman":
        return Heading(style, number, "", depth=depth) if para.all_bold or styled else None
    emphasis = para.bold_lead
    if style == "alpha" and len(para.italic_lead) > len(emphasis):
        emphasis = para.italic_lead
    number_emphasised = bool(emphasis) and emphasis.startswith(number)
    if number_emphasised and not para.all_bold:
        # The bold lead says where the heading ends, in a heading style or not.
        lead_after = _strip_number(emphasis, number)
        if not lead_after.strip():
            # Only the number is bold: "**2.** Thực hiện công khai ..." is a numbered part
            # whose text starts at once; it has no title of its own.
            return Heading(style, number, "", rest=after, depth=depth)
        title, rest = _split_emphasis(after, lead_after)
        if rest:
            return Heading(style, number, title, rest=rest, depth=depth)
        return Heading(style, number, title, depth=depth)
    label_before_colon = after.partition(": ")[0] if ": " in after else ""
    if styled and not _looks_like_title(after) and not 0 < len(label_before_colon) <= MAX_RUN_IN:
        # A sentence set in a heading style ("2. Thực hiện công khai … ."): a numbered
        # part whose text starts at once.
        return Heading(style, number, "", rest=after, depth=depth)
    if para.all_bold or styled or (style == "alpha" and para.all_italic):
        return _whole_heading(style, number, after, depth)
    # Plain text: Roman numerals are headings in any case; other numbers only when
    # the line is short and reads like a title (numbered task lists are sentences).
    if style == "roman" and len(after) <= MAX_TITLE:
        return _whole_heading(style, number, after, depth)
    if _looks_like_title(after) and (style != "arabic" or len(after) <= 120):
        return _whole_heading(style, number, after, depth)
    return _plain_run_in(style, number, after, depth)


def _plain_run_in(style: str, number: str, after: str, depth: int) -> Heading | None:
    """ "1. Trách nhiệm của người đứng đầu: Giám đốc Sở …" typed without bold (plain
    text, PDF): a short label before the colon and a sentence after it."""
    title, colon, rest = after.partition(": ")
    title, rest = title.strip(), rest.strip()
    if not colon or not rest or len(title) > MAX_RUN_IN or not 2 <= len(title.split()) <= 15:
        return None
    if any(c.isdigit() for c in title) or title.endswith((".", ";", ",")):
        return None
    return Heading(style, number, title, rest=rest, depth=depth)


def _whole_heading(style: str, number: str, after: str, depth: int) -> Heading:
    """A heading paragraph; a trailing "Title: text" in it is a run-in heading."""
    if ": " in after and not after.rstrip().endswith(":"):
        # "ISO 9001:2015" is no run-in label: the colon of one is followed by a space.
        title, _, rest = after.partition(": ")
        if len(title) <= MAX_TITLE and rest.strip():
            return Heading(style, number, title.strip(), rest=rest.strip(), depth=depth)
    return Heading(style, number, after.rstrip(":").strip(), depth=depth)


# A run-in label is a short phrase, not a sentence: a few words before the colon.
MAX_RUN_IN = 100
_NOT_RUN_IN = ("kính gửi", "nơi nhận", "căn cứ", "thực hiện")


def run_in_label(para: SourcePara) -> Heading | None:
    """ "Công tác tuyên truyền: …" with the label in bold, or a known label: an
    unnumbered part whose text starts after the colon."""
    text = para.text.strip()
    label, colon, rest = text.partition(": ")
    label, rest = label.strip(), rest.strip()
    if not colon or not rest or not label or len(label) > MAX_RUN_IN:
        return None
    if text.startswith(("-", "+", "–", "•")) or label.lower().startswith(_NOT_RUN_IN):
        return None
    words = label.split()
    if not 2 <= len(words) <= 15 or not label[:1].isupper() or any(c.isdigit() for c in label):
        return None
    lead = para.bold_lead.strip().rstrip(":").strip()
    bold = bool(lead) and lead == label and not para.all_bold
    if not bold and label_key(label) not in import_labels().run_in:
        return None
    return Heading("run_in", "", label, rest=rest, numbered=False)
