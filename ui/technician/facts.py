"""What the technician screen shows and does with files, without widgets: the log's tail, free
disk space, a rejection's reason, and exporting a rejected row (still sealed)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

from kiosk.clock import KZ_TZ, parse_rfc3339
from offline_cache.outbox import Outbox

LOG_LINES = 30
_TAIL_BYTES = 64 * 1024


def engine_running(engine: Any) -> bool:
    """Whether the sync engine's own thread runs (then only it may run passes: wake it)."""
    return getattr(engine, "_thread", None) is not None


def local_time(stamp: str | None) -> str:
    """An RFC 3339 time as Kazakhstan's wall clock shows it, "—" for none."""
    if not stamp:
        return "—"
    try:
        return parse_rfc3339(stamp).astimezone(KZ_TZ).strftime("%d.%m.%Y %H:%M:%S")
    except ValueError:
        return stamp


def log_tail(path: Path, lines: int = LOG_LINES) -> list[str]:
    """The last `lines` lines of the log file (reads only its end); [] when there is none."""
    try:
        with path.open("rb") as f:
            f.seek(0, os.SEEK_END)
            size = f.tell()
            f.seek(max(0, size - _TAIL_BYTES))
            data = f.read()
    except OSError:
        return []
    text = data.decode("utf-8", "replace").splitlines()
    if size > _TAIL_BYTES and text:
        text = text[1:]  # the first line read is probably cut
    return text[-lines:]


def disk_space(path: Path) -> tuple[int, int] | None:
    """(free, total) bytes on the file system holding `path`."""
    try:
        usage = shutil.disk_usage(path)
    except OSError:
        return None
    return usage.free, usage.total


def format_bytes(count: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if count < 1024 or unit == "GB":
            return f"{count:.0f} {unit}" if unit == "B" else f"{count:.1f} {unit}"
        count /= 1024
    return f"{count:.1f} GB"  # pragma: no cover


def rejection_reason(last_error: dict[str, Any] | None, *, max_errors: int = 3) -> str:
    """The hub's title, then its first field errors: "Validation failed — phone: bad_phone"."""
    if not last_error:
        return ""
    problem = last_error.get("problem")
    if not isinstance(problem, dict):
        problem = last_error
    title = str(problem.get("title") or problem.get("detail") or last_error.get("error") or "")
    status = problem.get("status") or last_error.get("status")
    if status and str(status) not in title:
        title = f"{title} ({status})" if title else str(status)
    parts = []
    errors = problem.get("errors")
    for item in errors[:max_errors] if isinstance(errors, list) else []:
        if isinstance(item, dict):
            text = ": ".join(str(item[k]) for k in ("field", "message") if item.get(k))
            parts.append(text or str(item.get("code", "")))
    if isinstance(errors, list) and len(errors) > max_errors:
        parts.append("…")
    return " — ".join(p for p in [title, "; ".join(parts)] if p)


def export_row(outbox: Outbox, row_id: str, folder: Path) -> Path:
    """Write the row's body (the request as the hub would get it: answers still sealed) to
    `folder/<id>.json`, readable by the owner only. Raises LookupError if it has no body."""
    body = outbox.body(row_id)
    if body is None:
        raise LookupError(f"row {row_id} has no body to export")
    safe = "".join(c for c in row_id if c.isalnum() or c in "-_") or "row"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{safe}.json"
    temp = folder / f".{safe}.json.tmp"
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(body, f, ensure_ascii=False, indent=2)
        f.flush()
        os.fsync(f.fileno())
    os.replace(temp, target)
    return target
