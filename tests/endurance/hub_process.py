"""The reference hub (tests/support/hub_server.RunningHub) in a process of its own, taken down
and brought back on command. The soak runs the hub there so that the kiosk's process holds
only the kiosk: its RSS, threads and file handles are the kiosk's alone, and the hub does not
share its GIL.

    hub = HubProcess(tmp_path / "hub")      # serving, on a free port
    hub.stop(); hub.start()                  # down, then back on the same port
    hub.operator.provision("hall")           # operator side, in this process (the data dir)
    hub.close()

The child reads one command a line on stdin ("stop", "start", "exit") and answers "ok"; it
exits when its stdin closes, so it never outlives the test.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


class HubProcess:
    def __init__(self, data_dir: Path, catalog_path: Path | None = None) -> None:
        from tests.support.hub_server import RunningHub

        args = [sys.executable, "-m", "tests.endurance.hub_process", str(data_dir)]
        if catalog_path is not None:
            args.append(str(catalog_path))
        self.proc = subprocess.Popen(
            args, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        port = int(self._read().removeprefix("port "))
        # the operator's side: codes, submissions, statuses, straight from the data directory
        self.operator = RunningHub(data_dir, catalog_path, port=port)
        self.downs = 0

    @property
    def base_url(self) -> str:
        return self.operator.base_url

    def _read(self) -> str:
        line = self.proc.stdout.readline().strip() if self.proc.stdout else ""
        if not line:
            raise RuntimeError(f"the hub process ended ({self.proc.poll()})")
        return line

    def _command(self, word: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(word + "\n")
        self.proc.stdin.flush()
        answer = self._read()
        if answer != "ok":
            raise RuntimeError(f"hub process: {word}: {answer}")

    def stop(self) -> None:
        self._command("stop")
        self.downs += 1

    def start(self) -> None:
        self._command("start")

    def close(self) -> None:
        if self.proc.poll() is None:
            try:
                self._command("exit")
            except (RuntimeError, OSError):
                pass
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        for pipe in (self.proc.stdin, self.proc.stdout):
            if pipe is not None:
                pipe.close()
        if self.operator._store is not None:
            self.operator._store.close()
            self.operator._store = None


def _serve(data_dir: str, catalog: str | None) -> None:
    from tests.support.hub_server import start_hub

    hub = start_hub(Path(data_dir), Path(catalog) if catalog else None)
    print(f"port {hub.port}", flush=True)
    for line in sys.stdin:
        word = line.strip()
        try:
            if word == "stop":
                hub.stop()
            elif word == "start":
                hub.start()
            elif word == "exit":
                hub.stop()
                print("ok", flush=True)
                return
            print("ok", flush=True)
        except Exception as exc:  # tell the test, keep serving commands
            print(f"error {exc!r}", flush=True)
    hub.stop()


if __name__ == "__main__":
    _serve(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
