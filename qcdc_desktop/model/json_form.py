"""Stable JSON form of a draft: {"format": "qcdc-draft", "version": 1, ...}.

Keys this version does not know are kept in each object's `extra` and written back,
so a file saved by a newer build of the same format version loses nothing.
"""

from __future__ import annotations

import dataclasses
import json
import math
import types
import typing
from functools import cache
from typing import Any, TypeVar, get_args, get_origin, get_type_hints

from qcdc_desktop.errors import QcdcError
from qcdc_desktop.model.draft import Block, Draft, FigureValues, Period

FORMAT = "qcdc-draft"
VERSION = 1

T = TypeVar("T")

# Optional fields left out of the JSON when empty, so most blocks stay as short as they
# were before tables existed ({"kind": "para", "text": …, "group": ""}).
_OMIT_WHEN_NONE = frozenset({(Block, "table")})
# Optional keys added within version 1, left out while at their default so a file
# without them is written back as it was read.
_OMIT_WHEN_DEFAULT: dict[tuple[type, str], Any] = {
    (Period, "cutoff"): "",
    (Period, "naming"): "",
    (FigureValues, "compare"): False,
}


class DraftFormatError(QcdcError, ValueError):
    """The data is not a draft this program can read. The message is Vietnamese."""


def valid_text(text: str) -> str:
    """The text with lone UTF-16 surrogates (from a bad paste or a hand-edited JSON
    "\\ud800") replaced by U+FFFD: they cannot be stored as UTF-8, in SQLite or a file."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        # A valid pair written as two escapes becomes its character; a lone one is replaced.
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


_SCALARS = frozenset({str, int, float, bool, type(None)})
_FIELD_NAMES: dict[type, tuple[str, ...] | None] = {}


def _field_names(cls: type) -> tuple[str, ...] | None:
    if cls not in _FIELD_NAMES:
        _FIELD_NAMES[cls] = (
            tuple(f.name for f in dataclasses.fields(cls) if f.name != "extra")
            if dataclasses.is_dataclass(cls)
            else None
        )
    return _FIELD_NAMES[cls]


def _to_plain(obj: Any) -> Any:
    # Autosave runs this on every pause in typing, so field lists are cached per class
    # and scalars are handled inline; surrogates are dealt with once, on the JSON text.
    kind = type(obj)
    if kind in _SCALARS:
        return obj
    if isinstance(obj, list):
        return [v if type(v) in _SCALARS else _to_plain(v) for v in obj]
    if isinstance(obj, dict):
        return {str(k): v if type(v) in _SCALARS else _to_plain(v) for k, v in obj.items()}
    names = _field_names(kind)
    if names is None:
        return obj
    out = {}
    for name in names:
        value = getattr(obj, name)
        if value is None and (kind, name) in _OMIT_WHEN_NONE:
            continue
        if (kind, name) in _OMIT_WHEN_DEFAULT and value == _OMIT_WHEN_DEFAULT[(kind, name)]:
            continue
        out[name] = value if type(value) in _SCALARS else _to_plain(value)
    for key, value in (getattr(obj, "extra", None) or {}).items():
        out.setdefault(key, value if type(value) in _SCALARS else _to_plain(value))
    return out


# Beyond this a number is not a count of anything a report holds (10**400 people, the
# year 2**63); refusing it here keeps SQLite, dates and number words from failing later.
MAX_MAGNITUDE = 10**15
# Deeper than any real draft (parts nest a few levels); stops a hostile file before the
# recursive readers behind it run out of stack.
MAX_DEPTH = 200


def _is_finite_number(value: Any) -> bool:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    if isinstance(value, float) and not math.isfinite(value):
        return False
    return -MAX_MAGNITUDE <= value <= MAX_MAGNITUDE


def _check_depth(data: Any) -> None:
    """Iteratively, so the check itself cannot overflow the stack."""
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise DraftFormatError(
                f"Tệp JSON lồng nhau quá sâu (quá {MAX_DEPTH} tầng), không phải bản thảo hợp lệ."
            )
        if isinstance(value, dict):
            stack.extend((v, depth + 1) for v in value.values())
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value)


def _expect(cond: bool, where: str, value: Any = None) -> None:
    if not cond:
        if isinstance(value, int | float) and not isinstance(value, bool):
            raise DraftFormatError(
                f"Số ở mục “{where}” quá lớn hoặc không hợp lệ "
                "(chỉ nhận số hữu hạn, không quá 15 chữ số)."
            )
        raise DraftFormatError(f"Dữ liệu bản thảo không hợp lệ ở mục “{where}”.")


def _from_value(hint: Any, value: Any, where: str) -> Any:
    origin = get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in get_args(hint) if a is not type(None)]
        if value is None:
            return None
        if len(args) == 1:
            return _from_value(args[0], value, where)
        if set(args) <= {int, float}:  # a figure value: a finite number, never a bool
            _expect(_is_finite_number(value), where, value)
            return value
        if set(args) == {str, int, float}:  # a table cell: text or a finite number
            if isinstance(value, str):
                return valid_text(value)
            _expect(_is_finite_number(value), where, value)
            return value
        return value
    if origin is list:
        _expect(isinstance(value, list), where)
        (item,) = get_args(hint)
        return [_from_value(item, v, f"{where}[{i}]") for i, v in enumerate(value)]
    if origin is dict:
        _expect(isinstance(value, dict), where)
        _, item = get_args(hint)
        return {str(k): _from_value(item, v, f"{where}.{k}") for k, v in value.items()}
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _from_dict(hint, value, where)
    if hint is str:
        _expect(isinstance(value, str), where)
        return valid_text(value)
    if hint is bool:
        _expect(isinstance(value, bool), where)
        return value
    if hint is int:
        _expect(isinstance(value, int) and _is_finite_number(value), where, value)
        return value
    if hint is float:
        _expect(_is_finite_number(value), where, value)
        return value
    return value


@cache
def _fields_of(cls: type) -> tuple[dict[str, Any], frozenset[str]]:
    # get_type_hints evaluates every annotation string again on each call; loading one
    # draft asks about a hundred times, which cost more than the JSON parsing itself.
    names = frozenset(f.name for f in dataclasses.fields(cls))
    return get_type_hints(cls), names


def _from_dict(cls: type[T], data: Any, where: str) -> T:
    _expect(isinstance(data, dict), where)
    hints, names = _fields_of(cls)  # type: ignore[arg-type]
    kwargs: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, value in data.items():
        if key in names and key != "extra":
            kwargs[key] = _from_value(hints[key], value, f"{where}.{key}" if where else key)
        else:
            extra[key] = value
    if "extra" in names:
        kwargs["extra"] = extra
    try:
        return cls(**kwargs)
    except TypeError as exc:  # a required field is missing
        raise DraftFormatError(
            f"Bản thảo thiếu dữ liệu bắt buộc ở mục “{where or 'gốc'}”."
        ) from exc


def draft_to_dict(draft: Draft) -> dict[str, Any]:
    body = _to_plain(draft)
    return {"format": FORMAT, "version": VERSION, **body}


def draft_from_dict(data: Any) -> Draft:
    if not isinstance(data, dict):
        raise DraftFormatError("Tệp không phải là bản thảo QCDC (không phải một đối tượng JSON).")
    if data.get("format") != FORMAT:
        raise DraftFormatError("Tệp không phải là bản thảo QCDC (thiếu “format”: “qcdc-draft”).")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise DraftFormatError("Bản thảo không ghi rõ phiên bản định dạng.")
    if version > VERSION:
        raise DraftFormatError(
            f"Bản thảo được tạo bởi phiên bản mới hơn của chương trình (định dạng {version}); "
            f"phiên bản này chỉ đọc được đến định dạng {VERSION}. Hãy cập nhật chương trình."
        )
    body = {k: v for k, v in data.items() if k not in ("format", "version")}
    return _from_dict(Draft, body, "")


def draft_to_json(draft: Draft, indent: int | None = 2) -> str:
    """The JSON text; `indent=None` gives the compact form the database stores."""
    separators = (",", ":") if indent is None else None
    text = json.dumps(
        draft_to_dict(draft), ensure_ascii=False, indent=indent, separators=separators
    )
    return valid_text(text)


def draft_from_json(text: str | bytes) -> Draft:
    """Parse a draft; every failure is a DraftFormatError with a Vietnamese sentence."""
    try:
        data = json.loads(text)
    except RecursionError as exc:
        raise DraftFormatError("Tệp JSON lồng nhau quá sâu, không phải bản thảo hợp lệ.") from exc
    except json.JSONDecodeError as exc:
        raise DraftFormatError(
            f"Tệp không phải JSON hợp lệ (lỗi ở dòng {exc.lineno}, cột {exc.colno})."
        ) from exc
    except ValueError as exc:  # a number of more than 4,300 digits, bad bytes
        raise DraftFormatError(
            "Tệp không phải JSON hợp lệ (có số quá lớn hoặc ký tự không đọc được)."
        ) from exc
    _check_depth(data)
    try:
        return draft_from_dict(data)
    except RecursionError as exc:
        raise DraftFormatError("Bản thảo lồng nhau quá sâu, không đọc được.") from exc


def copy_draft(draft: Draft) -> Draft:
    """A deep, independent copy (through the JSON form, so it is exactly what is saved)."""
    return draft_from_dict(draft_to_dict(draft))
