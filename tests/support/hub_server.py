"""A real hub on loopback for tests: uvicorn in a background thread, on a free port.

    hub = start_hub(tmp_path / "hub")
    code = hub.add_kiosk("hall")            # a one-time provisioning code
    requests.post(hub.base_url + "/provision", json={...})
    hub.stop(); hub.start()                 # down, then back on the same port
    hub.submissions()                       # stored rows, answers unsealed
    hub.stop()

The operator-side helpers (add_kiosk, set_status, submissions, kiosks) work on the data
directory directly, so they also work while the hub is stopped.
"""

from __future__ import annotations

import socket
import threading
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import requests
import uvicorn
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from hub.app import MAX_BODY, create_app
from hub.cli import bind_socket
from hub.keys import HubKey, load_existing
from hub.operator import submission_rows
from hub.store import Kiosk, Store
from kiosk.clock import Clock, SystemClock

START_TIMEOUT_S = 15.0
LANGUAGES = ("kk", "ru", "en")


class RunningHub:
    def __init__(
        self,
        data_dir: Path,
        catalog_path: Path | None = None,
        *,
        clock: Clock | None = None,
        max_body: int = MAX_BODY,
        port: int = 0,
    ) -> None:
        self.data_dir = Path(data_dir)
        self.catalog_path = catalog_path
        self.clock: Clock = clock or SystemClock()
        self.max_body = max_body
        self.port = port
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._store: Store | None = None

    # -- where it is ---------------------------------------------------------------------

    @property
    def root_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        return self.root_url + "/api/v1"

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # -- life cycle ----------------------------------------------------------------------

    def start(self) -> RunningHub:
        """Start serving (again): the first start picks a free port, a restart reuses it."""
        if self.running:
            return self
        app = create_app(self.data_dir, self.catalog_path, clock=self.clock, max_body=self.max_body)
        sock = _bind_retrying(self.port)
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(
            app, log_level="warning", lifespan="on", timeout_graceful_shutdown=5
        )
        server = uvicorn.Server(config)
        thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name=f"hub-{self.port}", daemon=True
        )
        thread.start()
        deadline = time.monotonic() + START_TIMEOUT_S
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                server.should_exit = True
                sock.close()
                raise RuntimeError("the hub did not start")
            time.sleep(0.01)
        self._server, self._thread = server, thread
        return self

    def stop(self) -> None:
        """Stop serving; the data directory stays, so start() brings the same hub back."""
        server, thread = self._server, self._thread
        self._server = self._thread = None
        if server is not None:
            server.should_exit = True
        if thread is not None:
            thread.join(timeout=START_TIMEOUT_S)
            if thread.is_alive():
                if server is not None:
                    server.force_exit = True
                thread.join(timeout=START_TIMEOUT_S)
        if self._store is not None:
            self._store.close()
            self._store = None

    def __enter__(self) -> RunningHub:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- operator side -------------------------------------------------------------------

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = Store(self.data_dir)
        return self._store

    @property
    def key(self) -> HubKey:
        return load_existing(self.data_dir)

    @property
    def private_key(self) -> X25519PrivateKey:
        return self.key.private_key

    @property
    def public_key(self) -> bytes:
        return self.key.public_key

    @property
    def kid(self) -> str:
        return self.key.kid

    def add_kiosk(self, label: str | None = None, *, ttl: timedelta = timedelta(hours=24)) -> str:
        """A new one-time provisioning code (XXXX-XXXX)."""
        return self.store.create_code(label=label, now=self.clock.now(), ttl=ttl)

    def provision(self, label: str | None = None, kiosk_version: str = "test") -> tuple[str, str]:
        """A provisioned kiosk over HTTP: (kiosk_id, device token)."""
        code = self.add_kiosk(label)
        body = {"code": code, "kiosk_version": kiosk_version}
        if label is not None:
            body["label"] = label
        response = requests.post(self.base_url + "/provision", json=body, timeout=10)
        response.raise_for_status()
        answer = response.json()
        return answer["kiosk_id"], answer["token"]

    def set_status(
        self, reference: str, status: str, message: str | dict[str, str] | None = None
    ) -> None:
        """Set a submission's status; a plain message is used for every language."""
        if isinstance(message, str):
            message = dict.fromkeys(LANGUAGES, message)
        if not self.store.set_status(reference, status, message, self.clock.now()):
            raise KeyError(reference)

    def revoke(self, kiosk_id: str) -> None:
        if not self.store.revoke(kiosk_id, self.clock.now()):
            raise KeyError(kiosk_id)

    def submissions(self) -> list[dict[str, Any]]:
        """Every stored submission, oldest first, with `answers` unsealed."""
        return submission_rows(self.store, self.key)

    def feedback(self) -> list[dict[str, Any]]:
        return [vars(f) for f in self.store.all_feedback()]

    def kiosks(self) -> list[Kiosk]:
        return self.store.kiosks()


def _bind_retrying(port: int) -> socket.socket:
    """Bind 127.0.0.1:port; a restart may briefly find its old port still closing."""
    deadline = time.monotonic() + 5.0
    while True:
        try:
            return bind_socket("127.0.0.1", port)
        except OSError:
            if port == 0 or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def start_hub(
    data_dir: Path,
    catalog_path: Path | None = None,
    *,
    clock: Clock | None = None,
    max_body: int = MAX_BODY,
) -> RunningHub:
    """A hub serving on 127.0.0.1 on a free port; call stop() when done."""
    return RunningHub(data_dir, catalog_path, clock=clock, max_body=max_body).start()
