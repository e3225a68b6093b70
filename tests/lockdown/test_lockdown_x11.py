"""Lockdown under a real X server with a real window manager: the kiosk, started as `kiosk run`
(full screen) on Xvfb with openbox (its stock configuration, key bindings and all), is sent
every way a visitor's keyboard, mouse or a window manager has of closing, hiding or covering
it: the close and quit keys, the window manager's own bindings (Alt+Tab, Super+D, Ctrl+Alt+
arrows, Alt+Space, Alt+Escape), a close request, a minimise request, "show desktop", another
desktop, even an X client destroying the window. After each the process must be alive and its
window mapped, full screen, on top and on the desktop shown; no menu may appear on a right
click.

Control tests first show the same tools do close an ordinary Qt window and do pop a line
edit's context menu, so a pass means the kiosk resisted, not that nothing was sent. They run
before the kiosk starts: the kiosk's keyboard grab would keep keys from them.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.support.x11 import X11, screenshot

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
WIDTH, HEIGHT = 1280, 800
TOOLS = ("Xvfb", "openbox", "xdotool")
SETTLE_S = 0.6  # time for the window manager and the kiosk to act on what was sent
RECOVER_S = 6.0  # the kiosk's watchdog runs every 2 s
STICKY = 0xFFFFFFFF


@dataclass
class XSession:
    display: str
    fbdir: Path
    x: X11
    logs: Path
    procs: list[subprocess.Popen] = field(default_factory=list)

    @property
    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
        env.update(DISPLAY=self.display, QT_QPA_PLATFORM="xcb")
        return env

    def xdotool(self, *args: str, timeout: float = 10) -> str:
        done = subprocess.run(
            ["xdotool", *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        return done.stdout

    def visible_windows(self) -> set[int]:
        return {int(w) for w in self.xdotool("search", "--onlyvisible", "--name", "").split()}


def _read_display_number(fd: int, timeout: float) -> str:
    text = b""
    deadline = time.monotonic() + timeout
    while not text.endswith(b"\n"):
        ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            raise RuntimeError("Xvfb did not report its display")
        chunk = os.read(fd, 64)
        if not chunk:
            raise RuntimeError("Xvfb exited before reporting its display")
        text += chunk
    return text.decode().strip()


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


@pytest.fixture(scope="module")
def xsession(tmp_path_factory) -> Iterator[XSession]:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (scripts/bootstrap installs them)")
    tmp = tmp_path_factory.mktemp("x11")
    fbdir = tmp / "framebuffer"
    fbdir.mkdir()
    logs = tmp / "logs"
    logs.mkdir()
    read_end, write_end = os.pipe()
    procs: list[subprocess.Popen] = []
    x: X11 | None = None
    try:
        # -displayfd: Xvfb picks a free display itself and tells us which.
        procs.append(
            subprocess.Popen(
                [
                    "Xvfb",
                    "-displayfd",
                    str(write_end),
                    "-screen",
                    "0",
                    f"{WIDTH}x{HEIGHT}x24",
                    "-nolisten",
                    "tcp",
                    "-fbdir",
                    str(fbdir),
                ],
                pass_fds=(write_end,),
                stdout=subprocess.DEVNULL,
                stderr=(logs / "xvfb.log").open("wb"),
            )
        )
        os.close(write_end)
        write_end = -1
        display = ":" + _read_display_number(read_end, 20)
        x = X11(display)
        session = XSession(display, fbdir, x, logs, procs)
        stock = Path("/etc/xdg/openbox/rc.xml")
        config = ["--config-file", str(stock)] if stock.is_file() else []
        procs.append(
            subprocess.Popen(
                ["openbox", *config],
                env=session.env,
                stdout=subprocess.DEVNULL,
                stderr=(logs / "openbox.log").open("wb"),
            )
        )
        _wait(x.wm_running, 20, "openbox did not come up")
        yield session
    finally:
        if write_end >= 0:
            os.close(write_end)
        os.close(read_end)
        if x is not None:
            x.close()
        for proc in reversed(procs):
            _stop(proc)


def _wait(ready: Callable[[], object], timeout: float, message: str) -> None:
    deadline = time.monotonic() + timeout
    while not ready():
        if time.monotonic() > deadline:
            raise AssertionError(message)
        time.sleep(0.1)


def _window_of(
    session: XSession, pid: int, timeout: float = 30, size: tuple[int, int] = (WIDTH, HEIGHT)
) -> int:
    """The process's window of that size (Qt makes a few small helper windows too)."""
    found: list[int] = []

    def look() -> bool:
        for window in session.xdotool("search", "--pid", str(pid)).split():
            shell = _geometry(session, int(window))
            if (shell.get("WIDTH"), shell.get("HEIGHT")) == size:
                found.append(int(window))
                return True
        return False

    _wait(look, timeout, f"no {size[0]}x{size[1]} window for pid {pid}")
    return found[0]


