"""Checks on a file before it is read: what format it really is, and how big it inflates."""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from qcdc_desktop.errors import QcdcError


class DocxReadError(QcdcError):
    """The file cannot be read as a Word document. The message is Vietnamese."""


# A long real report's parts inflate to well under 1 MB; a zip that inflates past this
# is not a report (a "zip bomb") and would keep the import busy for minutes.
MAX_XML_BYTES = 20 * 1024 * 1024
MAX_PARTS = 5000
_CHUNK = 1 << 16
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ODT_MIME = b"application/vnd.oasis.opendocument.text"


class OtherFormatError(DocxReadError):
    """A readable document that is not a .docx (kind: "doc", "odt", "rtf", "pdf")."""

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.kind = kind


def _too_big(name: str) -> DocxReadError:
    return DocxReadError(
        f"Tệp “{name}” quá lớn để là một báo cáo (nội dung giải nén hơn "
        f"{MAX_XML_BYTES // (1024 * 1024)} MB); không nhập."
    )


def refuse_oversized(path: Path) -> None:
    """Inflate every part once, counting the bytes actually produced.

    The sizes a zip declares and the names of its parts are not trusted: a renamed
    main part or a forged size is counted like any other part, and reading stops as
    soon as the total passes the limit.
    """
    total = 0
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_PARTS:
                raise _too_big(path.name)
            for info in infos:
                if info.is_dir():
                    continue
                with archive.open(info) as member:
                    while chunk := member.read(_CHUNK):
                        total += len(chunk)
                        if total > MAX_XML_BYTES:
                            raise _too_big(path.name)
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        OSError,
        ValueError,
        EOFError,
        zlib.error,
    ) as exc:
        raise DocxReadError(f"Tệp “{path.name}” không phải tài liệu Word (.docx) hợp lệ.") from exc
    except NotImplementedError as exc:  # an unknown compression method
        raise DocxReadError(
            f"Tệp “{path.name}” nén theo cách không hỗ trợ; không đọc được."
        ) from exc
    except RuntimeError as exc:  # an encrypted zip member asks for a password
        raise DocxReadError(
            f"Tệp “{path.name}” được đặt mật khẩu; hãy mở trong Word, gỡ mật khẩu rồi lưu lại."
        ) from exc


def _ole_kind(path: Path) -> str:
    """ "encrypted" for a password-protected Word file, "doc" for Word 97-2003."""
    with open(path, "rb") as fh:
        data = fh.read(8 * 1024 * 1024)
    if "EncryptedPackage".encode("utf-16-le") in data:
        return "encrypted"
    return "doc"


def check_format(path: Path) -> None:
    """Raise a Vietnamese error naming what the file is when it is not a .docx."""
    with open(path, "rb") as fh:
        head = fh.read(512)
    name = path.name
    if head.startswith(OLE_MAGIC):
        if _ole_kind(path) == "encrypted":
            raise DocxReadError(
                f"Tệp “{name}” được bảo vệ bằng mật khẩu nên không đọc được. Hãy mở trong "
                "Word, gỡ mật khẩu (Tệp > Thông tin > Bảo vệ tài liệu > Mã hóa bằng mật khẩu, "
                "xóa mật khẩu) rồi lưu lại và nhập lại."
            )
        raise OtherFormatError(
            f"Tệp “{name}” là tài liệu Word 97–2003 (.doc). Hãy mở trong Word và chọn "
            "Lưu thành .docx (Tài liệu Word), rồi nhập tệp .docx.",
            "doc",
        )
    if head.startswith(b"{\\rtf"):
        raise OtherFormatError(
            f"Tệp “{name}” là định dạng RTF. Hãy mở trong Word và Lưu thành .docx, rồi nhập lại.",
            "rtf",
        )
    if head.startswith(b"%PDF"):
        raise OtherFormatError(f"Tệp “{name}” là tệp PDF, không phải tài liệu Word.", "pdf")
    if head.startswith(b"PK") and ODT_MIME in head:
        raise OtherFormatError(
            f"Tệp “{name}” là văn bản OpenDocument (.odt). Hãy mở bằng LibreOffice hoặc Word "
            "và Lưu thành .docx (Word 2007–365), rồi nhập tệp .docx.",
            "odt",
        )
