"""Test-wide settings: Qt without a screen, no blocking crash dialog, no real user data."""

import os

# Set before anything imports Qt, so every test (and every subprocess it starts) runs
# headless and never shows a modal dialog that would hang CI.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QCDC_NO_CRASH_DIALOG", "1")
