"""kiosk.watchdog speaks systemd's notify protocol over a real AF_UNIX datagram socket."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid

import pytest

from kiosk import watchdog
from tests.packaging.helpers import ROOT, NotifySocket, watchdog_wired


def test_notify_sends_one_datagram_to_notify_socket(notify_socket, monkeypatch):
    monkeypatch.setenv("NOTIFY_SOCKET", str(notify_socket.path))
    assert watchdog.notify("READY=1")
    assert watchdog.notify("WATCHDOG=1")
    assert notify_socket.receive(2) == "READY=1"
    assert notify_socket.receive(2) == "WATCHDOG=1"
    assert notify_socket.senders == {os.getpid()}


def test_notify_to_an_abstract_socket(monkeypatch):
    import socket

    name = f"akimat-kiosk-test-{uuid.uuid4().hex}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as server:
        server.bind("\0" + name)
        server.settimeout(2)
        monkeypatch.setenv("NOTIFY_SOCKET", "@" + name)
        assert watchdog.notify("STATUS=Серверге қосылу")
        assert server.recv(4096).decode() == "STATUS=Серверге қосылу"


@pytest.mark.parametrize("value", [None, "", "relative/path", "vsock:2:1234"])
def test_notify_without_a_usable_socket_does_nothing(monkeypatch, value):
    if value is None:
        monkeypatch.delenv("NOTIFY_SOCKET", raising=False)
    else:
        monkeypatch.setenv("NOTIFY_SOCKET", value)
    assert watchdog.notify("READY=1") is False


def test_notify_to_a_gone_socket_returns_false(tmp_path, monkeypatch):
    monkeypatch.setenv("NOTIFY_SOCKET", str(tmp_path / "gone.sock"))
    assert watchdog.notify("WATCHDOG=1") is False


@pytest.mark.parametrize(
    ("usec", "pid", "expected"),
    [
        ("60000000", None, 60.0),
        ("60000000", "self", 60.0),
        ("60000000", "1", None),
        (None, None, None),
        ("0", None, None),
        ("soon", None, None),
    ],
)
def test_watchdog_interval(monkeypatch, usec, pid, expected):
    for name, value in (("WATCHDOG_USEC", usec), ("WATCHDOG_PID", pid)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, str(os.getpid()) if value == "self" else value)
    assert watchdog.watchdog_interval_s() == expected


def run_until_pinged(cmd: list[str], notify_socket: NotifySocket, data_dir, env=None) -> float:
    """Start `kiosk run` offscreen as systemd would (NOTIFY_SOCKET, WATCHDOG_USEC=1 s): it must
    say READY=1, then ping WATCHDOG=1 about twice a second. Returns the seconds to READY=1."""
    import time

    env = {
        **os.environ,
        **(env or {}),
        "QT_QPA_PLATFORM": "offscreen",
        "NOTIFY_SOCKET": str(notify_socket.path),
        "WATCHDOG_USEC": "1000000",
    }
    start = time.monotonic()
    app = subprocess.Popen(
        [*cmd, "run", "--data-dir", str(data_dir)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        notify_socket.wait_for("READY=1", timeout=60)
        ready = time.monotonic() - start
        pings = notify_socket.wait_for("WATCHDOG=1", timeout=3)
        pings += notify_socket.wait_for("WATCHDOG=1", timeout=3)
        assert pings.count("WATCHDOG=1") >= 2
        assert app.poll() is None
        assert notify_socket.senders == {app.pid}  # the main process (NotifyAccess=main)
        return ready
    finally:
        app.terminate()
        app.communicate(timeout=10)


@pytest.mark.skipif(not watchdog_wired(), reason="cli/app.py does not notify systemd yet")
def test_kiosk_run_says_ready_and_pings_the_watchdog(notify_socket, tmp_path):
    ready = run_until_pinged([sys.executable, "-m", "cli"], notify_socket, tmp_path / "data")
    print(f"kiosk run (source): READY=1 after {ready:.2f} s")
