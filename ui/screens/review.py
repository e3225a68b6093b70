"""Screen 'review': every answer read back, step by step, with an Edit button per step; the
consent to the processing of personal data; Submit.

Submitting seals the answers and queues them on this kiosk's disk (offline_cache.Submitter):
it never waits for the network. The sync engine is only woken to send it soon.
"""

from __future__ import annotations

import logging
import sqlite3
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.answers import is_visible
from kiosk.clock import local_today
from offline_cache.submissions import InvalidAnswers, NoHubKey
from ui.context import UiContext
from ui.fields import ChoiceRow
from ui.fields.display import display_value
from ui.fields.layout import button, label, scroll_area
from ui.screens.base import Navigator, Screen

log = logging.getLogger(__name__)
CONTENT_WIDTH = 1040


class ReviewScreen(Screen):
    name = "review"

    def __init__(self, ctx: UiContext, nav: Navigator) -> None:
        super().__init__(ctx, nav)
        # No text field here, so the keyboard never shows with this screen; its (wrapped-text)
        # minimum must not make the window's stack too tall to fit the keyboard elsewhere.
        self.setMinimumHeight(160)
        self._submitting = False
        self._failure: str | None = None  # "no_key" / "storage": the message on show
        self.edit_buttons: list[QPushButton] = []
        col = QVBoxLayout(self)
        col.setContentsMargins(32, 12, 32, 16)
        col.setSpacing(8)
        self.title = label("screenTitle", self)
        self.intro = label("helpLabel", self)
        self.area, host, host_row = scroll_area(self)
        self.page = QWidget(host)
        self.page.setMaximumWidth(CONTENT_WIDTH)
        host_row.insertWidget(0, self.page, 1)
        page_col = QVBoxLayout(self.page)
        page_col.setContentsMargins(0, 8, 0, 24)
        page_col.setSpacing(28)
        self.answers = QWidget(self.page)  # rebuilt on each visit
        self._answers_col = QVBoxLayout(self.answers)
        self._answers_col.setContentsMargins(0, 0, 0, 0)
        self._answers_col.setSpacing(28)
        self.consent = ChoiceRow(self.page)
        self.consent.setObjectName("reviewConsent")
        self.consent.toggled.connect(self._consent_toggled)
        page_col.addWidget(self.answers)
        page_col.addWidget(self.consent)
        page_col.addStretch(1)

        self.message = label("errorLabel", self)
        self.message.hide()
        footer = QHBoxLayout()
        footer.setSpacing(24)
        self.back_button = button("secondaryButton", self)
        self.submit_button = button("primaryButton", self)
        self.submit_button.setMinimumWidth(280)
        self.back_button.clicked.connect(self._back)
        self.submit_button.clicked.connect(self._submit)
        # Says why Send is not available yet (the consent at the end may be out of view).
        self.submit_hint = label("helpLabel", self)
        self.submit_hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        footer.addWidget(self.back_button)
        footer.addWidget(self.submit_hint, 1)
        footer.addWidget(self.submit_button)
        col.addWidget(self.title)
        col.addWidget(self.intro)
        col.addWidget(self.area, 1)
        col.addWidget(self.message)
        col.addLayout(footer)
        self.retranslate()

    # -- Screen ------------------------------------------------------------------------------
    def enter(self, **_params: Any) -> None:
        session = self.nav.session
        if session.service is None or session.service.form is None:
            self.nav.home()
            return
        self._submitting = False
        self._show_failure(None)
        self.consent.setChecked(session.consent)
        self._fill()
        self._update_submit()
        self.area.verticalScrollBar().setValue(0)
        # Validated and sealed now, while the visitor reads: Send then only has to commit.
        self.ctx.submitter.prepare(self.ctx.catalog, session.service, session.answers)

    def wipe(self) -> None:
        self.ctx.submitter.forget()
        self._clear_answers()
        self.consent.setChecked(False)
        self._show_failure(None)
        self._submitting = False

    def retranslate(self) -> None:
        self.title.setText(self.tr("Check your answers"))
        self.intro.setText(
            self.tr(
                "Please read everything once more. To change something, "
                "tap “Edit” next to that part."
            )
        )
        self.consent.set_words(
            self.tr(
                "I confirm that my answers are true, and I agree that the akimat processes my "
                "personal data to handle this application."
            )
        )
        self.back_button.setText("‹ " + self.tr("Back"))
        self.submit_button.setText(self.tr("Send the application"))
        self.submit_hint.setText(self.tr("To send, first tick the box at the end."))
        self._show_failure(self._failure)
        if self.nav.session.service is not None and self.isVisible():
            self._fill()

    # -- content -----------------------------------------------------------------------------
    def _clear_answers(self) -> None:
        self.edit_buttons = []
        while self._answers_col.count():
            item = self._answers_col.takeAt(0)
            widget = item.widget() if item is not None else None
            if item is not None:  # takeAt hands the item over, and PySide never frees it
                shiboken6.delete(item)
            if widget is not None:
                for text in widget.findChildren(QLabel):
                    text.clear()
                widget.hide()
                widget.deleteLater()

    def _fill(self) -> None:
        self._clear_answers()
        session, catalog, lang = self.nav.session, self.ctx.catalog, self.lang
        form = session.form
        for index, step in enumerate(form.steps):
            shown = [f for f in step.fields if is_visible(form, f, session.answers)]
            if not shown:
                continue
            section = QWidget(self.answers)
            grid = QGridLayout(section)
            grid.setContentsMargins(0, 0, 0, 0)
            grid.setHorizontalSpacing(24)
            grid.setVerticalSpacing(6)
            title = label("sectionTitle", section)
            title.setText(catalog.text(step.title, lang))
            edit = button("secondaryButton", section)
            edit.setText(self.tr("Edit"))
            edit.setAccessibleName(self.tr("Edit: %1").replace("%1", title.text()))
            edit.clicked.connect(lambda _=False, i=index: self.nav.go("wizard", step=i))
            self.edit_buttons.append(edit)
            grid.addWidget(title, 0, 0)
            grid.addWidget(edit, 0, 1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            row = 1
            for field in shown:
                question = label("fieldLabel", section)
                question.setText(catalog.text(field.label, lang))
                answer = label("", section)
                text = display_value(field, session.answers.get(field.id), catalog, lang)
                answer.setText(text or self.tr("(not filled in)"))
                answer.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
                grid.addWidget(question, row, 0, 1, 2)
                grid.addWidget(answer, row + 1, 0, 1, 2)
                grid.setRowMinimumHeight(row + 2, 10)
                row += 3
            grid.setColumnStretch(0, 1)
            self._answers_col.addWidget(section)
            section.show()

    def _consent_toggled(self, checked: bool) -> None:
        self.nav.session.consent = checked
        self._update_submit()

    def _update_submit(self) -> None:
        self.submit_button.setEnabled(self.consent.isChecked() and not self._submitting)
        self.submit_hint.setHidden(self.consent.isChecked())

    # -- buttons -----------------------------------------------------------------------------
    def _back(self) -> None:
        session = self.nav.session
        self.nav.go("wizard", step=max(0, session.step_count() - 1))

    def _submit(self) -> None:
        session = self.nav.session
        if self._submitting or session.service is None or not self.consent.isChecked():
            return
        self._submitting = True
        self._update_submit()
        try:
            receipt = self.ctx.submitter.submit(
                self.ctx.catalog, session.service, session.answers, session.language
            )
        except NoHubKey:
            log.warning("submission refused: no hub key (service %s)", session.service.id)
            self._fail("no_key")
            return
        except InvalidAnswers:
            log.info("submission has invalid answers (service %s)", session.service.id)
            self._submitting = False
            self._update_submit()
            first = session.first_step_with_errors(local_today(self.ctx.clock)) or 0
            self.nav.go("wizard", step=first, show_errors=True)
            return
        except (sqlite3.Error, OSError) as exc:
            log.error(
                "cannot queue a submission (service %s): %s", session.service.id, type(exc).__name__
            )
            self._fail("storage")
            return
        log.info("submission queued: %s (service %s)", receipt.reference, receipt.service_id)
        session.reference = receipt.reference
        if self.ctx.engine is not None:
            self.ctx.engine.wake()
        refresh = getattr(self.nav, "refresh_pending", None)
        if callable(refresh):
            refresh()
        self.nav.go("receipt", reference=receipt.reference, receipt_id=receipt.id)

    def _fail(self, failure: str) -> None:
        self._submitting = False
        self._show_failure(failure)
        self._update_submit()

    def _show_failure(self, failure: str | None) -> None:
        self._failure = failure
        if failure is None:
            self.message.hide()
            self.message.clear()
            return
        if failure == "no_key":
            self.message.setText(
                self.tr(
                    "This kiosk cannot take applications yet: it has not received the office's "
                    "security key. Please ask staff."
                )
            )
        else:
            self.message.setText(
                self.tr(
                    "The kiosk cannot save applications right now. Your answers are still here; "
                    "please ask staff or try again later."
                )
            )
        self.message.show()
