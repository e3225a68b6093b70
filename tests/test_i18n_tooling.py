import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load_tool():
    spec = importlib.util.spec_from_file_location("kiosk_i18n_tool", ROOT / "tools" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


i18n = _load_tool()

HEADER = (
    '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="kk_KZ">\n'
)

COMPLETE = (
    HEADER
    + """<context>
    <name>HomeScreen</name>
    <message>
        <source>Welcome</source>
        <translation>Қош келдіңіз</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n өтініш</numerusform>
            <numerusform>%n өтініш</numerusform>
        </translation>
    </message>
    <message>
        <source>Old text</source>
        <translation type="vanished">Ескі мәтін</translation>
    </message>
</context>
</TS>
"""
)

INCOMPLETE = (
    HEADER
    + """<context>
    <name>HomeScreen</name>
    <message>
        <source>Welcome</source>
        <translation>Қош келдіңіз</translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished">Келесі</translation>
    </message>
    <message>
        <source>Back</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message numerus="yes">
        <source>%n character(s) too long</source>
        <translation>
            <numerusform>%n таңба артық</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
"""
)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_complete_file_has_nothing_untranslated(tmp_path):
    assert i18n.untranslated(_write(tmp_path, "kiosk_kk.ts", COMPLETE)) == []


def test_unfinished_and_empty_messages_are_found(tmp_path):
    found = i18n.untranslated(_write(tmp_path, "kiosk_kk.ts", INCOMPLETE))
    assert found == [
        "HomeScreen: Next",
        "HomeScreen: Back",
        "Errors: %n character(s) too long",
    ]


def test_check_exits_non_zero_when_something_is_missing(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(i18n, "I18N_DIR", tmp_path)
    for lang in i18n.LANGUAGES:
        _write(tmp_path, f"kiosk_{lang}.ts", COMPLETE)
    assert i18n.check() == 0
    _write(tmp_path, "kiosk_ru.ts", INCOMPLETE)
    assert i18n.check() == 1
    assert "kiosk_ru.ts: untranslated: HomeScreen: Back" in capsys.readouterr().out
    (tmp_path / "kiosk_en.ts").unlink()
    assert i18n.check() == 1


def test_fill_source_language_copies_plain_messages_only(tmp_path):
    path = _write(tmp_path, "kiosk_en.ts", INCOMPLETE)
    assert i18n.fill_source_language(path) == 1  # "Back"; "Next" already has a text
    assert i18n.untranslated(path) == [
        "HomeScreen: Next",
        "Errors: %n character(s) too long",
    ]
    assert path.read_text(encoding="utf-8").startswith('<?xml version="1.0" encoding="utf-8"?>')


def test_find_tool_finds_lupdate_and_lrelease():
    for name in ("lupdate", "lrelease"):
        assert i18n.find_tool(name).is_file()


def test_cli(tmp_path, monkeypatch):
    monkeypatch.setattr(i18n, "I18N_DIR", tmp_path)
    for lang in i18n.LANGUAGES:
        _write(tmp_path, f"kiosk_{lang}.ts", COMPLETE)
    assert i18n.main(["check"]) == 0
    with pytest.raises(SystemExit):
        i18n.main(["bogus"])
