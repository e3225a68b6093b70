import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import importlib.util
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel

from ui.i18n import Translations, TranslationsError

_spec = importlib.util.spec_from_file_location(
    "kiosk_i18n_tool", Path(__file__).resolve().parents[2] / "tools" / "i18n.py"
)
i18n_tool = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(i18n_tool)

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{locale}">
<context>
    <name>Probe</name>
    <message>
        <source>Welcome</source>
        <translation>{text}</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def qm_dir(tmp_path):
    lrelease = i18n_tool.find_tool("lrelease")
    for lang, locale, text in (
        ("kk", "kk_KZ", "Қош келдіңіз"),
        ("ru", "ru_RU", "Добро пожаловать"),
    ):
        ts = tmp_path / f"kiosk_{lang}.ts"
        ts.write_text(TS.format(locale=locale, text=text), encoding="utf-8")
        subprocess.run(
            [str(lrelease), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )
    return tmp_path


class Probe(QLabel):
    def __init__(self):
        super().__init__()
        self.changes = 0
        self.retranslate()

    def retranslate(self):
        self.setText(QCoreApplication.translate("Probe", "Welcome"))

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.changes += 1
            self.retranslate()
        super().changeEvent(event)


def test_switch_installs_one_translator_and_widgets_retranslate(qapp, qtbot, qm_dir):
    translations = Translations(qm_dir)
    probe = Probe()
    qtbot.addWidget(probe)
    try:
        translations.switch(qapp, "kk")
        qtbot.waitUntil(lambda: probe.text() == "Қош келдіңіз")
        translations.switch(qapp, "ru")
        qtbot.waitUntil(lambda: probe.text() == "Добро пожаловать")
        assert translations.lang == "ru"
        assert probe.changes >= 2
    finally:
        translations.remove(qapp)
    qtbot.waitUntil(lambda: probe.text() == "Welcome")
    assert translations.lang is None


def test_missing_qm_is_a_clear_error_and_keeps_the_current_language(qapp, qm_dir):
    translations = Translations(qm_dir)
    try:
        translations.switch(qapp, "kk")
        with pytest.raises(TranslationsError, match=r"python tools/i18n\.py compile"):
            translations.switch(qapp, "en")  # no kiosk_en.qm in qm_dir
        assert translations.lang == "kk"
        assert QCoreApplication.translate("Probe", "Welcome") == "Қош келдіңіз"
    finally:
        translations.remove(qapp)


def test_unknown_language_is_refused(qapp, qm_dir):
    with pytest.raises(ValueError, match="kk, ru, en"):
        Translations(qm_dir).switch(qapp, "../kiosk_kk")


def test_default_directory_is_the_assets_one():
    from assets import translations_dir

    assert Translations().qm_path("kk") == translations_dir() / "kiosk_kk.qm"
