"""Checks a document type against the rest of resources/ when it is loaded.

A type file an office writes must fail at load time with a message naming the file and
the key, never later as a raw KeyError while a drafter creates a draft: every template
may use only the placeholders the program fills, every figure group, cited document,
period kind, cut-off, naming and next type it names must exist.
"""

from __future__ import annotations

import string

from qcdc_desktop.doctypes.types import DocType, DocTypeError, OutlineEntry

# The placeholders the program fills in each template of a type file.
TEMPLATE_FIELDS: dict[str, frozenset[str]] = {
    "summary": frozenset({"year"}),
    "period_label": frozenset({"year"}),
    "period_start": frozenset({"year"}),
    "period_end": frozenset({"year"}),
    "opening": frozenset({"basis", "agency", "period"}),
    "closing": frozenset({"summary", "agency", "recipient"}),
}


def template_fields(template: str) -> list[str]:
    """The placeholder names in `template`; ValueError for a stray "{" or "}"."""
    names = []
    for _text, name, _spec, _conversion in string.Formatter().parse(template):
        if name is not None:
            names.append(name)
    return names


def _check_templates(doc_type: DocType, where: str) -> None:
    for key, allowed in TEMPLATE_FIELDS.items():
        template = getattr(doc_type, key)
        try:
            names = template_fields(template)
        except ValueError:
            raise DocTypeError(
                f"Tệp loại văn bản {where}, khóa “{key}”: dấu ngoặc {{ }} không khớp "
                f"trong “{template}”."
            ) from None
        for name in names:
            if name not in allowed:
                usable = ", ".join("{" + n + "}" for n in sorted(allowed))
                raise DocTypeError(
                    f"Tệp loại văn bản {where}, khóa “{key}”: chỗ giữ chỗ "
                    f"“{{{name}}}” không có; dùng được: {usable}."
                )


def _check_outline(doc_type: DocType, where: str) -> None:
    from qcdc_desktop.doctypes.figures import figure_groups
    from qcdc_desktop.doctypes.library import cited_documents

    groups = figure_groups()
    library = cited_documents()
    seen: set[str] = set()
    entries: list[OutlineEntry] = [e for top in doc_type.outline for e in top.walk()]
    for entry in entries:
        if entry.key in seen:
            raise DocTypeError(
                f"Tệp loại văn bản {where}: khóa phần “{entry.key}” xuất hiện hai lần."
            )
        seen.add(entry.key)
        for group_id in entry.figures:
            if group_id not in groups:
                raise DocTypeError(
                    f"Tệp loại văn bản {where}, phần “{entry.key}”, khóa “figures”: "
                    f"không có nhóm số liệu “{group_id}” trong figures.toml."
                )
        for doc_id in entry.cites:
            if doc_id not in library:
                raise DocTypeError(
                    f"Tệp loại văn bản {where}, phần “{entry.key}”, khóa “cites”: "
                    f"không có văn bản “{doc_id}” trong thư viện văn bản."
                )
    for doc_id in doc_type.default_basis:
        if doc_id not in library:
            raise DocTypeError(
                f"Tệp loại văn bản {where}, khóa “default_basis”: không có văn bản "
                f"“{doc_id}” trong thư viện văn bản."
            )


def _check_period(doc_type: DocType, where: str) -> None:
    from qcdc_desktop.doctypes.periods import period_kinds

    kinds = period_kinds()
    kind = kinds.get(doc_type.period_kind)
    if kind is None:
        raise DocTypeError(
            f"Tệp loại văn bản {where}, khóa “period_kind”: không có kỳ báo cáo "
            f"“{doc_type.period_kind}” trong periods.toml (có: {', '.join(kinds)})."
        )
    if doc_type.period_cutoff and kind.cutoff(doc_type.period_cutoff) is None:
        raise DocTypeError(
            f"Tệp loại văn bản {where}, khóa “period_cutoff”: kỳ “{kind.id}” không có "
            f"mốc “{doc_type.period_cutoff}” (có: {', '.join(c.id for c in kind.cutoffs)})."
        )
    if kind.namings and kind.naming(doc_type.period_naming) is None:
        raise DocTypeError(
            f"Tệp loại văn bản {where}, khóa “period_naming”: kỳ “{kind.id}” không có "
            f"cách ghi “{doc_type.period_naming}” "
            f"(có: {', '.join(n.id for n in kind.namings)})."
        )


def validate_doc_type(doc_type: DocType) -> None:
    """Raise DocTypeError (naming file and key) for anything the program cannot fill."""
    where = doc_type.source or doc_type.id
    _check_templates(doc_type, where)
    _check_outline(doc_type, where)
    _check_period(doc_type, where)


def validate_links(types: dict[str, DocType]) -> None:
    """Checks across types: the next period's type must exist."""
    for doc_type in types.values():
        if doc_type.next_type and doc_type.next_type not in types:
            raise DocTypeError(
                f"Tệp loại văn bản {doc_type.source}, khóa “next_type”: không có loại "
                f"văn bản “{doc_type.next_type}”."
            )
