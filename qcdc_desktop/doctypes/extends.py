"""`extends`: a type file that names only what differs from its parent.

Plain keys (name, period_kind, summary, …) replace the parent's. The outline and the
steps are merged item by item, so a child adds, changes or removes one part without
copying the rest:

    [[outline]]             # a part with a new key: added (at the end, or where
    key = "digital"         # `after = "<key>"`, `before = "<key>"` or, as a sub-part,
    after = "results"       # `parent = "<key>"` says)
    title = "…"
    step = "results"
    guidance = "…"

    [[outline]]             # a part whose key the parent has: only the keys given
    key = "direction"       # change (its children stay unless `children` is given)
    guidance = "…"

    [[outline]]
    key = "tasks"
    remove = true           # the parent's part (and its sub-parts) removed

A part the parent has, given with `after`/`before`/`parent`, is moved there.

Steps merge the same way by `id`.
"""

from __future__ import annotations

import copy
from typing import Any

from qcdc_desktop.doctypes.types import DocTypeError

_PLACEMENT = ("after", "before", "parent", "remove")


def _find(items: list[dict[str, Any]], key_name: str, key: str) -> tuple[list[Any], int] | None:
    """The list holding the item whose `key_name` is `key`, and its index (any depth)."""
    for index, item in enumerate(items):
        if item.get(key_name) == key:
            return items, index
        children = item.get("children")
        if isinstance(children, list):
            found = _find(children, key_name, key)
            if found is not None:
                return found
    return None


def _place(items: list[dict[str, Any]], item: dict[str, Any], key_name: str, where: str) -> None:
    for placement in ("after", "before", "parent"):
        target = item.get(placement)
        if not target:
            continue
        found = _find(items, key_name, str(target))
        if found is None:
            raise DocTypeError(
                f'Tệp loại văn bản {where}: “{placement} = "{target}"” của '
                f"“{item.get(key_name)}” không có trong loại được kế thừa."
            )
        holder, index = found
        clean = {k: v for k, v in item.items() if k not in _PLACEMENT}
        if placement == "after":
            holder.insert(index + 1, clean)
        elif placement == "before":
            holder.insert(index, clean)
        else:
            holder[index].setdefault("children", []).append(clean)
        return
    items.append({k: v for k, v in item.items() if k not in _PLACEMENT})


def merge_items(
    parent: list[Any], child: list[Any], key_name: str, where: str
) -> list[dict[str, Any]]:
    """The parent's outline (or steps) with the child's additions, changes, removals."""
    merged: list[dict[str, Any]] = copy.deepcopy(parent)
    for item in child:
        if not isinstance(item, dict) or not isinstance(item.get(key_name), str):
            raise DocTypeError(f"Tệp loại văn bản {where}: mục thiếu khóa “{key_name}”.")
        key = item[key_name]
        found = _find(merged, key_name, key)
        if item.get("remove"):
            if found is None:
                raise DocTypeError(
                    f"Tệp loại văn bản {where}: không xóa được “{key}”, loại được kế "
                    "thừa không có mục này."
                )
            holder, index = found
            del holder[index]
            continue
        if found is None:
            _place(merged, item, key_name, where)
            continue
        holder, index = found
        updated = {**holder[index], **item}
        if any(item.get(p) for p in ("after", "before", "parent")):
            del holder[index]  # moved: placed again where the child says
            _place(merged, updated, key_name, where)
        else:
            holder[index] = {k: v for k, v in updated.items() if k not in _PLACEMENT}
    return merged


def merge_type(parent: dict[str, Any], child: dict[str, Any], where: str) -> dict[str, Any]:
    merged = dict(parent)
    for key, value in child.items():
        if key == "outline" and isinstance(value, list):
            merged[key] = merge_items(parent.get(key, []), value, "key", where)
        elif key == "steps" and isinstance(value, list):
            merged[key] = merge_items(parent.get(key, []), value, "id", where)
        else:
            merged[key] = value
    return merged