def _geometry(session: XSession, window: int) -> dict[str, int]:
    out = session.xdotool("getwindowgeometry", "--shell", str(window))
    return {k: int(v) for k, _, v in (line.partition("=") for line in out.split()) if v}


@dataclass
class Kiosk:
    proc: subprocess.Popen
    window: int
    log: Path


@pytest.fixture(scope="module")
def kiosk(xsession, tmp_path_factory) -> Iterator[Kiosk]:
    tmp = tmp_path_factory.mktemp("kiosk")
    config = tmp / "kiosk.toml"
    config.write_text('contact_line = "1414"\n', encoding="utf-8")  # defaults: full screen
    log = xsession.logs / "kiosk.log"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "cli",
            "run",
            "--data-dir",
            str(tmp / "data"),
            "--config",
            str(config),
        ],
        cwd=ROOT,
        env=xsession.env,
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
    )
    try:
        window = _window_of(xsession, proc.pid)
        running = Kiosk(proc, window, log)
        _wait(
            lambda: not problems(xsession, running),
            15,
            f"the kiosk never settled full screen: {problems(xsession, running)}",
        )
        yield running
    finally:
        _stop(proc)


def _follow_new_window(session: XSession, kiosk: Kiosk) -> None:
    """The kiosk makes a new native window when its old one was unmapped or destroyed behind
    its back: follow it (it must still pass every check below)."""
    if session.x.wm_state(kiosk.window) == 1:
        return
    for window in session.xdotool("search", "--onlyvisible", "--pid", str(kiosk.proc.pid)).split():
        geometry = _geometry(session, int(window))
        if (geometry.get("WIDTH"), geometry.get("HEIGHT")) == (WIDTH, HEIGHT):
            kiosk.window = int(window)
            return


def problems(session: XSession, kiosk: Kiosk) -> list[str]:
    """What is wrong with the kiosk's window now; [] when it is as a kiosk must be."""
    if kiosk.proc.poll() is not None:
        return [f"the kiosk exited ({kiosk.proc.returncode})"]
    _follow_new_window(session, kiosk)
    x, window = session.x, kiosk.window
    found = []
    if x.wm_state(window) != 1:
        found.append(f"WM_STATE {x.wm_state(window)} (1 = normal, 3 = minimised)")
    if window not in session.visible_windows():
        found.append("not viewable")
    geometry = _geometry(session, window)
    if (geometry.get("X"), geometry.get("Y"), geometry.get("WIDTH"), geometry.get("HEIGHT")) != (
        0,
        0,
        WIDTH,
        HEIGHT,
    ):
        found.append(f"geometry {geometry}")
    state = x.net_wm_state(window)
    for needed in ("_NET_WM_STATE_FULLSCREEN", "_NET_WM_STATE_ABOVE"):
        if needed not in state:
            found.append(f"{needed} missing from {sorted(state)}")
    if "_NET_WM_STATE_HIDDEN" in state:
        found.append("_NET_WM_STATE_HIDDEN")
    stacking = x.stacking()
    if not stacking or stacking[-1] != window:
        found.append(f"not on top of the stack {[hex(w) for w in stacking]}")
    if x.showing_desktop():
        found.append("the window manager shows the desktop")
    desktop = x.prop32(window, "_NET_WM_DESKTOP")
    if desktop and desktop[0] not in (STICKY, x.current_desktop()):
        found.append(f"on desktop {desktop[0]}, desktop {x.current_desktop()} shown")
    return found


