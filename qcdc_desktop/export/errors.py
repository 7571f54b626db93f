"""Export errors. Each one's str() is a Vietnamese sentence the GUI can show as is."""

from __future__ import annotations

from pathlib import Path

from qcdc_desktop.errors import DiskFullError, QcdcError


class ExportError(QcdcError):
    """Base of every error the exporter raises on purpose."""

    default_message = "Không xuất được văn bản ra tệp Word."

    def __init__(self, message: str | None = None, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


class TargetLockedError(ExportError):
    default_message = (
        "Không ghi được tệp vì tệp đang được mở trong Word hoặc một chương trình khác. "
        "Hãy đóng tệp đó rồi xuất lại, hoặc lưu với tên khác. Tệp cũ vẫn được giữ nguyên."
    )


class TargetReadOnlyError(ExportError):
    default_message = (
        "Không ghi được tệp vì tệp hoặc thư mục chỉ cho phép đọc. "
        "Hãy chọn thư mục khác hoặc kiểm tra quyền ghi. Tệp cũ vẫn được giữ nguyên."
    )


class TargetDiskFullError(ExportError, DiskFullError):
    default_message = (
        "Ổ đĩa đã đầy nên không ghi được tệp. Hãy giải phóng dung lượng rồi xuất lại; "
        "tệp cũ (nếu có) vẫn được giữ nguyên."
    )


class FormatSettingsError(ExportError, ValueError):
    """A layout setting outside the range Decree 30 allows, or of the wrong kind."""

    default_message = "Thiết lập trình bày văn bản không hợp lệ."
