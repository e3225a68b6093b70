import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontInfo, QFontMetrics, QRawFont
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from assets import fonts_dir
from ui.theme import (
    SCHEMES,
    TEXT_PAIRS,
    UI_PAIRS,
    apply_theme,
    build_stylesheet,
    contrast_ratio,
    load_fonts,
)
from ui.theme.fonts import FONT_FILES
from ui.theme.palette import COLOR_FIELDS
from ui.theme.qss import TEXT_SCALES, icon_path

KAZAKH_UPPER = "АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ"
KAZAKH_LETTERS = KAZAKH_UPPER + KAZAKH_UPPER.lower()
MODES = [(s, large) for s in SCHEMES for large in (False, True)]


@pytest.fixture
def themed(qapp):
    """Restores the application's look after a test that themes it."""
    saved = (qapp.styleSheet(), qapp.font(), qapp.palette())
    yield qapp
    qapp.setStyleSheet(saved[0])
    qapp.setFont(saved[1])
    qapp.setPalette(saved[2])


def test_kazakh_alphabet_has_42_letters():
    assert len(KAZAKH_UPPER) == 42
    assert len(set(KAZAKH_LETTERS)) == 84


def test_contrast_ratio_formula():
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#FFFFFF", "#000000") == pytest.approx(21.0)
    assert contrast_ratio("#777", "#777777") == pytest.approx(1.0)
    # WCAG's own example: #767676 on white is just above 4.5:1
    assert contrast_ratio("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)
    with pytest.raises(ValueError):
        contrast_ratio("blue", "#FFFFFF")


@pytest.mark.parametrize(
    ("scheme", "what", "fg", "bg"),
    [(name, *pair) for name, pairs in TEXT_PAIRS.items() for pair in pairs],
)
def test_text_contrast_at_least_4_5(scheme, what, fg, bg):
    assert contrast_ratio(fg, bg) >= 4.5, f"{scheme}: {what} {fg} on {bg}"


@pytest.mark.parametrize(
    ("scheme", "what", "fg", "bg"),
    [(name, *pair) for name, pairs in UI_PAIRS.items() for pair in pairs],
)
def test_outline_contrast_at_least_3(scheme, what, fg, bg):
    assert contrast_ratio(fg, bg) >= 3.0, f"{scheme}: {what} {fg} against {bg}"


def _declared_pairs(qss: str) -> set[tuple[str, str]]:
    pairs = set()
    for block in re.findall(r"\{([^{}]*)\}", qss):
        decl = dict(re.findall(r"([\w-]+)\s*:\s*([^;]+);", block))
        if "color" in decl and "background-color" in decl:
            pairs.add((decl["color"].strip().upper(), decl["background-color"].strip().upper()))
        if "selection-color" in decl:
            pairs.add(
                (
                    decl["selection-color"].strip().upper(),
                    decl["selection-background-color"].strip().upper(),
                )
            )
    return pairs


@pytest.mark.parametrize("scheme", list(SCHEMES))
@pytest.mark.parametrize("scale", list(TEXT_SCALES.values()))
def test_every_colour_pair_in_the_stylesheet_is_checked(scheme, scale):
    qss = build_stylesheet(scheme, scale)
    checked = {(fg.upper(), bg.upper()) for _, fg, bg in TEXT_PAIRS[scheme]}
    unchecked = _declared_pairs(qss) - checked
    assert not unchecked, f"colour pairs used but not in TEXT_PAIRS: {unchecked}"


@pytest.mark.parametrize("scheme", list(SCHEMES))
def test_stylesheet_has_no_hover_rules_and_all_icons(scheme):
    qss = build_stylesheet(scheme)
    assert ":hover" not in qss
    for kind in ("error", "check", "radio"):
        path = icon_path(kind, SCHEMES[scheme])
        assert path is not None and Path(path).is_file()
        assert path in qss
    for field in COLOR_FIELDS:
        assert re.fullmatch(r"#[0-9A-F]{6}", getattr(SCHEMES[scheme], field)), field


def test_bundled_font_files_and_licence():
    for name in FONT_FILES:
        assert (fonts_dir() / name).stat().st_size > 100_000
    licence = (fonts_dir() / "LICENSE-NotoSans.txt").read_text(encoding="utf-8")
    assert "SIL Open Font License" in licence


def test_bundled_font_covers_kazakh(qapp):
    family = load_fonts()
    assert family == "Noto Sans"
    for bold in (False, True):
        font = QFont(family)
        font.setPixelSize(24)
        font.setBold(bold)
        assert QFontInfo(font).family() == family  # really the bundled font, no fallback
        metrics = QFontMetrics(font)  # note: inFontUcs4 also counts fallback fonts (DejaVu)
        missing = [ch for ch in KAZAKH_LETTERS if not metrics.inFontUcs4(ord(ch))]
        assert not missing, f"bold={bold}: {missing}"
    for name in FONT_FILES:  # the files themselves, no fallback possible
        raw = QRawFont(str(fonts_dir() / name), 24)
        assert raw.isValid()
        missing = [ch for ch in KAZAKH_LETTERS if not raw.supportsCharacter(ord(ch))]
        assert not missing, f"{name}: {missing}"


def _sample(qtbot):
    w = QWidget()
    layout = QVBoxLayout(w)
    widgets = {}
    for name in ("", "primaryButton", "secondaryButton", "tile"):
        b = QPushButton("Жалғастыру")
        b.setObjectName(name)
        layout.addWidget(b)
        widgets[name or "button"] = b
    key = QPushButton("қ")
    key.setObjectName("kbKey")
    key.setProperty("keyRole", "char")
    layout.addWidget(key)
    widgets["kbKey"] = key
    for name in ("body", "helpLabel", "fieldLabel", "errorLabel", "statusLine", "screenTitle"):
        label = QLabel("Қазақстан Республикасы")
        label.setObjectName(name)
        layout.addWidget(label)
        widgets[name] = label
    lst = QListWidget()
    lst.addItems([f"Қызмет {i}" for i in range(60)])
    lst.setFixedHeight(300)
    layout.addWidget(lst)
    widgets["list"] = lst
    widgets["window"] = w  # keeps the parent (and so its children) alive
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return widgets


@pytest.mark.parametrize(("scheme", "large"), MODES)
def test_touch_targets_and_text_sizes(themed, qtbot, scheme, large):
    apply_theme(themed, scheme, large_text=large)
    body_min = 32 if large else 24
    assert themed.font().pixelSize() >= body_min
    assert themed.font().family() == "Noto Sans"
    w = _sample(qtbot)
    for name in ("button", "primaryButton", "secondaryButton", "tile", "kbKey"):
        assert w[name].height() >= 64, name
        assert w[name].width() >= 44, name
    assert w["tile"].height() >= 128
    for name in ("body", "helpLabel", "fieldLabel", "errorLabel", "statusLine"):
        assert w[name].font().pixelSize() >= body_min, name
    assert w["screenTitle"].font().pixelSize() > w["body"].font().pixelSize()
    assert w["list"].verticalScrollBar().isVisible()
    assert w["list"].verticalScrollBar().width() >= 24 + 2 * 4


def test_large_text_is_bigger(themed, qtbot):
    sizes = {}
    for large in (False, True):
        apply_theme(themed, "standard", large_text=large)
        w = _sample(qtbot)
        sizes[large] = (
            themed.font().pixelSize(),
            w["screenTitle"].font().pixelSize(),
            w["primaryButton"].height(),
        )
    assert all(big > normal for normal, big in zip(sizes[False], sizes[True], strict=True))
    assert sizes[True][0] >= round(24 * 1.35)


def test_unknown_scheme_is_refused(themed):
    with pytest.raises(ValueError, match="high_contrast"):
        apply_theme(themed, "dark")


def test_every_symbol_the_ui_draws_is_in_a_bundled_font(qapp):
    """Noto Sans lacks some symbols; the bundled DejaVu Sans must have every one the UI uses,
    so a bare machine with no system fonts draws no boxes."""
    import re
    from pathlib import Path

    from PySide6.QtGui import QRawFont

    from assets import fonts_dir

    faces = [
        QRawFont(str(fonts_dir() / name), 24) for name in ("NotoSans-Regular.ttf", "DejaVuSans.ttf")
    ]
    source = "".join(p.read_text(encoding="utf-8") for p in Path("ui").rglob("*.py"))
    literals = "".join(re.findall(r'"([^"\n]*)"', source))
    symbols = {ch for ch in literals if ord(ch) > 0x2000}
    # supportsCharacter needs the code point: with a one-letter str it always answers False.
    missing = sorted(ch for ch in symbols if not any(f.supportsCharacter(ord(ch)) for f in faces))
    assert not missing, f"no bundled font draws {missing}"
