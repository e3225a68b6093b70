"""Screen 'wizard': one step of a service's form at a time.

A progress line ("Step 2 of 4", a bar, the service's name), the step's title, its visible
fields in a flickable scroll area, Back and Next. Every edit goes straight into the visitor
session, so Back, a language switch or a visit to the review screen never loses an answer.
Fields appear and disappear as the answers they depend on change. A field's error shows once
the visitor leaves it (after changing it); all the step's errors show when Next is pressed.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from datetime import date
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QPaintEvent, QPixmap, QRegion
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from kiosk.catalog import Service
from kiosk.clock import local_today
from ui.context import UiContext
from ui.fields import FieldEditor
from ui.fields.form import StepForm
from ui.fields.layout import button, label, reveal_field, scroll_area, scroll_to_top_of
from ui.keyboard import keyboard_kind
from ui.screens.base import Navigator, Screen

log = logging.getLogger(__name__)
CONTENT_WIDTH = 1040  # px, widest the form grows (long lines are hard to read)
PREBUILD_DELAY_MS = 300
#: Work done ahead (building, styling, laying out a step) runs in slices of about this many
#: seconds, one per turn of the event loop, so the screen on show keeps answering taps.
SLICE_S = 0.008
#: ... and the editors built ahead are laid out this many at a time
LAYOUT_EVERY = 4
#: A step prepared ahead shows the part down to this many screenfuls (of the scroll area) at
#: once, the rest right after (held back, its room kept).
HELD_SCREENS = 2
#: editors shown per piece when the rest of a step shows after the part in view
RELEASE_EACH = 4
COMPACT_BELOW = 1100  # px of window height: lower, the keyboard leaves little room


class WizardScreen(Screen):
    name = "wizard"
    show_back = False  # the footer has "Back" / "Previous step"

    def __init__(self, ctx: UiContext, nav: Navigator) -> None:
        super().__init__(ctx, nav)
        # A tap anywhere outside a text field takes the focus off it: the field is "left"
        # (its error shows) and the on-screen keyboard goes away.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._service: Service | None = None
        self._pages: dict[int, StepForm] = {}  # built steps of this service, reused
        self.page: StepForm | None = None
        self._from_review = False
        #: the work ahead in progress (a generator: one small piece per `next`), run in slices
        self._jobs: list[Iterator[None]] = []
        self._releasing = False
        self._job_timer = QTimer(self)
        self._job_timer.setInterval(0)
        self._job_timer.timeout.connect(self._run_job)
        #: the step laid out and drawn ahead while this screen is hidden (Start only shows it)
        self._ahead: int | None = None

        progress_row = QHBoxLayout()
        progress_row.setSpacing(24)
        self.counter = label("fieldLabel", self, wrap=False)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress.setFixedWidth(240)
        self.service_title = label("helpLabel", self)
        progress_row.addWidget(self.counter)
        progress_row.addWidget(self.progress)
        progress_row.addWidget(self.service_title, 1)
        self.step_title = label("screenTitle", self)
        self.banner = label("errorLabel", self)
        self.banner.hide()

        self.area, self.host, self._host_row = scroll_area(self)
        self.area.setMinimumHeight(120)
        self.host.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

        footer = QHBoxLayout()
        footer.setSpacing(24)
        self.back_button = button("secondaryButton", self, min_width=220)
        self.next_button = button("primaryButton", self, min_width=220)
        self.back_button.clicked.connect(self._back)
        self.next_button.clicked.connect(self._next)
        footer.addWidget(self.back_button)
        footer.addStretch(1)
        footer.addWidget(self.next_button)

        col = QVBoxLayout(self)
        col.setContentsMargins(32, 12, 32, 16)
        col.setSpacing(8)
        col.addLayout(progress_row)
        col.addWidget(self.step_title)
        col.addWidget(self.banner)
        col.addWidget(self.area, 1)
        col.addLayout(footer)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        self.retranslate()

    # -- Screen ------------------------------------------------------------------------------
    def enter(
        self,
        service_id: str | None = None,
        step: int | None = None,
        show_errors: bool = False,
        **_params: Any,
    ) -> None:
        """`service_id`: start (or resume) that service's form; `step`: edit that step (from
        the review screen: Next then returns there); `show_errors`: show the step's errors."""
        session = self.nav.session
        if service_id is not None:
            service = self.ctx.catalog.service(service_id)
            if service is None or service.form is None:
                log.warning("wizard: service %s has no form", service_id)
                self.nav.home()
                return
            session.start(service)
        if session.service is None or session.service.form is None:
            self.nav.home()
            return
        if session.service is not self._service:
            self._drop_pages()
            self._service = session.service
        self._from_review = step is not None
        index = session.step if step is None else step
        self._show_step(max(0, min(index, session.step_count() - 1)), show_errors=show_errors)

    def leave(self) -> None:
        self._release_focus()

    def wipe(self) -> None:
        self._stop_job()
        self._drop_pages()
        self._service = None
        self._from_review = False
        self.banner.hide()

    def retranslate(self) -> None:
        self.banner.setText(self.tr("Some answers need correcting. Please see the messages below."))
        if not self._retranslate_header():
            return
        if self.isVisible():
            for page in self._pages.values():
                if page.stale(self.ctx.catalog, self.lang):
                    page.retranslate(self.ctx.catalog, self.lang)
        elif self._ahead is not None and self._service is not None:
            # hidden: the pages are put in the new language when shown; the one prepared
            # ahead is redone ahead
            self._stop_job()
            self._start_job(self._prepare_job(self._service, self._ahead))

    def _retranslate_header(self) -> bool:
        session = self.nav.session
        if self._service is not None and session.service is self._service:
            self._set_header(self._service, session.step, self._from_review)
            return True
        if self._service is not None and self._ahead is not None:
            self._set_header(self._service, self._ahead, False)
            return True
        self.back_button.setText("‹ " + self.tr("Back"))
        self.next_button.setText(self.tr("Next") + " ›")
        return False

    def _set_header(self, service: Service, step: int, from_review: bool) -> None:
        assert service.form is not None
        catalog, lang, count = self.ctx.catalog, self.lang, len(service.form.steps)
        self.service_title.setText(catalog.text(service.title, lang))
        self.counter.setText(
            self.tr("Step %1 of %2").replace("%1", str(step + 1)).replace("%2", str(count))
        )
        self.step_title.setText(catalog.text(service.form.steps[step].title, lang))
        self.back_button.setText("‹ " + (self.tr("Previous step") if step > 0 else self.tr("Back")))
        review = step == count - 1 or from_review
        self.next_button.setText(
            self.tr("Check answers") + " ›" if review else self.tr("Next") + " ›"
        )
        self.progress.setRange(0, count)
        self.progress.setValue(step + 1)

    # -- steps -------------------------------------------------------------------------------
    def _today(self) -> date:
        return local_today(self.ctx.clock)

    def _show_step(self, index: int, *, show_errors: bool = False) -> None:
        session = self.nav.session
        self._stop_job()  # whatever was being built ahead is finished here, or later again
        self._ahead = None
        self._release_focus()
        session.step = index
        page = self._pages.get(index)
        if page is None:
            page = self._pages[index] = self._build_page(index, defer=True)
        page.build_all()  # what building ahead has not done yet
        if page.stale(self.ctx.catalog, self.lang):  # changed while it was hidden
            page.retranslate(self.ctx.catalog, self.lang)
        self._mount(page)
        page.fill(session.answers)
        page.apply_visibility(session.form, session.answers)
        self._set_compact(False)
        self._retranslate_header()
        self.area.verticalScrollBar().setValue(0)
        if show_errors:
            self._check_step()
        # Build the next step while the visitor reads this one, so Next shows it at once.
        QTimer.singleShot(
            PREBUILD_DELAY_MS, self, partial(self._prebuild, self._service, index + 1)
        )

    def _mount(self, page: StepForm) -> None:
        """Put `page` in the scroll area, in place of the step shown before."""
        if page is self.page:
            return
        if self.page is not None:
            self._host_row.removeWidget(self.page)
            self.page.hide()
        self._host_row.insertWidget(0, page, 1)
        page.show()
        self.page = page

    def prepare(self, service_id: str = "", **_params: Any) -> None:
        """Get the first step of a service's form ready while the visitor reads the service
        page, so Start only shows it: its editors are built, styled, filled, laid out at this
        screen's size and drawn once off screen, a slice per turn of the event loop (a 40-field
        step takes several frames in all; the service page keeps answering taps meanwhile)."""
        service = self.ctx.catalog.service(service_id)
        if service is None or service.form is None or self.isVisible():
            return
        if service is not self._service:
            self._drop_pages()
            self._service = service
        page = self._pages.get(0)
        if (
            self._ahead == 0
            and page is self.page
            and page is not None
            and not page.stale(self.ctx.catalog, self.lang)
        ):
            return  # ready (or being made ready)
        self._stop_job()
        self._start_job(self._prepare_job(service, 0))

    def _prepare_job(self, service: Service, index: int) -> Iterator[None]:
        """The pieces of `prepare` (each well under a frame), for `_run_job`."""
        assert service.form is not None
        # The size the stack will give this screen when it shows it (a hidden page of a stack
        # keeps the size it last had): everything is laid out at it, and shown as is later.
        stack = self.parentWidget()
        if stack is not None and not stack.contentsRect().isEmpty():
            self.setGeometry(stack.contentsRect())
        page = self._pages.get(index)
        if page is None:
            fields = service.form.steps[index].fields
            page = self._pages[index] = self._build_page(index, fields, defer=True)
        # In place before its editors are added: showing a page lays it out (at once, at
        # whatever size it has), which costs nothing while it is empty.
        self._ahead = index
        self._mount(page)
        self._set_compact(False)
        self._set_header(service, index, False)
        self.area.verticalScrollBar().setValue(0)
        self._lay_out_hidden()
        yield
        # One editor per piece, styled and laid out with the ones before it: a layout pass is
        # cheap for those already laid out, so the whole step never has to be laid out at once.
        while (editor := page.build_next()) is not None:
            yield
            editor.ensurePolished()  # the stylesheet's look, now rather than when shown
            yield
            if len(page.editors) % LAYOUT_EVERY == 0:
                self._lay_out_hidden()
                # Those beyond the first screenfuls wait, hidden with their room kept, until
                # Start has drawn the rest (see paintEvent): Start shows a few, not all.
                page.hold_below(HELD_SCREENS * self._view_height())
                yield
        if page.stale(self.ctx.catalog, self.lang):
            page.retranslate(self.ctx.catalog, self.lang)
            yield
        session = self.nav.session
        answers = session.answers if session.service is service else {}
        page.fill(answers)
        page.apply_visibility(service.form, answers)
        self._lay_out_hidden()
        yield
        page.hold_below(HELD_SCREENS * self._view_height())
        self._lay_out_hidden()
        yield
        # Drawn once off screen: the text layouts and glyphs are ready for the real drawing.
        self.render(QPixmap(self.size()))

    def _lay_out_hidden(self) -> None:
        """Lay this hidden screen out as it will show: rendering any part of a hidden widget
        activates its layouts and sends the resize events held back while it was hidden."""
        self.render(QPixmap(1, 1), QPoint(), QRegion(0, 0, 1, 1))

    def _build_job(self, page: StepForm) -> Iterator[None]:
        while (editor := page.build_next()) is not None:
            yield
            editor.ensurePolished()  # the stylesheet's look, now rather than when shown
            yield

    # -- work ahead, in slices ------------------------------------------------------------------
    def _start_job(self, job: Iterator[None], *, first: bool = False) -> None:
        """Queue `job` (first: before the others)."""
        self._jobs.insert(0, job) if first else self._jobs.append(job)
        self._job_timer.start()

    def _stop_job(self) -> None:
        self._jobs.clear()
        self._job_timer.stop()

    def _run_job(self) -> None:
        end = time.perf_counter() + SLICE_S
        while self._jobs and time.perf_counter() < end:
            job = self._jobs[0]
            try:
                next(job)
            except StopIteration:
                if self._jobs and self._jobs[0] is job:
                    self._jobs.pop(0)
        if not self._jobs:
            self._job_timer.stop()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        page = self.page
        if (
            page is not None
            and page.held
            and not self._releasing
            and self.isVisible()  # not drawn off screen ahead
        ):
            # The part in view is on screen: the rest of the step shows from the next turn.
            self._releasing = True
            QTimer.singleShot(0, self, self._release_held)

    def _release_held(self) -> None:
        self._releasing = False
        page = self.page
        if page is not None and page.held:
            self._start_job(self._release_job(page), first=True)

    def _release_job(self, page: StepForm) -> Iterator[None]:
        while page.held:
            page.release(RELEASE_EACH)
            yield

    def _view_height(self) -> int:
        return max(self.area.viewport().height(), 240)

    def _build_page(self, index: int, fields: Any = None, *, defer: bool = False) -> StepForm:
        page = StepForm(
            fields if fields is not None else self.nav.session.form.steps[index].fields,
            today=self._today(),
            catalog=self.ctx.catalog,
            lang=self.lang,
            parent=self.host,
            defer=defer,
        )
        page.hide()
        page.setMaximumWidth(CONTENT_WIDTH)
        page.changed.connect(self._on_changed)
        page.left.connect(self._on_left)
        return page

    def _prebuild(self, service: Service | None, index: int) -> None:
        session = self.nav.session
        if (
            service is None
            or service is not self._service
            or session.service is not service
            or index >= session.step_count()
            or not self.isVisible()
        ):
            return
        page = self._pages.get(index)
        if page is None:
            page = self._pages[index] = self._build_page(index, defer=True)
        if not page.complete:
            self._start_job(self._build_job(page))

    def _drop_pages(self) -> None:
        self._stop_job()
        self._ahead = None
        self._release_focus()
        for page in self._pages.values():
            page.clear()
            self._host_row.removeWidget(page)
            page.hide()
            page.deleteLater()
        self._pages.clear()
        self.page = None

    def _release_focus(self) -> None:
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused):
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- typing --------------------------------------------------------------------------------
    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """While the visitor types (the keyboard is up) on a low screen, only the fields show:
        the title, the banner and the buttons make room, so the field stays in view."""
        if not self.isVisible():
            return
        typing = new is not None and self.isAncestorOf(new) and keyboard_kind(new) is not None
        self._set_compact(typing and self.window().height() < COMPACT_BELOW)
        if typing and new is not None:
            QTimer.singleShot(0, self, lambda: self._reveal(new))

    def _set_compact(self, typing: bool) -> None:
        self.step_title.setHidden(typing)
        self.back_button.setHidden(typing)
        self.next_button.setHidden(typing)
        self.banner.setHidden(typing or self.page is None or not self.page.errors)

    def _reveal(self, widget: QWidget) -> None:
        if shiboken6.isValid(widget) and widget.hasFocus():
            reveal_field(self.area, widget)

    # -- answers -----------------------------------------------------------------------------
    def _on_changed(self, field_id: str, value: Any) -> None:
        session, page = self.nav.session, self.page
        session.set_answer(field_id, value)
        if page is None or field_id not in page.editors:
            return
        page.apply_visibility(session.form, session.answers)
        if field_id in page.errors and session.field_error(field_id, self._today()) is None:
            page.set_error(field_id, None)  # corrected: the message goes at once
            self.banner.setHidden(self.banner.isHidden() or not page.errors)

    def _on_left(self, field_id: str) -> None:
        page = self.page
        if page is None or field_id not in page.editors:
            return
        editor = page.editors[field_id]
        if editor.touched and not editor.isHidden():
            page.set_error(field_id, self.nav.session.field_error(field_id, self._today()))

    def _check_step(self) -> bool:
        """Show every error of the step; focus the first. True when there is none."""
        session, page = self.nav.session, self.page
        assert page is not None
        page.release()  # every field of the step, to show its error
        errors = {e.field: e for e in session.step_errors(session.step, self._today())}
        for field_id, editor in page.editors.items():
            editor.touched = True
            page.set_error(field_id, errors.get(field_id))
        first = page.first_error()
        if first is None:
            self.banner.hide()
            return True
        self.banner.show()
        target = first.focus_target()
        if target is not None:  # a text field: the keyboard comes up to correct it
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        self._scroll_to(first)
        QTimer.singleShot(0, self, lambda: self._scroll_to(first))
        return False

    def _scroll_to(self, editor: FieldEditor) -> None:
        if shiboken6.isValid(editor) and editor.parentWidget() is self.page:
            scroll_to_top_of(self.area, editor)

    # -- buttons -----------------------------------------------------------------------------
    def _back(self) -> None:
        session = self.nav.session
        if session.step > 0:
            self._show_step(session.step - 1)
        else:
            self.nav.back()

    def _next(self) -> None:
        if self.page is None or not self._check_step():
            return
        session = self.nav.session
        if session.step < session.step_count() - 1 and not self._from_review:
            self._show_step(session.step + 1)
            return
        first = session.first_step_with_errors(self._today())
        if first is None:
            self.nav.go("review")
        else:
            self._show_step(first, show_errors=True)
