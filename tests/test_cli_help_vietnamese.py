"""`qcdc --help`, every subcommand's help and argparse's own errors are Vietnamese."""

from __future__ import annotations

import re

import pytest

from qcdc_desktop.cli.main import build_parser, main

ENGLISH_FRAME = re.compile(
    r"\b(usage|options|positional arguments|optional arguments|show this help message"
    r"|and exit|the following arguments are required|invalid choice|unrecognized arguments"
    r"|expected one argument|error|argument|choose from)\b",
    re.IGNORECASE,
)

# argparse's default value placeholders: the destination names in capitals.
ENGLISH_METAVARS = re.compile(
    r"\b(TYPE|YEAR|OUTPUT|DRAFT|FILE|SEARCH|WHICH|EXPECT|EXPECT_FILE|DATA_DIR|ID|MIN_FREE_MB)\b"
)


def _subcommands() -> list[str]:
    parser = build_parser()
    actions = [a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction"]
    return sorted(actions[0].choices)  # type: ignore[attr-defined]


def _help(capsys: pytest.CaptureFixture[str], argv: list[str]) -> str:
    with pytest.raises(SystemExit) as ended:
        main(argv)
    assert ended.value.code == 0
    return capsys.readouterr().out


def test_main_help_has_no_english_frame(capsys: pytest.CaptureFixture[str]) -> None:
    text = _help(capsys, ["--help"])
    assert text.startswith("cách dùng: qcdc")
    assert not ENGLISH_FRAME.findall(text), ENGLISH_FRAME.findall(text)


def test_every_subcommand_has_a_vietnamese_help_with_a_description(
    capsys: pytest.CaptureFixture[str],
) -> None:
    names = _subcommands()
    assert len(names) >= 10
    for name in names:
        text = _help(capsys, [name, "--help"])
        assert text.startswith("cách dùng: qcdc"), name
        assert not ENGLISH_FRAME.findall(text), (name, ENGLISH_FRAME.findall(text))
        assert len(text.splitlines()) >= 3, name  # a description, not only the usage line
        assert "mã thoát:" in text, name
        assert not ENGLISH_METAVARS.findall(text), (name, ENGLISH_METAVARS.findall(text))


@pytest.mark.parametrize(
    "argv",
    [["khong-co-lenh"], ["export"], ["types", "--khong-co"], ["--data-dir"]],
)
def test_argparse_errors_are_vietnamese_and_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    with pytest.raises(SystemExit) as ended:
        main(argv)
    assert ended.value.code == 2
    err = capsys.readouterr().err
    assert "cách dùng" in err and "lỗi" in err
    assert not ENGLISH_FRAME.findall(err), ENGLISH_FRAME.findall(err)


def test_type_options_list_the_valid_types(capsys: pytest.CaptureFixture[str]) -> None:
    from qcdc_desktop.doctypes import doc_types

    text = " ".join(_help(capsys, ["new", "--help"]).split())
    for type_id in doc_types():
        assert type_id in text.replace("- ", "-")


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    text = _help(capsys, ["--version"])
    assert text.startswith("qcdc ")
