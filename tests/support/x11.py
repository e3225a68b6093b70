"""Just enough of Xlib (through ctypes, libX11 is one of Qt's own dependencies) for the lockdown
tests to read window-manager state and send a window manager's close request, without
x11-utils or wmctrl; and a converter of Xvfb's frame buffer file (XWD) to PNG.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import struct
import zlib
from pathlib import Path

_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
ANY_PROPERTY_TYPE = 0
CLIENT_MESSAGE = 33
SUBSTRUCTURE_NOTIFY_MASK = 1 << 19
SUBSTRUCTURE_REDIRECT_MASK = 1 << 20


class _ClientMessage(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", ctypes.c_ulong),
        ("message_type", ctypes.c_ulong),
        ("format", ctypes.c_int),
        ("data", ctypes.c_long * 5),
    ]


class _XEvent(ctypes.Union):
    _fields_ = [("xclient", _ClientMessage), ("pad", ctypes.c_long * 24)]


def _load() -> ctypes.CDLL:
    lib = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
    lib.XOpenDisplay.restype = ctypes.c_void_p
    lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    lib.XDefaultRootWindow.restype = ctypes.c_ulong
    lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    lib.XInternAtom.restype = ctypes.c_ulong
    lib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    lib.XGetAtomName.restype = ctypes.c_void_p
    lib.XGetAtomName.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    lib.XGetWindowProperty.argtypes = [
        ctypes.c_void_p,
        ctypes.c_ulong,
        ctypes.c_ulong,
        ctypes.c_long,
        ctypes.c_long,
        ctypes.c_int,
        ctypes.c_ulong,
        ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.c_int),
        ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.c_void_p),
    ]
    lib.XSendEvent.argtypes = [
        ctypes.c_void_p,
        ctypes.c_ulong,
        ctypes.c_int,
        ctypes.c_long,
        ctypes.POINTER(_XEvent),
    ]
    lib.XFree.argtypes = [ctypes.c_void_p]
    lib.XFlush.argtypes = [ctypes.c_void_p]
    lib.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
    lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    lib.XSetErrorHandler.restype = ctypes.c_void_p
    lib.XSetErrorHandler.argtypes = [_ERROR_HANDLER]
    return lib


class X11:
    """A connection to one X display (never aborts on an X error: a gone window reads empty)."""

    def __init__(self, display: str) -> None:
        self.lib = _load()
        self._on_error = _ERROR_HANDLER(lambda dpy, err: 0)
        self.lib.XSetErrorHandler(self._on_error)
        self.dpy = self.lib.XOpenDisplay(display.encode())
        if not self.dpy:
            raise OSError(f"cannot open X display {display}")
        self.root = self.lib.XDefaultRootWindow(self.dpy)

    def close(self) -> None:
        if self.dpy:
            self.lib.XCloseDisplay(self.dpy)
            self.dpy = None

    def atom(self, name: str) -> int:
        return int(self.lib.XInternAtom(self.dpy, name.encode(), 0))

    def atom_name(self, atom: int) -> str:
        pointer = self.lib.XGetAtomName(self.dpy, atom)
        if not pointer:
            return ""
        try:
            return ctypes.string_at(pointer).decode()
        finally:
            self.lib.XFree(pointer)

    def prop32(self, window: int, name: str) -> list[int]:
        """A property of format 32 (CARDINAL, ATOM, WINDOW) as integers; [] when absent."""
        self.lib.XSync(self.dpy, 0)
        kind, fmt = ctypes.c_ulong(), ctypes.c_int()
        count, after, data = ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
        status = self.lib.XGetWindowProperty(
            self.dpy,
            window,
            self.atom(name),
            0,
            1024,
            0,
            ANY_PROPERTY_TYPE,
            ctypes.byref(kind),
            ctypes.byref(fmt),
            ctypes.byref(count),
            ctypes.byref(after),
            ctypes.byref(data),
        )
        if status != 0 or not data.value:
            return []
        try:
            if fmt.value != 32:
                return []
            values = ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))
            return [int(values[i]) for i in range(count.value)]
        finally:
            self.lib.XFree(data)

    def net_wm_state(self, window: int) -> set[str]:
        return {self.atom_name(a) for a in self.prop32(window, "_NET_WM_STATE")}

    def wm_state(self, window: int) -> int | None:
        """ICCCM WM_STATE: 1 normal, 3 iconic; None when the window manager lets it go."""
        values = self.prop32(window, "WM_STATE")
        return values[0] if values else None

    def stacking(self) -> list[int]:
        """Managed windows, bottom to top."""
        return self.prop32(self.root, "_NET_CLIENT_LIST_STACKING")

    def active_window(self) -> int | None:
        values = self.prop32(self.root, "_NET_ACTIVE_WINDOW")
        return values[0] if values else None

    def current_desktop(self) -> int | None:
        values = self.prop32(self.root, "_NET_CURRENT_DESKTOP")
        return values[0] if values else None

    def showing_desktop(self) -> bool:
        return self.prop32(self.root, "_NET_SHOWING_DESKTOP")[:1] == [1]

    def wm_running(self) -> bool:
        return bool(self.prop32(self.root, "_NET_SUPPORTING_WM_CHECK"))

    def close_request(self, window: int) -> None:
        """What a taskbar's close button sends: _NET_CLOSE_WINDOW to the window manager."""
        self._client_message(window, "_NET_CLOSE_WINDOW", [0, 2, 0, 0, 0])

    def show_desktop(self, on: bool = True) -> None:
        """What a panel's "show desktop" button asks of the window manager."""
        self._client_message(self.root, "_NET_SHOWING_DESKTOP", [int(on), 0, 0, 0, 0])

    def switch_desktop(self, number: int) -> None:
        """What a pager asks of the window manager: show another desktop."""
        self._client_message(self.root, "_NET_CURRENT_DESKTOP", [number, 0, 0, 0, 0])

    def _client_message(self, window: int, name: str, data: list[int]) -> None:
        event = _XEvent()
        event.xclient.type = CLIENT_MESSAGE
        event.xclient.send_event = 1
        event.xclient.window = window
        event.xclient.message_type = self.atom(name)
        event.xclient.format = 32
        for i, value in enumerate(data):
            event.xclient.data[i] = value
        mask = SUBSTRUCTURE_REDIRECT_MASK | SUBSTRUCTURE_NOTIFY_MASK
        self.lib.XSendEvent(self.dpy, self.root, 0, mask, ctypes.byref(event))
        self.lib.XFlush(self.dpy)


