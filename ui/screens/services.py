"""Screen 'services': the services of a category, or the results of a search, as a list.

The search field filters as the visitor types. With nothing typed the list shows the chosen
category (or every service); once a word is typed the search runs over ALL services and the
line above the list says so, so a visitor who picked the wrong category still finds the service.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from ui.context import UiContext
from ui.models import ID_ROLE, ServiceListModel, ServiceRowDelegate
from ui.screens.base import Navigator, Screen
from ui.scrolling import flick
from ui.widgets import SearchField

#: Longest search text the field takes (a paste of a whole page is cut here).
MAX_TYPED = 100
#: Below this height (the on-screen keyboard is up) the screen title makes room for the list.
COMPACT_HEIGHT = 480
MIN_LIST = 110


class ServicesScreen(Screen):
    name = "services"

    def __init__(self, ctx: UiContext, nav: Navigator) -> None:
        super().__init__(ctx, nav)
        self.category: str | None = None

        self.title = QLabel(self)
        self.title.setObjectName("screenTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # catalog texts are never markup

        self.search = SearchField(self)
        self.search.setMaxLength(MAX_TYPED)
        self.search.textChanged.connect(self._refresh)
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("secondaryButton")
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.clicked.connect(self._clear_search)

        self.scope = QLabel(self)
        self.scope.setObjectName("helpLabel")
        self.scope.setWordWrap(True)
        self.scope.setTextFormat(Qt.TextFormat.PlainText)

        self.model = ServiceListModel(lambda: self.ctx.catalog, self.lang, self)
        self.view = QListView(self)
        self.view.setObjectName("serviceList")
        self.view.setModel(self.model)
        self.view.setItemDelegate(ServiceRowDelegate(self.view))
        self.view.setLayoutMode(QListView.LayoutMode.Batched)
        self.view.setBatchSize(40)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setUniformItemSizes(False)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setMinimumHeight(MIN_LIST)
        self.view.setStyleSheet("QListView#serviceList { background: transparent; border: none; }")
        self.view.clicked.connect(self._open)
        flick(self.view.viewport()).stateChanged.connect(self._on_scroll_state)

        self.empty = QWidget(self)
        self.empty_text = QLabel(self.empty)
        self.empty_text.setObjectName("fieldLabel")
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_button = QPushButton(self.empty)
        self.empty_button.setObjectName("primaryButton")
        self.empty_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.empty_button.clicked.connect(self.nav.home)
        empty_col = QVBoxLayout(self.empty)
        empty_col.setContentsMargins(24, 48, 24, 24)
        empty_col.setSpacing(28)
        empty_col.addWidget(self.empty_text)
        empty_col.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_col.addStretch(1)
        self.empty.hide()

        search_row = QHBoxLayout()
        search_row.setSpacing(16)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.clear_button)
        col = QVBoxLayout(self)
        col.setContentsMargins(40, 16, 40, 8)
        col.setSpacing(12)
        col.addWidget(self.title)
        col.addLayout(search_row)
        col.addWidget(self.scope)
        col.addWidget(self.view, 1)
        col.addWidget(self.empty, 1)
        # Never ask the window for more height than this (the on-screen keyboard needs room);
        # when squeezed, the title steps aside (see _fit).
        self.setMinimumHeight(MIN_LIST + 150)
        self.retranslate()

    # -- Screen ------------------------------------------------------------------------------
    def enter(self, **params: Any) -> None:
        """`enter(category=ID)`, `enter(query=TEXT)`; with no parameters (Back) the list, the
        text and the scroll position stay as the visitor left them."""
        if "category" in params or "query" in params:
            category = params.get("category")
            self.category = category if self.ctx.catalog.category(str(category)) else None
            self.search.setText(str(params.get("query") or "")[:MAX_TYPED])  # no undo history
            self._refresh()
            self.view.scrollToTop()
            if self.search.text():
                self.search.setFocus(Qt.FocusReason.OtherFocusReason)
                self.search.end(False)
            else:
                self.search.clearFocus()  # a category: the list first, no keyboard
        else:
            self._refresh()
        self.view.clearSelection()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Type what you need, for example: certificate"))
        self.clear_button.setText(self.tr("Clear"))
        self.empty_text.setText(self.tr("Nothing found. Try another word, or choose a category."))
        self.empty_button.setText(self.tr("Choose a category"))
        self._refresh()
        self.model.relabel()  # a new language, or a new catalog with the same services

    def wipe(self) -> None:
        self.search.setText("")  # setText, not clear(): no undo history keeps the old text
        self.category = None
        self.model.clear()
        self.view.clearSelection()
        self.view.scrollToTop()

    # -- what the list shows ------------------------------------------------------------------
    def _refresh(self) -> None:
        catalog, text = self.ctx.catalog, self.search.text()
        if self.category and catalog.category(self.category) is None:
            self.category = None  # a new catalog dropped it
        category = catalog.category(self.category) if self.category else None
        searching = bool(text.strip())
        if searching:
            ids = self.ctx.search.search(text)
        elif category is not None:
            ids = [s.id for s in catalog.services_in(category.id)]
        else:
            ids = [s.id for s in catalog.services]
        self.model.set_language(self.lang)
        if ids != self.model.service_ids():
            self.model.set_services(ids)
        count = len(ids)
        if searching or category is None:
            self.title.setText(self.tr("Search"))
        else:
            self.title.setText(catalog.text(category.title, self.lang))
        if searching and category is not None:
            scope = (
                self.tr("Found in all services, not only in “%1”: %2")
                .replace("%1", catalog.text(category.title, self.lang))
                .replace("%2", str(count))
            )
        elif searching:
            scope = self.tr("Found in all services: %1").replace("%1", str(count))
        elif category is not None:
            scope = self.tr("Services in this category: %1").replace("%1", str(count))
        else:
            scope = self.tr("All services: %1").replace("%1", str(count))
        self.scope.setText(scope)
        self.clear_button.setVisible(bool(text))
        self.scope.setVisible(count > 0)
        self.view.setVisible(count > 0)
        self.empty.setVisible(count == 0)
        self._fit()

    def _fit(self) -> None:
        self.title.setVisible(self.height() >= COMPACT_HEIGHT)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    # -- the visitor's taps --------------------------------------------------------------------
    def _open(self, index: QModelIndex) -> None:
        service_id = index.data(ID_ROLE)
        if service_id:
            self.nav.go("service", service_id=str(service_id))

    def _clear_search(self) -> None:
        self.search.setText("")
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_scroll_state(self, state: QScroller.State) -> None:
        if state == QScroller.State.Dragging and self.search.hasFocus():
            self.search.clearFocus()  # flicking the list: the keyboard steps aside
