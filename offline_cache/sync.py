"""The sync engine: pulls the catalog, drains the outbox, sends heartbeats.

One pass (`run_once`) does what is due; `start()` runs passes on a background thread until
`stop()`. Time, randomness and the HTTP client are passed in, so the retry logic is tested
exactly. Listeners get SyncEvents (from the sync thread: a UI must hop to its own thread).

Rules (protocol.md): a row leaves the queue only on a delivery; transient failures are retried
with backoff and full jitter; Retry-After holds back every request until it has passed;
permanent refusals are kept as rejected; one failing row never holds back the others.
"""

from __future__ import annotations

import logging
import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from kiosk import __version__
from kiosk.catalog import Catalog, CatalogError
from kiosk.clock import Clock, rfc3339
from offline_cache.backoff import Backoff
from offline_cache.hub_client import HubClient, Permanent, Transient
from offline_cache.outbox import OutboxRow
from offline_cache.store import Store

log = logging.getLogger(__name__)
PATHS = {"submission": "/submissions", "feedback": "/feedback"}


@dataclass(frozen=True)
class SyncEvent:
    # online, offline, delivered, retry, rejected, catalog, catalog_fault, heartbeat, pass
    kind: str
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass
class PassReport:
    delivered: int = 0
    retried: int = 0
    rejected: int = 0
    catalog: str = "skipped"  # skipped, unchanged, updated, invalid, failed
    heartbeat: str = "skipped"  # skipped, sent, failed
    online: bool | None = None
    paused_s: float = 0.0
    errors: list[str] = field(default_factory=list)


@dataclass
class SyncSettings:
    catalog_interval_s: float = 600.0
    heartbeat_interval_s: float = 300.0
    idle_interval_s: float = 30.0
    retention: timedelta = timedelta(days=7)
    batch: int = 50
    data_dir: str | None = None
    # Broken connections in a row after which the hub counts as away for this pass.
    unreachable_after: int = 3


