"""Browsing: the home screen, finding a service by typing on the on-screen keyboard, a category's
list, a service's page. Driven as a finger would; the assertions read what the visitor sees."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QListView, QScroller, QWidget

from kiosk.catalog import parse_catalog
from tests.support.ui_driver import (
    backspace,
    find_button,
    tap,
    tap_row,
    type_on_keyboard,
    visible_texts,
)
from ui.models import ID_ROLE, SUMMARY_ROLE, ServiceListModel
from ui.widgets import Tile

KINDERGARTEN = "kindergarten-queue"


def ui_text(context: str, source: str) -> str:
    """A UI string as the visitor reads it in the language installed now."""
    return QCoreApplication.translate(context, source)


NOTHING_FOUND_EN = "Nothing found. Try another word, or choose a category."


# -- helpers ---------------------------------------------------------------------------------
def start_home(qtbot, window, lang: str) -> None:
    """The visitor is on the home screen in `lang` (chosen on the top bar)."""
    window.home()
    tap(qtbot, window.top.languages[lang])
    catalog = window.ctx.catalog
    first = catalog.ordered_categories()[0]
    tile = screen(window, "home").tiles[first.id]
    qtbot.waitUntil(lambda: tile.title.text() == catalog.text(first.title, lang))
    assert window.current.name == "home"


def screen(window, name: str) -> QWidget:
    return window.screens[name]


def rows(window) -> list[str]:
    """The titles the services list shows, top to bottom."""
    model = screen(window, "services").view.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def row_ids(window) -> list[str]:
    model = screen(window, "services").view.model()
    return [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())]


def title_of(window, service_id: str, lang: str) -> str:
    catalog = window.ctx.catalog
    return catalog.text(catalog.service(service_id).title, lang)


def search_home(qtbot, window, text: str) -> None:
    """Tap the search field on home and type `text` on the on-screen keyboard."""
    field = screen(window, "home").search
    tap(qtbot, field)
    qtbot.waitUntil(window.keyboard.isVisible)
    type_on_keyboard(qtbot, window.keyboard, text)


def tile_for(window, title: str) -> Tile:
    tiles = [
        t
        for t in screen(window, "home").findChildren(Tile)
        if t.isVisible() and t.title.text() == title
    ]
    assert tiles, f"no tile reading {title!r}"
    return tiles[0]


def open_service(qtbot, window, service_id: str) -> None:
    """Find the service in its category's list and tap its row."""
    catalog = window.ctx.catalog
    service = catalog.service(service_id)
    category = catalog.category(service.category)
    tap(qtbot, tile_for(window, catalog.text(category.title, window.session.language)))
    assert window.current.name == "services"
    tap_row(qtbot, screen(window, "services").view, row_ids(window).index(service_id))
    assert window.current.name == "service"


# -- search on the on-screen keyboard ---------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("ru", "детский сад"),
        ("kk", "балабақша"),
        ("kk", "БАЛАБАК"),
        ("en", "kindergarten"),
    ],
)
def test_find_kindergarten_by_typing(qtbot, window, lang, typed):
    start_home(qtbot, window, lang)
    search_home(qtbot, window, typed)
    assert window.current.name == "services"
    services = screen(window, "services")
    assert services.search.text() == typed
    assert KINDERGARTEN in row_ids(window)
    assert title_of(window, KINDERGARTEN, lang) in rows(window)
    assert window.keyboard.isVisible(), "the visitor can go on typing"


def test_results_update_with_every_key(qtbot, window):
    start_home(qtbot, window, "ru")
    field = screen(window, "home").search
    tap(qtbot, field)
    seen: list[list[str]] = []
    for ch in "детский":
        type_on_keyboard(qtbot, window.keyboard, ch)
        typed = screen(window, "services").search.text()
        assert row_ids(window) == window.ctx.search.search(typed)
        seen.append(row_ids(window))
    assert len({tuple(s) for s in seen}) >= 2, "the list changed while typing"
    assert KINDERGARTEN in seen[-1]
    backspace(qtbot, window.keyboard, 7)
    assert screen(window, "services").search.text() == ""
    assert len(row_ids(window)) == len(window.ctx.catalog.services), "all services again"


