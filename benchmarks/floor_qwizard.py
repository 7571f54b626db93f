"""The floor for start-up time: a bare QWizard with five pages, shown, then closed.

benchmarks/run_all.py starts this and `qcdc-desktop --smoke` the same way and compares
the two; no Qt program with a five-step wizard can start faster than this on the
same machine.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage


def main() -> int:
    app = QApplication(sys.argv[:1])
    wizard = QWizard()
    wizard.setButtonText(QWizard.WizardButton.NextButton, "Tiếp")
    wizard.setButtonText(QWizard.WizardButton.BackButton, "Quay lại")
    wizard.setButtonText(QWizard.WizardButton.FinishButton, "Xong")
    wizard.setButtonText(QWizard.WizardButton.CancelButton, "Hủy")
    for number in range(1, 6):
        page = QWizardPage()
        page.setTitle(f"Bước {number}")
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(f"Nội dung bước {number}"))
        wizard.addPage(page)
    wizard.show()
    app.processEvents()
    wizard.close()
    app.processEvents()
    print("floor: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
