"""The CLI's own error, in a module of its own: `python -m qcdc_desktop.cli.main` runs
main.py as __main__, and a class defined there would differ from the one the command
modules import, so their errors would escape as tracebacks."""

from qcdc_desktop.errors import QcdcError


class CliError(QcdcError):
    """A user-facing failure: printed as one line, exit code 2."""
