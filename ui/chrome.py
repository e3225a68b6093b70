"""What stays on screen around every screen: the top bar (home, back, the three languages,
large text, contrast) and the quiet status line (online/offline, waiting submissions,
the office's contact line)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}
#: what the language buttons say when the bar is too narrow for the names (portrait screens
#: with large text): each in its own script, as on phone keyboards
LANGUAGE_CODES = {"kk": "ҚАЗ", "ru": "РУС", "en": "ENG"}


def _button(name: str, parent: QWidget) -> QPushButton:
    button = QPushButton(parent)
    button.setObjectName(name)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setMinimumSize(72, 72)
    return button


class TopBar(QWidget):
    home_requested = Signal()
    back_requested = Signal()
    language_requested = Signal(str)
    large_text_toggled = Signal(bool)
    contrast_toggled = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("topBar")
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 16, 8)
        row.setSpacing(12)
        self.home = _button("secondaryButton", self)
        self.back = _button("secondaryButton", self)
        self.home.clicked.connect(self.home_requested)
        self.back.clicked.connect(self.back_requested)
        row.addWidget(self.home)
        row.addWidget(self.back)
        row.addStretch(1)
        self.languages: dict[str, QPushButton] = {}
        for lang, label in LANGUAGE_NAMES.items():
            b = _button("languageButton", self)
            b.setText(label)  # each language names itself: never translated
            b.setCheckable(True)
            b.clicked.connect(lambda _=False, lang=lang: self.language_requested.emit(lang))
            self.languages[lang] = b
            row.addWidget(b)
        self.large = _button("toggleButton", self)
        self.large.setCheckable(True)
        self.large.toggled.connect(self.large_text_toggled)
        self.contrast = _button("toggleButton", self)
        self.contrast.setCheckable(True)
        self.contrast.toggled.connect(self.contrast_toggled)
        row.addWidget(self.large)
        row.addWidget(self.contrast)
        self.retranslate()

    def set_back_visible(self, visible: bool) -> None:
        if self.back.isHidden() == visible:
            self.back.setVisible(visible)
            self.refit()  # one button more or less: other labels may fit

    def set_language(self, lang: str) -> None:
        for code, button in self.languages.items():
            button.setChecked(code == lang)

    def retranslate(self) -> None:
        self.home.setAccessibleName(self.tr("Home"))
        self.back.setAccessibleName(self.tr("Back"))
        # Short, language-free marks keep the bar on one line in every language and size;
        # the accessible names say what they do.
        self.large.setText("A+")
        self.large.setAccessibleName(self.tr("Large text"))
        self.contrast.setText("◐")
        self.contrast.setAccessibleName(self.tr("High contrast"))
        self.refit()

    # -- fitting the bar to the window -----------------------------------------------------
    def _labels(self, level: int) -> dict[QPushButton, str]:
        """The buttons' texts at `level`: 0 in full, 1 home and back as marks alone, 2 the
        languages as codes too."""
        labels = {
            self.home: "⌂ " + self.tr("Home") if level == 0 else "⌂",
            self.back: "‹ " + self.tr("Back") if level == 0 else "‹",
        }
        for lang, button in self.languages.items():
            labels[button] = LANGUAGE_NAMES[lang] if level < 2 else LANGUAGE_CODES[lang]
        return labels

    def _width(self, labels: dict[QPushButton, str]) -> int:
        buttons = [b for b in (*labels, self.large, self.contrast) if not b.isHidden()]
        total = 0
        for button in buttons:
            metrics = button.fontMetrics()
            padding = button.sizeHint().width() - metrics.horizontalAdvance(button.text())
            text = labels.get(button, button.text())
            total += max(button.minimumWidth(), metrics.horizontalAdvance(text) + padding)
        margins = self.contentsMargins()
        layout = self.layout()
        spacing = layout.spacing() if layout is not None else 0
        return total + spacing * len(buttons) + margins.left() + margins.right()

    def refit(self) -> None:
        """Use the longest labels that fit the bar's width (call when the width, the text
        size or which buttons show changes)."""
        width = self.width() - 32  # the row's side margins
        for level in (0, 1, 2):
            labels = self._labels(level)
            if level == 2 or self._width(labels) <= width:
                break
        for button, text in labels.items():
            if button.text() != text:
                button.setText(text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.refit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class StatusLine(QWidget):
    def __init__(self, contact_line: str) -> None:
        super().__init__()
        self.setObjectName("statusLine")
        self.contact_line = contact_line
        self.online: bool | None = None
        self.pending = 0
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 4, 16, 4)
        self.contact = QLabel(self)
        self.network = QLabel(self)
        self.queue = QLabel(self)
        for label in (self.contact, self.network, self.queue):
            label.setObjectName("statusText")
        row.addWidget(self.contact)
        row.addStretch(1)
        row.addWidget(self.queue)
        row.addWidget(self.network)
        self.retranslate()

    def set_online(self, online: bool | None) -> None:
        self.online = online
        self.retranslate()

    def set_pending(self, pending: int) -> None:
        self.pending = pending
        self.retranslate()

    def retranslate(self) -> None:
        self.contact.setText(self.tr("Help line: %1").replace("%1", self.contact_line))
        if self.online is None:
            self.network.setText(self.tr("Connecting…"))
        elif self.online:
            self.network.setText("● " + self.tr("Online"))
        else:
            self.network.setText("○ " + self.tr("Offline: applications are kept and sent later"))
        self.queue.setText(
            self.tr("Waiting to be sent: %n", "", self.pending) if self.pending else ""
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
