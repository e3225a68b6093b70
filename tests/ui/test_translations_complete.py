"""The committed translation files cover every UI string, in every language, properly.

A string added to ui/ (`self.tr(...)`, `QCoreApplication.translate(...)`,
`QT_TRANSLATE_NOOP(...)`) fails this suite until `python tools/i18n.py update` has put it in
assets/i18n/kiosk_<lang>.ts and a translator has filled it in (`python tools/i18n.py check`
lists what is left). The strings are found by Qt's own lupdate, run into a scratch directory,
so what is checked is exactly what the kiosk will look up.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ET  # only our own .ts files and lupdate's output are parsed
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_i18n_tool():
    try:
        from tools import i18n
    except ImportError:  # `tools` is not importable from where the suite runs
        spec = importlib.util.spec_from_file_location(
            "kiosk_tools_i18n", ROOT / "tools" / "i18n.py"
        )
        assert spec is not None and spec.loader is not None
        i18n = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = i18n
        spec.loader.exec_module(i18n)
    return i18n


i18n = _load_i18n_tool()
LANGS = list(i18n.LANGUAGES)  # kk, ru, en
# How many plural forms Qt wants for each language is read from lupdate (see fresh_ts); the
# two we know for sure are pinned here too, so a wrong lupdate setting cannot hide.
KNOWN_PLURAL_FORMS = {"ru": 3, "en": 2}
PLACEHOLDER = re.compile(r"%(?:\d+|n)")
LETTER_RUN = re.compile(r"[^\W\d_]+")  # a run of letters: "PIN-код" is "PIN" and "код"


def is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff" or "\u0500" <= ch <= "\u052f"


def is_latin(ch: str) -> bool:
    return ch.isascii() or "\u00c0" <= ch <= "\u024f" or "\u1e00" <= ch <= "\u1eff"


def messages(path: Path) -> dict[tuple[str, str, str], ET.Element]:
    """(context, source, comment) -> <message>, for every live message of a .ts file."""
    root = ET.parse(path).getroot()  # our own file
    found: dict[tuple[str, str, str], ET.Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr is not None and tr.get("type") in ("obsolete", "vanished"):
                continue
            key = (
                name,
                message.findtext("source", default=""),
                message.findtext("comment", default=""),
            )
            found[key] = message
    return found


def translations(message: ET.Element) -> list[str]:
    """The translation's text, or each of its plural forms."""
    tr = message.find("translation")
    if tr is None:
        return []
    if message.get("numerus") == "yes":
        return [f.text or "" for f in tr.findall("numerusform")]
    return [tr.text or ""]


@pytest.fixture(scope="module")
def committed() -> dict[str, dict[tuple[str, str, str], ET.Element]]:
    return {lang: messages(i18n.ts_path(lang)) for lang in LANGS}


@pytest.fixture(scope="module")
def fresh_ts(tmp_path_factory) -> dict[str, Path]:
    """What `tools/i18n.py update` would extract from ui/ now, into new, empty .ts files."""
    directory = tmp_path_factory.mktemp("lupdate")
    lupdate = i18n.find_tool("lupdate")
    sources = [str(p) for p in i18n.ui_sources()]
    assert sources, "no .py files under ui/"
    out: dict[str, Path] = {}
    for lang, locale in i18n.LANGUAGES.items():
        ts = i18n.ts_path(lang, directory)
        subprocess.run(
            [
                str(lupdate),
                *sources,
                "-source-language",
                "en_US",
                "-target-language",
                locale,
                "-no-obsolete",
                "-locations",
                "none",
                "-silent",
                "-ts",
                str(ts),
            ],
            check=True,
        )
        out[lang] = ts
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_nothing_is_left_untranslated(lang):
    missing = i18n.untranslated(i18n.ts_path(lang))
    assert missing == [], (
        f"{len(missing)} untranslated message(s) in kiosk_{lang}.ts:\n  " + "\n  ".join(missing)
    )


@pytest.mark.parametrize("lang", LANGS)
def test_every_ui_string_is_in_the_translation_file(lang, fresh_ts, committed):
    wanted = messages(fresh_ts[lang])
    assert len(wanted) > 50, "lupdate found almost nothing in ui/: is it working?"
    have = committed[lang]
    new = sorted(f"{c}: {s}" for c, s, _ in wanted.keys() - have.keys())
    gone = sorted(f"{c}: {s}" for c, s, _ in have.keys() - wanted.keys())
    assert not new, (
        f"ui/ has {len(new)} string(s) missing from kiosk_{lang}.ts (run "
        "`python tools/i18n.py update`, then translate them):\n  " + "\n  ".join(new)
    )
    assert not gone, (
        f"kiosk_{lang}.ts has {len(gone)} message(s) no longer in ui/ (run "
        "`python tools/i18n.py update`):\n  " + "\n  ".join(gone)
    )