def key(combo: str) -> Callable[[XSession, Kiosk], None]:
    def send(session: XSession, kiosk: Kiosk) -> None:
        session.xdotool("key", "--clearmodifiers", combo)

    send.__name__ = combo
    return send


def close_request(session: XSession, kiosk: Kiosk) -> None:
    session.x.close_request(kiosk.window)  # what `wmctrl -c` and a taskbar send


def minimise_request(session: XSession, kiosk: Kiosk) -> None:
    session.xdotool("windowminimize", str(kiosk.window))


def client_menu_then_escape(session: XSession, kiosk: Kiosk) -> None:
    session.xdotool("key", "--clearmodifiers", "alt+space")
    time.sleep(SETTLE_S)
    session.xdotool("key", "--clearmodifiers", "Escape")


def destroy_window(session: XSession, kiosk: Kiosk) -> None:
    session.xdotool("windowclose", str(kiosk.window))  # XDestroyWindow, as any X client can


def show_desktop_request(session: XSession, kiosk: Kiosk) -> None:
    session.x.show_desktop(True)


def switch_desktop_request(session: XSession, kiosk: Kiosk) -> None:
    session.x.switch_desktop(2)


def other_desktop_and_back(session: XSession, kiosk: Kiosk) -> None:
    session.xdotool("key", "--clearmodifiers", "shift+alt+Right")  # send it to desktop 2
    time.sleep(SETTLE_S)
    session.xdotool("key", "--clearmodifiers", "ctrl+alt+Left")  # and look at desktop 1


@pytest.mark.parametrize("how", ["close request", "alt+F4"])
def test_control_an_ordinary_window_is_closed_by_the_same_tools(xsession, how):
    """The harness does reach windows: a plain Qt window goes on a close request and Alt+F4.
    (Run before the kiosk starts: the kiosk's keyboard grab would keep Alt+F4 from openbox.)"""
    script = (
        "from PySide6.QtWidgets import QApplication, QWidget\n"
        "app = QApplication([])\nw = QWidget()\nw.resize(300, 200)\nw.show()\napp.exec()\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", script], env=xsession.env)
    try:
        window = _window_of(xsession, proc.pid, size=(300, 200))
        _wait(lambda: xsession.x.wm_state(window) == 1, 30, "the control window did not show")
        for _attempt in range(3):  # a loaded machine may lose the first one: it is a control
            if how == "close request":
                xsession.x.close_request(window)
            else:
                xsession.xdotool("windowactivate", "--sync", str(window))
                _wait(lambda: xsession.x.active_window() == window, 10, "no focus for the control")
                xsession.xdotool("key", "--clearmodifiers", "alt+F4")
            try:
                proc.wait(5)
                break
            except subprocess.TimeoutExpired:
                continue
        assert proc.poll() is not None, f"the control window survived {how}"
    finally:
        _stop(proc)


class LineEditApp:
    """tests/lockdown/line_edit_app.py on the display: its window and what it printed."""

    def __init__(self, session: XSession, mode: str, out: Path) -> None:
        self.out = out
        self.proc = subprocess.Popen(
            [sys.executable, str(Path(__file__).with_name("line_edit_app.py")), mode],
            cwd=ROOT,
            env={**session.env, "PYTHONPATH": str(ROOT)},
            stdout=out.open("wb"),
            stderr=subprocess.STDOUT,
        )
        self.window = _window_of(session, self.proc.pid)
        _wait(lambda: session.x.active_window() == self.window, 15, "the window never got focus")

    def text(self) -> str:
        lines = self.out.read_text(encoding="utf-8", errors="replace").splitlines()
        return lines[-1] if lines else ""


