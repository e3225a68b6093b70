"""packaging/build-deb on a FAKE bundle (fast, no PyInstaller): what the .deb holds, and a real
`dpkg -i`/upgrade/remove/purge into a throwaway root. The maintainer scripts run there with
every command that could touch this machine (adduser, install, systemctl, ...) replaced by a
stub that logs its arguments."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

from kiosk.config import Config, load_config
from tests.packaging.helpers import ROOT

pytestmark = pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="needs dpkg-deb")

VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
UNIT = "./lib/systemd/system/akimat-kiosk.service"
# Every command the maintainer scripts may run; in the install test each is a logging stub, so
# nothing touches this machine (test_maintainer_scripts_run_only_stubbed_commands keeps it so).
STUBBED = (
    "adduser addgroup useradd usermod groupadd deluser userdel getent install chown chmod chgrp"
    " rm rmdir mkdir ln mv cp deb-systemd-helper deb-systemd-invoke systemctl runuser"
).split()
SHELL = {"set", "exit", "fi", "[", "!", "{", "}", "true", "echo"}


def fake_bundle(path: Path) -> Path:
    (path / "_internal" / "assets").mkdir(parents=True)
    (path / "_internal" / "assets" / "x.txt").write_text("data\n")
    app = path / "akimat-kiosk"
    app.write_text('#!/bin/sh\necho "fake kiosk $*"\n')
    app.chmod(0o755)
    return path


def build_deb(bundle: Path, out: Path, version: str | None = None) -> Path:
    env = {**os.environ, **({"VERSION": version} if version else {})}
    done = subprocess.run(
        [str(ROOT / "packaging" / "build-deb"), str(bundle), str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    deb = Path(done.stdout.strip().splitlines()[-1])
    assert deb == out / f"akimat-kiosk_{version or VERSION}_amd64.deb"
    return deb


@pytest.fixture(scope="module")
def deb(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("deb")
    return build_deb(fake_bundle(tmp / "bundle"), tmp / "dist")


def dpkg_deb(*args: str) -> str:
    return subprocess.run(["dpkg-deb", *args], capture_output=True, text=True, check=True).stdout


def control(deb: Path) -> dict[str, str]:
    fields = {}
    for line in dpkg_deb("--field", str(deb)).splitlines():
        if line[:1].strip():
            key, _, value = line.partition(":")
            fields[key] = value.strip()
    return fields


def test_control_names_the_package_version_and_qt_libraries(deb):
    fields = control(deb)
    assert fields["Package"] == "akimat-kiosk"
    assert fields["Version"] == VERSION
    assert fields["Architecture"] == "amd64"
    depends = {d.strip().split()[0] for d in fields["Depends"].split(",")}
    bootstrap = (ROOT / "scripts" / "bootstrap").read_text()
    qt_libs = set(
        re.findall(
            r"\b(lib(?:egl1|gl1|xkbcommon[-\w]*|xcb-[\w-]+|x11-6|dbus-1-3|"
            r"fontconfig1|freetype6|glib2\.0-0))\b",
            bootstrap,
        )
    )
    assert qt_libs - {"libxcb-xinerama0"} <= depends, qt_libs - depends
    assert {"adduser", "libcups2", "fontconfig", "libxcb-cursor0"} <= depends


def test_contents_are_root_owned_and_ship_no_data(deb):
    listing = dpkg_deb("--contents", str(deb)).splitlines()
    paths = {line.split()[-1] for line in listing}
    assert all(line.split()[1] == "root/root" for line in listing)
    for path in (
        "./opt/akimat-kiosk/akimat-kiosk",
        "./opt/akimat-kiosk/_internal/assets/x.txt",
        "./usr/bin/kiosk",
        UNIT,
        "./etc/akimat-kiosk/kiosk.toml",
        "./usr/share/doc/akimat-kiosk/README.md",
        "./usr/share/akimat-kiosk/session/akimat-kiosk.desktop",
    ):
        assert path in paths, path
    assert not [p for p in paths if p.startswith("./var/")]
    modes = {line.split()[-1]: line.split()[0] for line in listing}
    assert modes["./opt/akimat-kiosk/akimat-kiosk"] == "-rwxr-xr-x"
    assert modes["./usr/bin/kiosk"] == "-rwxr-xr-x"
    assert modes["./etc/akimat-kiosk/kiosk.toml"] == "-rw-r--r--"


def test_maintainer_scripts_conffiles_and_default_config(deb, tmp_path):
    subprocess.run(["dpkg-deb", "--control", str(deb), str(tmp_path / "DEBIAN")], check=True)
    assert (tmp_path / "DEBIAN" / "conffiles").read_text().split() == [
        "/etc/akimat-kiosk/kiosk.toml"
    ]
    for name in ("postinst", "prerm", "postrm"):
        script = tmp_path / "DEBIAN" / name
        assert script.stat().st_mode & 0o777 == 0o755, name
        subprocess.run(["sh", "-n", str(script)], check=True)
    subprocess.run(["dpkg-deb", "-x", str(deb), str(tmp_path / "root")], check=True)
    root = tmp_path / "root"
    assert load_config(root / "etc/akimat-kiosk/kiosk.toml") == Config()  # all defaults
    assert (root / UNIT).read_text() == (ROOT / "packaging/akimat-kiosk.service").read_text()
    for script in (root / "usr/bin/kiosk", root / "usr/share/akimat-kiosk/session/xsession"):
        subprocess.run(["sh", "-n", str(script)], check=True)


def commands(script: str) -> set[str]:
    """The first word of every simple command in a (plain, case-free) sh script."""
    found = set()
    for line in script.splitlines():
        line = re.sub(r"\"[^\"]*\"|'[^']*'|\$\{[^}]*\}", "X", line.split("#", 1)[0])
        for part in re.split(r";|&&|\|\||\||\bthen\b|\belse\b|\bif\b|\{|\}|!", line):
            words = [w for w in part.split() if "=" not in w or w.startswith("-")]
            if words:
                found.add(words[0])
    return found


def test_maintainer_scripts_run_only_stubbed_commands():
    for name in ("postinst", "prerm", "postrm"):
        used = commands((ROOT / "packaging/debian" / name).read_text())
        assert used - SHELL <= set(STUBBED), (name, used - SHELL - set(STUBBED))


class Machine:
    """A throwaway dpkg root; the maintainer scripts' commands are stubs logging to `log`."""

    def __init__(self, tmp: Path) -> None:
        self.root = tmp / "root"
        (self.root / "var/lib/dpkg/updates").mkdir(parents=True)
        (self.root / "var/lib/dpkg/info").mkdir()
        (self.root / "var/lib/dpkg/status").touch()
        self.stubs = tmp / "stubs"
        self.stubs.mkdir()
        self.log = tmp / "calls.log"
        self.log.touch()
        for name in STUBBED:
            # dpkg itself calls rm on its own files in the root: let file tools through there
            real = (
                f'case "$*" in *"{self.root}"*) exec /bin/{name} "$@";; esac\n'
                if name in ("rm", "rmdir", "mkdir", "ln", "mv", "cp")
                else ""
            )
            code = "exit $KIOSK_USER_EXISTS" if name == "getent" else "exit 0"
            (self.stubs / name).write_text(
                f'#!/bin/sh\n{real}echo "{name} $*" >> "{self.log}"\n{code}\n'
            )
            (self.stubs / name).chmod(0o755)

    def dpkg(self, *args: str, user_exists: bool = False, **env: str) -> list[str]:
        self.log.write_text("")
        full_env = {
            **os.environ,
            **env,
            "KIOSK_USER_EXISTS": "0" if user_exists else "2",
            "PATH": f"{self.stubs}:{os.environ['PATH']}",
        }
        subprocess.run(
            [
                "dpkg",
                f"--root={self.root}",
                "--force-not-root",
                "--force-depends",
                "--force-script-chrootless",
                *args,
            ],
            env=full_env,
            check=True,
            capture_output=True,
            text=True,
            timeout=120,
        )
        return self.log.read_text().splitlines()