@pytest.mark.parametrize(("with_yo", "without"), [("ребёнок", "ребенок"), ("ребёнка", "ребенка")])
def test_yo_and_ye_find_the_same(qtbot, window, with_yo, without):
    start_home(qtbot, window, "ru")
    search_home(qtbot, window, with_yo)
    found_yo = row_ids(window)
    services = screen(window, "services")
    tap(qtbot, find_button(services, ui_text("ServicesScreen", "Clear")))
    type_on_keyboard(qtbot, window.keyboard, without)
    assert services.search.text() == without
    assert row_ids(window) == found_yo
    if with_yo == "ребёнка":
        assert KINDERGARTEN in found_yo


def test_nothing_found_offers_the_categories(qtbot, window):
    start_home(qtbot, window, "en")
    search_home(qtbot, window, "qqqq")
    services = screen(window, "services")
    assert row_ids(window) == []
    assert ui_text("ServicesScreen", NOTHING_FOUND_EN) in visible_texts(services)
    assert not services.view.isVisible()
    tap(qtbot, find_button(services, ui_text("ServicesScreen", "Choose a category")))
    assert window.current.name == "home"


def test_huge_paste_and_control_characters(qtbot, window):
    start_home(qtbot, window, "ru")
    window.go("services", query="сад")
    services = screen(window, "services")
    services.search.setFocus()
    services.search.insert("детский\x00\x07\t\u202e" * 20000)  # a paste of a whole page
    assert len(services.search.text()) <= 100
    services.search.setText("\x00\x01\x02" * 1000)
    assert row_ids(window) == []
    assert ui_text("ServicesScreen", NOTHING_FOUND_EN) in visible_texts(services)
    services.search.setText("сад" + "\x1b" * 5000)
    assert KINDERGARTEN in row_ids(window)


# -- categories, the list, the service page ---------------------------------------------------
@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_category_tile_lists_its_services(qtbot, window, lang):
    start_home(qtbot, window, lang)
    catalog = window.ctx.catalog
    home_text = visible_texts(screen(window, "home"))
    for category in catalog.ordered_categories():
        assert catalog.text(category.title, lang) in home_text
    family = catalog.category("family")
    tap(qtbot, tile_for(window, catalog.text(family.title, lang)))
    assert window.current.name == "services"
    services = screen(window, "services")
    assert catalog.text(family.title, lang) == services.title.text()
    expected = catalog.services_in("family")
    assert row_ids(window) == [s.id for s in expected]
    assert rows(window) == [catalog.text(s.title, lang) for s in expected]
    assert services.search.text() == ""
    assert not window.keyboard.isVisible(), "a category shows its list, not the keyboard"


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_service_page_in_the_visitors_language(qtbot, window, lang):
    start_home(qtbot, window, lang)
    open_service(qtbot, window, KINDERGARTEN)
    catalog = window.ctx.catalog
    service = catalog.service(KINDERGARTEN)
    page = screen(window, "service")
    text = visible_texts(page)
    assert catalog.text(service.title, lang) in text
    assert catalog.text(service.summary, lang) in text
    assert catalog.text(service.details.cost, lang) in text
    assert catalog.text(service.details.duration, lang) in text
    for document in service.details.documents:
        assert catalog.text(document, lang) in text
    for other in {"kk", "ru", "en"} - {lang}:
        assert catalog.text(service.details.documents[0], other) not in text
    tap(qtbot, find_button(page, ui_text("ServicePageScreen", "Start application")))
    assert window.current.name == "wizard"


def test_info_service_has_no_start_button(qtbot, window):
    start_home(qtbot, window, "en")
    info = next(s for s in window.ctx.catalog.services if s.kind == "info")
    open_service(qtbot, window, info.id)
    page = screen(window, "service")
    note = ui_text("ServicePageScreen", "This is information only; no application is needed here.")
    assert note in visible_texts(page)
    buttons = [b.text() for b in page.findChildren(QAbstractButton) if b.isVisible()]
    starts = {ui_text("ServicePageScreen", t) for t in ("Start application", "Write an appeal")}
    assert not starts & set(buttons), buttons


def test_appeal_button_on_home_reaches_the_appeal(qtbot, window):
    start_home(qtbot, window, "ru")
    catalog = window.ctx.catalog
    appeal = next(s for s in catalog.services if s.kind == "appeal")
    tap(qtbot, find_button(screen(window, "home"), ui_text("HomeScreen", "Appeal to the akim")))
    assert window.current.name == "service"
    page = screen(window, "service")
    assert catalog.text(appeal.title, "ru") in visible_texts(page)
    tap(qtbot, find_button(page, ui_text("ServicePageScreen", "Write an appeal")))
    assert window.current.name == "wizard"


