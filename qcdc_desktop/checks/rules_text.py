"""Placeholders left in text that will print: "...", "…", "xxx", "[...]", "___", "{name}".

Reference reports legitimately write "Quy chế chi tiêu nội bộ... phù hợp"; such text is
still reported, as a warning: only the user knows whether it is unfinished.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from qcdc_desktop.checks.context import CheckContext, nfc
from qcdc_desktop.checks.findings import STEP_BASIS, STEP_CLOSING, STEP_DOCUMENT, Finding
from qcdc_desktop.doctypes.figures import figure_groups

# Order matters: a bracketed "[...]" is reported as one mark, not as "[" plus "...".
PLACEHOLDER_PATTERNS: tuple[str, ...] = (
    # [...], […], []. One run of spaces before the dots and one after: two \s* side by
    # side (around an optional part) backtrack quadratically over "[" + 300 KB of spaces.
    r"\[\s*(?:(?:\.{2,}|…+)\s*)?\]",
    r"\.{3,}",  # ...
    r"…",  # the ellipsis character, as Word's autocorrect types it
    r"(?<!\w)[xX]{3,}(?!\w)",  # xxx, XXX as a word
    r"_{3,}",  # ___
    r"\{[^{}\n]{0,40}\}",  # a {placeholder} no template knows
)
PLACEHOLDER_RE = re.compile("|".join(f"(?:{p})" for p in PLACEHOLDER_PATTERNS))
# Fields the templates fill in (see render/document.py).
OPENING_FIELDS = frozenset({"basis", "agency", "period"})
CLOSING_FIELDS = frozenset({"summary", "agency", "recipient"})
FIGURE_FIELDS = frozenset({"period_from", "period_to", "agency"})
# Characters of context shown on each side of the first mark found.
CONTEXT_CHARS = 30


_FIELD = re.compile(r"\{(\w+)\}")


def blank_fields(template: str, names: set[str] | frozenset[str]) -> str:
    """The template with its known {fields} removed: what is left was typed by the user."""
    return _FIELD.sub(lambda m: "" if m.group(1) in names else m.group(0), template)


def find_placeholders(text: str) -> list[re.Match[str]]:
    return list(PLACEHOLDER_RE.finditer(nfc(text)))


def _excerpt(text: str, match: re.Match[str]) -> str:
    start = max(0, match.start() - CONTEXT_CHARS)
    end = min(len(text), match.end() + CONTEXT_CHARS)
    piece = " ".join(text[start:end].split())
    return ("…" if start > 0 else "") + piece + ("…" if end < len(text) else "")


@dataclass
class PrintedText:
    where: str  # "Trích yếu", "Phần II.1 “…”, đoạn 2"
    text: str
    step: str
    part_id: str = ""
    field: str = ""


def _document_texts(ctx: CheckContext) -> Iterator[PrintedText]:
    draft = ctx.draft
    yield PrintedText("Số văn bản", draft.number, STEP_DOCUMENT, field="number")
    yield PrintedText("Trích yếu", draft.summary, STEP_DOCUMENT, field="summary")
    for line in draft.addressees:
        yield PrintedText("Kính gửi", line, STEP_DOCUMENT, field="addressees")


def _basis_texts(ctx: CheckContext) -> Iterator[PrintedText]:
    agency = ctx.draft.agency
    for name, label in (
        ("parent_body", "Cơ quan chủ quản"),
        ("issuing_body", "Cơ quan ban hành"),
        ("place", "Địa danh"),
    ):
        yield PrintedText(label, getattr(agency, name), STEP_BASIS, field=f"agency.{name}")
    for index, doc in enumerate(ctx.draft.basis):
        for name in ("kind", "number", "date", "issuer", "subject"):
            yield PrintedText(
                f"Văn bản căn cứ thứ {index + 1}",
                getattr(doc, name),
                STEP_BASIS,
                field=f"basis.{index}.{name}",
            )
    # Known fields are filled with nothing: only what the user typed is judged here.
    opening = blank_fields(ctx.draft.opening, OPENING_FIELDS)
    yield PrintedText("Câu mở đầu", opening, STEP_BASIS, field="opening")


def _outline_texts(ctx: CheckContext) -> Iterator[PrintedText]:
    groups = figure_groups()
    for part in ctx.parts:
        name = ctx.part_name(part)
        step = ctx.steps.get(part.id, "")
        yield PrintedText(f"{name}, đề mục", part.title, step, part.id, "title")
        for index, block in enumerate(part.blocks):
            where = f"{name}, đoạn {index + 1}"
            yield PrintedText(where, block.text, step, part.id, f"block.{index}")
            group = groups.get(block.group) if block.kind == "figures" else None
            values = ctx.draft.figures.get(block.group) if group else None
            if group is None or values is None or not values.sentence.strip():
                continue
            known = {f.id for f in group.figures} | FIGURE_FIELDS
            sentence = blank_fields(values.sentence, known)
            yield PrintedText(
                f"{name}, mẫu câu số liệu", sentence, step, part.id, f"figures.{group.id}.sentence"
            )


def _closing_texts(ctx: CheckContext) -> Iterator[PrintedText]:
    draft = ctx.draft
    closing = blank_fields(draft.closing, CLOSING_FIELDS)
    yield PrintedText("Câu kết thúc", closing, STEP_CLOSING, field="closing")
    yield PrintedText("Nơi nhận báo cáo", draft.report_to, STEP_CLOSING, field="report_to")
    for line in draft.recipients:
        yield PrintedText("Nơi nhận", line, STEP_CLOSING, field="recipients")
    signer = draft.signer
    for name, label in (
        ("head_title", "Chức danh người đứng đầu"),
        ("signer_title", "Chức danh người ký"),
        ("name", "Họ tên người ký"),
    ):
        yield PrintedText(label, getattr(signer, name), STEP_CLOSING, field=f"signer.{name}")


def check_placeholders(ctx: CheckContext) -> list[Finding]:
    out = []
    for source in (_document_texts, _basis_texts, _outline_texts, _closing_texts):
        for printed in source(ctx):
            text = nfc(printed.text)
            found = find_placeholders(text)
            if not found:
                continue
            marks = ", ".join(f"“{m}”" for m in dict.fromkeys(m.group(0) for m in found))
            out.append(
                Finding(
                    "warning",
                    "text.placeholder",
                    f"{printed.where} còn dấu chưa điền {marks}: “{_excerpt(text, found[0])}”. "
                    "Hãy điền nội dung hoặc xóa dấu này nếu không cần.",
                    printed.step,
                    part_id=printed.part_id,
                    field=printed.field,
                )
            )
    return out


RULES = (check_placeholders,)