def xwd_to_png(xwd: bytes) -> bytes:
    """Xvfb's frame buffer file (XWD, ZPixmap, 32 bits a pixel) as a PNG."""
    header = struct.unpack(">25I", xwd[:100])
    header_size, width, height = header[0], header[4], header[5]
    byte_order, bits_per_pixel, bytes_per_line, ncolors = (
        header[7],
        header[11],
        header[12],
        header[19],
    )
    if bits_per_pixel != 32:
        raise ValueError(f"cannot convert {bits_per_pixel} bits a pixel")
    pixels = xwd[header_size + 12 * ncolors :]
    rows = bytearray()
    for y in range(height):
        line = pixels[y * bytes_per_line : y * bytes_per_line + width * 4]
        rgb = bytearray(width * 3)
        if byte_order == 0:  # LSBFirst: B G R x
            rgb[0::3], rgb[1::3], rgb[2::3] = line[2::4], line[1::4], line[0::4]
        else:  # MSBFirst: x R G B
            rgb[0::3], rgb[1::3], rgb[2::3] = line[1::4], line[2::4], line[3::4]
        rows += b"\x00" + rgb

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body))
            + kind
            + body
            + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(bytes(rows), 6))
        + chunk(b"IEND", b"")
    )


def screenshot(fbdir: Path, out: Path) -> Path:
    out.write_bytes(xwd_to_png((fbdir / "Xvfb_screen0").read_bytes()))
    return out
