"""Screen 'receipt': the application is taken; here is its number.

`enter(reference=..., receipt_id=...)`. The number in very big letters and as a QR code (made
in memory), what happens next, whether it already reached the office (the outbox row is
polled every second while the screen shows, so "saved here" turns into "sent" by itself),
printing when a printer is configured, a one-touch rating, and Finish. This screen returns to
the attract screen sooner than others (`receipt_timeout_s`).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.context import UiContext
from ui.printing import print_receipt
from ui.qr import Matrix, qr_matrix, qr_pixmap
from ui.screens.base import Navigator, Screen
from ui.screens.parts import ScrollPage, column, make_button, make_label

log = logging.getLogger(__name__)

POLL_MS = 1000
QR_MODULE_PX = 9


def _row_width(box: QBoxLayout, preferred: bool) -> int:
    """How wide `box` is with its items side by side (preferred or smallest sizes)."""
    items = [item for i in range(box.count()) if (item := box.itemAt(i)) is not None]
    widths = [(it.sizeHint() if preferred else it.minimumSize()).width() for it in items]
    margins = box.contentsMargins()
    gaps = box.spacing() * max(0, len([w for w in widths if w > 0]) - 1)
    return sum(widths) + gaps + margins.left() + margins.right()


class ReceiptScreen(Screen):
    name = "receipt"
    show_back = False  # the application is sent: nothing to go back to

    def __init__(self, ctx: UiContext, nav: Navigator) -> None:
        super().__init__(ctx, nav)
        self.reference: str | None = None
        self.receipt_id: str | None = None
        self.service_id: str | None = None
        self.created_at: str | None = None
        self.state: str | None = None
        self.qr: Matrix | None = None
        self.rating: int | None = None
        self.printed: bool | None = None  # None: not tried (or printing now)
        self._ticket = 0
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self.refresh_state)

        page = ScrollPage(self)
        body = page.body
        self.title = make_label(body, "screenTitle")
        self.number_label = make_label(body, "fieldLabel")
        self.code = make_label(body, "referenceCode", wrap=False)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.delivery = make_label(body, "fieldLabel")
        self.next_title = make_label(body, "fieldLabel")
        self.next_text = make_label(body, None)
        self.qr_view = QLabel(body)
        self.qr_view.setObjectName("qrCode")
        self.qr_caption = make_label(body, "helpLabel")
        self.print_button = make_button(body, "secondaryButton", self.print_now)
        self.print_result = make_label(body, "helpLabel")
        for w in (self.qr_view, self.qr_caption, self.print_result):
            w.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # the footer never scrolls away: rating and Finish always in reach
        footer = QWidget(self)
        self.question = make_label(footer, "fieldLabel")
        self.stars: list[QPushButton] = []
        for value in range(1, 6):
            b = make_button(footer, "secondaryButton", lambda _=False, v=value: self.rate(v))
            b.setCheckable(True)
            b.setMinimumWidth(96)
            self.stars.append(b)
        self.finish = make_button(footer, "primaryButton", self.nav.reset)
        self.finish.setMinimumWidth(280)

        left = column(
            12, self.number_label, self.code, self.delivery, 12, self.next_title, self.next_text
        )
        right = column(8, self.qr_view, self.qr_caption, self.print_button, self.print_result)
        right.setAlignment(self.print_button, Qt.AlignmentFlag.AlignHCenter)
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns.setSpacing(40)
        self.columns.addLayout(left, 3)
        self.columns.addLayout(right, 2)
        col = page.layout_
        col.addStretch(1)  # centred when there is room to spare (portrait)
        col.addWidget(self.title)
        col.addLayout(self.columns)
        col.addStretch(1)
        stars = QHBoxLayout()
        stars.setSpacing(12)
        for b in self.stars:
            stars.addWidget(b, 1)
        self.rating_box = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.rating_box.setSpacing(16)
        self.rating_box.addWidget(self.question)
        self.rating_box.addLayout(stars, 1)
        self.bottom = QBoxLayout(QBoxLayout.Direction.LeftToRight, footer)
        self.bottom.setContentsMargins(48, 8, 48, 16)
        self.bottom.setSpacing(16)
        self.bottom.addLayout(self.rating_box, 1)
        self.bottom.addWidget(self.finish, 0, Qt.AlignmentFlag.AlignBottom)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(page, 1)
        outer.addWidget(footer)
        self._module_px = QR_MODULE_PX
        self.wipe()

    # -- Screen ----------------------------------------------------------------------------
    def enter(self, reference: str = "", receipt_id: str = "", **params: Any) -> None:
        self.wipe()
        self._ticket += 1
        self.reference, self.receipt_id = reference or None, receipt_id or None
        self.nav.session.reference = self.reference
        row = self._row()
        if row is not None:
            self.service_id, self.created_at = row.service_id, row.created_at
        elif self.nav.session.service is not None:
            self.service_id = self.nav.session.service.id
        self.state = row.state if row is not None else None
        if self.reference:
            self.qr = qr_matrix(self.reference)
            self.qr_view.setPixmap(qr_pixmap(self.qr, self._module_px))
        self.print_button.setVisible(bool(self.ctx.config.printer and self.reference))
        self.retranslate()
        QTimer.singleShot(0, self, self._arrange)  # measured while hidden: measure again shown
        if self.state != "delivered":
            self.poll.start()
        self.nav.set_idle_timeout(self.ctx.config.receipt_timeout_s)
        log.info("receipt shown: %s (%s)", self.reference, self.state)

    def leave(self) -> None:
        self.poll.stop()

    def hideEvent(self, event: Any) -> None:
        self.poll.stop()  # also when the whole window goes (shutdown)
        super().hideEvent(event)

    def wipe(self) -> None:
        self.poll.stop()
        self._ticket += 1
        self.reference = self.receipt_id = self.service_id = self.created_at = None
        self.state, self.qr, self.rating, self.printed = None, None, None, None
        self.code.clear()
        self.qr_view.setPixmap(QPixmap())
        self.qr_view.clear()
        self.print_button.hide()
        self.print_button.setEnabled(True)
        for b in self.stars:
            b.setChecked(False)
            b.setEnabled(True)
            b.show()
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Thank you! We have your application."))
        self.number_label.setText(self.tr("Your application number:"))
        self.code.setText(self.reference or "")
        if self.state == "delivered":
            self.delivery.setText(self.tr("Sent to the office"))
        elif self.state == "rejected":
            self.delivery.setText(
                self.tr(
                    "Saved on this kiosk. Sending it needs a staff member's help: please call %1."
                ).replace("%1", self.ctx.config.contact_line)
            )
        else:
            self.delivery.setText(
                self.tr("Saved on this kiosk; it will be sent to the office automatically.")
            )
        self.next_title.setText(self.tr("What happens next"))
        self.next_text.setText(
            self.tr(
                "The office will review your application. Keep this number: with it you can "
                "check your application here at the kiosk or by calling %1."
            ).replace("%1", self.ctx.config.contact_line)
        )
        self.qr_caption.setText(
            self.tr("The same number as a QR code: you can take a photo of it.")
        )
        self.print_button.setText(self.tr("Print receipt"))
        if self.printed is None:
            self.print_result.setText("")
        elif self.printed:
            self.print_result.setText(self.tr("Printed. Please take your receipt."))
        else:
            self.print_result.setText(
                self.tr(
                    "The printer is not available. Please write the "
                    "number down or take a photo of the code."
                )
            )
        self.question.setText(
            self.tr("Thank you for your rating!") if self.rating else self.tr("How was your visit?")
        )
        for value, b in enumerate(self.stars, start=1):
            b.setText(f"{value} ★")
            b.setAccessibleName(self.tr("%n star(s)", "", value))
        self.finish.setText(self.tr("Finish"))

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._arrange()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (
            QEvent.Type.StyleChange,
            QEvent.Type.FontChange,
            QEvent.Type.LanguageChange,
        ):
            QTimer.singleShot(0, self, self._arrange)  # large text, another language

    def _arrange(self) -> None:
        """Side by side where it fits, one under the other where not (portrait, large text)."""
        portrait = self.height() > self.width()
        inner = self.width() - 96  # inside the page's and the footer's margins
        for box, hint, room in (
            (self.columns, False, inner),
            (self.rating_box, True, inner),
            (self.bottom, True, self.width()),
        ):
            fits = not portrait and _row_width(box, hint) <= room
            direction = (
                QBoxLayout.Direction.LeftToRight if fits else QBoxLayout.Direction.TopToBottom
            )
            if box.direction() != direction:
                box.setDirection(direction)
        # whole pixels per module keep the code crisp; bigger when there is room
        module = 14 if portrait else (7 if self.height() < 700 else 10)
        if module != self._module_px:
            self._module_px = module
            if self.qr is not None:
                self.qr_view.setPixmap(qr_pixmap(self.qr, module))

    # -- live state, printing, rating --------------------------------------------------------
    def _row(self) -> Any:
        if self.receipt_id:
            return self.ctx.outbox.get(self.receipt_id)
        return self.ctx.outbox.find_by_reference(self.reference) if self.reference else None

    def refresh_state(self) -> None:
        try:
            row = self._row()
        except Exception:
            log.exception("cannot read the outbox")
            self.poll.stop()
            return
        state = row.state if row is not None else None
        if state != self.state:
            self.state = state
            self.retranslate()
            log.info("receipt %s now %s", self.reference, state)
        if state == "delivered":
            self.poll.stop()

    def print_now(self) -> None:
        printer, reference, qr = self.ctx.config.printer, self.reference, self.qr
        if not printer or not reference or qr is None:
            return
        service = self.ctx.catalog.service(self.service_id or "")
        title = self.ctx.catalog.text(service.title, self.lang) if service else ""
        created = self.created_at or self.ctx.clock.now()
        lang, ticket = self.lang, self._ticket
        translations = getattr(self.nav, "translations", None)
        self.print_button.setEnabled(False)
        self.printed = None
        self.print_result.setText(self.tr("Printing…"))

        def done(result: Any, error: BaseException | None) -> None:
            if ticket != self._ticket:
                return  # the visitor left; nothing to report
            self.printed = bool(result) and error is None
            self.print_button.setEnabled(True)
            self.retranslate()

        self.nav.tasks.run(
            lambda: print_receipt(
                printer, reference, title, created, qr, lang, translations=translations
            ),
            done,
        )

    def rate(self, value: int) -> None:
        if self.rating is not None or not self.service_id:
            return
        self.rating = value
        self.ctx.submitter.feedback(self.service_id, value, reference=self.reference)
        for n, b in enumerate(self.stars, start=1):  # one rating per receipt
            b.setChecked(n == value)
            b.setEnabled(False)
            b.hide()
        self.retranslate()
        log.info("rating queued for %s", self.service_id)
