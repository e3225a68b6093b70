"""Screen 'status': "Check your application" by its number.

The visitor types the number from the receipt (lower case, spaces, O/I/L for 0/1 and Cyrillic
look-alike letters are all accepted) or holds the receipt's QR code to the USB scanner, which
types it followed by Enter. An application still waiting on this kiosk is answered from the
outbox; anything else is asked of the hub off the UI thread (`nav.tasks`).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
)

from kiosk.clock import KZ_TZ, parse_rfc3339
from kiosk.reference import normalize_reference
from offline_cache.hub_client import Transient
from ui.context import UiContext
from ui.i18n import LANGUAGES
from ui.screens.base import Navigator, Screen
from ui.screens.parts import ScrollPage, make_button, make_label
from ui.theme import TEXT_SCALES, TypeSizes

log = logging.getLogger(__name__)

# Cyrillic letters that look like the Latin ones of a reference (a Russian or Kazakh keyboard)
_LOOKALIKES = str.maketrans("АВСЕНКМОРТХУІЗавсенкмортхуіз", "ABCEHKMOPTXYI3abcehkmoptxyi3")
STATUSES = ("received", "in_progress", "completed", "rejected")


def read_reference(text: str) -> str | None:
    """The canonical reference in what the visitor typed or scanned, or None."""
    return normalize_reference(text.translate(_LOOKALIKES).strip())


class StatusCheckScreen(Screen):
    name = "status"

    def __init__(self, ctx: UiContext, nav: Navigator) -> None:
        super().__init__(ctx, nav)
        self.outcome: str | None = None  # what the result area says now; see retranslate()
        self.document: dict[str, Any] | None = None  # the hub's answer
        self._ticket = 0

        page = ScrollPage(self)
        body = page.body
        self.title = make_label(body, "screenTitle")
        self.help = make_label(body, "helpLabel")
        self.field_label = make_label(body, "fieldLabel")
        self.field = QLineEdit(body)
        self.field.setObjectName("referenceField")
        self.field.setProperty("kioskKeyboard", "text")
        self.field.setMaxLength(40)
        self.field.setMinimumWidth(420)
        self.field.returnPressed.connect(self.check)  # the keyboard's Done, or the scanner
        self.check_button = make_button(body, "primaryButton", self.check)
        self.check_button.setMinimumWidth(200)
        self.error = make_label(body, "errorLabel")
        self.service = make_label(body, "fieldLabel")
        self.headline = make_label(body, "sectionTitle")
        self.message = make_label(body, None)
        self.when = make_label(body, "helpLabel")

        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self.field, 1)
        row.addWidget(self.check_button)
        result = QVBoxLayout()
        result.setSpacing(12)
        for w in (self.service, self.headline, self.message, self.when):
            result.addWidget(w)
        col = page.layout_
        col.addWidget(self.title)
        col.addWidget(self.help)
        col.addSpacing(8)
        col.addWidget(self.field_label)
        col.addLayout(row)
        col.addWidget(self.error)
        col.addSpacing(16)
        col.addLayout(result)
        col.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(page)
        self.wipe()

    # -- Screen ----------------------------------------------------------------------------
    def enter(self, **params: Any) -> None:
        app = QApplication.instance()
        large = bool(app.property("themeLargeText")) if app is not None else False
        size = TypeSizes.for_scale(TEXT_SCALES["large" if large else "normal"]).section_title
        self.field.setStyleSheet(f"font-size: {size}px; font-weight: bold;")  # easy to read
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)  # ready for typing or scanning

    def leave(self) -> None:
        self._ticket += 1  # a look-up still running will not show its answer later
        if self.outcome == "checking":
            self.check_button.setEnabled(True)
            self._set(None)

    def wipe(self) -> None:
        self._ticket += 1
        self.field.clear()
        self.outcome, self.document = None, None
        self.check_button.setEnabled(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Check your application"))
        self.help.setText(
            self.tr(
                "Type the number from your receipt, or hold the receipt's QR code under the "
                "scanner."
            )
        )
        self.field_label.setText(self.tr("Application number"))
        self.field.setPlaceholderText(self.tr("For example: %1").replace("%1", "7K3M-Q9TX-2BHD"))
        self.check_button.setText(self.tr("Check"))
        self._render()

    # -- checking --------------------------------------------------------------------------
    def check(self) -> None:
        if self.outcome == "checking":
            return
        reference = read_reference(self.field.text())
        if reference is None:
            self._set("invalid")
            return
        self.field.setText(reference)
        self.field.clearFocus()  # the keyboard steps aside so the answer shows
        row = self.ctx.outbox.find_by_reference(reference)
        if row is not None and row.state != "delivered":
            self._set("rejected_here" if row.state == "rejected" else "saved_here")
            return
        lookup = self.ctx.status_lookup
        if lookup is None:
            self._set("offline")
            return
        self._ticket += 1
        ticket = self._ticket
        self._set("checking")
        self.check_button.setEnabled(False)

        def done(result: Any, error: BaseException | None) -> None:
            if ticket != self._ticket:
                return  # wiped or left meanwhile: show nothing
            self.check_button.setEnabled(True)
            if error is not None:
                log.info("status look-up failed: %s", type(error).__name__)
                self._set("offline" if isinstance(error, Transient) else "error")
            elif isinstance(result, dict):
                self._set("found", result)
            else:
                self._set("not_found")

        self.nav.tasks.run(lambda: lookup(reference), done)

    def _set(self, outcome: str | None, document: dict[str, Any] | None = None) -> None:
        self.outcome, self.document = outcome, document
        self._render()

    def _render(self) -> None:
        contact = self.ctx.config.contact_line
        error, service, headline, message, when = "", "", "", "", ""
        outcome = self.outcome
        if outcome == "invalid":
            error = self.tr(
                "This number is not complete or has a mistake. An application "
                "number has 12 letters and digits, like 7K3M-Q9TX-2BHD."
            )
        elif outcome == "checking":
            headline = self.tr("Checking…")
        elif outcome == "saved_here":
            headline = self.tr(
                "Your application is saved on this kiosk and will be sent automatically."
            )
            message = self.tr(
                "The kiosk sends it as soon as its connection is back. You do "
                "not need to do anything."
            )
        elif outcome == "rejected_here":
            headline = self.tr("Your application is saved on this kiosk, but it could not be sent.")
            message = self.tr("Please call %1 for help.").replace("%1", contact)
        elif outcome == "not_found":
            error = self.tr(
                "We could not find an application with this number. Check the "
                "number on your receipt."
            )
        elif outcome == "offline":
            error = self.tr(
                "The kiosk is offline right now, so we cannot check. Please try "
                "again later or call %1."
            ).replace("%1", contact)
        elif outcome == "error":
            error = self.tr(
                "We could not check your application right now. Please try again later or call %1."
            ).replace("%1", contact)
        elif outcome == "found" and self.document is not None:
            service, headline, message, when = self._describe(self.document)
        self.error.setText(error)
        self.error.setVisible(bool(error))
        for label, text in (
            (self.service, service),
            (self.headline, headline),
            (self.message, message),
            (self.when, when),
        ):
            label.setText(text)
            label.setVisible(bool(text))

    def _describe(self, doc: dict[str, Any]) -> tuple[str, str, str, str]:
        phrases = {
            "received": self.tr("Your application has been received by the office."),
            "in_progress": self.tr("Your application is being processed."),
            "completed": self.tr("Your application is complete."),
            "rejected": self.tr("Your application was declined."),
        }
        headline = phrases.get(str(doc.get("status")), self.tr("The office has your application."))
        found = self.ctx.catalog.service(str(doc.get("service_id", "")))
        service = self.ctx.catalog.text(found.title, self.lang) if found is not None else ""
        raw = doc.get("message")
        texts: dict[str, Any] = raw if isinstance(raw, dict) else {}
        order = (self.lang, self.ctx.catalog.default_language, *LANGUAGES)
        message = next(
            (t.strip() for t in (texts.get(k) for k in order) if isinstance(t, str) and t.strip()),
            "",
        )
        when = ""
        try:
            day = parse_rfc3339(str(doc.get("updated_at"))).astimezone(KZ_TZ)
            when = self.tr("Last updated: %1").replace("%1", day.strftime("%d.%m.%Y"))
        except ValueError:
            pass
        return service, headline, message, when
