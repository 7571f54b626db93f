"""Malformed variants of a valid draft JSON, for fuzzing whatever reads draft files.

Each mutation returns bytes; all are deterministic given the random generator.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from typing import Any

Mutation = Callable[[random.Random, bytes], bytes]

_ODD_VALUES: list[Any] = [
    None,
    True,
    0,
    -1,
    2**63,
    -(2**70),
    1e308,
    -0.0,
    "",
    " ",
    "\u0000",
    "\ud800",  # lone surrogate: valid JSON escape, not encodable as UTF-8
    "Ｘ" * 5000,
    "x" * 200_000,
    [],
    {},
    [None],
    {"": None},
    "2024-13-45",
    "bc-6thang",
]


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value inside a JSON tree (dict keys and list indices)."""
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*prefix, index))
    return found


def _parent(tree: Any, path: tuple[Any, ...]) -> Any:
    for step in path[:-1]:
        tree = tree[step]
    return tree


def _dump(rng: random.Random, tree: Any) -> bytes:
    # Escaped or raw: a lone surrogate becomes "\\ud800" or invalid UTF-8 bytes.
    raw = rng.random() < 0.5
    return json.dumps(tree, ensure_ascii=not raw, allow_nan=True).encode("utf-8", "surrogatepass")


def truncate(rng: random.Random, raw: bytes) -> bytes:
    return raw[: rng.randrange(len(raw))]


def replace_value(rng: random.Random, raw: bytes) -> bytes:
    copy = json.loads(raw)
    path = rng.choice(_paths(copy)[1:])
    _parent(copy, path)[path[-1]] = rng.choice(_ODD_VALUES)
    return _dump(rng, copy)


def drop_key(rng: random.Random, raw: bytes) -> bytes:
    copy = json.loads(raw)
    dict_paths = [p for p in _paths(copy)[1:] if isinstance(_parent(copy, p), dict)]
    path = rng.choice(dict_paths)
    del _parent(copy, path)[path[-1]]
    return _dump(rng, copy)


def random_bytes_inside(rng: random.Random, raw: bytes) -> bytes:
    data = bytearray(raw)
    for _ in range(rng.randint(1, 8)):
        where = rng.randrange(len(data))
        data[where : where + rng.randint(0, 3)] = rng.randbytes(rng.randint(1, 4))
    return bytes(data)


def invalid_utf8(rng: random.Random, raw: bytes) -> bytes:
    data = bytearray(raw)
    where = rng.randrange(len(data))
    data[where:where] = rng.choice([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xe1\xbb", b"\x80\x80"])
    return bytes(data)


def pure_noise(rng: random.Random, raw: bytes) -> bytes:
    return rng.randbytes(rng.randint(0, 4096))


def deep_nesting(rng: random.Random, raw: bytes) -> bytes:
    depth = rng.choice([100, 1_000, 50_000, 200_000])
    opener, closer = rng.choice([("[", "]"), ('{"a":', "}")])
    inner = (opener * depth + "1" + closer * depth).encode()
    key = rng.choice(["sections", "basis", "summary", "extra", "period"])
    return raw.replace(f'"{key}":'.encode(), f'"{key}": {inner.decode()}, "_{key}":'.encode(), 1)


def huge_number(rng: random.Random, raw: bytes) -> bytes:
    number = rng.choice([b"1" + b"0" * 5000, b"1e999999", b"-1e400", b"NaN", b"Infinity", b"1.5"])
    key = rng.choice([b'"year": ', b'"month": ', b'"day": ', b'"version": '])
    where = raw.find(key)
    if where < 0:
        return raw + number
    end = where + len(key)
    stop = end
    while stop < len(raw) and raw[stop : stop + 1] not in (b",", b"}", b"\n"):
        stop += 1
    return raw[:end] + number + raw[stop:]


def wrong_top_level(rng: random.Random, raw: bytes) -> bytes:
    return rng.choice(
        [b"[]", b"null", b"42", b'"qcdc-draft"', b"{}", b"", b"\xef\xbb\xbf", b"[" + raw + b"]"]
    )


def other_encoding(rng: random.Random, raw: bytes) -> bytes:
    text = raw.decode("utf-8")
    return text.encode(rng.choice(["utf-16", "utf-32", "cp1258", "latin-1"]), "replace")


def duplicate_sections(rng: random.Random, raw: bytes) -> bytes:
    copy = json.loads(raw)
    if copy.get("sections"):
        copy["sections"] = copy["sections"] * rng.randint(2, 3)
    return _dump(rng, copy)


MUTATIONS: list[Mutation] = [
    truncate,
    replace_value,
    replace_value,
    replace_value,
    drop_key,
    random_bytes_inside,
    invalid_utf8,
    pure_noise,
    deep_nesting,
    huge_number,
    wrong_top_level,
    other_encoding,
    duplicate_sections,
]


def mutate(rng: random.Random, raw: bytes) -> tuple[str, bytes]:
    """One mutation of `raw` (a valid draft JSON): (name of the mutation, bytes)."""
    mutation = rng.choice(MUTATIONS)
    result = mutation(rng, raw)
    if rng.random() < 0.1:  # now and then a second fault on top of the first
        try:
            result = rng.choice(MUTATIONS)(rng, result)
        except (ValueError, RecursionError, TypeError, AttributeError, IndexError):
            pass  # that second mutation needs valid JSON; keep the first alone
    return mutation.__name__, result