class SyncEngine:
    def __init__(
        self,
        store: Store,
        client: HubClient,
        *,
        clock: Clock,
        backoff: Backoff,
        settings: SyncSettings | None = None,
    ) -> None:
        self.store, self.client, self.clock, self.backoff = store, client, clock, backoff
        self.settings = settings or SyncSettings()
        self._listeners: list[Callable[[SyncEvent], None]] = []
        self._paused_until = 0.0  # monotonic: a Retry-After holds every request back
        self._next_catalog = 0.0  # monotonic
        self._next_heartbeat = 0.0
        self._started = clock.monotonic()
        self._online: bool | None = None
        self._unreached = 0
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # -- listeners -------------------------------------------------------------------------
    def subscribe(self, listener: Callable[[SyncEvent], None]) -> None:
        self._listeners.append(listener)

    def _emit(self, event: str, **detail: Any) -> None:
        for listener in list(self._listeners):
            try:
                listener(SyncEvent(event, detail))
            except Exception:  # a listener's fault must not stop the sync
                log.exception("sync listener failed")

    def _set_online(self, online: bool) -> None:
        if online != self._online:
            self._online = online
            self._emit("online" if online else "offline")

    @property
    def online(self) -> bool | None:
        return self._online

    # -- one pass --------------------------------------------------------------------------
    def paused_for(self) -> float:
        return max(0.0, self._paused_until - self.clock.monotonic())

    def request_catalog(self) -> None:
        self._next_catalog = 0.0
        self.wake()

    def run_once(self) -> PassReport:
        report = PassReport()
        self._pull_catalog(report)
        self._drain(report)
        self._heartbeat(report)
        cutoff = self.clock.now() - self.settings.retention
        self.store.outbox.purge_delivered(cutoff)
        report.online = self._online
        report.paused_s = self.paused_for()
        if report.online:
            self.store.meta.set(last_sync_at=rfc3339(self.clock.now()))
        self.store.meta.set(last_sync_result=_summary(report))
        self._emit("pass", report=report, pending=self.store.outbox.pending())
        return report

    def _guarded(self, report: PassReport, what: str, call: Callable[[], Any]) -> Any:
        """Run one request unless a Retry-After holds us back; record how it went."""
        if self.paused_for() > 0:
            return None
        try:
            result = call()
        except Transient as exc:
            self._on_transient(exc)
            report.errors.append(f"{what}: {exc}")
            raise
        self._set_online(True)
        return result

    def _on_transient(self, exc: Transient) -> None:
        if exc.retry_after:
            self._paused_until = max(self._paused_until, self.clock.monotonic() + exc.retry_after)
        self._set_online(exc.reached_hub and exc.status not in (401, 403))

    def _pull_catalog(self, report: PassReport) -> None:
        if self.clock.monotonic() < self._next_catalog:
            return
        try:
            answer = self._guarded(
                report, "catalog", lambda: self.client.get_catalog(self.store.catalog.etag())
            )
        except Transient as exc:
            report.catalog = "failed"
            # The link was down: try again soon. Anything else (an answer too large, a page
            # that is not a catalog) will not be better next pass: wait the full interval, so
            # a kiosk on mobile data does not download a huge answer every half minute.
            interval = self.settings.catalog_interval_s
            self._next_catalog = self.clock.monotonic() + (
                min(60.0, interval) if exc.network else interval
            )
            return
        except Permanent as exc:
            report.catalog = "failed"
            report.errors.append(f"catalog: {exc}")
            self._next_catalog = self.clock.monotonic() + self.settings.catalog_interval_s
            return
        if answer is None:
            return
        self._next_catalog = self.clock.monotonic() + self.settings.catalog_interval_s
        now = self.clock.now()
        if answer.document is None:
            self.store.catalog.touch(now)
            report.catalog = "unchanged"
            return
        try:
            catalog = self.store.catalog.store_if_valid(answer.document, answer.etag, now)
        except CatalogError as exc:
            report.catalog = "invalid"
            self._emit("catalog_fault", problems=exc.problems[:20])
            return
        report.catalog = "updated"
        self._emit("catalog", catalog=catalog)

    def _drain(self, report: PassReport) -> None:
        """Drain due rows in batches: a batch is claimed ('sending') in one commit before any
        request leaves, and its deliveries are committed together after."""
        outbox = self.store.outbox
        attempted: set[str] = set()  # each row at most once a pass, whatever its backoff
        self._unreached = 0
        while not self._stop.is_set() and self.paused_for() == 0:
            rows = [
                r
                for r in outbox.due(
                    self.clock.now(), limit=self.settings.batch, max_delay_s=self.backoff.cap_s * 2
                )
                if r.id not in attempted
            ]
            if not rows:
                return
            claimed = outbox.mark_sending_many([r.id for r in rows], self.clock.now())
            bodies = outbox.bodies(list(claimed))
            delivered: list[OutboxRow] = []
            settled: set[str] = set()
            go_on = True
            try:
                for row in rows:
                    if row.id not in claimed:
                        continue
                    if not go_on or self._stop.is_set():
                        break
                    attempted.add(row.id)
                    settled.add(row.id)
                    go_on = self._send(row, bodies.get(row.id), report, delivered)
            finally:
                self._settle(delivered, claimed - settled)
            if not go_on:
                return

    def _settle(self, delivered: list[OutboxRow], untouched: set[str]) -> None:
        outbox, now = self.store.outbox, self.clock.now()
        outbox.mark_delivered_many([r.id for r in delivered], now)
        outbox.release(sorted(untouched), now)
        for row in delivered:
            self._emit("delivered", id=row.id, item=row.kind, reference=row.reference)

    def _send(
        self,
        row: OutboxRow,
        body: dict[str, Any] | None,
        report: PassReport,
        delivered: list[OutboxRow],
    ) -> bool:
        """Send one claimed row; False when the pass should stop (the hub is away or asked us
        to wait)."""
        outbox = self.store.outbox
        if body is None:  # cannot happen for a claimed queued row; never send nothing
            outbox.mark_rejected(row.id, self.clock.now(), {"error": "no body"})
            return True
        try:
            self._guarded(report, row.kind, lambda: self.client.post_item(PATHS[row.kind], body))
        except Transient as exc:
            delay = self.backoff.delay(row.attempts + 1, exc.retry_after)
            now = self.clock.now()
            outbox.mark_retry(row.id, now, now + timedelta(seconds=delay), exc.describe())
            report.retried += 1
            self._emit("retry", id=row.id, item=row.kind, delay=delay)
            # A failure of this row alone must not hold back the others; only several broken
            # connections in a row mean the hub is away, and end the pass.
            self._unreached = 0 if exc.reached_hub else self._unreached + 1
            return self._unreached < self.settings.unreachable_after and self.paused_for() == 0
        except Permanent as exc:
            outbox.mark_rejected(row.id, self.clock.now(), exc.describe())
            report.rejected += 1
            self._unreached = 0
            self._emit("rejected", id=row.id, item=row.kind, status=exc.status)
            return True
        delivered.append(row)
        report.delivered += 1
        self._unreached = 0
        return True

    def _heartbeat(self, report: PassReport) -> None:
        if self.clock.monotonic() < self._next_heartbeat:
            return
        try:
            answer = self._guarded(
                report, "heartbeat", lambda: self.client.heartbeat(self.heartbeat_body())
            )
        except (Transient, Permanent):
            report.heartbeat = "failed"
            self._next_heartbeat = self.clock.monotonic() + min(
                60.0, self.settings.heartbeat_interval_s
            )
            return
        if answer is None:
            return
        report.heartbeat = "sent"
        self._next_heartbeat = self.clock.monotonic() + self.settings.heartbeat_interval_s
        self.store.meta.set(last_hub_time=str(answer.get("hub_time", ""))[:40])
        self._emit("heartbeat", hub_time=answer.get("hub_time"))

    def heartbeat_body(self) -> dict[str, Any]:
        outbox = self.store.outbox
        counts = outbox.counts()
        cached = self.store.catalog.load()
        free = shutil.disk_usage(self.settings.data_dir).free if self.settings.data_dir else 0
        return {
            "kiosk_version": __version__,
            "catalog_version": cached.catalog.version if cached else None,
            "queue": {
                "pending": counts["queued"] + counts["sending"],
                "rejected": counts["rejected"],
                "oldest_pending_at": outbox.oldest_pending_at(),
            },
            "last_sync_at": self.store.meta.get("last_sync_at"),
            "disk_free_bytes": free,
            "uptime_s": int(self.clock.monotonic() - self._started),
            "sent_at": rfc3339(self.clock.now()),
        }

    # -- the background thread -------------------------------------------------------------
    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._loop, name="kiosk-sync", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def wake(self) -> None:
        """Run a pass now (a new submission, a technician's 'sync now')."""
        self._wake.set()

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                self.run_once()
            except Exception:  # keep the thread alive whatever one pass hits (disk full, ...)
                log.exception("sync pass failed")
            self._wake.wait(self._sleep_s())
            self._wake.clear()

    def _sleep_s(self) -> float:
        wait = self.settings.idle_interval_s
        due = self.store.outbox.next_due_at()
        if due is not None:
            wait = min(wait, max(0.05, due - self.clock.now().timestamp()))
        return max(wait, self.paused_for(), 0.05)


def _summary(report: PassReport) -> str:
    return (
        f"delivered={report.delivered} retried={report.retried} rejected={report.rejected} "
        f"catalog={report.catalog} heartbeat={report.heartbeat} "
        f"online={report.online}"
    )


def current_catalog(store: Store, embedded: Catalog) -> Catalog:
    cached = store.catalog.load()
    return cached.catalog if cached else embedded
