"""Layout settings of an exported document, checked against Decree 30's ranges.

Defaults live in resources/format.toml; an office may store its own values (13 pt
text, wider margins) and the app passes them through `FormatSettings.from_dict`.
A value outside the decree's range is refused rather than silently clamped, so a
document is never produced in a layout an office would send back.
"""

from __future__ import annotations

import tomllib
from dataclasses import asdict, dataclass, fields
from functools import cache
from pathlib import Path
from typing import Any

from qcdc_desktop.export.errors import FormatSettingsError
from qcdc_desktop.resources import resource_path

# The decree prescribes Times New Roman (Unicode, TCVN 6909:2001).
ALLOWED_FONTS = ("Times New Roman",)


@dataclass(frozen=True)
class _Range:
    label: str  # Vietnamese name shown in error messages
    low: float
    high: float
    unit: str
    step: float = 0.0  # when set, the value must be a multiple of it (Word sizes: 0.5 pt)


# Ranges from Decree 30/2020/NĐ-CP, Appendix I. Upper bounds
# marked "sanity" are not in the decree; they only stop absurd values.
_RANGES: dict[str, _Range] = {
    "body_size": _Range("Cỡ chữ phần nội dung", 13, 14, "pt", 0.5),
    "title_size": _Range("Cỡ chữ tên loại và trích yếu", 13, 14, "pt", 0.5),
    "number_size": _Range("Cỡ chữ dòng số, ký hiệu", 13, 13, "pt", 0.5),
    "header_size": _Range("Cỡ chữ tên cơ quan và quốc hiệu", 12, 13, "pt", 0.5),
    "motto_size": _Range("Cỡ chữ tiêu ngữ", 13, 14, "pt", 0.5),
    "recipients_label_size": _Range("Cỡ chữ “Nơi nhận:”", 12, 12, "pt", 0.5),
    "recipients_size": _Range("Cỡ chữ danh sách nơi nhận", 11, 11, "pt", 0.5),
    "signature_size": _Range("Cỡ chữ phần chữ ký", 13, 14, "pt", 0.5),
    "page_number_size": _Range("Cỡ chữ số trang", 13, 14, "pt", 0.5),
    "margin_top_mm": _Range("Lề trên", 20, 25, "mm"),
    "margin_bottom_mm": _Range("Lề dưới", 20, 25, "mm"),
    "margin_left_mm": _Range("Lề trái", 30, 35, "mm"),
    "margin_right_mm": _Range("Lề phải", 15, 20, "mm"),
    "first_line_indent_cm": _Range("Thụt lề dòng đầu", 1.0, 1.27, "cm"),
    "space_after_pt": _Range("Khoảng cách sau đoạn", 6, 24, "pt"),  # high: sanity
    "line_spacing": _Range("Giãn dòng", 1.0, 1.5, "lần"),
    "signature_blank_lines": _Range("Số dòng trống để ký", 1, 10, "dòng", 1),  # sanity
}


def _number_text(value: float) -> str:
    text = f"{value:g}"
    return text.replace(".", ",")  # Vietnamese decimal comma


@dataclass(frozen=True)
class FormatSettings:
    font_name: str = "Times New Roman"
    body_size: float = 14
    title_size: float = 14
    number_size: float = 13
    header_size: float = 13
    motto_size: float = 14
    recipients_label_size: float = 12
    recipients_size: float = 11
    signature_size: float = 14
    page_number_size: float = 13
    margin_top_mm: float = 20
    margin_bottom_mm: float = 20
    margin_left_mm: float = 30
    margin_right_mm: float = 15
    first_line_indent_cm: float = 1.27
    space_after_pt: float = 6
    line_spacing: float = 1.15
    pad_small_counts: bool = True
    signature_blank_lines: int = 6

    def __post_init__(self) -> None:
        self.validate()

    def validate(self) -> None:
        """Raise FormatSettingsError (Vietnamese) for the first value out of range."""
        if self.font_name not in ALLOWED_FONTS:
            raise FormatSettingsError(
                f"Phông chữ phải là {', '.join(ALLOWED_FONTS)} theo Nghị định 30/2020/NĐ-CP "
                f"(đang là “{self.font_name}”)."
            )
        if not isinstance(self.pad_small_counts, bool):
            raise FormatSettingsError("Thiết lập “viết số 01–09” phải là có hoặc không.")
        for name, rule in _RANGES.items():
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise FormatSettingsError(f"{rule.label} phải là một số (đang là “{value}”).")
            if value != value or not rule.low <= value <= rule.high:  # value != value: NaN
                if rule.low == rule.high:
                    allowed = f"bằng {_number_text(rule.low)} {rule.unit}"
                else:
                    allowed = (
                        f"từ {_number_text(rule.low)} đến {_number_text(rule.high)} {rule.unit}"
                    )
                raise FormatSettingsError(
                    f"{rule.label} phải {allowed} theo Nghị định 30/2020/NĐ-CP "
                    f"(đang là {_number_text(value)} {rule.unit})."
                )
            if rule.step and (value / rule.step) != int(value / rule.step):
                raise FormatSettingsError(
                    f"{rule.label} phải là bội số của {_number_text(rule.step)} {rule.unit} "
                    f"(đang là {_number_text(value)} {rule.unit})."
                )

    @classmethod
    def defaults(cls) -> FormatSettings:
        """The shipped defaults from resources/format.toml."""
        return _load_defaults()

    @classmethod
    def load(cls, path: Path) -> FormatSettings:
        try:
            with open(path, "rb") as fh:
                data = tomllib.load(fh)
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise FormatSettingsError(
                f"Không đọc được tệp thiết lập trình bày {path}: {exc}"
            ) from exc
        return cls.from_dict(data, base=cls())

    @classmethod
    def from_dict(cls, data: dict[str, Any], base: FormatSettings | None = None) -> FormatSettings:
        """Settings from a stored dict; missing keys come from `base` (default: shipped).

        Unknown keys are ignored so settings saved by a newer version still load.
        """
        base = base if base is not None else cls.defaults()
        if not isinstance(data, dict):
            raise FormatSettingsError("Thiết lập trình bày phải là một bảng giá trị.")
        known = {f.name for f in fields(cls)}
        values = asdict(base)
        values.update({k: v for k, v in data.items() if k in known})
        if isinstance(values["signature_blank_lines"], float):
            if not values["signature_blank_lines"].is_integer():
                raise FormatSettingsError("Số dòng trống để ký phải là số nguyên.")
            values["signature_blank_lines"] = int(values["signature_blank_lines"])
        return cls(**values)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@cache
def _load_defaults() -> FormatSettings:
    return FormatSettings.load(resource_path("format.toml"))
