"""Screen 'attract': what the kiosk shows while nobody is using it.

Calm and inviting: the office's name, what the kiosk offers and a huge "Touch to start", in
Kazakh, Russian and English in turn (every few seconds), without switching the application's
language: the texts come from `LanguageTexts`. A touch anywhere opens the language choice.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout

from kiosk.config import Config
from ui.chrome import LANGUAGE_NAMES
from ui.i18n import LANGUAGES, LanguageTexts
from ui.screens.base import Navigator, Screen
from ui.theme import TEXT_SCALES, TypeSizes

CYCLE_MS = 4000
CONTEXT = "AttractScreen"
HEADLINE = str(QT_TRANSLATE_NOOP("AttractScreen", "Hello! At this kiosk you can:"))
OFFERS = (
    str(QT_TRANSLATE_NOOP("AttractScreen", "Apply for public services")),
    str(QT_TRANSLATE_NOOP("AttractScreen", "Check your application")),
    str(QT_TRANSLATE_NOOP("AttractScreen", "Write to the akim")),
)
START = str(QT_TRANSLATE_NOOP("AttractScreen", "Touch to start"))


class AttractScreen(Screen):
    name = "attract"
    show_chrome = False

    def __init__(self, config: Config, nav: Navigator) -> None:
        # Shown before the kiosk is wired (no catalog, store or network yet): it needs only
        # the configuration.
        super().__init__(None, nav)
        self.config = config
        self.texts = LanguageTexts.for_nav(nav)
        self.shown_language = LANGUAGES[0]
        self.cycle_timer = QTimer(self)
        self.cycle_timer.setInterval(CYCLE_MS)
        self.cycle_timer.timeout.connect(self.next_language)

        col = QVBoxLayout(self)
        col.setContentsMargins(64, 48, 64, 48)
        col.setSpacing(20)
        self.office = self._label("sectionTitle")
        self.headline = self._label("screenTitle")
        self.offers = [self._label("sectionTitle") for _ in OFFERS]
        self.start = QPushButton(self)
        self.start.setObjectName("primaryButton")
        self.start.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.start.setMinimumHeight(150)
        self.start.setMinimumWidth(560)
        self.start.clicked.connect(self.begin)
        self.languages = self._label("helpLabel")
        col.addStretch(3)
        col.addWidget(self.office)
        col.addSpacing(8)
        col.addWidget(self.headline)
        for offer in self.offers:
            col.addWidget(offer)
        col.addStretch(2)
        col.addWidget(self.start, 0, Qt.AlignmentFlag.AlignHCenter)
        col.addStretch(3)
        col.addWidget(self.languages)

    def _label(self, object_name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(object_name)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        return label

    def minimumSizeHint(self) -> QSize:
        # The screens share one stack, whose minimum is the largest page's: stay small so the
        # on-screen keyboard always has room on the other screens.
        return QSize(320, 240)

    # -- Screen ----------------------------------------------------------------------------
    def enter(self, **params: Any) -> None:
        first = self.config.default_language
        self.show_language(first if first in LANGUAGES else LANGUAGES[0])
        self._size_start_button()
        self.cycle_timer.start()

    def leave(self) -> None:
        self.cycle_timer.stop()

    def retranslate(self) -> None:
        self.show_language(self.shown_language)

    def wipe(self) -> None:
        """Nothing of the visitor's is shown here."""

    # -- the cycle -------------------------------------------------------------------------
    def next_language(self) -> None:
        index = LANGUAGES.index(self.shown_language)
        self.show_language(LANGUAGES[(index + 1) % len(LANGUAGES)])

    def show_language(self, lang: str) -> None:
        self.shown_language = lang

        def t(source: str) -> str:
            return self.texts.text(lang, CONTEXT, source)

        office = self.config.office_name
        name = office.get(lang) or next((office[k] for k in LANGUAGES if office.get(k)), "")
        self.office.setText(name)
        self.office.setVisible(bool(name))
        self.headline.setText(t(HEADLINE))
        for label, source in zip(self.offers, OFFERS, strict=True):
            label.setText("•  " + t(source))
        self.start.setText(t(START))
        # which languages the kiosk speaks; the one shown now in brackets
        self.languages.setText(
            "     ".join(
                f"[ {LANGUAGE_NAMES[code]} ]" if code == lang else LANGUAGE_NAMES[code]
                for code in LANGUAGES
            )
        )

    def _size_start_button(self) -> None:
        """The start button's text is larger than any other button's."""
        app = QApplication.instance()
        large = bool(app.property("themeLargeText")) if app is not None else False
        sizes = TypeSizes.for_scale(TEXT_SCALES["large" if large else "normal"])
        self.start.setStyleSheet(f"font-size: {round(sizes.screen_title * 1.25)}px;")

    # -- a touch anywhere ------------------------------------------------------------------
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.begin()
        else:
            super().mouseReleaseEvent(event)

    def begin(self) -> None:
        self.cycle_timer.stop()
        self.nav.go("language")
