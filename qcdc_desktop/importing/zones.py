"""Cut a read document into its zones: header, title block, body, recipients/signature.

The cut is made on what the zones contain ("Số:", BÁO CÁO, "Nơi nhận:") rather than
on positions, so a header typed as paragraphs or a signature without a table works.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from qcdc_desktop.importing.header_parse import (
    HeaderLine,
    is_motto,
    is_rule,
    parse_date_line,
    parse_number_line,
)
from qcdc_desktop.importing.heading_detect import classify
from qcdc_desktop.importing.signature_parse import is_recipients_heading
from qcdc_desktop.importing.source_document import Item, SourceDocument, SourcePara, SourceTable
from qcdc_desktop.importing.table_blocks import is_layout_table
from qcdc_desktop.importing.text_in import clean, to_unicode
from qcdc_desktop.importing.title_parse import split_title

# How far into the document the title block is looked for.
TITLE_SEARCH = 40
_COLUMN_GAP = re.compile(r"\t+|\n|[ \u00a0]{3,}")


@dataclass
class Zones:
    header: list[HeaderLine] = field(default_factory=list)
    title: str = ""
    summary: str = ""
    body: list[SourcePara] = field(default_factory=list)
    sign_left: list[str] = field(default_factory=list)
    sign_right: list[str] = field(default_factory=list)
    sign_found: bool = False
    page_header: list[HeaderLine] = field(default_factory=list)  # from the header part


def _incomplete(text: str) -> bool:
    """A number or date line cut by the blank room left for the records clerk."""
    if re.match(r"^S[ốô]\s*:?", text, re.IGNORECASE) and not parse_number_line(text):
        return True
    return "ngày" in text.lower() and not parse_date_line(text) and len(text) < 60


def split_lines(para: SourcePara, encoding: str | None) -> list[HeaderLine]:
    """A paragraph cut at tabs, manual breaks and wide spaces (two columns typed by hand)."""
    chars: list[tuple[str, bool]] = []
    for run in para.runs:
        chars.extend((c, run.bold) for c in run.text)
    raw = "".join(c for c, _ in chars)
    pieces: list[tuple[str, bool]] = []
    pos = 0
    for m in [*_COLUMN_GAP.finditer(raw), None]:
        end = m.start() if m else len(raw)
        piece = chars[pos:end]
        text = clean(to_unicode("".join(c for c, _ in piece), encoding))
        if text:
            pieces.append((text, all(b for c, b in piece if not c.isspace())))
        if m:
            pos = m.end()
    lines: list[HeaderLine] = []
    for text, bold in pieces:
        if lines and _incomplete(lines[-1].text) and "\n" not in raw:
            lines[-1] = HeaderLine(f"{lines[-1].text} {text}", lines[-1].bold and bold)
        else:
            lines.append(HeaderLine(text, bold))
    return lines


def _table_lines(table: SourceTable, encoding: str | None) -> list[list[str]]:
    return [
        [line.text for p in column for line in split_lines(p, encoding)]
        for column in table.column_paragraphs()
    ]


def _is_header_like(para: SourcePara) -> bool:
    text = para.text
    if not text:
        return True
    if is_motto(text) or is_rule(text) or parse_number_line(text) or parse_date_line(text):
        return True
    if "\t" in para.raw and any(is_motto(p) for p in re.split(r"\t+", para.raw)):
        return True
    letters = [c for c in text if c.isalpha()]
    return len(text) <= 120 and bool(letters) and all(c.isupper() for c in letters)


def _find_title(items: list[Item]) -> int | None:
    for i, item in enumerate(items[:TITLE_SEARCH]):
        if isinstance(item, SourcePara) and item.text and split_title(item.text):
            if classify(item) is None:
                return i
    return None


def _summary_after(items: list[Item], start: int) -> tuple[str, int]:
    """The summary line(s) after the title; returns (text, index of the next item)."""
    parts: list[str] = []
    i = start
    while i < len(items):
        item = items[i]
        if not isinstance(item, SourcePara):
            break
        text = item.text
        if not text or is_rule(text):
            i += 1
            if parts:
                break
            continue
        if text.lower().startswith("kính gửi") or classify(item) is not None:
            break
        if not (item.all_bold or item.centered) or len(parts) >= 3:
            # A plain summary line right under the title is still the summary when it
            # reads like one: short, not the opening sentence, not a list of tasks.
            if parts or not _plain_summary(text):
                break
        parts.append(text)
        i += 1
    return " ".join(parts), i


def _plain_summary(text: str) -> bool:
    return len(text) <= 250 and not text.endswith((":", "./.", ";")) and not text.startswith("-")


def _header_end_without_title(items: list[Item]) -> int:
    i = 0
    while i < len(items):
        item = items[i]
        if isinstance(item, SourceTable):
            texts = [p.text for p in item.paragraphs()]
            if i == 0 or any(parse_number_line(t) or is_motto(t) for t in texts):
                i += 1
                continue
            break
        if not _is_header_like(item) or classify(item) is not None:
            break
        i += 1
    return i


def _tail_start(items: list[Item]) -> int | None:
    for i in range(len(items) - 1, -1, -1):
        item = items[i]
        paras = item.paragraphs() if isinstance(item, SourceTable) else [item]
        if any(is_recipients_heading(p.text) for p in paras):
            return i
    # A signature with no recipients: a last table, or short capital lines at the end.
    if items and isinstance(items[-1], SourceTable):
        return len(items) - 1
    i = len(items)
    while i > 0:
        item = items[i - 1]
        if not isinstance(item, SourcePara):
            break
        text = item.text
        if text and (len(text) > 60 or text.endswith("/.") or classify(item) is not None):
            break
        i -= 1
    tail = [p for p in items[i:] if isinstance(p, SourcePara) and p.text]
    if tail and tail[0].text.isupper():
        return i
    return None


def _sign_lines(items: list[Item], encoding: str | None, zones: Zones) -> None:
    for item in items:
        if isinstance(item, SourceTable):
            columns = _table_lines(item, encoding)
            if not columns:
                continue
            left = [c for c in columns if any(is_recipients_heading(t) for t in c)]
            if left:
                zones.sign_left.extend(left[0])
                for column in columns:
                    if column is not left[0]:
                        zones.sign_right.extend(column)
            else:
                for column in columns:
                    zones.sign_right.extend(column)
            continue
        pieces = split_lines(item, encoding)
        for n, line in enumerate(pieces):
            text = line.text
            if n == 0 and (is_recipients_heading(text) or text.startswith(("-", "–"))):
                zones.sign_left.append(text)
            elif is_recipients_heading(text):
                zones.sign_left.append(text)
            else:
                zones.sign_right.append(text)


def cut_zones(source: SourceDocument) -> Zones:
    items = source.items
    zones = Zones()
    title_at = _find_title(items)
    if title_at is not None:
        head_items = items[:title_at]
        title_para = items[title_at]
        assert isinstance(title_para, SourcePara)
        title, rest = split_title(title_para.text) or ("", "")
        zones.title = title
        if rest:
            zones.summary, body_start = rest, title_at + 1
        else:
            zones.summary, body_start = _summary_after(items, title_at + 1)
    else:
        body_start = _header_end_without_title(items)
        head_items = items[:body_start]
    for item in head_items:
        if isinstance(item, SourceTable):
            for column in item.column_paragraphs():
                for p in column:
                    zones.header.extend(split_lines(p, source.encoding))
        else:
            zones.header.extend(split_lines(item, source.encoding))
    tail_at = _tail_start(items)
    if tail_at is None or tail_at < body_start:
        tail_at = len(items)
    else:
        zones.sign_found = True
        _sign_lines(items[tail_at:], source.encoding, zones)
    for item in items[body_start:tail_at]:
        if isinstance(item, SourceTable):
            if is_layout_table(item):
                zones.body.extend(item.paragraphs())
            else:
                zones.body.append(SourcePara(runs=[], table=item))
        else:
            zones.body.append(item)
    for item in source.page_header:
        paras = item.paragraphs() if isinstance(item, SourceTable) else [item]
        for p in paras:
            zones.page_header.extend(split_lines(p, source.encoding))
    return zones
