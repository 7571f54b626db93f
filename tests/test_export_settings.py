"""Layout settings: shipped defaults, office overrides, and the decree's ranges."""

from __future__ import annotations

import tomllib

import pytest

from qcdc_desktop.export import FormatSettings, FormatSettingsError
from qcdc_desktop.resources import resource_path


def test_defaults_are_the_shipped_file() -> None:
    with open(resource_path("format.toml"), "rb") as fh:
        shipped = tomllib.load(fh)
    assert FormatSettings.defaults().to_dict() == shipped


def test_round_trip_through_a_dict() -> None:
    office = FormatSettings.from_dict({"body_size": 13, "margin_left_mm": 35})
    again = FormatSettings.from_dict(office.to_dict())
    assert again == office
    assert again.body_size == 13 and again.margin_left_mm == 35
    assert again.title_size == FormatSettings.defaults().title_size


def test_unknown_keys_from_a_newer_version_are_ignored() -> None:
    settings = FormatSettings.from_dict({"body_size": 13, "future_option": "x"})
    assert settings.body_size == 13


@pytest.mark.parametrize(
    ("key", "value", "label"),
    [
        ("body_size", 12, "Cỡ chữ phần nội dung"),
        ("body_size", 15, "Cỡ chữ phần nội dung"),
        ("body_size", 13.3, "Cỡ chữ phần nội dung"),
        ("title_size", 16, "Cỡ chữ tên loại"),
        ("header_size", 14, "quốc hiệu"),
        ("motto_size", 12, "tiêu ngữ"),
        ("recipients_size", 12, "nơi nhận"),
        ("page_number_size", 12, "số trang"),
        ("margin_top_mm", 19, "Lề trên"),
        ("margin_bottom_mm", 26, "Lề dưới"),
        ("margin_left_mm", 25, "Lề trái"),
        ("margin_right_mm", 21, "Lề phải"),
        ("first_line_indent_cm", 1.5, "Thụt lề"),
        ("space_after_pt", 4, "Khoảng cách sau đoạn"),
        ("line_spacing", 2.0, "Giãn dòng"),
        ("line_spacing", float("nan"), "Giãn dòng"),
        ("signature_blank_lines", 0, "dòng trống"),
        ("body_size", "14", "Cỡ chữ phần nội dung"),
        ("body_size", True, "Cỡ chữ phần nội dung"),
        ("font_name", "Arial", "Phông chữ"),
    ],
)
def test_out_of_range_values_are_refused_in_vietnamese(key: str, value: object, label: str) -> None:
    with pytest.raises(FormatSettingsError) as info:
        FormatSettings.from_dict({key: value})
    message = str(info.value)
    assert label in message
    assert "Nghị định 30" in message or "phải" in message


def test_error_names_the_allowed_range_and_the_value() -> None:
    with pytest.raises(FormatSettingsError) as info:
        FormatSettings.from_dict({"margin_left_mm": 40})
    assert str(info.value) == (
        "Lề trái phải từ 30 đến 35 mm theo Nghị định 30/2020/NĐ-CP (đang là 40 mm)."
    )


@pytest.mark.parametrize(
    "values",
    [
        {"body_size": 13, "title_size": 13.5, "signature_size": 13},
        {"margin_top_mm": 25, "margin_bottom_mm": 25, "margin_left_mm": 35, "margin_right_mm": 20},
        {"first_line_indent_cm": 1, "line_spacing": 1.5, "space_after_pt": 6},
        {"signature_blank_lines": 6.0, "pad_small_counts": False},
    ],
)
def test_values_inside_the_ranges_are_accepted(values: dict[str, object]) -> None:
    settings = FormatSettings.from_dict(values)
    for key, value in values.items():
        assert getattr(settings, key) == value


def test_settings_error_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        FormatSettings(body_size=20)
