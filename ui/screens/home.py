"""Screen 'home': "How can we help you?" — a search field, the categories as big tiles, and
two shortcuts (the status of an application, an appeal to the akim).

The search field hands over to the services screen at the first key: that screen lists the
results as the visitor goes on typing (the keyboard stays up, the text moves along).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.catalog import Service
from ui.context import UiContext
from ui.screens.base import Navigator, Screen
from ui.scrolling import flick
from ui.theme.qss import SCROLLBAR
from ui.widgets import SearchField, Tile, icon, text_scale, theme_now

#: Narrowest a category tile gets before the grid drops a column (at normal text size).
TILE_MIN_WIDTH = 340
MAX_COLUMNS = 4
#: The tiles' scroll area is never squeezed below this (the page around it scrolls).
MIN_AREA = 120


def _label(name: str, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # office names and numbers are not markup
    return label


def grid_columns(width: int, count: int, scale: float = 1.0) -> int:
    """How many tile columns fit `width`; of the two widest that fit, the one leaving fewer
    holes in the last row (9 tiles: 3 x 3 rather than 4 + 4 + 1)."""
    fit = max(1, min(MAX_COLUMNS, int(width // (TILE_MIN_WIDTH * scale))))
    if fit <= 2 or count <= 0:
        return min(fit, max(count, 1))

    def holes(cols: int) -> int:
        return (-count) % cols

    return fit - 1 if holes(fit - 1) < holes(fit) else fit


class HomeScreen(Screen):
    name = "home"

    def __init__(self, ctx: UiContext, nav: Navigator) -> None:
        super().__init__(ctx, nav)
        self.tiles: dict[str, Tile] = {}
        self.columns = 0

        page = QWidget()
        self.office = _label("helpLabel", page)
        self.title = _label("screenTitle", page)
        self.search = SearchField(page)
        self.search.textChanged.connect(self._hand_over)
        self.search.setMinimumWidth(420)
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(16)
        self.grid_host = page

        heading = QVBoxLayout()
        heading.setSpacing(0)
        heading.addWidget(self.office)
        heading.addWidget(self.title)
        self.header = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.header.setSpacing(32)
        self.header.addLayout(heading, 3)
        self.header.addWidget(self.search, 2, Qt.AlignmentFlag.AlignVCenter)
        self.page_col = QVBoxLayout(page)
        self.page_col.setContentsMargins(40, 20, 40, 20)
        self.page_col.setSpacing(24)
        self.page_col.addLayout(self.header)
        self.page_col.addLayout(self.grid)
        self.page_col.addStretch(1)
        self.area = QScrollArea(self)
        self.area.setMinimumHeight(MIN_AREA)
        self.area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setWidgetResizable(True)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setWidget(page)
        flick(self.area.viewport())

        self.status_button = QPushButton(self)
        self.status_button.setObjectName("secondaryButton")
        self.status_button.clicked.connect(lambda: self.nav.go("status"))
        self.appeal_button = QPushButton(self)
        self.appeal_button.setObjectName("primaryButton")
        self.appeal_button.clicked.connect(self._appeal)
        for button in (self.status_button, self.appeal_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setIconSize(QSize(36, 36))
        self.contact = _label("helpLabel", self)
        # The shortcuts: under the tiles, always in view, on a wide screen; on a narrow (tall)
        # one they go stacked at the end of the page, which has the room for them.
        self.footer_box = QWidget(self)
        self.footer = QGridLayout(self.footer_box)
        self.footer.setContentsMargins(40, 12, 40, 16)
        self.footer.setHorizontalSpacing(16)
        self.footer.setVerticalSpacing(8)
        self.footer_mode = ""
        self.col = QVBoxLayout(self)
        self.col.setContentsMargins(0, 0, 0, 0)
        self.col.setSpacing(0)
        self.col.addWidget(self.area, 1)
        self.col.addWidget(self.footer_box)
        # Never ask the window for more height than this (the on-screen keyboard needs room).
        self.setMinimumHeight(MIN_AREA + 110)
        self._paint_icons()
        self.retranslate()

    # -- Screen ------------------------------------------------------------------------------
    def enter(self, **params: Any) -> None:
        self.search.setText("")
        self.search.clearFocus()  # the keyboard opens when the visitor taps the field
        self.area.verticalScrollBar().setValue(0)
        self._relayout()

    def leave(self) -> None:
        self.search.blockSignals(True)
        self.search.setText("")
        self.search.blockSignals(False)

    def wipe(self) -> None:
        self.leave()
        self.area.verticalScrollBar().setValue(0)

    def retranslate(self) -> None:
        catalog, lang = self.ctx.catalog, self.lang
        names = self.ctx.config.office_name
        office = names.get(lang) or names.get(catalog.default_language) or ""
        self.office.setText(office)
        self.office.setVisible(bool(office))
        self.title.setText(self.tr("How can we help you?"))
        self.search.setPlaceholderText(self.tr("Search for a service"))
        self.status_button.setText(self.tr("Check the status of my application"))
        self.appeal_button.setText(self.tr("Appeal to the akim"))
        self.appeal_button.setVisible(self._appeal_service() is not None)
        self.contact.setText(
            self.tr("Need help? Ask a member of staff, or call %1.").replace(
                "%1", self.ctx.config.contact_line
            )
        )
        categories = catalog.ordered_categories()
        if [c.id for c in categories] != list(self.tiles):
            self._build_tiles()
        for category in categories:
            count = len(catalog.services_in(category.id))
            self.tiles[category.id].set_texts(
                catalog.text(category.title, lang),
                self.tr("Services: %1").replace("%1", str(count)),
            )
        self._relayout()

    # -- tiles ---------------------------------------------------------------------------------
    def _build_tiles(self) -> None:
        for tile in self.tiles.values():
            self.grid.removeWidget(tile)
            tile.hide()
            tile.setParent(None)  # gone from the page at once
            tile.deleteLater()
        self.tiles = {}
        for category in self.ctx.catalog.ordered_categories():
            tile = Tile(category.icon, self.grid_host)
            tile.clicked.connect(
                lambda _=False, cid=category.id: self.nav.go("services", category=cid)
            )
            self.tiles[category.id] = tile
        self.columns = 0

    def _relayout(self) -> None:
        """Columns from the width and the text size; title and search side by side when they
        fit; the shortcuts in a row under the tiles when they fit, else stacked in the page."""
        width = self.width() - 80
        title = self.title.fontMetrics().horizontalAdvance(self.title.text())
        self.header.setDirection(
            QBoxLayout.Direction.LeftToRight
            if title <= (width - 32) * 3 // 5
            else QBoxLayout.Direction.TopToBottom
        )
        buttons = (
            self.status_button.sizeHint().width()
            + 16
            + (self.appeal_button.sizeHint().width() if self._appeal_service() else 0)
        )
        mode = (
            "row" if buttons + 32 + 320 <= width else "two_rows" if buttons <= width else "stacked"
        )
        self._place_footer(mode)
        # From the screen's width, not the viewport's: a scroll bar coming and going must not
        # change the columns (that would loop).
        columns = grid_columns(self.width() - 80 - SCROLLBAR, len(self.tiles), text_scale())
        if columns != self.columns:
            self.columns = columns
            for tile in self.tiles.values():
                self.grid.removeWidget(tile)
            for i, tile in enumerate(self.tiles.values()):
                self.grid.addWidget(tile, i // columns, i % columns)
            for c in range(MAX_COLUMNS):
                self.grid.setColumnStretch(c, 1 if c < columns else 0)
        self._fill_height()

    def _place_footer(self, mode: str) -> None:
        if mode == self.footer_mode:
            return
        fixed = mode != "stacked"
        widgets: tuple[QWidget, ...] = (self.status_button, self.appeal_button, self.contact)
        for widget in widgets:
            self.footer.removeWidget(widget)
        if mode == "row":
            cells = ((0, 0, 1, 1), (0, 1, 1, 1), (0, 2, 1, 1))
        elif mode == "two_rows":
            cells = ((0, 0, 1, 1), (0, 1, 1, 1), (1, 0, 1, 3))
        else:
            cells = ((0, 0, 1, 3), (1, 0, 1, 3), (2, 0, 1, 3))
        for widget, cell in zip(widgets, cells, strict=True):
            self.footer.addWidget(widget, *cell)
        for c in range(3):
            self.footer.setColumnStretch(c, 1 if c == 2 else 0)
        self.contact.setContentsMargins(16 if mode == "row" else 0, 0, 0, 0)
        if fixed != (self.footer_mode != "stacked") or not self.footer_mode:
            self.page_col.removeWidget(self.footer_box)
            self.col.removeWidget(self.footer_box)
            self.footer_box.setParent(self if fixed else self.grid_host)
            if fixed:
                self.col.addWidget(self.footer_box)
            else:
                self.page_col.insertWidget(self.page_col.count() - 1, self.footer_box)
            self.footer.setContentsMargins(*((40, 12, 40, 16) if fixed else (0, 8, 0, 0)))
            self.footer_box.show()
        self.footer_mode = mode

    def _fill_height(self) -> None:
        """Spare height on a big screen makes the tiles taller (up to half as tall again)."""
        if not self.tiles or not self.columns:
            return
        rows = -(-len(self.tiles) // self.columns)
        base = theme_now()[1].tile_height
        spare = self.area.viewport().height() - self.header.sizeHint().height() - 40 - 24
        if self.footer_mode == "stacked":
            spare -= self.footer_box.sizeHint().height() + 24
        height = max(base, min(round(base * 1.5), (spare - 16 * (rows - 1)) // rows))
        for tile in self.tiles.values():
            # never shorter than its title needs at this width (a grid row does not ask its
            # tiles' heightForWidth): "Регистрация актов гражданского состояния (ЗАГС)"
            wanted = max(height, tile.heightForWidth(tile.width()))
            if tile.minimumHeight() != wanted:
                tile.setMinimumHeight(wanted)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (
            QEvent.Type.StyleChange,
            QEvent.Type.FontChange,
            QEvent.Type.PaletteChange,
        ):
            self.columns = 0
            self._relayout()
            self._paint_icons()
        super().changeEvent(event)

    def _paint_icons(self) -> None:
        scheme, _ = theme_now()
        self.status_button.setIcon(icon("status", scheme.secondary_text))
        self.appeal_button.setIcon(icon("appeal", scheme.on_primary))

    # -- shortcuts -----------------------------------------------------------------------------
    def _appeal_service(self) -> Service | None:
        return next((s for s in self.ctx.catalog.services if s.kind == "appeal"), None)

    def _appeal(self) -> None:
        service = self._appeal_service()
        if service is not None:
            self.nav.go("service", service_id=service.id)

    def _hand_over(self, text: str) -> None:
        """The first key typed: the services screen takes the text and the search over."""
        if text.strip():
            self.nav.go("services", query=text)
