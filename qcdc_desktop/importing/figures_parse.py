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
from qcdc_desktop.importing.labels import import_labels
from qcdc_desktop.model.draft import Block, Draft, FigureValues, Part
from qcdc_desktop.render.document import figure_sentence
from qcdc_desktop.render.numbers import parse_number

NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_DATE = r"\d{1,2}/\d{1,2}/\d{4}"
_PLACEHOLDER = re.compile(r"\{(\w+)\}")

# Other ways offices word a few figures live in resources/import_labels.toml.
# A figure sentence is looked for at the end of a paragraph; only this many characters
# beyond the template's own length are searched, so matching stays linear.
_TAIL_SLACK = 400
_SEPARATOR = "\x00" * 200


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


@cache
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


@cache
def _fixed_words(sentence: str) -> str:
    """The longest piece of the sentence without a placeholder: a match must contain it."""
    pieces = _PLACEHOLDER.split(sentence)[::2]
    return max(pieces, key=len).strip() if pieces else ""


def _match_one(group: FigureGroupDef, sentence: str, text: str, draft: Draft) -> FigureMatch | None:
    if _fixed_words(sentence) not in text:
        return None
    start = max(0, len(text) - len(sentence) - _TAIL_SLACK)
    m = _sentence_regex(sentence).search(text, start)
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
    return _compiled_phrases(group.id, group.sentence, tuple(f.id for f in group.typed_figures))


@cache
def _compiled_phrases(
    group_id: str, sentence: str, typed_ids: tuple[str, ...]
) -> dict[str, list[re.Pattern[str]]]:
    """Label phrases taken from the group's sentence (the words right before {figure}),
    then the other wordings of resources/import_labels.toml; compiled once."""
    out: dict[str, list[re.Pattern[str]]] = {}
    typed = set(typed_ids)
    for m in _PLACEHOLDER.finditer(sentence):
        if m.group(1) not in typed:
            continue
        before = sentence[: m.start()]
        words = re.split(r"[,;(]", before)[-1].split()[-3:]
        after = sentence[m.end() :].split()
        unit = after[0].strip(",;.()") if after and after[0][:1].isalpha() else ""
        if len(" ".join(words)) < 6:
            continue
        pattern = r"\s+".join(re.escape(w) for w in words) + rf"\s*({NUMBER})"
        if unit:
            pattern += rf"\s+{re.escape(unit)}\b"
        out.setdefault(m.group(1), []).append(_lower_compile(pattern))
    for fid, extra in import_labels().figure_phrases.get(group_id, {}).items():
        if fid in typed:
            for p in extra:
                out.setdefault(fid, []).append(_lower_compile(p.replace("{n}", NUMBER)))
    return out


_UPPER_ESCAPE = re.compile(r"\\[A-Z]")


def _lower_compile(pattern: str) -> re.Pattern[str]:
    """A pattern for lower-cased text. Written in lower case it needs no IGNORECASE, which
    lets the engine skip ahead to its first word (many times faster on long text)."""
    if _UPPER_ESCAPE.search(pattern):  # \S, \D … would change meaning in lower case
        return re.compile(pattern, re.IGNORECASE)
    return re.compile(pattern.lower())


def phrase_values(group: FigureGroupDef, texts: list[str] | str) -> dict[str, float | int]:
    """Figures named once, unambiguously, in the given paragraphs.

    `texts` may be the paragraphs already joined by `join_for_phrases`."""
    values: dict[str, float | int] = {}
    lowered = texts if isinstance(texts, str) else join_for_phrases(texts)
    for fid, patterns in _phrases(group).items():
        found: set[float | int] = set()
        for pattern in patterns:
            for m in pattern.finditer(lowered):
                number = parse_number(m.group(1))
                if number is not None:
                    found.add(number)
        if len(found) == 1:
            values[fid] = found.pop()
    return values


def join_for_phrases(texts: list[str]) -> str:
    """All paragraphs in one lower-case string for one search per pattern. The separator
    is longer than any gap a pattern allows and matches none of its pieces, so no match
    spans two paragraphs."""
    return _SEPARATOR.join(texts).lower()


def _para_blocks(draft: Draft, kinds: tuple[str, ...] = ("para",)) -> list[tuple[Part, int, Block]]:
    out = []
    for part in draft.all_parts():
        for i, block in enumerate(part.blocks):
            if block.kind in kinds:
                out.append((part, i, block))
    return out


def extract_figures(draft: Draft) -> FiguresReport:
    """Fill `draft.figures` from the text; turn exact figure sentences into blocks."""
    report = FiguresReport()
    groups = figure_groups()
    period_taken = False
    joined: str | None = None  # the paragraphs joined for the phrase search, built once
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
            joined = None  # that paragraph is a figures block now
            values.values.update(found.values)
            if found.sentence:
                values.sentence = found.sentence
            report.blocks.append(gid)
            report.values[gid] = sorted(found.values)
            break
        if gid in report.blocks:
            continue
        # List items ("- tiếp nhận 36 hồ sơ") name figures the way paragraphs do.
        if joined is None:
            texts = [b.text for _, _, b in _para_blocks(draft, ("para", "item", "subitem"))]
            joined = join_for_phrases(texts)
        found_values = phrase_values(group, joined)
        if found_values:
            values.values.update(found_values)
            report.values[gid] = sorted(found_values)
    return report
