"""Malformed .docx inputs built from a valid exported document, for fuzzing the importer.

Every generator returns (name, bytes) and is deterministic given the random generator.
"""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Callable

DOCUMENT = "word/document.xml"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _members(docx: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(docx)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _zip(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def _with_document(docx: bytes, document: bytes) -> bytes:
    members = _members(docx)
    members[DOCUMENT] = document
    return _zip(members)


def _body(inner: str) -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{W_NS}"><w:body>{inner}</w:body></w:document>'
    ).encode()


def random_bytes(rng: random.Random, docx: bytes) -> bytes:
    return rng.randbytes(rng.choice([0, 1, 4, 100, 5000, 100_000]))


def truncated_zip(rng: random.Random, docx: bytes) -> bytes:
    return docx[: rng.randrange(len(docx))]


def flipped_bytes(rng: random.Random, docx: bytes) -> bytes:
    data = bytearray(docx)
    for _ in range(rng.randint(1, 30)):
        data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data)


def no_document_xml(rng: random.Random, docx: bytes) -> bytes:
    members = _members(docx)
    del members[DOCUMENT]
    return _zip(members)


def zip_of_other_things(rng: random.Random, docx: bytes) -> bytes:
    return _zip({"readme.txt": b"not a word document", "data/x.bin": rng.randbytes(300)})


def broken_xml(rng: random.Random, docx: bytes) -> bytes:
    document = _members(docx)[DOCUMENT]
    cut = document[: rng.randrange(1, len(document))]
    return _with_document(docx, cut)


def garbage_in_xml(rng: random.Random, docx: bytes) -> bytes:
    document = bytearray(_members(docx)[DOCUMENT])
    for _ in range(rng.randint(1, 10)):
        where = rng.randrange(len(document))
        document[where:where] = rng.choice([b"<", b"&", b"\xff\xfe", b"\x00", b"]]>", b"<w:p>"])
    return _with_document(docx, bytes(document))


def deep_nesting(rng: random.Random, docx: bytes) -> bytes:
    depth = rng.choice([1_000, 20_000, 100_000])
    tag = rng.choice(["w:tbl", "w:p", "w:sdt", "w:r"])
    inner = f"<{tag}>" * depth + "<w:t>sâu</w:t>" + f"</{tag}>" * depth
    return _with_document(docx, _body(inner))


def deep_tables(rng: random.Random, docx: bytes) -> bytes:
    depth = rng.choice([50, 500, 3000])
    cell = "<w:tbl><w:tr><w:tc>" * depth + "<w:p><w:r><w:t>ô</w:t></w:r></w:p>"
    cell += "</w:tc></w:tr></w:tbl>" * depth
    return _with_document(docx, _body(cell))


def entity_bomb(rng: random.Random, docx: bytes) -> bytes:
    """The "billion laughs": ten levels of entities, each ten of the one below."""
    levels = '<!ENTITY e0 "ha">' + "".join(
        f'<!ENTITY e{i} "{f"&e{i - 1};" * 10}">' for i in range(1, 10)
    )
    document = (
        f'<?xml version="1.0"?><!DOCTYPE w:document [{levels}]>'
        f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>&e9;</w:t></w:r></w:p>'
        "</w:body></w:document>"
    ).encode()
    return _with_document(docx, document)


def external_entity(rng: random.Random, docx: bytes) -> bytes:
    document = (
        '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p>'
        "</w:body></w:document>"
    ).encode()
    return _with_document(docx, document)


def huge_paragraph(rng: random.Random, docx: bytes) -> bytes:
    text = "Đ" * rng.choice([10_000, 300_000])
    return _with_document(docx, _body(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"))


def many_empty_paragraphs(rng: random.Random, docx: bytes) -> bytes:
    return _with_document(docx, _body("<w:p/>" * rng.choice([10, 5_000])))


def wrong_encoding(rng: random.Random, docx: bytes) -> bytes:
    document = _members(docx)[DOCUMENT].decode("utf-8")
    encoded = document.encode(rng.choice(["utf-16", "cp1258", "latin-1"]), "replace")
    return _with_document(docx, encoded)


def empty_document(rng: random.Random, docx: bytes) -> bytes:
    return _with_document(docx, rng.choice([b"", _body(""), b"<w:document/>"]))


def other_file_types(rng: random.Random, docx: bytes) -> bytes:
    return rng.choice(
        [
            b"%PDF-1.7\n" + rng.randbytes(500),
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + rng.randbytes(500),  # old binary .doc
            "Báo cáo dạng văn bản thường".encode(),
            b"{\\rtf1\\ansi Bao cao}",
        ]
    )


def missing_parts(rng: random.Random, docx: bytes) -> bytes:
    members = _members(docx)
    for name in rng.sample(sorted(n for n in members if n != DOCUMENT), k=2):
        del members[name]
    return _zip(members)


def inflating_document(docx: bytes, megabytes: int = 30) -> bytes:
    """A 100 KB file whose document.xml inflates to `megabytes` of one paragraph."""
    paragraph = "<w:p><w:r><w:t>lặp lại</w:t></w:r></w:p>"
    return _with_document(docx, _body(paragraph * (megabytes * 1_000_000 // len(paragraph))))


GENERATORS: list[Callable[[random.Random, bytes], bytes]] = [
    random_bytes,
    truncated_zip,
    truncated_zip,
    flipped_bytes,
    flipped_bytes,
    no_document_xml,
    zip_of_other_things,
    broken_xml,
    garbage_in_xml,
    garbage_in_xml,
    deep_nesting,
    deep_tables,
    entity_bomb,
    external_entity,
    huge_paragraph,
    many_empty_paragraphs,
    wrong_encoding,
    empty_document,
    other_file_types,
    missing_parts,
]


def malformed_docx(rng: random.Random, docx: bytes, count: int) -> list[tuple[str, bytes]]:
    """`count` inputs: each generator once first, then randomly chosen ones."""
    inputs = [(g.__name__, g(rng, docx)) for g in GENERATORS]
    while len(inputs) < count:
        generator = rng.choice(GENERATORS)
        inputs.append((generator.__name__, generator(rng, docx)))
    return inputs
