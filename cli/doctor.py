"""`kiosk doctor`: checks a kiosk's setup and says, for each problem, what to do about it.

One line per check: `OK   check: detail`, `WARN check: detail — what to do`, or
`FAIL check: what is wrong — what to do`; exit 1 when anything failed. The checks never change
the kiosk: the database is opened read-only (a corrupt one is reported, not quarantined), and
a bad configuration is a failed check, not the end of the run. Qt is imported only by the font
and printer checks, through ui.diagnostics.

The functions that touch the machine (write_probe, free_bytes, run_ldd) are module globals so
tests can stand in for what a root test process cannot make happen (an unwritable directory).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path

import sqlite_utils

from kiosk.config import Config, ConfigError, load_config
from kiosk.paths import DataDir, default_config_file, default_data_dir
from offline_cache.catalog_cache import CatalogCache
from offline_cache.outbox import Outbox
from offline_cache.provisioning import Identity, Meta
from offline_cache.schema import MIGRATIONS

OK, WARN, FAIL = "OK", "WARN", "FAIL"
FREE_WARN_BYTES = 500 * 1024 * 1024
FREE_FAIL_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class Check:
    check: str
    status: str  # OK, WARN or FAIL
    detail: str
    hint: str = ""

    def line(self) -> str:
        text = f"{self.status:<4} {self.check}: {self.detail}"
        return f"{text} — {self.hint}" if self.hint and self.status != OK else text


@dataclass
class DbFacts:
    """What the database says, read-only; `readable` is False when it could not be read."""

    readable: bool = False
    identity: Identity | None = None
    etag: str | None = None
    catalog_version: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    oldest_pending_at: str | None = None
    last_sync_at: str | None = None
    quarantine: str | None = None  # the warning kept when a corrupt file was moved aside


def doctor(args: argparse.Namespace) -> int:
    checks = run_checks(args.data_dir, args.config)
    if getattr(args, "json", False):
        print(json.dumps([asdict(c) for c in checks], ensure_ascii=False, indent=2))
    else:
        for check in checks:
            print(check.line())
    return 1 if any(c.status == FAIL for c in checks) else 0


def run_checks(data_dir: Path | None, config_file: Path | None) -> list[Check]:
    from cli.doctor_hub import check_hub

    config, checks = check_config(config_file)
    data = DataDir(data_dir or default_data_dir())
    checks += check_data_dir(data)
    db_checks, facts = inspect_database(data.database)
    checks += db_checks
    checks.append(check_provisioning(facts))
    checks += check_hub(config, facts, data.root)
    checks.append(check_printer(config))
    checks.append(check_fonts())
    checks.append(check_qt_platform(os.environ))
    return checks


# -- configuration -------------------------------------------------------------------------------
def check_config(config_file: Path | None) -> tuple[Config, list[Check]]:
    if config_file is None and default_config_file().is_file():
        config_file = default_config_file()
    if config_file is None:
        return Config(), [Check("config", OK, "no configuration file: built-in defaults")]
    try:
        config = load_config(config_file)
    except ConfigError as exc:
        hint = f"fix it in {config_file} (README: Configuration); the checks below use defaults"
        return Config(), [Check("config", FAIL, str(exc), hint)]
    return config, [Check("config", OK, f"{config_file} is valid")]


# -- data directory ------------------------------------------------------------------------------
def write_probe(folder: Path) -> None:
    """Write, fsync and remove a small file in `folder` (OSError when that is not possible)."""
    fd, name = tempfile.mkstemp(prefix=".doctor-", dir=folder)
    try:
        os.write(fd, b"kiosk doctor\n")
        os.fsync(fd)
    finally:
        os.close(fd)
        os.unlink(name)


def free_bytes(folder: Path) -> int:
    return shutil.disk_usage(folder).free


def check_data_dir(data: DataDir) -> list[Check]:
    root = data.root
    where = "pass the kiosk's --data-dir"
    if not root.exists():
        return [
            Check(
                "data dir",
                FAIL,
                f"{root} does not exist",
                f"`kiosk provision` makes it; or {where}",
            )
        ]
    if not root.is_dir():
        return [
            Check(
                "data dir", FAIL, f"{root} is not a directory", f"move that file away, or {where}"
            )
        ]
    checks = []
    try:
        write_probe(root)
    except OSError as exc:
        checks.append(
            Check(
                "data dir",
                FAIL,
                f"cannot write in {root} ({exc.strerror or exc})",
                f"give the kiosk's user the folder (chown -R USER {root}) and "
                "check the disk is not mounted read-only",
            )
        )
    else:
        checks.append(Check("data dir", OK, f"{root} is writable (a file written and synced)"))
    free = free_bytes(root)
    text = f"{free / 1024**2:,.0f} MB free"
    hint = f"free space on the disk holding {root} (old files in {data.quarantine}, /var/log)"
    if free < FREE_FAIL_BYTES:
        checks.append(Check("disk space", FAIL, f"only {text}: submissions may not be saved", hint))
    elif free < FREE_WARN_BYTES:
        checks.append(Check("disk space", WARN, f"only {text}", hint))
    else:
        checks.append(Check("disk space", OK, text))
    return checks


# -- database ------------------------------------------------------------------------------------
def inspect_database(path: Path) -> tuple[list[Check], DbFacts]:
    """Check the file before anything opens it for writing: a corrupt database is reported here,
    where opening the store would move it into quarantine."""
    facts = DbFacts()
    if not path.is_file():
        facts.readable = True  # nothing there: certainly not provisioned
        return [
            Check(
                "database",
                WARN,
                f"{path} does not exist yet",
                "it is made by `kiosk provision` or the first start",
            )
        ], facts
    hint = (
        "stop the kiosk and start it again: it moves the file into quarantine/ and starts "
        "a fresh database; give quarantine/ to support (queued submissions are in it)"
    )
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, timeout=5)
    except sqlite3.Error as exc:
        return [Check("database", FAIL, f"cannot open {path.name} ({exc})", hint)], facts
    try:
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check(5)")]
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if problems != ["ok"]:
            return [
                Check(
                    "database",
                    FAIL,
                    f"{path.name} fails its integrity check: {'; '.join(problems)[:300]}",
                    hint,
                )
            ], facts
        if version > len(MIGRATIONS):
            return [
                Check(
                    "database",
                    FAIL,
                    f"schema {version} is newer than this kiosk knows ({len(MIGRATIONS)})",
                    "install the kiosk version that made it",
                )
            ], facts
        if version < len(MIGRATIONS):
            return [
                Check(
                    "database",
                    WARN,
                    f"integrity ok, schema {version} of {len(MIGRATIONS)}",
                    "the next start brings it up to date",
                )
            ], facts
        _read_facts(sqlite_utils.Database(conn), facts)
    except sqlite3.DatabaseError as exc:
        return [
            Check("database", FAIL, f"{path.name} is not a usable database ({exc})", hint)
        ], facts
    finally:
        conn.close()
    checks = [Check("database", OK, f"{path} integrity ok, schema {version}")]
    checks.append(_queue_check(facts))
    checks.append(_quarantine_check(facts))
    checks.append(_catalog_check(facts))
    return checks, facts


def _read_facts(db: sqlite_utils.Database, facts: DbFacts) -> None:
    meta, outbox, catalog = Meta(db), Outbox(db), CatalogCache(db)
    facts.identity = meta.identity()
    facts.counts = outbox.counts()
    facts.oldest_pending_at = outbox.oldest_pending_at()
    facts.last_sync_at = meta.get("last_sync_at")
    facts.etag = catalog.etag()
    row = db.execute("SELECT version FROM catalog_cache WHERE slot = 1").fetchone()
    facts.catalog_version = row[0] if row else None
    facts.quarantine = meta.get("quarantine_warning")
    facts.readable = True


def _queue_check(facts: DbFacts) -> Check:
    c = facts.counts
    pending = c.get("queued", 0) + c.get("sending", 0)
    text = f"{pending} waiting, {c.get('delivered', 0)} delivered, {c.get('rejected', 0)} rejected"
    if pending:
        text += f" (oldest waiting since {facts.oldest_pending_at})"
    if c.get("rejected", 0):
        return Check(
            "queue",
            WARN,
            text,
            "the hub refused some: `kiosk queue --state rejected`, "
            "then requeue or export them from the technician screen",
        )
    return Check("queue", OK, text)


def _quarantine_check(facts: DbFacts) -> Check:
    warning = facts.quarantine
    if warning:
        return Check(
            "quarantine",
            WARN,
            f"a corrupt database was moved aside: {warning}",
            "give the file in quarantine/ to support, then clear the warning on the "
            "technician screen",
        )
    return Check("quarantine", OK, "no database was moved aside")


def _catalog_check(facts: DbFacts) -> Check:
    if facts.catalog_version is None:
        return Check(
            "catalog",
            WARN,
            "no catalog from the hub yet: visitors see the built-in demo catalog",
            "run `kiosk sync --once` once the hub checks pass",
        )
    return Check("catalog", OK, f"version {facts.catalog_version} cached")


def check_provisioning(facts: DbFacts) -> Check:
    if facts.identity is not None:
        return Check(
            "provisioning", OK, f"kiosk {facts.identity.kiosk_id} at {facts.identity.hub_url}"
        )
    why = "not provisioned" if facts.readable else "no identity (the database cannot be read)"
    return Check(
        "provisioning",
        FAIL,
        why,
        "get a one-time code from the hub's operator "
        "(`kiosk-hub add-kiosk`), then `kiosk provision --hub URL --code CODE`",
    )


# -- printer, fonts, Qt ----------------------------------------------------------------------------
def check_printer(config: Config) -> Check:
    printer = config.printer
    if printer is None:
        return Check("printer", OK, "none configured: receipts are shown on screen only")
    if printer.lower().endswith(".pdf"):
        folder = Path(printer).expanduser().parent
        try:
            write_probe(folder)
        except OSError as exc:
            return Check(
                "printer",
                FAIL,
                f"cannot write PDF receipts in {folder} ({exc.strerror or exc})",
                "create the folder and give it to the kiosk's user, or fix `printer` in kiosk.toml",
            )
        return Check("printer", OK, f"PDF receipts go to {printer} (folder writable)")
    try:
        from ui.diagnostics import printer_names

        names = printer_names()
    except Exception as exc:  # Qt itself cannot start: the fonts/Qt checks say why
        return Check(
            "printer", FAIL, f"cannot ask Qt for printers ({exc})", "see the qt platform check"
        )
    if printer in names:
        return Check("printer", OK, f"{printer!r} is available")
    seen = ", ".join(repr(n) for n in names) if names else "none"
    return Check(
        "printer",
        FAIL,
        f"printer {printer!r} not found (printers seen: {seen})",
        "connect and switch it on, add it in CUPS (`lpstat -p` lists them), or fix "
        "`printer` in kiosk.toml",
    )


def check_fonts() -> Check:
    hint = "reinstall the kiosk: its assets/fonts are damaged"
    try:
        from ui.diagnostics import kazakh_font_coverage

        coverage = kazakh_font_coverage()
    except Exception as exc:
        return Check("fonts", FAIL, f"the bundled font does not load ({exc})", hint)
    if coverage.missing:
        return Check(
            "fonts",
            FAIL,
            f"{coverage.family} lacks {len(coverage.missing)} Kazakh "
            f"letters: {coverage.missing[:42]}",
            hint,
        )
    if coverage.resolved != coverage.family:
        return Check(
            "fonts",
            WARN,
            f"{coverage.family} registered, but Qt draws with {coverage.resolved}",
            hint,
        )
    return Check("fonts", OK, f"{coverage.family} covers all 42 Kazakh letters (both cases)")


# Debian packages for the libraries Qt's platform plugins need (bookworm names).
DEBIAN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libXrender.so.1": "libxrender1",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}


def debian_package(soname: str) -> str:
    if soname in DEBIAN_PACKAGES:
        return DEBIAN_PACKAGES[soname]
    match = re.fullmatch(r"lib(.+)\.so\.(\d+)", soname)
    if not match:
        return soname
    name, number = match.group(1).lower(), match.group(2)
    return f"lib{name}-{number}" if name[-1].isdigit() else f"lib{name}{number}"


def run_ldd(library: Path) -> str:
    done = subprocess.run(
        ["ldd", str(library)], capture_output=True, text=True, timeout=30, check=False
    )
    return done.stdout + done.stderr


def missing_libraries(ldd_output: str) -> list[str]:
    return sorted(
        {
            line.split("=>")[0].strip()
            for line in ldd_output.splitlines()
            if "not found" in line and "=>" in line
        }
    )


def qt_plugins_dir() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "Qt" / "plugins" / "platforms"


def check_qt_platform(env: Mapping[str, str]) -> Check:
    platform = env.get("QT_QPA_PLATFORM", "").split(":")[0] or "xcb"
    folder = qt_plugins_dir()
    if folder is None:
        return Check("qt platform", FAIL, "PySide6 is not installed", "reinstall the kiosk")
    library = folder / f"libq{platform}.so"
    if not library.is_file():
        return Check(
            "qt platform",
            FAIL,
            f"no platform plugin {platform!r} in {folder}",
            "set QT_QPA_PLATFORM to xcb (a screen) or offscreen",
        )
    try:
        missing = missing_libraries(run_ldd(library))
    except (OSError, subprocess.SubprocessError) as exc:
        return Check(
            "qt platform",
            WARN,
            f"cannot run ldd on {library.name} ({exc})",
            "install libc-bin (it provides ldd)",
        )
    if missing:
        packages = sorted({debian_package(name) for name in missing})
        return Check(
            "qt platform",
            FAIL,
            f"{platform}: {library.name} misses {', '.join(missing)}",
            f"apt-get install {' '.join(packages)}",
        )
    also = "" if platform == "offscreen" else " (offscreen is always available)"
    return Check("qt platform", OK, f"{platform}: {library.name} finds all its libraries{also}")
