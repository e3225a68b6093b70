"""Switching the UI language at run time with one QTranslator.

    translations = Translations()          # assets/i18n/kiosk_<lang>.qm
    translations.switch(app, "kk")         # every widget gets a LanguageChange event

Widgets retranslate in `changeEvent` (`QEvent.Type.LanguageChange`). The .qm files are
built ahead of time with `python tools/i18n.py compile`; nothing is compiled at run time.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTranslator

from assets import translations_dir

LANGUAGES: tuple[str, ...] = ("kk", "ru", "en")
PREFIX = "kiosk"


class TranslationsError(RuntimeError):
    """A language's .qm file is missing or unreadable."""


class Translations:
    """Owns the app's one installed QTranslator."""

    def __init__(self, directory: Path | None = None, languages: tuple[str, ...] = LANGUAGES):
        self.directory = Path(directory) if directory is not None else translations_dir()
        self.languages = languages
        self._translator: QTranslator | None = None
        self._lang: str | None = None

    @property
    def lang(self) -> str | None:
        """The language installed now, or None."""
        return self._lang

    def qm_path(self, lang: str) -> Path:
        return self.directory / f"{PREFIX}_{lang}.qm"

    def load(self, lang: str) -> QTranslator:
        """A QTranslator loaded with `lang`'s .qm file (not installed)."""
        if lang not in self.languages:
            raise ValueError(f"unknown language {lang!r}; known: {', '.join(self.languages)}")
        path = self.qm_path(lang)
        if not path.is_file():
            raise TranslationsError(
                f"translation file {path} is missing: run `python tools/i18n.py compile`"
            )
        translator = QTranslator()
        if not translator.load(str(path)):
            raise TranslationsError(
                f"cannot load translation file {path}: rebuild it with "
                "`python tools/i18n.py compile`"
            )
        return translator

    def switch(self, app: QCoreApplication, lang: str) -> None:
        """Install `lang`, replacing the previous language. Nothing changes if loading fails."""
        if lang == self._lang and self._translator is not None:
            return
        translator = self.load(lang)
        self.remove(app)
        app.installTranslator(translator)
        self._translator = translator
        self._lang = lang

    def remove(self, app: QCoreApplication) -> None:
        """Uninstall the current translator (the UI falls back to the source strings)."""
        if self._translator is not None:
            app.removeTranslator(self._translator)
        self._translator = None
        self._lang = None


class LanguageTexts:
    """Texts in a given language without switching the application's language."""

    def __init__(self, translations: Translations | None = None) -> None:
        self.translations = translations or Translations()
        self._loaded: dict[str, Any] = {}

    @classmethod
    def for_nav(cls, nav: object) -> LanguageTexts:
        """Use the main window's translations (its .qm directory) when it has one."""
        translations = getattr(nav, "translations", None)
        return cls(translations if isinstance(translations, Translations) else None)

    def text(self, lang: str, context: str, source: str) -> str:
        """`source` (an English Qt source string of `context`) in `lang`; the source itself
        when that language has no translation for it."""
        if lang not in self._loaded:
            try:
                self._loaded[lang] = self.translations.load(lang)
            except (TranslationsError, ValueError):
                self._loaded[lang] = None
        translator = self._loaded[lang]
        found = translator.translate(context, source) if translator is not None else ""
        return found or source
