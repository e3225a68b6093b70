"""Screen 'language': the visitor picks Қазақша, Русский or English.

Each button names its language in that language, with a greeting in that language too. Those
greetings are shown before any language is chosen, so they cannot come from the installed
translator: `LanguageTexts` keeps one (not installed) QTranslator per language and looks the
same Qt translation strings up in each. The attract screen and the printed receipt use it too.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from ui.chrome import LANGUAGE_NAMES
from ui.context import UiContext
from ui.i18n import LANGUAGES, LanguageTexts
from ui.screens.base import Navigator, Screen
from ui.theme import SCHEMES

GREETING = str(QT_TRANSLATE_NOOP("LanguageScreen", "Welcome!"))
CHOOSE = str(QT_TRANSLATE_NOOP("LanguageScreen", "Choose your language"))


class LanguageButton(QPushButton):
    """A huge button: the language's own name, and under it a greeting in that language.
    `text()` holds both lines (what a visitor reads); they are drawn in two sizes."""

    def __init__(self, name: str, parent: QWidget) -> None:
        super().__init__(name, parent)
        self.setObjectName("tile")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.language_name, self.greeting = name, ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_greeting(self, greeting: str) -> None:
        self.greeting = greeting
        self.setText(f"{self.language_name}\n{greeting}")
        self.setAccessibleName(self.language_name)
        self.setAccessibleDescription(greeting)

    def sizeHint(self) -> QSize:
        """Tall enough for both lines with generous room around them (the stylesheet's
        min-height is for one line of button text)."""
        name_font, greeting_font = self._fonts()
        height = round(name_font.pixelSize() * 1.3 + greeting_font.pixelSize() * 1.4) + 96
        return QSize(max(super().sizeHint().width(), 300), max(height, 160))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _fonts(self) -> tuple[QFont, QFont]:
        base = self.font()
        size = base.pixelSize() if base.pixelSize() > 0 else 28
        name, greeting = QFont(base), QFont(base)
        name.setPixelSize(round(size * 1.75))
        name.setBold(True)
        greeting.setPixelSize(round(size * 0.95))
        greeting.setBold(False)
        return name, greeting

    def paintEvent(self, event: QPaintEvent) -> None:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        painter = QStylePainter(self)
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
        app = QApplication.instance()
        scheme = SCHEMES.get(str(app.property("themeScheme"))) if app is not None else None
        colour = self.palette().color(QPalette.ColorRole.ButtonText)
        if self.isDown() and scheme is not None:
            colour = QColor(scheme.pressed_text)
        painter.setPen(colour)
        name_font, greeting_font = self._fonts()
        area = self.rect().adjusted(24, 12, -24, -12)
        name_h = round(name_font.pixelSize() * 1.3)
        greet_h = round(greeting_font.pixelSize() * 1.4)
        top = area.top() + max(0, (area.height() - name_h - greet_h) // 2)
        centre = Qt.AlignmentFlag.AlignCenter
        painter.setFont(name_font)
        painter.drawText(QRect(area.left(), top, area.width(), name_h), centre, self.language_name)
        painter.setFont(greeting_font)
        painter.drawText(
            QRect(area.left(), top + name_h, area.width(), greet_h), centre, self.greeting
        )


class LanguageScreen(Screen):
    name = "language"

    def __init__(self, ctx: UiContext, nav: Navigator) -> None:
        super().__init__(ctx, nav)
        self.texts = LanguageTexts.for_nav(nav)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 32, 48, 32)
        outer.setSpacing(24)
        self.title = QLabel(self)
        self.title.setObjectName("sectionTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        outer.addStretch(1)
        outer.addWidget(self.title)
        outer.addSpacing(16)
        row = QHBoxLayout()
        row.setSpacing(32)
        self.buttons: dict[str, LanguageButton] = {}
        for lang in LANGUAGES:
            button = LanguageButton(LANGUAGE_NAMES[lang], self)
            button.clicked.connect(lambda _=False, lang=lang: self.choose(lang))
            self.buttons[lang] = button
            row.addWidget(button, 1)
        self._row = row
        outer.addLayout(row)
        outer.addStretch(2)

    def minimumSizeHint(self) -> QSize:
        return QSize(320, 240)  # as AttractScreen: leave room for the keyboard elsewhere

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        portrait = self.height() > self.width()
        wanted = (
            QHBoxLayout.Direction.TopToBottom if portrait else QHBoxLayout.Direction.LeftToRight
        )
        if self._row.direction() != wanted:
            self._row.setDirection(wanted)

    def choose(self, lang: str) -> None:
        self.nav.set_language(lang)
        self.nav.go("home")

    def retranslate(self) -> None:
        # The title asks in all three languages: nobody has chosen one yet.
        self.title.setText(
            "  ·  ".join(self.texts.text(lang, "LanguageScreen", CHOOSE) for lang in LANGUAGES)
        )
        for lang, button in self.buttons.items():
            button.set_greeting(self.texts.text(lang, "LanguageScreen", GREETING))

    def wipe(self) -> None:
        """Nothing of the visitor's is kept here."""
