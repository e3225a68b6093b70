"""`kiosk-hub`: run the reference hub and look after it.

    kiosk-hub serve --data DIR [--host 127.0.0.1] [--port 8080] [--catalog FILE]
    kiosk-hub add-kiosk --data DIR [--label TEXT] [--ttl-hours 24]
    kiosk-hub kiosks --data DIR [--json]
    kiosk-hub submissions --data DIR [--json]
    kiosk-hub set-status --data DIR REFERENCE STATUS [--message TEXT] [--message-kk TEXT] ...
    kiosk-hub revoke --data DIR KIOSK_ID

Exit codes: 0 done, 1 the command could not be carried out (the message says why),
2 the command line is wrong.
"""

from __future__ import annotations

import argparse
import json
import socket
import sys
from collections.abc import Callable, Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any

from hub.catalog_source import CatalogLoadError
from hub.keys import KeyFileError, load_existing
from hub.operator import submission_rows
from hub.store import DB_NAME, STATUSES, Store
from kiosk.clock import SystemClock
from kiosk.reference import normalize_reference

LANGUAGES = ("kk", "ru", "en")


class CommandError(Exception):
    """The command cannot be carried out; the message is for the operator."""


def _store(args: argparse.Namespace, *, create: bool = False) -> Store:
    """The hub's store; only add-kiosk may make a new one (a mistyped --data is an error)."""
    if not create and not (args.data / DB_NAME).exists():
        raise CommandError(f"no hub data in {args.data} (no {DB_NAME}); check --data")
    return Store(args.data)


def _print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


# -- serve ------------------------------------------------------------------------------


