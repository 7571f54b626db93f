"""QCDC Desktop: drafting reports on implementing grassroots democracy."""

__version__ = "0.1.0"