@pytest.mark.parametrize("mode", ["plain", "lock"])
def test_line_edit_context_menu_and_typing(xsession, tmp_path, mode):
    """A line edit pops Cut/Copy/Paste on a right click (plain, the control); under the lockdown
    it does not, and typed keys still reach it through the keyboard grab."""
    app = LineEditApp(xsession, mode, tmp_path / "out.txt")
    try:
        before = xsession.visible_windows()
        xsession.xdotool("mousemove", str(WIDTH // 2), str(HEIGHT // 2), "click", "3")
        if mode == "plain":
            _wait(lambda: xsession.visible_windows() - before, 10, "the control menu never showed")
            xsession.xdotool("key", "Escape")
            _wait(lambda: not xsession.visible_windows() - before, 10, "the menu stayed")
        else:
            time.sleep(2 * SETTLE_S)
            assert xsession.visible_windows() - before == set()
        xsession.xdotool("type", "--delay", "30", "kiosk")
        _wait(lambda: app.text() == "kiosk", 10, f"typed text did not arrive: {app.text()!r}")
    finally:
        _stop(app.proc)


# The keys a visitor might try; none may close, hide or leave full screen.
KEYS = [
    "alt+F4",
    "ctrl+q",
    "Escape",
    "ctrl+w",
    "alt+Tab",
    "super",
    "Super_L",
    "ctrl+alt+BackSpace",
    "ctrl+Escape",
    "alt+F4 alt+F4 alt+F4",
]
# What the stock openbox binds, and requests any X client can make of the window manager.
WM_ACTIONS = [
    close_request,
    minimise_request,
    show_desktop_request,
    switch_desktop_request,
    destroy_window,
    key("super+d"),
    key("ctrl+alt+Right"),
    key("alt+Escape"),
    client_menu_then_escape,
    other_desktop_and_back,
]


@pytest.mark.parametrize("combo", KEYS)
def test_keys_do_not_close_or_hide_the_kiosk(xsession, kiosk, combo):
    xsession.xdotool("key", "--clearmodifiers", *combo.split())
    time.sleep(SETTLE_S)
    assert problems(xsession, kiosk) == [], f"after {combo}"


@pytest.mark.parametrize("action", WM_ACTIONS, ids=lambda a: a.__name__)
def test_window_manager_cannot_close_or_hide_the_kiosk(xsession, kiosk, action):
    action(xsession, kiosk)
    time.sleep(SETTLE_S)
    print(f"{action.__name__}: {problems(xsession, kiosk) or 'never out of place'}")
    _wait(
        lambda: not problems(xsession, kiosk),
        RECOVER_S,
        f"after {action.__name__}: {problems(xsession, kiosk)}",
    )


def test_right_click_shows_no_menu(xsession, kiosk):
    _wait(lambda: not problems(xsession, kiosk), RECOVER_S, "the kiosk is out of place")
    time.sleep(SETTLE_S)
    before = xsession.visible_windows()
    for x in (WIDTH // 4, WIDTH // 2, 3 * WIDTH // 4):
        for y in (40, HEIGHT // 2, HEIGHT - 40):
            xsession.xdotool("mousemove", str(x), str(y), "click", "3")
    xsession.xdotool("key", "--clearmodifiers", "Menu")
    xsession.xdotool("key", "--clearmodifiers", "shift+F10")
    time.sleep(2 * SETTLE_S)
    assert problems(xsession, kiosk) == []
    assert xsession.visible_windows() - before - {kiosk.window} == set()


def test_screenshot(xsession, kiosk, tmp_path):
    """The screen as a visitor sees it after all of the above (saved for a person to look at:
    LOCKDOWN_SCREENSHOT=path keeps a copy)."""
    path = screenshot(xsession.fbdir, tmp_path / "lockdown.png")
    assert path.read_bytes().startswith(b"\x89PNG")
    if os.environ.get("LOCKDOWN_SCREENSHOT"):
        shutil.copy(path, os.environ["LOCKDOWN_SCREENSHOT"])
    assert problems(xsession, kiosk) == []
