"""Figures found in the text of an imported report, filled in only when certain.

Two levels of certainty:
- a paragraph that ends with a figure group's own sentence (resources/figures.toml),
  re-rendered to exactly the same words, becomes that group's figures block;
- otherwise a figure whose label phrase from the same sentence template appears once,
  right before its number ("tiếp nhận 36 hồ sơ"), gets its value while the paragraph
  stays as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from qcdc_desktop.doctypes.figures import FigureGroupDef, figure_groups
from qcdc_desktop.model.draft import Block, Draft, FigureValues, Part
from qcdc_desktop.render.document import figure_sentence
from qcdc_desktop.render.numbers import parse_number

NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_DATE = r"\d{1,2}/\d{1,2}/\d{4}"
_PLACEHOLDER = re.compile(r"\{(\w+)\}")

# Other ways offices word a few figures; the group's own sentence is tried first.
EXTRA_PHRASES: dict[str, dict[str, tuple[str, ...]]] = {
    "tthc": {
        "received": (r"tiếp nhận\s*:?\s*({n})\s*hồ sơ",),
        "in_progress": (r"còn tồn\s*:?\s*({n})\s*hồ sơ", r"đang giải quyết\s*:?\s*({n})\s*hồ sơ"),
    },
    "staff": {
        "total": (r"Tổng số cán bộ[^:]{0,80}:\s*({n})\s*người",),
        "cong_chuc": (r"biên chế công chức\s*:\s*({n})\b",),
        "vien_chuc": (r"sự nghiệp công lập\s*:\s*({n})\b", r"\bviên chức\s*:\s*({n})\b"),
        "hd111": (r"Nghị định (?:số )?111[^:]{0,30}:\s*({n})\b",),
        "hdld": (r"Luật Lao động\s*:\s*({n})\b", r"Bộ luật Lao động\s*:\s*({n})\b"),
    },
}


@dataclass
class FigureMatch:
    prefix: str
    values: dict[str, float | int]
    period_from: str = ""
    period_to: str = ""
    sentence: str = ""  # the wording matched, when it is not the group's own


@dataclass
class FiguresReport:
    blocks: list[str] = field(default_factory=list)  # group ids turned into blocks
    values: dict[str, list[str]] = field(default_factory=dict)  # group -> figure ids


@cache
def known_sentences(group_id: str) -> tuple[str, ...]:
    """The group's own sentence, then the wordings the shipped sample drafts use."""
    from qcdc_desktop.doctypes import doc_types
    from qcdc_desktop.doctypes.samples import sample_draft

    group = figure_groups().get(group_id)
    found = [group.sentence] if group and group.sentence else []
    for type_id in doc_types():
        try:
            values = sample_draft(type_id).figures.get(group_id)
        except (OSError, ValueError):  # a broken sample must not stop an import
            continue
        if values and values.sentence.strip() and values.sentence not in found:
            found.append(values.sentence)
    return tuple(found)


def _sentence_regex(sentence: str) -> re.Pattern[str]:
    out: list[str] = []
    seen: set[str] = set()
    pos = 0
    for m in _PLACEHOLDER.finditer(sentence):
        out.append(re.escape(sentence[pos : m.start()]))
        name = m.group(1)
        if name in seen:
            out.append(f"(?P={name})")
        else:
            seen.add(name)
            if name in ("period_from", "period_to"):
                out.append(f"(?P<{name}>{_DATE})")
            elif name == "agency":
                out.append(r"(?P<agency>.+?)")
            else:
                out.append(rf"(?P<{name}>{NUMBER}|\.\.\.)")
        pos = m.end()
    out.append(re.escape(sentence[pos:]))
    return re.compile(r"(?:^|(?<=\s))" + "".join(out) + r"$")


def match_sentence(group: FigureGroupDef, text: str, draft: Draft) -> FigureMatch | None:
    """A known sentence of the group at the end of `text`, if it renders back word for word."""
    for sentence in known_sentences(group.id):
        found = _match_one(group, sentence, text, draft)
        if found is not None:
            if sentence != group.sentence:
                found.sentence = sentence
            return found
    return None


