"""The real PyInstaller build (build.spec), slow: size, what is in and out, the libraries it
needs from the system, and the bundled app itself (self-test offscreen, a window on xcb)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.packaging.helpers import ROOT, NotifySocket, watchdog_wired

pytestmark = pytest.mark.slow
MAX_MB = 150
NEEDED_MODULES = [
    "PySide6",
    "cryptography.hazmat.primitives.hpke",
    "segno",
    "argon2",
    "sqlite_utils",
    "requests",
    "platformdirs",
    "assets",
    "ui.screens.attract",
    "ui.screens.receipt",
    "kiosk.watchdog",
]
NEVER = [
    "hub",
    "fastapi",
    "uvicorn",
    "pydantic",
    "starlette",
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
]
QT = "_internal/PySide6/Qt"
QT_KEPT = [
    "lib/libQt6Core.so.6",
    "lib/libQt6Gui.so.6",
    "lib/libQt6Widgets.so.6",
    "lib/libQt6PrintSupport.so.6",
    "lib/libQt6DBus.so.6",
    "lib/libQt6XcbQpa.so.6",
    "lib/libicudata.so.73",
    "plugins/platforms/libqxcb.so",
    "plugins/platforms/libqoffscreen.so",
    "plugins/printsupport/libcupsprintersupport.so",
]
QT_DROPPED = re.compile(
    r"Quick|Qml|Pdf|VirtualKeyboard|Network|OpenGL|Wayland|Svg|platformthemes"
    r"|/tls/|translations|qeglfs|qvnc|qlinuxfb"
)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("pyinstaller")
    subprocess.run(
        [sys.executable, "tools/i18n.py", "compile"], cwd=ROOT, check=True, capture_output=True
    )
    start = time.monotonic()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--clean",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(tmp / "dist"),
            "--workpath",
            str(tmp / "build"),
            "build.spec",
        ],
        cwd=ROOT,
        # A cache of our own: --clean empties PyInstaller's cache, by default the user's
        # ~/.cache/pyinstaller, which any other build on the machine (a second suite,
        # scripts/dist) reads and writes meanwhile: its half-written index fails the build.
        env={**os.environ, "PYINSTALLER_CONFIG_DIR": str(tmp / "cache")},
        check=True,
        timeout=900,
    )
    print(f"\nbundle: built in {time.monotonic() - start:.1f} s")
    return tmp / "dist" / "akimat-kiosk"


def size_mb(path: Path) -> float:
    return sum(f.lstat().st_size for f in path.rglob("*")) / 2**20


def test_size_and_contents(bundle):
    mb = size_mb(bundle)
    print(f"bundle: {mb:.1f} MB")
    assert mb <= MAX_MB
    internal = bundle / "_internal"
    # beside the `assets` module (in the archive), as assets.demo_catalog_path() expects
    assert (internal / "assets/catalog/demo-catalog.json").is_file()
    for kind, pattern in (("fonts", "*.ttf"), ("icons", "*.png"), ("i18n", "kiosk_*.qm")):
        assert list((internal / "assets" / kind).glob(pattern)), kind
    for name in QT_KEPT:
        assert (bundle / QT / name).is_file(), name
    leftovers = [
        str(p.relative_to(bundle))
        for p in bundle.rglob("*")
        if QT_DROPPED.search(str(p.relative_to(bundle)))
    ]
    assert not leftovers
    assert not [p for p in bundle.rglob("*") if p.is_symlink() and not p.exists()]


def test_python_modules_in_and_out(bundle):
    listing = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller.utils.cliutils.archive_viewer",
            "--list",
            "--recursive",
            "--brief",
            str(bundle / "akimat-kiosk"),
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    names = set(re.findall(r"[\w.]+", listing))
    missing = [m for m in NEEDED_MODULES if m not in names]
    assert not missing
    extension = {p.name.split(".")[0] for p in (bundle / "_internal").rglob("*.so")}
    assert {
        "QtPrintSupport",
        "QtWidgets",
        "QtGui",
        "QtCore",
        "_rust",
        "_ffi",
        "_cffi_backend",
        "_sqlite3",
    } <= extension
    present = [m for m in NEVER if m in names or any(n.startswith(m + ".") for n in names)]
    assert not present


def system_libraries(bundle: Path) -> dict[str, str]:
    """soname -> path of every library the bundle's ELF files load from outside it."""
    env = {**os.environ, "LD_LIBRARY_PATH": str(bundle / "_internal")}
    found: dict[str, str] = {}
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink() and path.read_bytes()[:4] == b"\x7fELF":
            out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env).stdout
            assert "not found" not in out, f"{path}:\n{out}"
            for name, lib in re.findall(r"(\S+) => (/\S+)", out):
                if not lib.startswith(str(bundle)):
                    found[name] = lib
    return found