def bind_socket(host: str, port: int) -> socket.socket:
    """A listening socket on host:port (port 0: a free one), made before uvicorn starts."""
    info = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    family, kind, proto, _, address = info[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


def base_url(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/api/v1"


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from hub.app import create_app

    try:
        app = create_app(args.data, args.catalog)
    except (CatalogLoadError, KeyFileError) as exc:
        raise CommandError(str(exc)) from exc
    try:
        sock = bind_socket(args.host, args.port)
    except OSError as exc:
        raise CommandError(f"cannot listen on {args.host}:{args.port}: {exc.strerror}") from exc
    print(base_url(sock), flush=True)
    config = uvicorn.Config(app, log_level=args.log_level, proxy_headers=False)
    uvicorn.Server(config).run(sockets=[sock])
    return 0


# -- operator commands --------------------------------------------------------------------


def _add_kiosk(args: argparse.Namespace) -> int:
    if args.ttl_hours <= 0:
        raise CommandError("--ttl-hours must be more than 0")
    now = SystemClock().now()
    ttl = timedelta(hours=args.ttl_hours)
    code = _store(args, create=True).create_code(label=args.label, now=now, ttl=ttl)
    print(code)
    print(
        f"one-time code; expires in {args.ttl_hours:g} h. Enter it on the kiosk's "
        "technician screen.",
        file=sys.stderr,
    )
    return 0


def _kiosks(args: argparse.Namespace) -> int:
    rows = []
    for kiosk in _store(args).kiosks():
        beat = kiosk.last_heartbeat or {}
        queue = beat.get("queue") or {}
        rows.append(
            {
                "id": kiosk.id,
                "label": kiosk.label,
                "revoked": kiosk.revoked,
                "last_heartbeat_at": kiosk.last_heartbeat_at,
                "last_seen_at": kiosk.last_seen_at,
                "queue_pending": queue.get("pending"),
                "queue_rejected": queue.get("rejected"),
                "kiosk_version": beat.get("kiosk_version") or kiosk.kiosk_version,
                "catalog_version": beat.get("catalog_version"),
            }
        )
    if args.json:
        _print_json(rows)
        return 0
    if not rows:
        print("no kiosks yet: make a code with `kiosk-hub add-kiosk`")
        return 0
    for row in rows:
        state = " (revoked)" if row["revoked"] else ""
        print(f"{row['id']}{state}  {row['label'] or '-'}")
        print(
            f"    last heartbeat {row['last_heartbeat_at'] or 'never'}; "
            f"queue {_dash(row['queue_pending'])} pending, "
            f"{_dash(row['queue_rejected'])} rejected; "
            f"kiosk {_dash(row['kiosk_version'])}; catalog {_dash(row['catalog_version'])}"
        )
    return 0


def _dash(value: Any) -> str:
    return "-" if value is None else str(value)


def _submissions(args: argparse.Namespace) -> int:
    store = _store(args)
    try:
        key = load_existing(args.data)
    except KeyFileError as exc:
        raise CommandError(str(exc)) from exc
    rows = submission_rows(store, key)
    if args.json:
        _print_json(rows)
        return 0
    if not rows:
        print("no submissions yet")
        return 0
    for row in rows:
        print(
            f"{row['reference']}  {row['service_id']} v{row['form_version']}  "
            f"{row['status']}  received {row['received_at']}  from {row['kiosk_id']}"
        )
        if row["answers"] is None:
            print(f"    (cannot unseal: {row['error']})")
        for field_id, value in (row["answers"] or {}).items():
            print(f"    {field_id}: {json.dumps(value, ensure_ascii=False)}")
    return 0


def _status_message(args: argparse.Namespace) -> dict[str, str] | None:
    per_language = {lang: getattr(args, f"message_{lang}") for lang in LANGUAGES}
    if args.message is None and all(v is None for v in per_language.values()):
        return None
    message = {
        lang: text if text is not None else args.message for lang, text in per_language.items()
    }
    missing = [lang for lang, text in message.items() if text is None]
    if missing:
        raise CommandError(
            "a status message needs every language: give --message, or "
            + ", ".join(f"--message-{lang}" for lang in missing)
        )
    return message


def _set_status(args: argparse.Namespace) -> int:
    reference = normalize_reference(args.reference)
    if reference is None:
        raise CommandError(f"{args.reference!r} is not a reference (XXXX-XXXX-XXXX)")
    message = _status_message(args)
    if not _store(args).set_status(reference, args.status, message, SystemClock().now()):
        raise CommandError(f"no submission has the reference {reference}")
    print(f"{reference}: {args.status}")
    return 0


def _revoke(args: argparse.Namespace) -> int:
    if not _store(args).revoke(args.kiosk_id, SystemClock().now()):
        raise CommandError(f"no kiosk {args.kiosk_id!r}; `kiosk-hub kiosks` lists them")
    print(f"{args.kiosk_id}: revoked; its token no longer works")
    return 0


# -- command line -------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk-hub", description="The kiosks' reference hub.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(
        name: str, run: Callable[[argparse.Namespace], int], text: str
    ) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=text, description=text)
        sub.add_argument(
            "--data",
            type=Path,
            required=True,
            metavar="DIR",
            help="the hub's data directory (database and key)",
        )
        sub.set_defaults(run=run)
        return sub

    serve = command("serve", _serve, "Run the hub.")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080, help="0 picks a free port")
    serve.add_argument(
        "--catalog",
        type=Path,
        metavar="FILE",
        help="the catalog to serve (default: the demo catalog)",
    )
    serve.add_argument(
        "--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"]
    )

    add = command("add-kiosk", _add_kiosk, "Make a one-time code to provision a kiosk.")
    add.add_argument("--label", help="a name for the kiosk, e.g. its room")
    add.add_argument("--ttl-hours", type=float, default=24.0, help="hours the code is valid")

    kiosks = command("kiosks", _kiosks, "List the kiosks and their latest heartbeat.")
    kiosks.add_argument("--json", action="store_true")

    subs = command("submissions", _submissions, "List the submissions with their answers.")
    subs.add_argument("--json", action="store_true")

    status = command("set-status", _set_status, "Set a submission's status.")
    status.add_argument("reference", help="the receipt's reference, XXXX-XXXX-XXXX")
    status.add_argument("status", choices=STATUSES)
    status.add_argument("--message", metavar="TEXT", help="the same message in every language")
    for lang in LANGUAGES:
        status.add_argument(f"--message-{lang}", metavar="TEXT", help=f"the message in {lang}")

    revoke = command("revoke", _revoke, "Revoke a kiosk's device token.")
    revoke.add_argument("kiosk_id")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return int(args.run(args))
    except CommandError as exc:
        print(f"kiosk-hub {args.command}: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
