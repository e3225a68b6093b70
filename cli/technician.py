"""Technicians' commands that need no screen: provision, sync --once, queue."""

from __future__ import annotations

import argparse
import json
import sys

from cli.wiring import Kiosk
from kiosk.config import ConfigError, check_hub_url
from offline_cache.hub_client import HubError


def provision(kiosk: Kiosk, args: argparse.Namespace) -> int:
    try:
        hub_url = check_hub_url(args.hub, "--hub")
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        answer = kiosk.provision(hub_url, args.code.strip(), args.label)
    except HubError as exc:
        print(f"provisioning failed: {exc}", file=sys.stderr)
        if getattr(exc, "problem", None):
            print(json.dumps(exc.problem, ensure_ascii=False), file=sys.stderr)  # type: ignore[attr-defined]
        return 1
    print(f"provisioned: kiosk {answer['kiosk_id']} at {hub_url}")
    print(f"hub time: {answer.get('hub_time')}")
    return 0


def sync_once(kiosk: Kiosk) -> int:
    engine = kiosk.sync_engine()
    report = engine.run_once()
    counts = engine.store.outbox.counts()
    print(f"catalog: {report.catalog}")
    print(f"delivered: {report.delivered}  retried: {report.retried}  rejected: {report.rejected}")
    print(f"heartbeat: {report.heartbeat}")
    print(f"hub reachable: {'yes' if report.online else 'no'}")
    if report.paused_s:
        print(f"the hub asked to wait {report.paused_s:.0f} s")
    for error in report.errors[:10]:
        print(f"  {error}")
    print("queue: " + "  ".join(f"{k}={v}" for k, v in counts.items()))
    return 0 if report.online else 1


def queue(kiosk: Kiosk, args: argparse.Namespace) -> int:
    outbox = kiosk.store.outbox
    counts = outbox.counts()
    rows = [r.public() for r in outbox.rows(args.state, limit=args.limit)]
    if args.json:
        print(json.dumps({"counts": counts, "rows": rows}, ensure_ascii=False, indent=2))
        return 0
    print("  ".join(f"{k}: {v}" for k, v in counts.items()))
    for r in rows:
        error = r["last_error"] or {}
        reason = error.get("problem", {}).get("title") or error.get("detail") or ""
        print(
            f"{r['created_at']}  {r['kind']:<10} {r['state']:<9} {r['reference'] or '-':<14} "
            f"{r['service_id']:<28} tries={r['attempts']} {reason}"
        )
    return 0
