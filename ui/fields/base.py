"""The base of every field editor: the question (label, "required" mark, help), the error
message right under the question, and the editor's own widget(s).

An editor holds no data outside its widgets. `changed` is emitted for the visitor's own edits
only (never for `set_value` / `clear`); `left` when the visitor is done with the field (focus
left a text field; a choice was made), which is when its error is first shown.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.catalog import Catalog, Field


class FieldEditor(QWidget):
    #: the raw value, after each edit by the visitor
    changed = Signal(object)
    #: the visitor left the field (time to show its error, if any)
    left = Signal()

    def __init__(
        self, field: Field, *, today: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"field_{field.id}")
        self.field = field
        self.today = today or date.today()
        #: the visitor changed this field at least once (errors show only after that)
        self.touched = False
        self._loading = False
        self._error_label: QLabel | None = None
        self._col = QVBoxLayout(self)
        self._col.setContentsMargins(0, 0, 0, 0)
        self._col.setSpacing(8)
        self.label = self._text_label("fieldLabel")
        self._col.addWidget(self.label)
        self.help_label: QLabel | None = None
        if field.help:
            self.help_label = self._text_label("helpLabel")
            self._col.addWidget(self.help_label)
        self.build()

    # -- for subclasses ------------------------------------------------------------------
    def build(self) -> None:
        """Create the editor's own widgets and add them with `self._col.addWidget`."""
        raise NotImplementedError

    def value(self) -> Any:
        raise NotImplementedError

    def _show_value(self, value: Any) -> None:
        """Put `value` in the widgets (signals from this are not the visitor's edits)."""
        raise NotImplementedError

    def _retranslate_body(self, catalog: Catalog, lang: str) -> None:
        """Texts of the editor's own widgets (options, month names...)."""

    def focus_target(self) -> QWidget | None:
        """The text input to focus when this field needs correcting (None: not a text field)."""
        return None

    def _edited(self, *_args: Any) -> None:
        """Subclasses connect their widgets' user-edit signals here."""
        if self._loading:
            return
        self.touched = True
        self.changed.emit(self.value())

    def _watch_focus(self, widget: QWidget) -> None:
        """Emit `left` when `widget` loses the focus."""
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.left.emit()
        return False

    def _text_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)  # rich text costs twice the layout time
        return label

    # -- API -------------------------------------------------------------------------------
    def set_value(self, value: Any) -> None:
        self._loading = True
        try:
            self._show_value(value)
        finally:
            self._loading = False

    def clear(self) -> None:
        """Empty every widget, forget the error and that the field was touched."""
        self.set_value(None)
        self.set_error(None)
        self.touched = False

    def error(self) -> str | None:
        label = self._error_label
        return label.text() if label is not None and not label.isHidden() else None

    def set_error(self, text: str | None) -> None:
        if text is None:
            if self._error_label is not None:
                self._error_label.hide()
                self._error_label.clear()
            return
        if self._error_label is None:
            self._error_label = self._text_label("errorLabel")
            # Between the question and the answer, where the eye lands (and where scrolling
            # to the field shows it, even above a long list of options).
            index = 2 if self.help_label is not None else 1
            self._col.insertWidget(index, self._error_label)
        self._error_label.setText(text)
        self._error_label.show()

    def retranslate(self, catalog: Catalog, lang: str) -> None:
        label = catalog.text(self.field.label, lang)
        if self.field.required:
            label = QCoreApplication.translate("FieldEditor", "%1 (required)").replace("%1", label)
        self.label.setText(label)
        if self.help_label is not None:
            self.help_label.setText(catalog.text(self.field.help, lang))
        self._retranslate_body(catalog, lang)
