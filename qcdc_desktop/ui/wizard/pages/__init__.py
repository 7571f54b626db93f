"""Wizard pages. Each page fills its widgets from the draft and writes them back."""
