"""What stays on screen around every screen: the top bar (home, back, the three languages,
large text, contrast) and the quiet status line (online/offline, waiting submissions,
the office's contact line)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}


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

    def set_language(self, lang: str) -> None:
        for code, button in self.languages.items():
            button.setChecked(code == lang)

    def retranslate(self) -> None:
        self.home.setText("⌂ " + self.tr("Home"))
        self.back.setText("‹ " + self.tr("Back"))
        # Short, language-free marks keep the bar on one line in every language and size;
        # the accessible names say what they do.
        self.large.setText("A+")
        self.large.setAccessibleName(self.tr("Large text"))
        self.contrast.setText("◐")
        self.contrast.setAccessibleName(self.tr("High contrast"))

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
