"""Packages whose public names load from their modules on first use (PEP 562).

`storage` and `doctypes` re-export many names; importing every module up front cost
the start window tens of milliseconds for code it never runs. Type checkers read the
names from each package's `if TYPE_CHECKING:` imports.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import Any


def lazy_attributes(
    package: str, homes: dict[str, str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The package's `__getattr__` and `__dir__`: `homes` maps a public name to the
    module (within the package) that defines it."""
    namespace = import_module(package).__dict__

    def get(name: str) -> Any:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(f"{package}.{home}"), name)
        namespace[name] = value  # later uses skip this function
        return value

    def names() -> list[str]:
        return sorted(homes)

    return get, names
