"""The packages whose names load on first use (storage, doctypes) give every public name,
and the same object whichever way it is reached."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys

import pytest

LAZY = ["qcdc_desktop.storage", "qcdc_desktop.doctypes"]


@pytest.mark.parametrize("package", LAZY)
def test_every_public_name_resolves_to_its_module_object(package: str) -> None:
    module = importlib.import_module(package)
    assert sorted(module.__all__) == sorted(module._HOMES)
    for name, home in module._HOMES.items():
        owner = importlib.import_module(f"{package}.{home}")
        assert getattr(module, name) is getattr(owner, name), name


@pytest.mark.parametrize("package", LAZY)
def test_no_public_name_is_also_a_module_name(package: str) -> None:
    # Importing a submodule sets the package attribute of its name; a function of the
    # same name would then be shadowed by the module in `from package import name`.
    module = importlib.import_module(package)
    submodules = {info.name for info in pkgutil.iter_modules(module.__path__)}
    assert not set(module._HOMES) & submodules


def test_an_unknown_name_is_an_attribute_error() -> None:
    import qcdc_desktop.storage as storage

    with pytest.raises(AttributeError, match="khong_co"):
        storage.khong_co  # noqa: B018


def test_importing_a_package_loads_none_of_its_modules() -> None:
    code = (
        "import sys, qcdc_desktop.storage, qcdc_desktop.doctypes;"
        "print(sorted(m for m in sys.modules if m.count('.') > 1 and"
        " m.startswith(('qcdc_desktop.storage.', 'qcdc_desktop.doctypes.'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