def test_status_button_on_home(qtbot, window):
    start_home(qtbot, window, "kk")
    tap(
        qtbot,
        find_button(
            screen(window, "home"), ui_text("HomeScreen", "Check the status of my application")
        ),
    )
    assert window.current.name == "status"


def test_without_a_hub_key_the_start_button_waits(qtbot, window, monkeypatch):
    monkeypatch.setattr(window.ctx.submitter, "can_submit", lambda catalog: False)
    start_home(qtbot, window, "en")
    open_service(qtbot, window, KINDERGARTEN)
    page = screen(window, "service")
    assert ui_text(
        "ServicePageScreen",
        "Applications cannot be taken at this kiosk yet. Please ask a member of staff.",
    ) in visible_texts(page)
    assert page.start.isVisible() and not page.start.isEnabled()


def test_back_from_the_page_keeps_the_search(qtbot, window):
    start_home(qtbot, window, "ru")
    search_home(qtbot, window, "сад")
    found = row_ids(window)
    tap_row(qtbot, screen(window, "services").view, found.index(KINDERGARTEN))
    assert window.current.name == "service"
    tap(qtbot, window.top.back)
    assert window.current.name == "services"
    assert screen(window, "services").search.text() == "сад"
    assert row_ids(window) == found


# -- language switch, the list's make-up, wipe ------------------------------------------------
def test_language_switch_keeps_the_text_and_relabels_rows(qtbot, window):
    start_home(qtbot, window, "ru")
    search_home(qtbot, window, "сад")
    assert title_of(window, KINDERGARTEN, "ru") in rows(window)
    tap(qtbot, window.top.languages["kk"])
    qtbot.waitUntil(lambda: title_of(window, KINDERGARTEN, "kk") in rows(window))
    services = screen(window, "services")
    assert services.search.text() == "сад"
    assert title_of(window, KINDERGARTEN, "ru") not in rows(window)
    model = services.view.model()
    summaries = [model.index(r, 0).data(SUMMARY_ROLE) for r in range(model.rowCount())]
    kg = window.ctx.catalog.service(KINDERGARTEN)
    assert window.ctx.catalog.text(kg.summary, "kk") in summaries


def test_the_list_is_a_model_view_that_flicks(qtbot, window):
    start_home(qtbot, window, "en")
    window.go("services")
    services = screen(window, "services")
    view = services.view
    assert isinstance(view, QListView)
    assert isinstance(view.model(), ServiceListModel)
    assert view.layoutMode() == QListView.LayoutMode.Batched
    assert view.verticalScrollMode() == QListView.ScrollMode.ScrollPerPixel
    assert QScroller.hasScroller(view.viewport())
    assert view.viewport().findChildren(QWidget) == [], "no widget per row"
    assert view.indexWidget(view.model().index(0, 0)) is None
    assert view.verticalScrollBar().width() >= 24, "a thick scroll bar"
    for r in range(view.model().rowCount()):
        assert view.visualRect(view.model().index(r, 0)).height() >= 96


def test_touch_targets_are_big_enough(qtbot, window):
    start_home(qtbot, window, "kk")
    home = screen(window, "home")
    tiles = [t for t in home.findChildren(Tile) if t.isVisible()]
    assert len(tiles) == len(window.ctx.catalog.categories)
    assert all(t.height() >= 64 for t in tiles)
    for button in home.findChildren(QAbstractButton):
        if button.isVisible():
            assert button.height() >= 64, button.text()
    tap(qtbot, tiles[0])
    view = screen(window, "services").view
    rects = [view.visualRect(view.model().index(r, 0)) for r in range(view.model().rowCount())]
    assert rects and all(r.height() >= 64 for r in rects)


