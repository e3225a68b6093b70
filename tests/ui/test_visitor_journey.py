"""The whole visitor journey through the real widgets, in each language, against the real hub
on loopback: attract → language → search typed on the on-screen keyboard → the service → its
form with a wrong IIN (the error in the visitor's language) → corrected → review → consent →
Submit while the hub is DOWN (the receipt says it will be sent) → the hub comes back → the sync
thread delivers it (the receipt says so) → the status check shows the hub's status."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from kiosk.clock import SystemClock
from kiosk.config import Config
from offline_cache.backoff import Backoff
from offline_cache.hub_client import HubClient
from offline_cache.store import Store
from offline_cache.submissions import Submitter
from offline_cache.sync import SyncEngine, SyncSettings
from tests.support.hub_server import start_hub
from tests.support.ui_driver import (
    backspace,
    find_button,
    tap,
    tap_row,
    type_on_keyboard,
    visible_texts,
)
from tests.ui.test_fields import activate, editor, leave, type_into
from tests.ui.test_wizard import BAD_IIN, GOOD_IIN, KG, fill_child, fill_kindergarten, label

pytestmark = pytest.mark.e2e
LANGUAGE_BUTTON = {"kk": "Қазақша", "ru": "Русский", "en": "English"}
QUERY = {"kk": "балабақша", "ru": "детский сад", "en": "kindergarten"}
NAME = {"kk": "Айгүл Серікова", "ru": "Анна Иванова", "en": "Anna Smith"}
IIN_ERROR = "This IIN is not valid. Check the 12 digits on your ID card."


@pytest.fixture
def journey(qtbot, tmp_path):
    """A kiosk provisioned against a real hub, its sync engine on its own thread; the hub is
    then taken down, as if the network were away."""
    from ui.app import build_window, qt_app
    from ui.context import UiContext

    hub = start_hub(tmp_path / "hub")  # serves the demo catalog
    _, token = hub.provision("hall")
    client = HubClient(hub.base_url, token, connect_timeout=0.5, read_timeout=2)
    store = Store.open(tmp_path / "kiosk.db")
    clock = SystemClock()
    answer = client.get_catalog(None)
    catalog = store.catalog.store_if_valid(answer.document, answer.etag, clock.now())
    hub.stop()
    engine = SyncEngine(
        Store.open(tmp_path / "kiosk.db"),
        client,
        clock=clock,
        backoff=Backoff(base_s=0.05, cap_s=0.3),
        settings=SyncSettings(idle_interval_s=0.2, heartbeat_interval_s=600),
    )
    ctx = UiContext(
        config=Config(),
        clock=clock,
        catalog=catalog,
        outbox=store.outbox,
        submitter=Submitter(store.outbox, clock=clock),
        status_lookup=lambda ref: HubClient(hub.base_url, token).get_status(ref),
        engine=engine,
    )
    app = qt_app()
    window = build_window(app, ctx)  # the real, threaded task runner
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)
    engine.start()
    yield window, hub, store
    engine.stop()
    window.allow_close = True
    app.removeEventFilter(window.idle)
    window.keyboard.detach()
    window.translations.remove(app)
    for screen in window.screens.values():
        screen.leave()
    window.close()
    hub.stop()


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_a_visitor_applies_offline_and_checks_the_status_later(journey, qtbot, lang):
    w, hub, store = journey
    assert w.current.name == "attract"
    tap(qtbot, w.screens["attract"])
    assert w.current.name == "language"
    tap(qtbot, find_button(w.screens["language"], LANGUAGE_BUTTON[lang]))
    assert w.current.name == "home" and w.session.language == lang

    # search, typed on the on-screen keyboard; results as the visitor types
    tap(qtbot, w.screens["home"].search)
    qtbot.waitUntil(w.keyboard.isVisible)
    type_on_keyboard(qtbot, w.keyboard, QUERY[lang])
    services = w.screens["services"]
    qtbot.waitUntil(lambda: w.current is services and services.model.rowCount() > 0)
    ids = [
        services.model.index(r, 0).data(Qt.ItemDataRole.UserRole + 1)
        for r in range(services.model.rowCount())
    ]
    assert KG in ids
    tap_row(qtbot, services.view, ids.index(KG))
    assert w.current.name == "service"
    title = w.ctx.catalog.text(w.ctx.catalog.service(KG).title, lang)
    assert title in visible_texts(w.current)
    tap(qtbot, w.screens["service"].start)
    assert w.current.name == "wizard"

    # step 1 with a wrong IIN: the error, in the visitor's language, when the field is left
    tap(qtbot, editor(w, "applicant_role").rows["mother"])
    type_into(qtbot, w, "applicant_full_name", NAME[lang])
    type_into(qtbot, w, "applicant_iin", BAD_IIN)
    leave(qtbot, w)
    message = _tr("FieldErrors", IIN_ERROR)
    if lang != "en":
        assert message != IIN_ERROR, "the IIN error is not translated"
    assert message in visible_texts(w.current)
    tap(qtbot, editor(w, "applicant_iin").focus_target())
    backspace(qtbot, w.keyboard, 12)
    type_on_keyboard(qtbot, w.keyboard, GOOD_IIN)
    type_into(qtbot, w, "applicant_phone", "7011234567")
    leave(qtbot, w)
    assert message not in visible_texts(w.current)
    tap(qtbot, w.screens["wizard"].next_button)
    fill_child(qtbot, w, lang)
    tap(qtbot, w.screens["wizard"].next_button)
    fill_kindergarten(qtbot, w, lang)
    tap(qtbot, w.screens["wizard"].next_button)
    assert w.current.name == "review"
    review = w.screens["review"]
    assert NAME[lang] in visible_texts(review)
    assert label(w, "applicant_role", "mother") in visible_texts(review)
    tap(qtbot, review.consent)
    tap(qtbot, review.submit_button)

    # the receipt, at once, although the hub is down
    assert w.current.name == "receipt"
    receipt = w.screens["receipt"]
    reference = receipt.reference
    assert reference in visible_texts(receipt)
    row = store.outbox.find_by_reference(reference)
    assert row is not None and row.state in ("queued", "sending")  # the sync thread may be trying
    pending = visible_texts(receipt)

    hub.start()  # the network is back: the sync thread delivers it by itself
    qtbot.waitUntil(lambda: store.outbox.get(row.id).state == "delivered", timeout=20_000)
    qtbot.waitUntil(lambda: visible_texts(receipt) != pending, timeout=5_000)
    [stored] = hub.submissions()
    assert stored["reference"] == reference and stored["answers"]["applicant_iin"] == GOOD_IIN
    assert stored["locale"] == lang

    # later: the office works on it, and the visitor checks the status at the kiosk
    hub.set_status(
        reference,
        "in_progress",
        {
            "kk": "Құжаттар тексерілуде",
            "ru": "Документы проверяются",
            "en": "Documents are being checked",
        },
    )
    tap(qtbot, find_button(receipt, _tr("ReceiptScreen", "Finish")))
    assert w.current.name == "attract" and reference not in visible_texts(w)
    w.set_language(lang)
    w.go("status")
    status = w.screens["status"]
    tap(qtbot, status.field)
    type_on_keyboard(qtbot, w.keyboard, reference.lower().replace("-", ""))
    tap(qtbot, find_button(status, _tr("StatusCheckScreen", "Check")))
    expected = {
        "kk": "Құжаттар тексерілуде",
        "ru": "Документы проверяются",
        "en": "Documents are being checked",
    }[lang]
    qtbot.waitUntil(lambda: expected in visible_texts(status), timeout=10_000)
    assert _tr("StatusCheckScreen", "Your application is being processed.") in visible_texts(status)
