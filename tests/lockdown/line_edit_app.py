"""A full-screen window with one line edit, with or without ui.lockdown (argv[1]: lock / plain).
Prints the edit's text on every change, so a test sees what the keyboard delivered."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from ui.lockdown import install_lockdown


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.setWindowTitle("line-edit")
    edit = QLineEdit(window)
    edit.setMinimumHeight(80)
    layout = QVBoxLayout(window)
    layout.addWidget(edit)  # centred vertically: the middle of the screen is the edit
    edit.textChanged.connect(lambda text: print(text, flush=True))
    window.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
    window.showFullScreen()
    if sys.argv[1] == "lock":
        install_lockdown(app, window)
    edit.setFocus()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