@pytest.mark.parametrize("lang", LANGS)
def test_plural_messages_have_the_forms_qt_expects(lang, fresh_ts, committed):
    """Russian needs one/few/many, English one/other; Kazakh what Qt's rules for kk_KZ say."""
    wanted = messages(fresh_ts[lang])
    plural = {k: m for k, m in wanted.items() if m.get("numerus") == "yes"}
    assert plural, "the UI has plural messages (%n); lupdate found none"
    for key, fresh in plural.items():
        expected = len(translations(fresh))
        if lang in KNOWN_PLURAL_FORMS:
            assert expected == KNOWN_PLURAL_FORMS[lang]
        message = committed[lang][key]
        assert message.get("numerus") == "yes", f"{key[0]}: {key[1]} must be a plural message"
        forms = translations(message)
        assert len(forms) == expected, (
            f"kiosk_{lang}.ts, {key[0]}: {key[1]!r} has {len(forms)} plural form(s); "
            f"Qt expects {expected}"
        )


@pytest.mark.parametrize("lang", LANGS)
def test_placeholders_are_kept(lang, committed):
    wrong = []
    for (context, source, _), message in committed[lang].items():
        expected = sorted(PLACEHOLDER.findall(source))
        for text in translations(message):
            if sorted(PLACEHOLDER.findall(text)) != expected:
                wrong.append(f"{context}: {source!r} -> {text!r}")
    assert not wrong, "placeholders (%1, %2, %n) differ from the source:\n  " + "\n  ".join(wrong)


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_cyrillic_words_are_all_cyrillic(lang, committed):
    """No Latin look-alike inside a word (a Latin "i" for the Kazakh "і", a Latin "ə" for
    "ә", an "a"/"o"/"e"/"c"...): each run of letters is one script. Every translation with
    letters has Cyrillic in it; Latin is only for whole words (PIN, QR, name@mail.kz)."""
    wrong = []
    for (context, source, _), message in committed[lang].items():
        for text in translations(message):
            runs = LETTER_RUN.findall(text)
            mixed = [
                r
                for r in runs
                if any(is_cyrillic(c) for c in r) and any(not is_cyrillic(c) for c in r)
            ]
            odd = [r for r in runs if not all(is_cyrillic(c) or is_latin(c) for c in r)]
            if mixed or odd or (runs and not any(is_cyrillic(c) for r in runs for c in r)):
                wrong.append(f"{context}: {source!r} -> {text!r} {mixed + odd}")
    assert not wrong, f"kiosk_{lang}.ts, not proper Cyrillic:\n  " + "\n  ".join(wrong)


def test_kazakh_uses_its_own_letters(committed):
    """Kazakh text written with the Russian alphabet only would be a sign of a wrong file or
    a lost encoding: the translations as a whole use ә ғ қ ң ө ұ ү і."""
    text = "".join(t for m in committed["kk"].values() for t in translations(m)).lower()
    assert set("әғқңөұүі") <= set(text)  # (һ is rare: only in loanwords)


@pytest.mark.parametrize("lang", LANGS)
def test_translation_files_compile_and_translate(lang, tmp_path, committed, qapp):
    """lrelease accepts the file, and the .qm gives back each translation (plural forms by
    the count: 1 заявка, 2 заявки, 5 заявок)."""
    from PySide6.QtCore import QTranslator

    qm = tmp_path / f"kiosk_{lang}.qm"
    subprocess.run(
        [str(i18n.find_tool("lrelease")), "-silent", str(i18n.ts_path(lang)), "-qm", str(qm)],
        check=True,
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    for (context, source, comment), message in committed[lang].items():
        forms = translations(message)
        if message.get("numerus") == "yes":
            got = translator.translate(context, source, comment or None, 1)
            assert got == forms[0], (context, source)
            if lang == "ru":
                assert [
                    translator.translate(context, source, comment or None, n) for n in (2, 5, 21)
                ] == [forms[1], forms[2], forms[0]]
        else:
            assert translator.translate(context, source, comment or None) == forms[0], (
                context,
                source,
            )