def _match_one(group: FigureGroupDef, sentence: str, text: str, draft: Draft) -> FigureMatch | None:
    m = _sentence_regex(sentence).search(text)
    if not m:
        return None
    typed = {f.id for f in group.typed_figures}
    values: dict[str, float | int] = {}
    for fid in typed:
        raw = m.groupdict().get(fid)
        if raw is None or raw == "...":
            continue
        number = parse_number(raw)
        if number is None:
            return None
        values[fid] = number
    found = FigureMatch(
        prefix=text[: m.start()].strip(),
        values=values,
        period_from=m.groupdict().get("period_from") or "",
        period_to=m.groupdict().get("period_to") or "",
    )
    trial = Draft(
        doc_type=draft.doc_type,
        period=draft.period,
        date=draft.date,
        agency=draft.agency,
        figures={group.id: FigureValues(values=dict(values))},
    )
    if found.period_from:
        trial.period = type(draft.period)(
            kind=draft.period.kind,
            year=draft.period.year,
            start=found.period_from,
            end=found.period_to,
        )
    printed = text[m.start() :]
    rendered = (figure_sentence(group, trial, pad=p, template=sentence) for p in (True, False))
    if printed not in rendered:
        return None
    return found


def _phrases(group: FigureGroupDef) -> dict[str, list[re.Pattern[str]]]:
    """Label phrases taken from the group's sentence: the words right before {figure}."""
    out: dict[str, list[re.Pattern[str]]] = {}
    typed = {f.id for f in group.typed_figures}
    for m in _PLACEHOLDER.finditer(group.sentence):
        if m.group(1) not in typed:
            continue
        before = group.sentence[: m.start()]
        words = re.split(r"[,;(]", before)[-1].split()[-3:]
        after = group.sentence[m.end() :].split()
        unit = after[0].strip(",;.()") if after and after[0][:1].isalpha() else ""
        if len(" ".join(words)) < 6:
            continue
        pattern = r"\s+".join(re.escape(w) for w in words) + rf"\s*({NUMBER})"
        if unit:
            pattern += rf"\s+{re.escape(unit)}\b"
        out.setdefault(m.group(1), []).append(re.compile(pattern, re.IGNORECASE))
    for fid, extra in EXTRA_PHRASES.get(group.id, {}).items():
        if fid in typed:
            for p in extra:
                out.setdefault(fid, []).append(re.compile(p.replace("{n}", NUMBER), re.IGNORECASE))
    return out


def phrase_values(group: FigureGroupDef, texts: list[str]) -> dict[str, float | int]:
    """Figures named once, unambiguously, in the given paragraphs."""
    values: dict[str, float | int] = {}
    for fid, patterns in _phrases(group).items():
        found: set[float | int] = set()
        for text in texts:
            for pattern in patterns:
                for m in pattern.finditer(text):
                    number = parse_number(m.group(1))
                    if number is not None:
                        found.add(number)
        if len(found) == 1:
            values[fid] = found.pop()
    return values


def _para_blocks(draft: Draft) -> list[tuple[Part, int, Block]]:
    out = []
    for part in draft.all_parts():
        for i, block in enumerate(part.blocks):
            if block.kind == "para":
                out.append((part, i, block))
    return out


def extract_figures(draft: Draft) -> FiguresReport:
    """Fill `draft.figures` from the text; turn exact figure sentences into blocks."""
    report = FiguresReport()
    groups = figure_groups()
    period_taken = False
    for gid in list(draft.figures):
        group = groups.get(gid)
        if group is None:
            continue
        values = draft.figures[gid]
        for part, index, block in _para_blocks(draft):
            found = match_sentence(group, block.text, draft)
            if not found:
                continue
            dates = (found.period_from, found.period_to)
            if found.period_from and dates != (draft.period.start, draft.period.end):
                if period_taken:
                    continue  # another sentence already fixed the period: keep this as text
                draft.period.start, draft.period.end = dates
            period_taken = period_taken or bool(found.period_from)
            part.blocks[index] = Block(kind="figures", group=gid, text=found.prefix)
            values.values.update(found.values)
            if found.sentence:
                values.sentence = found.sentence
            report.blocks.append(gid)
            report.values[gid] = sorted(found.values)
            break
        if gid in report.blocks:
            continue
        found_values = phrase_values(group, [b.text for _, _, b in _para_blocks(draft)])
        if found_values:
            values.values.update(found_values)
            report.values[gid] = sorted(found_values)
    return report
