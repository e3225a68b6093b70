"""PySide6 6.12.0 on Python 3.11 drops None's reference count on every Qt call that returns
nothing, and the process aborts after a few thousand (platform-facts.md). The project pins a
version measured safe; this test makes 20,000 such calls on the kiosk's real widgets and fails
if None's count drifts, so an upgrade that brings the bug back fails the suite."""

from __future__ import annotations

import sys

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QLabel, QProgressBar


def test_twenty_thousand_ui_updates_leave_none_alone(window):
    label, bar = QLabel(window), QProgressBar(window)
    model = QStringListModel()
    before = sys.getrefcount(None)
    for i in range(5_000):
        label.setText(f"update {i}")  # each returns nothing
        bar.setValue(i % 100)
        window.status.set_pending(i % 7)  # the kiosk's own status line
        model.setStringList([str(i)])
    drift = sys.getrefcount(None) - before
    assert abs(drift) < 100, f"None's refcount moved by {drift} after 20,000 Qt calls"
    assert label.text() == "update 4999"
