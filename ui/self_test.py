"""Rendering every screen in every language offscreen, for `kiosk self-test`.

It walks the screens as a visitor would meet them, grabs each one, and reports a screen that
fails to render or shows an empty text. With an output folder it saves one PNG per screen and
language (`kk-03-home.png`, ...). It works on a throwaway store, never the kiosk's own queue.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from kiosk.reference import new_reference
from ui.main_window import MainWindow


def _plan(window: MainWindow) -> list[tuple[str, dict[str, Any]]]:
    catalog = window.ctx.catalog
    forms = [(s, s.form) for s in catalog.services if s.form is not None]
    service = min(forms, key=lambda p: sum(1 for _ in p[1].fields()))[0] if forms else None
    category = catalog.ordered_categories()[0].id if catalog.categories else None
    plan: list[tuple[str, dict[str, Any]]] = [
        ("attract", {}),
        ("language", {}),
        ("home", {}),
        ("services", {"category": category}),
    ]
    if service is not None:
        plan += [
            ("service", {"service_id": service.id}),
            ("wizard", {"service_id": service.id}),
            ("review", {}),
        ]
        row_id, reference = str(uuid.uuid4()), new_reference()
        window.ctx.outbox.enqueue(
            kind="submission",
            id=row_id,
            service_id=service.id,
            reference=reference,
            body={"self_test": True},
            created_at=window.ctx.clock.now(),
        )
        plan.append(("receipt", {"reference": reference, "receipt_id": row_id}))
    plan.append(("status", {}))
    return plan


def render_screens(app: QApplication, window: MainWindow, out: Path | None) -> list[str]:
    failures: list[str] = []
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
    plan = _plan(window)
    for lang in ("kk", "ru", "en"):
        window.set_language(lang)
        for number, (name, params) in enumerate(plan, start=1):
            try:
                window.go(name, **params)
                app.processEvents()
                failures += _check(window, f"{lang}/{name}")
                _save(window, out, f"{lang}-{number:02d}-{name}.png")
            except Exception as exc:
                failures.append(f"{lang}/{name}: {exc.__class__.__name__}: {exc}")
        window.overlay.start()
        app.processEvents()
        _save(window, out, f"{lang}-{len(plan) + 1:02d}-idle-countdown.png")
        window.overlay.resume()
        window.reset()
    return failures


def _check(window: MainWindow, where: str) -> list[str]:
    pixmap = window.grab()
    if pixmap.isNull() or pixmap.width() == 0:
        return [f"{where}: did not render"]
    texts = [w.text() for w in window.current.findChildren(QLabel) if w.isVisible()]
    texts += [b.text() for b in window.current.findChildren(QAbstractButton) if b.isVisible()]
    if not any(t.strip() for t in texts):
        return [f"{where}: shows no text at all"]
    return []


def _save(window: MainWindow, out: Path | None, name: str) -> None:
    if out is not None:
        window.grab().save(str(out / name))
