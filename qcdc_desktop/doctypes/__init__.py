"""doctypes."""