def owner(path: str) -> str:
    for candidate in (path, "/usr" + path, path.removeprefix("/usr")):
        done = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if done.returncode == 0:
            return done.stdout.split(":")[0]
    raise AssertionError(f"no package owns {path}")


def test_system_libraries_come_from_the_packages_the_deb_depends_on(bundle):
    if shutil.which("dpkg") is None:
        pytest.skip("needs dpkg")
    control = (ROOT / "packaging/debian/control.in").read_text()
    depends = {
        d.strip().split()[0]
        for d in re.search(r"^Depends: (.*)$", control, re.M).group(1).split(",")
    }
    pulled = set()
    for pkg in depends:
        field = subprocess.run(
            ["dpkg-query", "-W", "-f=${Depends}", pkg], capture_output=True, text=True
        ).stdout
        pulled |= {d.strip().split()[0].split(":")[0] for d in re.split(r"[,|]", field) if d}
    libs = system_libraries(bundle)
    print(f"system libraries: {sorted(libs)}")
    unowned = {lib: owner(path) for lib, path in libs.items()}
    outside = {lib: pkg for lib, pkg in unowned.items() if pkg not in depends | pulled}
    assert not outside


def test_bundled_self_test_offscreen(bundle, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.monotonic()
    done = subprocess.run(
        [str(bundle / "akimat-kiosk"), "self-test", "--data-dir", str(tmp_path / "data")],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    print(f"bundled self-test: {time.monotonic() - start:.2f} s\n{done.stdout}")
    assert "store: ok" in done.stdout
    assert "catalog: " in done.stdout
    assert done.returncode == 0, done.stdout + done.stderr


def test_bundled_default_data_dir_through_platformdirs(bundle, tmp_path):
    env = {
        **os.environ,
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "share"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    done = subprocess.run(
        [str(bundle / "akimat-kiosk"), "queue", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    json.loads(done.stdout)
    assert (tmp_path / "share" / "akimat-kiosk" / "kiosk.db").is_file()


def start_xvfb(tmp_path: Path) -> tuple[subprocess.Popen, str]:
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=[write],
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        display = ":" + pipe.readline().strip()
    return xvfb, display


@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="needs Xvfb")
def test_bundled_kiosk_runs_on_xcb_as_the_service_starts_it(bundle, tmp_path):
    """What akimat-kiosk.service does, on a virtual X display: no platform plugin error, and
    (once cli/app.py notifies systemd) READY=1 then watchdog pings."""
    xvfb, display = start_xvfb(tmp_path)
    notify = NotifySocket(tmp_path / "notify.sock")
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "NOTIFY_SOCKET": str(notify.path),
        "WATCHDOG_USEC": "1000000",
    }
    log = tmp_path / "stderr.log"
    start = time.monotonic()
    with log.open("w") as err:
        app = subprocess.Popen(
            [str(bundle / "akimat-kiosk"), "run", "--data-dir", str(tmp_path / "data")],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
    try:
        if watchdog_wired():
            notify.wait_for("READY=1", timeout=60)
            print(f"bundled kiosk on xcb: READY=1 after {time.monotonic() - start:.2f} s")
            assert notify.wait_for("WATCHDOG=1", timeout=3)
            assert notify.senders == {app.pid}  # the main process itself (NotifyAccess=main)
        else:
            time.sleep(5)
        assert app.poll() is None, log.read_text()
        assert "Could not load the Qt platform plugin" not in log.read_text()
    finally:
        app.terminate()
        app.wait(timeout=10)
        xvfb.terminate()
        xvfb.wait(timeout=10)
        notify.sock.close()