@pytest.mark.parametrize(
    ("size", "columns", "large"),
    [
        ((1920, 1080), (3, 4), (2, 3)),
        ((1280, 800), (2, 3), (2, 2)),
        ((1080, 1920), (2, 2), (2, 2)),
    ],
)
def test_grid_adapts_to_the_screen(qtbot, window, size, columns, large):
    start_home(qtbot, window, "ru")
    window.resize(*size)
    home = screen(window, "home")
    tiles = home.findChildren(Tile)

    def laid_out_in(low: int, high: int) -> bool:
        xs = {t.x() for t in tiles}
        return low <= home.columns <= high and len(xs) == home.columns

    qtbot.waitUntil(lambda: home.width() >= size[0] - 40 and laid_out_in(*columns))
    normal = home.columns
    tap(qtbot, window.top.large)
    qtbot.waitUntil(lambda: laid_out_in(*large))
    assert home.columns <= normal
    qtbot.waitUntil(
        lambda: all(t.title.height() >= t.title.heightForWidth(t.title.width()) - 1 for t in tiles)
    )  # titles wrap inside the tile, never cut
    tap(qtbot, window.top.large)
    qtbot.waitUntil(lambda: home.columns == normal)


def test_wipe_leaves_no_search_text(qtbot, window):
    start_home(qtbot, window, "ru")
    search_home(qtbot, window, "детский")
    services = screen(window, "services")
    assert services.search.text() == "детский"
    window.reset()
    for name in ("home", "services", "service"):
        for field in screen(window, name).findChildren(QLineEdit):
            assert field.text() == "", name
            assert not field.isUndoAvailable(), f"{name}: the undo history keeps the text"
    model = services.view.model()
    texts = [
        str(model.index(r, 0).data(role))
        for r in range(model.rowCount())
        for role in (Qt.ItemDataRole.DisplayRole, SUMMARY_ROLE, ID_ROLE)
    ]
    assert not any("детский" in t for t in texts if t)
    assert model.rowCount() in (0, len(window.ctx.catalog.services)), "no search left behind"
    labels = [
        lbl.text()
        for name in ("home", "services", "service")
        for lbl in screen(window, name).findChildren(QLabel)
    ]
    assert not any("детский" in t for t in labels)


def test_search_from_a_category_says_it_looks_everywhere(qtbot, window):
    start_home(qtbot, window, "ru")
    catalog = window.ctx.catalog
    family = catalog.text(catalog.category("family").title, "ru")
    tap(qtbot, tile_for(window, family))
    services = screen(window, "services")
    assert ui_text("ServicesScreen", "Services in this category: %1").replace(
        "%1", "2"
    ) in visible_texts(services)
    tap(qtbot, services.search)
    qtbot.waitUntil(window.keyboard.isVisible)
    type_on_keyboard(qtbot, window.keyboard, "жиль")
    assert services.scope.text() == ui_text(
        "ServicesScreen", "Found in all services, not only in “%1”: %2"
    ).replace("%1", family).replace("%2", str(len(row_ids(window))))
    assert "housing-queue" in row_ids(window)
    tap(qtbot, find_button(services, ui_text("ServicesScreen", "Clear")))
    assert row_ids(window) == [s.id for s in catalog.services_in("family")]
    assert services.title.text() == family or not services.title.isVisible()


def test_a_flick_over_the_tiles_scrolls_and_opens_nothing(qtbot, window):
    start_home(qtbot, window, "ru")
    home = screen(window, "home")
    viewport = home.area.viewport()
    bar = home.area.verticalScrollBar()
    assert bar.maximum() > 0, "at 1280x800 the categories need scrolling"
    tile = next(iter(home.tiles.values()))
    start = tile.mapTo(viewport, tile.rect().center())
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 16):  # the finger moves up for about a quarter of a second
        QTest.mouseMove(viewport, start - QPoint(0, step * 20))
        qtbot.wait(16)
    QTest.mouseRelease(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start - QPoint(0, 300)
    )
    qtbot.waitUntil(lambda: bar.value() > 0)
    assert window.current.name == "home"


def test_a_new_catalog_relabels_the_screens(qtbot, window, demo_catalog):
    start_home(qtbot, window, "en")
    window.go("services", category="family")
    doc = dict(demo_catalog.raw)
    doc["categories"] = [c for c in doc["categories"] if c["id"] != "family"]
    doc["services"] = [s for s in doc["services"] if s["category"] != "family"]
    window.on_catalog_changed(parse_catalog(doc))
    services = screen(window, "services")
    assert KINDERGARTEN not in row_ids(window)
    assert services.title.text() == ui_text("ServicesScreen", "Search")
    window.home()
    home = screen(window, "home")
    assert "family" not in home.tiles
    assert len(home.findChildren(Tile)) == len(window.ctx.catalog.categories)
