"""Screen 'service': one service explained — who can apply, the documents, cost, how long it
takes, what you get, where — and the button that starts the application (or the appeal).

The page scrolls (flick); the button stays in a bar under it, always in reach.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.catalog import Service
from ui.context import UiContext
from ui.screens.base import Navigator, Screen
from ui.scrolling import flick

PREPARE_FALLBACK_MS = 150  # when no drawing of the page says it is on screen

#: Longest line of text on a wide screen (easier to read than a line across 1920 px).
COLUMN_MAX = 1180
#: The catalog's detail keys, in the order the page shows them.
SECTIONS = ("who_can_apply", "documents", "cost", "duration", "result", "where")


def _label(parent: QWidget, name: str = "") -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # catalog texts are never markup
    return label


class ServicePageScreen(Screen):
    name = "service"

    def __init__(self, ctx: UiContext, nav: Navigator) -> None:
        super().__init__(ctx, nav)
        self.service_id: str | None = None
        self._prepare_pending = False

        column = QWidget()
        column.setMaximumWidth(COLUMN_MAX)
        self.category = _label(column, "helpLabel")
        self.title = _label(column, "screenTitle")
        self.summary = _label(column)
        col = QVBoxLayout(column)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(6)
        col.addWidget(self.category)
        col.addWidget(self.title)
        col.addWidget(self.summary)
        self.headings: dict[str, QLabel] = {}
        self.bodies: dict[str, QLabel] = {}
        self.documents = QWidget(column)
        self.doc_grid = QGridLayout(self.documents)
        self.doc_grid.setContentsMargins(8, 0, 0, 0)
        self.doc_grid.setHorizontalSpacing(14)
        self.doc_grid.setVerticalSpacing(10)
        self.doc_grid.setColumnStretch(1, 1)
        self.doc_labels: list[tuple[QLabel, QLabel]] = []
        for key in SECTIONS:
            self.headings[key] = _label(column, "sectionTitle")
            if key != "documents":
                self.bodies[key] = _label(column)
        facts = QGridLayout()  # cost and duration are short: side by side
        facts.setContentsMargins(0, 0, 0, 0)
        facts.setHorizontalSpacing(48)
        facts.setVerticalSpacing(6)
        for c, key in enumerate(("cost", "duration")):
            facts.addWidget(self.headings[key], 0, c)
            facts.addWidget(self.bodies[key], 1, c, Qt.AlignmentFlag.AlignTop)
            facts.setColumnStretch(c, 1)
        for key in SECTIONS:
            if key == "duration":
                continue
            col.addSpacing(18)
            if key == "cost":
                col.addLayout(facts)
                continue
            col.addWidget(self.headings[key])
            col.addWidget(self.documents if key == "documents" else self.bodies[key])
        col.addStretch(1)

        page = QWidget()
        centre = QHBoxLayout(page)
        centre.setContentsMargins(40, 20, 40, 32)
        centre.addWidget(column, 1)
        self.area = QScrollArea(self)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setWidgetResizable(True)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setWidget(page)
        self.area.setMinimumHeight(120)
        self.area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        flick(self.area.viewport())

        self.note = _label(self, "fieldLabel")
        self.start = QPushButton(self)
        self.start.setObjectName("primaryButton")
        self.start.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.start.clicked.connect(self._start)
        self.start.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        bar = QWidget(self)
        bar.setMaximumWidth(COLUMN_MAX + 80)
        bar_row = QHBoxLayout(bar)
        bar_row.setContentsMargins(40, 14, 40, 16)
        bar_row.setSpacing(24)
        bar_row.addWidget(self.note, 1)
        bar_row.addWidget(self.start, 0, Qt.AlignmentFlag.AlignRight)
        centred = QHBoxLayout()
        centred.addStretch(0)
        centred.addWidget(bar, 1)
        centred.addStretch(0)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.area, 1)
        outer.addWidget(line)
        outer.addLayout(centred)
        self.setMinimumHeight(240)  # the page scrolls; the window needs room for the keyboard
        self.retranslate()

    # -- Screen ------------------------------------------------------------------------------
    def enter(self, **params: Any) -> None:
        if "service_id" in params:
            self.service_id = str(params["service_id"])
            self.area.verticalScrollBar().setValue(0)
        self.retranslate()
        # While the visitor reads this page, the form's first step gets ready (from the turn
        # of the event loop after this page has been drawn), so Start shows it at once.
        self._prepare_pending = True
        QTimer.singleShot(PREPARE_FALLBACK_MS, self, self._prepare_form)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._prepare_pending:
            QTimer.singleShot(0, self, self._prepare_form)

    def _prepare_form(self) -> None:
        if not self._prepare_pending:
            return
        self._prepare_pending = False
        service = self.ctx.catalog.service(self.service_id) if self.service_id else None
        if self.isVisible() and service is not None and service.form is not None:
            self.nav.prepare("wizard", service_id=service.id)

    def wipe(self) -> None:
        self.service_id = None
        self._prepare_pending = False
        self.area.verticalScrollBar().setValue(0)
        self.retranslate()

    def retranslate(self) -> None:
        self.headings["who_can_apply"].setText(self.tr("Who can apply"))
        self.headings["documents"].setText(self.tr("Documents you need"))
        self.headings["cost"].setText(self.tr("Cost"))
        self.headings["duration"].setText(self.tr("How long it takes"))
        self.headings["result"].setText(self.tr("What you get"))
        self.headings["where"].setText(self.tr("Where"))
        service = self.ctx.catalog.service(self.service_id) if self.service_id else None
        self._show_service(service)

    # -- filling -----------------------------------------------------------------------------
    def _show_service(self, service: Service | None) -> None:
        catalog, lang = self.ctx.catalog, self.lang
        if service is None:
            self.category.hide()
            self.title.setText(
                self.tr("This service is not offered here any more.") if self.service_id else ""
            )
            self.summary.setText("")
            for key in self.bodies:
                self._set_section(key, "")
            self._set_documents([])
            self.start.hide()
            self.note.setText(self.tr("Please go back and choose another service."))
            self.note.setVisible(bool(self.service_id))
            return
        category = catalog.category(service.category)
        self.category.setText(catalog.text(category.title, lang) if category else "")
        self.category.setVisible(category is not None)
        self.title.setText(catalog.text(service.title, lang))
        self.summary.setText(catalog.text(service.summary, lang))
        details = service.details
        for key in self.bodies:
            self._set_section(key, catalog.text(getattr(details, key), lang))
        self._set_documents([catalog.text(d, lang) for d in details.documents])
        self._set_action(service)

    def _set_section(self, key: str, text: str) -> None:
        text = text.strip()
        self.bodies[key].setText(text)
        self.bodies[key].setVisible(bool(text))
        self.headings[key].setVisible(bool(text))

    def _set_documents(self, documents: list[str]) -> None:
        documents = [d.strip() for d in documents if d.strip()]
        while len(self.doc_labels) < len(documents):
            row = len(self.doc_labels)
            bullet, text = _label(self.documents), _label(self.documents)
            bullet.setText("•")
            self.doc_grid.addWidget(bullet, row, 0, Qt.AlignmentFlag.AlignTop)
            self.doc_grid.addWidget(text, row, 1)
            self.doc_labels.append((bullet, text))
        for i, (bullet, text) in enumerate(self.doc_labels):
            shown = i < len(documents)
            text.setText(documents[i] if shown else "")
            bullet.setVisible(shown)
            text.setVisible(shown)
        self.documents.setVisible(bool(documents))
        self.headings["documents"].setVisible(bool(documents))

    def _set_action(self, service: Service) -> None:
        if service.kind == "info" or service.form is None:
            self.start.hide()
            self.note.setText(self.tr("This is information only; no application is needed here."))
            self.note.show()
            return
        self.start.setText(
            self.tr("Write an appeal") if service.kind == "appeal" else self.tr("Start application")
        )
        self.start.show()
        ready = self.ctx.submitter.can_submit(self.ctx.catalog)
        self.start.setEnabled(ready)
        self.note.setText(
            ""
            if ready
            else self.tr(
                "Applications cannot be taken at this kiosk yet. Please ask a member of staff."
            )
        )
        self.note.setVisible(not ready)

    def _start(self) -> None:
        service = self.ctx.catalog.service(self.service_id) if self.service_id else None
        if service is not None and service.form is not None:
            self.nav.go("wizard", service_id=service.id)
