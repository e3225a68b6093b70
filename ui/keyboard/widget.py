"""The on-screen keyboard widget, docked in the main window below the content."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from .focus import ensure_field_visible, is_multiline, keyboard_kind
from .keys import SPACING, KeyButton, build_page
from .layouts import LANGUAGES, LAYOUT_NAMES, PADS

# Names of keyboard alphabets, shown in their own script whatever the UI
# language: a visitor looks for the alphabet they can read, so these are not
# translated (as on phone keyboards).
_LANG_LABELS = {"kk": "ҚАЗ", "ru": "РУС", "en": "ENG"}
_ALPHABET_LABELS = {"kk": "АӘБ", "ru": "АБВ", "en": "ABC", "email": "ABC"}


class OnScreenKeyboard(QWidget):
    """Touch keyboard typing into the focused field through real key events.

    It keeps no typed text: every key press goes straight to the focused
    widget as a QKeyEvent, so validators, input masks and ``textChanged`` work
    as with a hardware keyboard, and nothing is left behind after a session.
    """

    #: Enter was pressed on a single-line field.
    done = Signal()
    #: The keyboard was shown (True) or hidden (False).
    visibility_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None, *, language: str = "kk") -> None:
        super().__init__(parent)
        self._check_language(language)
        self.setObjectName("onScreenKeyboard")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._language = language  # letter layout of text fields right now
        self._visitor_language = language  # the one set_language chose
        self._letters = language  # the page the symbols page returns to
        self._name = language
        self._shift = False
        self._multiline = False
        self._decimal = "."
        self._app: QApplication | None = None
        self._stack = QStackedWidget(self)
        # Pages are built when first shown (a page is some 40 buttons; the kiosk's start
        # should not wait for all of them) or ahead of need (MainWindow.warm_up).
        self._pages: dict[str, QWidget] = {}
        self._keys: dict[str, list[KeyButton]] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING, SPACING, SPACING, SPACING)
        layout.addWidget(self._stack)
        self._built = False  # set_layout(language) is done on the first show

    def _page(self, name: str) -> QWidget:
        page = self._pages.get(name)
        if page is None:
            page, buttons = build_page(name, self._on_key, self._stack)
            self._stack.addWidget(page)
            self._pages[name], self._keys[name] = page, buttons
        return page

    def unbuilt_pages(self) -> list[str]:
        return [name for name in LAYOUT_NAMES if name not in self._pages]

    def build_page(self, name: str) -> None:
        """Build page `name` ahead of need (when there is time to spare)."""
        self._page(name)

    # -- public API ---------------------------------------------------------

    def set_layout(self, name: str) -> None:
        """Show page ``name``: one of ``LAYOUT_NAMES`` ("kk", "ru", "en", "symbols", ...)."""
        if name not in LAYOUT_NAMES:
            raise ValueError(f"unknown keyboard layout {name!r}")
        if name in LANGUAGES:
            self._language = name
        if name != "symbols" and name not in PADS:
            self._letters = name
        self._name = name
        self._shift = False
        self._built = True
        self._stack.setCurrentWidget(self._page(name))
        self._refresh_labels()

    def layout_name(self) -> str:
        return self._name

    def language(self) -> str:
        """The letter layout ("kk", "ru" or "en") text fields get now."""
        return self._language

    def set_language(self, lang: str) -> None:
        """Use the letter layout of the visitor's language ("kk", "ru" or "en")."""
        self._check_language(lang)
        self._visitor_language = self._language = lang
        if not self._built:  # nothing shown yet: the first show opens this page
            self._name = self._letters = lang
        elif self._name in LANGUAGES:
            self.set_layout(lang)
        elif self._name == "symbols" and self._letters in LANGUAGES:
            self._letters = lang
            self._refresh_labels()

    def reset(self) -> None:
        """Back to the visitor language's letters, shift off (for a session reset)."""
        self._multiline = False
        if self._built:
            self.set_layout(self._visitor_language)

    def keys(self) -> list[KeyButton]:
        """The key buttons of the page on show."""
        if not self._built:
            self.set_layout(self._name)
        return list(self._keys[self._name])

    def attach(self, app: QApplication) -> None:
        """Show and hide with the focus: shown for text fields, hidden otherwise."""
        self.detach()
        self._app = app
        app.focusChanged.connect(self._on_focus_changed)
        self._on_focus_changed(None, app.focusWidget())

    def detach(self) -> None:
        if self._app is not None:
            self._app.focusChanged.disconnect(self._on_focus_changed)
            self._app = None

    def show_for(self, widget: QWidget) -> None:
        """Show the page ``widget`` wants and scroll ``widget`` into view."""
        kind = keyboard_kind(widget) or "text"
        self._multiline = is_multiline(widget)
        if kind == "number":
            self._decimal = widget.locale().decimalPoint() or "."
        self.set_layout(self._language if kind == "text" else kind)
        self.show()
        ensure_field_visible(widget)
        # Showing usually re-lays the window out at once; where the room is
        # only made on the next tick (nested layouts), scroll again then.
        QTimer.singleShot(0, self, lambda: self._ensure_visible_later(widget))

    # -- Qt overrides ---------------------------------------------------------

    def setVisible(self, visible: bool) -> None:
        if visible and not self._built:
            self.set_layout(self._name)
        was_visible = not self.isHidden()
        super().setVisible(visible)
        if was_visible != visible:
            self.visibility_changed.emit(visible)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._refresh_labels()
        super().changeEvent(event)

    # -- internals ----------------------------------------------------------

    @staticmethod
    def _check_language(lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"unknown keyboard language {lang!r}")

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if keyboard_kind(new) is None:
            self.hide()
        elif new is not None:
            self.show_for(new)

    def _ensure_visible_later(self, widget: QWidget) -> None:
        if shiboken6.isValid(widget) and widget.hasFocus() and self.isVisible():
            ensure_field_visible(widget)

    def _on_key(self, button: KeyButton) -> None:
        role, char = button.spec.role, button.spec.char
        if role == "char":
            text = self._decimal if char == "{dec}" else char
            self._send(Qt.Key.Key_unknown, self._shifted(text))
            if self._shift:
                self._shift = False
                self._refresh_labels()
        elif role == "backspace":
            self._send(Qt.Key.Key_Backspace, "")
        elif role == "space":
            self._send(Qt.Key.Key_Space, " ")
        elif role == "enter":
            self._press_enter()
        elif role == "shift":
            self._shift = not self._shift
            self._refresh_labels()
        elif role == "lang":
            self.set_layout(LANGUAGES[(LANGUAGES.index(self._language) + 1) % len(LANGUAGES)])
        elif role == "symbols":
            self.set_layout(self._letters if self._name == "symbols" else "symbols")

    def _press_enter(self) -> None:
        target = self._target()
        if target is None:
            return
        self._send(Qt.Key.Key_Return, "\r")
        if is_multiline(target) or not shiboken6.isValid(target):
            return
        self.done.emit()
        # Unless a handler moved on to another field, "Done" closes the keyboard;
        # tapping the field again gives it focus, and the keyboard, back.
        if shiboken6.isValid(target) and target.hasFocus():
            target.clearFocus()

    def _shifted(self, text: str) -> str:
        return text.upper() if self._shift and len(text) == 1 else text

    def _target(self) -> QWidget | None:
        """The focused widget, if it takes text (never send keys to a button)."""
        widget = QApplication.focusWidget()
        return widget if keyboard_kind(widget) is not None else None

    def _send(self, key: Qt.Key, text: str) -> None:
        target = self._target()
        if target is None:
            return
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
            )
            if not shiboken6.isValid(target):
                return

    def _refresh_labels(self) -> None:
        for button in self._keys.get(self._name, ()):
            role, char = button.spec.role, button.spec.char
            if role == "char":
                button.set_label(self._shifted(self._decimal if char == "{dec}" else char))
            elif role == "shift":
                button.set_label("⬆")
                button.setChecked(self._shift)
                button.setAccessibleName(self.tr("Shift"))
            elif role == "backspace":
                button.set_label("⌫")
                button.setAccessibleName(self.tr("Backspace"))
            elif role == "space":
                button.set_label(self.tr("Space"))
            elif role == "enter":
                button.set_label("↵" if self._multiline else self.tr("Done"))
                button.setAccessibleName(self.tr("New line") if self._multiline else "")
            elif role == "lang":
                button.set_label(_LANG_LABELS[self._language])
                button.setAccessibleName(self.tr("Next keyboard language"))
            elif role == "symbols":
                back = self._name == "symbols"
                button.set_label(_ALPHABET_LABELS[self._letters] if back else "123")
                button.setAccessibleName(
                    self.tr("Letters") if back else self.tr("Digits and symbols")
                )