def test_install_upgrade_remove_purge(deb, tmp_path):
    machine = Machine(tmp_path)
    root = machine.root
    calls = machine.dpkg("-i", str(deb))
    assert "adduser --system --group --home /home/kiosk --shell /bin/bash kiosk" in calls
    assert "install -d -o kiosk -g kiosk -m 0700 /var/lib/akimat-kiosk" in calls
    assert "deb-systemd-helper enable akimat-kiosk.service" in calls
    assert (root / "opt/akimat-kiosk/akimat-kiosk").is_file()
    assert (root / "usr/bin/kiosk").is_file()

    conf = root / "etc/akimat-kiosk/kiosk.toml"
    conf.write_text('default_language = "ru"\n')  # a technician's change
    newer = build_deb(fake_bundle(tmp_path / "bundle2"), tmp_path / "dist2", version="99.0")
    calls = machine.dpkg("-i", str(newer), user_exists=True)
    assert not [c for c in calls if c.startswith("adduser")]  # the user is there already
    assert conf.read_text() == 'default_language = "ru"\n'  # a changed conffile is kept

    calls = machine.dpkg("--remove", "akimat-kiosk")
    assert not (root / "opt/akimat-kiosk").exists()
    assert conf.exists()  # remove keeps the configuration
    assert not [c for c in calls if c.startswith("rm ")]

    calls = machine.dpkg("--purge", "akimat-kiosk")
    assert not conf.exists()
    assert "deb-systemd-helper purge akimat-kiosk.service" in calls
    assert not [c for c in calls if "/var/lib/akimat-kiosk" in c]  # data kept even on purge


