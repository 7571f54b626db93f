"""The program's error base class.

Every error raised on purpose derives from QcdcError and its str() is a Vietnamese
sentence a drafter can act on, so each front end catches it once (the CLI prints it
as one line, the GUI shows it in a message box) and anything else is a bug to log.
Each layer has its own subclass: StorageError, ExportError, DocTypeError,
DraftFormatError, DocxReadError, CliError, …
"""

from __future__ import annotations


class QcdcError(Exception):
    """Base of every error the program raises on purpose."""

    default_message = "Chương trình không thực hiện được thao tác."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.default_message)

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else self.default_message


def unreadable_file_message(name: str, exc: OSError | UnicodeDecodeError) -> str:
    """Why the text file `name` could not be read, in the words a drafter can act on."""
    if isinstance(exc, UnicodeDecodeError):
        return f"Tệp “{name}” không phải văn bản UTF-8."
    if isinstance(exc, FileNotFoundError):
        return f"Không tìm thấy tệp “{name}”."
    if isinstance(exc, IsADirectoryError):
        return f"“{name}” là một thư mục, không phải tệp."
    return f"Không đọc được tệp “{name}”: {exc.strerror or exc}."


class DiskFullError(QcdcError):
    """The disk is full: saving a draft (storage) or writing a file (export)."""

    default_message = "Ổ đĩa đã đầy. Hãy giải phóng dung lượng rồi thử lại."
