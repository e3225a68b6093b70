"""Translation files of the kiosk UI.

    python tools/i18n.py update [--fill-en]  # every .py under ui/ -> assets/i18n/kiosk_<lang>.ts
    python tools/i18n.py compile   # lrelease each .ts -> .qm next to it
    python tools/i18n.py check     # list unfinished/empty messages; exit 1 if any

Source strings are English (`self.tr("Next")`). `update` keeps existing translations and
drops obsolete ones (-no-obsolete). `--fill-en` copies the source text into empty English
translations (numerus forms excepted), since English is the source language.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET  # only our own .ts files are parsed
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
I18N_DIR = ROOT / "assets" / "i18n"
LANGUAGES: dict[str, str] = {"kk": "kk_KZ", "ru": "ru_RU", "en": "en_US"}
PREFIX = "kiosk"


def ts_path(lang: str, directory: Path | None = None) -> Path:
    return (directory or I18N_DIR) / f"{PREFIX}_{lang}.ts"


def _show(path: Path) -> str:
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        return str(path)


def find_tool(name: str) -> Path:
    """`lupdate`/`lrelease`: pyside6-<name> next to the interpreter, else PySide6's own copy."""
    exe = ".exe" if os.name == "nt" else ""
    bindir = Path(sys.executable).parent
    candidates = [bindir / f"pyside6-{name}{exe}", bindir / "Scripts" / f"pyside6-{name}{exe}"]
    try:
        import PySide6

        candidates.append(Path(PySide6.__file__).resolve().parent / f"{name}{exe}")
    except ImportError:
        pass
    for c in candidates:
        if c.is_file() and os.access(c, os.X_OK):
            return c
    found = shutil.which(f"pyside6-{name}")
    if found:
        return Path(found)
    raise SystemExit(f"cannot find {name}: install PySide6-Essentials in this environment")


def ui_sources(ui_dir: Path = UI_DIR) -> list[Path]:
    return sorted(p for p in ui_dir.rglob("*.py") if "__pycache__" not in p.parts)


def update(fill_en: bool = False) -> None:
    sources = ui_sources()
    if not sources:
        raise SystemExit(f"no .py files under {UI_DIR}")
    I18N_DIR.mkdir(parents=True, exist_ok=True)
    lupdate = find_tool("lupdate")
    for lang, locale in LANGUAGES.items():
        cmd = [
            str(lupdate),
            *(str(p) for p in sources),
            "-source-language", "en_US",
            "-target-language", locale,
            "-no-obsolete",
            "-locations", "relative",
            "-silent",
            "-ts", str(ts_path(lang)),
        ]  # fmt: skip
        subprocess.run(cmd, check=True)
        print(f"updated {_show(ts_path(lang))}")
    if fill_en:
        n = fill_source_language(ts_path("en"))
        print(f"filled {n} English translation(s) from the source text")


def compile_all() -> None:
    lrelease = find_tool("lrelease")
    for lang in LANGUAGES:
        src = ts_path(lang)
        if not src.is_file():
            raise SystemExit(f"{src} is missing: run `python tools/i18n.py update` first")
        qm = src.with_suffix(".qm")
        # Write beside it, then rename: a running kiosk has the old .qm mapped into memory,
        # and rewriting that file in place kills it with SIGBUS.
        fresh = qm.with_suffix(".qm.new")
        subprocess.run([str(lrelease), "-silent", str(src), "-qm", str(fresh)], check=True)
        fresh.replace(qm)
        print(f"compiled {_show(qm)}")


def _messages(root: ET.Element):
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            yield name, message


def untranslated(ts_path: Path | str) -> list[str]:
    """Every message whose translation is unfinished or empty, as "<context>: <source>".

    Obsolete/vanished messages (if any were kept) are not counted.
    """
    root = ET.parse(ts_path).getroot()  # noqa: S314 - our own files
    missing: list[str] = []
    for context, message in _messages(root):
        tr = message.find("translation")
        kind = tr.get("type") if tr is not None else None
        if kind in ("obsolete", "vanished"):
            continue
        if tr is None or kind == "unfinished":
            empty = True
        elif message.get("numerus") == "yes":
            forms = tr.findall("numerusform")
            empty = not forms or any(not (f.text or "").strip() for f in forms)
        else:
            empty = not (tr.text or "").strip()
        if empty:
            missing.append(f"{context}: {message.findtext('source', default='')}")
    return missing


def fill_source_language(path: Path) -> int:
    """Copy <source> into empty, non-numerus translations of a source-language .ts file."""
    tree = ET.parse(path)  # noqa: S314 - our own file
    n = 0
    for _, message in _messages(tree.getroot()):
        tr = message.find("translation")
        if tr is None or message.get("numerus") == "yes":
            continue
        if tr.get("type") in (None, "unfinished") and not (tr.text or "").strip():
            tr.text = message.findtext("source", default="")
            tr.attrib.pop("type", None)
            n += 1
    if n:
        ET.indent(tree, space="    ")
        with open(path, "wb") as f:
            f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            tree.write(f, encoding="utf-8", xml_declaration=False)
            f.write(b"\n")
    return n


def check(directory: Path | None = None) -> int:
    """Print every untranslated message of every language; 1 if there is any, else 0."""
    problems = 0
    for lang in LANGUAGES:
        path = ts_path(lang, directory)
        if not path.is_file():
            print(f"{_show(path)}: missing (run `python tools/i18n.py update`)")
            problems += 1
            continue
        missing = untranslated(path)
        problems += len(missing)
        for m in missing:
            print(f"{_show(path)}: untranslated: {m}")
    if problems:
        print(f"{problems} problem(s)")
        return 1
    print("all translations complete")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    up = sub.add_parser("update", help="extract strings from ui/ into the .ts files")
    up.add_argument("--fill-en", action="store_true", help="English = source text where empty")
    sub.add_parser("compile", help="build .qm files from the .ts files")
    sub.add_parser("check", help="list unfinished or empty translations")
    args = parser.parse_args(argv)
    if args.command == "update":
        update(fill_en=args.fill_en)
    elif args.command == "compile":
        compile_all()
    else:
        return check()
    return 0


if __name__ == "__main__":
    sys.exit(main())