def test_purge_removes_the_data_only_when_asked(deb, tmp_path):
    machine = Machine(tmp_path)
    machine.dpkg("-i", str(deb))
    machine.dpkg("--remove", "akimat-kiosk")
    calls = machine.dpkg("--purge", "akimat-kiosk", AKIMAT_KIOSK_PURGE_DATA="yes")
    assert "rm -rf /var/lib/akimat-kiosk" in calls


def test_launcher_adds_the_system_paths_and_drops_root(deb, tmp_path, monkeypatch):
    subprocess.run(["dpkg-deb", "-x", str(deb), str(tmp_path / "root")], check=True)
    text = (tmp_path / "root/usr/bin/kiosk").read_text()
    launcher = tmp_path / "kiosk"
    launcher.write_text(text.replace("/opt/akimat-kiosk", str(tmp_path / "root/opt/akimat-kiosk")))
    launcher.chmod(0o755)
    stubs = tmp_path / "stubs"  # as root it must go through `runuser -u kiosk --`
    stubs.mkdir()
    (stubs / "runuser").write_text('#!/bin/sh\necho "runuser $1 $2 $3"; shift 3; exec "$@"\n')
    (stubs / "runuser").chmod(0o755)
    monkeypatch.setenv("PATH", f"{stubs}:{os.environ['PATH']}")

    def run(*args: str) -> list[str]:
        return subprocess.run(
            [str(launcher), *args], capture_output=True, text=True, check=True
        ).stdout.splitlines()

    out = run("queue", "--json")
    assert out[-1] == (
        "fake kiosk queue --json --config /etc/akimat-kiosk/kiosk.toml "
        "--data-dir /var/lib/akimat-kiosk"
    )
    assert (out[0] == "runuser -u kiosk --") == (os.getuid() == 0)
    assert run("sync", "--once", "--data-dir", "/tmp/x")[-1] == (
        "fake kiosk sync --once --data-dir /tmp/x"
    )
    assert run()[-1] == (
        "fake kiosk --config /etc/akimat-kiosk/kiosk.toml --data-dir /var/lib/akimat-kiosk"
    )
