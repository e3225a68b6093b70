"""One application stylesheet built from a colour scheme and a text scale.

Object names styled (set with `widget.setObjectName(...)`):
  primaryButton, secondaryButton, tile, kbKey (+ dynamic property keyRole:
  char/backspace/shift/space/enter/lang/symbols), statusLine, errorLabel,
  screenTitle, sectionTitle, referenceCode, fieldLabel, helpLabel.
After changing `keyRole` on a live widget call `w.style().unpolish(w); w.style().polish(w)`.

There are no `:hover` rules: a touch screen leaves "hover" stuck on the last
widget touched. Pressed, checked, focused and disabled states are styled.
Border + padding stay constant between states so nothing jumps when focus moves.
"""

from __future__ import annotations

from dataclasses import dataclass

from assets import icons_dir
from ui.theme.palette import SCHEMES, Scheme

TEXT_SCALES: dict[str, float] = {"normal": 1.0, "large": 1.35}

TOUCH_MIN = 64  # px, smallest height of anything that can be touched
SCROLLBAR = 32  # px, scrollbar width; the handle is SCROLLBAR - 2 * 4 = 24 px


@dataclass(frozen=True)
class TypeSizes:
    """Pixel sizes of the text roles for one scale."""

    body: int
    help: int
    field_label: int
    button_text: int
    tile: int
    key: int
    key_special: int
    section_title: int
    screen_title: int
    reference: int
    touch: int  # outer height of keys and inputs
    button: int  # outer height of buttons
    tile_height: int  # outer height of category tiles
    key_width: int  # smallest outer width of a keyboard key

    @classmethod
    def for_scale(cls, scale: float) -> TypeSizes:
        def px(base: float) -> int:
            return round(base * scale)

        return cls(
            body=px(24),
            help=px(24),
            field_label=px(26),
            button_text=px(26),
            tile=px(28),
            key=px(30),
            key_special=px(24),
            section_title=px(32),
            screen_title=px(44),
            reference=px(64),
            touch=max(TOUCH_MIN, px(TOUCH_MIN)),
            button=max(TOUCH_MIN, px(72)),
            tile_height=max(2 * TOUCH_MIN, px(128)),
            key_width=px(56),
        )


def icon_path(kind: str, scheme: Scheme) -> str | None:
    """assets/icons/<kind>-<scheme>.png (drawn by tools/make_theme_icons.py), None if missing."""
    path = icons_dir() / f"{kind}-{scheme.name}.png"
    return path.as_posix() if path.is_file() else None


def _image(kind: str, scheme: Scheme) -> str:
    path = icon_path(kind, scheme)
    return f'image: url("{path}");' if path else ""


def build_stylesheet(scheme: str | Scheme = "standard", scale: float = 1.0) -> str:
    s = SCHEMES[scheme] if isinstance(scheme, str) else scheme
    t = TypeSizes.for_scale(scale)
    # QSS min-height is the content height: outer = content + 2 * (border + padding).
    btn_content = t.button - 2 * (3 + 10)
    tile_content = t.tile_height - 2 * (3 + 16)
    key_content = t.touch - 2 * (2 + 4)
    key_content_w = t.key_width - 2 * (2 + 4)
    input_content = t.touch - 2 * (3 + 8)
    icon = icon_path("error", s)
    error_icon = (
        f'background-image: url("{icon}"); background-repeat: no-repeat;'
        " background-position: left center; background-origin: padding;"
        " padding-left: 60px;"
        if icon
        else ""
    )
    return f"""
QWidget {{ color: {s.text}; }}
QMainWindow, QDialog, QStackedWidget, QScrollArea, QScrollArea > QWidget > QWidget {{
    background-color: {s.window};
}}
QLabel {{ background: transparent; }}
QLabel#screenTitle, QLabel#sectionTitle, QLabel#fieldLabel, QLabel#helpLabel,
QLabel#errorLabel, QLabel#statusLine, QLabel#referenceCode {{ qproperty-indent: 0; }}
QToolTip {{ color: {s.text}; background-color: {s.surface}; border: 2px solid {s.border_strong}; }}

/* ---- text roles ---- */
QLabel#screenTitle {{
    color: {s.heading}; font-size: {t.screen_title}px; font-weight: bold; padding: 8px 0;
}}
/* ---- the idle countdown: opaque, covering the screen, the seconds huge ---- */
QWidget#idleOverlay {{ background-color: {s.window}; }}
QLabel#countdown {{
    color: {s.heading}; font-size: {t.screen_title * 3}px; font-weight: bold;
}}
QLabel#sectionTitle {{
    color: {s.heading}; font-size: {t.section_title}px; font-weight: bold; padding: 4px 0;
}}
QLabel#fieldLabel {{ color: {s.text}; font-size: {t.field_label}px; font-weight: bold; }}
QLabel#helpLabel {{ color: {s.text_muted}; font-size: {t.help}px; }}
QLabel#errorLabel {{
    color: {s.error}; background-color: {s.error_bg}; font-size: {t.body}px; font-weight: bold;
    border: none; border-left: 8px solid {s.error_border}; border-radius: 4px;
    padding: 10px 16px; {error_icon}
}}
QLabel#statusLine {{
    color: {s.status_text}; background-color: {s.status_bg}; font-size: {t.body}px;
    border: none; border-top: 2px solid {s.status_border}; padding: 10px 24px;
}}
QLabel#referenceCode {{
    color: {s.reference_text}; background-color: {s.reference_bg};
    font-size: {t.reference}px; font-weight: bold; letter-spacing: 6px;
    border: 3px dashed {s.reference_border}; border-radius: 16px; padding: 16px 32px;
}}

/* ---- buttons: 3 px border + padding normally, 6 px border when focused ---- */
QPushButton, QToolButton {{
    min-height: {btn_content}px; min-width: {t.touch}px; font-size: {t.button_text}px;
    font-weight: bold; color: {s.secondary_text}; background-color: {s.surface};
    border: 3px solid {s.secondary_border}; border-radius: 12px;
    padding: 10px 28px;
}}
QPushButton:focus, QToolButton:focus {{
    border: 6px solid {s.focus}; padding: 7px 25px;
}}
QPushButton:pressed, QToolButton:pressed,
QPushButton:checked, QToolButton:checked {{
    color: {s.pressed_text}; background-color: {s.pressed_surface};
}}
QPushButton#primaryButton, QToolButton#primaryButton {{
    color: {s.on_primary}; background-color: {s.primary}; border-color: {s.primary};
}}
QPushButton#primaryButton:focus, QToolButton#primaryButton:focus {{
    color: {s.primary_focus_text}; background-color: {s.primary_focus_bg};
    border-color: {s.focus_on_primary};
}}
QPushButton#primaryButton:pressed, QToolButton#primaryButton:pressed {{
    color: {s.on_primary}; background-color: {s.primary_pressed};
    border-color: {s.primary_pressed};
}}
QPushButton#secondaryButton, QToolButton#secondaryButton {{
    color: {s.secondary_text}; background-color: {s.surface};
}}
/* the top bar's seven buttons share one row, also on a portrait screen with large text */
#topBar QPushButton {{ padding: 10px 14px; }}
#topBar QPushButton:focus {{ padding: 7px 11px; }}

/* ---- category tiles ---- */
QPushButton#tile, QToolButton#tile {{
    min-height: {tile_content}px; font-size: {t.tile}px; font-weight: bold;
    color: {s.text}; background-color: {s.surface};
    border: 3px solid {s.border}; border-radius: 16px; padding: 16px 24px; text-align: left;
}}
QPushButton#tile:focus, QToolButton#tile:focus {{
    border: 6px solid {s.focus}; padding: 13px 21px;
}}
QPushButton#tile:pressed, QToolButton#tile:pressed {{
    color: {s.pressed_text}; background-color: {s.pressed_surface};
}}

/* ---- on-screen keyboard ---- */
QPushButton#kbKey, QToolButton#kbKey {{
    min-height: {key_content}px; min-width: {key_content_w}px; font-size: {t.key}px;
    font-weight: normal;
    color: {s.text}; background-color: {s.surface};
    border: 2px solid {s.border}; border-radius: 10px; padding: 4px;
}}
QPushButton#kbKey:focus, QToolButton#kbKey:focus {{ border: 2px solid {s.focus}; }}
QPushButton#kbKey[keyRole="backspace"], QPushButton#kbKey[keyRole="shift"],
QPushButton#kbKey[keyRole="lang"], QPushButton#kbKey[keyRole="symbols"],
QToolButton#kbKey[keyRole="backspace"], QToolButton#kbKey[keyRole="shift"],
QToolButton#kbKey[keyRole="lang"], QToolButton#kbKey[keyRole="symbols"] {{
    color: {s.key_special_text}; background-color: {s.key_special};
    font-size: {t.key_special}px; font-weight: bold;
}}
QPushButton#kbKey[keyRole="enter"], QToolButton#kbKey[keyRole="enter"] {{
    color: {s.on_primary}; background-color: {s.primary}; border-color: {s.primary};
    font-size: {t.key_special}px; font-weight: bold;
}}
QPushButton#kbKey[keyRole="space"], QToolButton#kbKey[keyRole="space"] {{
    font-size: {t.key_special}px;
}}
QPushButton#kbKey:pressed, QToolButton#kbKey:pressed,
QPushButton#kbKey:checked, QToolButton#kbKey:checked {{
    color: {s.pressed_text}; background-color: {s.pressed_surface};
}}
QPushButton#kbKey[keyRole="enter"]:pressed, QToolButton#kbKey[keyRole="enter"]:pressed {{
    color: {s.on_primary}; background-color: {s.primary_pressed};
}}

QPushButton:disabled, QToolButton:disabled,
QPushButton#primaryButton:disabled, QToolButton#primaryButton:disabled,
QPushButton#secondaryButton:disabled, QToolButton#secondaryButton:disabled,
QPushButton#kbKey:disabled, QToolButton#kbKey:disabled,
QPushButton#tile:disabled, QToolButton#tile:disabled {{
    color: {s.disabled_text}; background-color: {s.disabled_bg};
    border-color: {s.disabled_border}; border-style: dashed;
}}

/* ---- inputs ---- */
QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QSpinBox, QDoubleSpinBox, QDateEdit {{
    min-height: {input_content}px; font-size: {t.body}px;
    color: {s.text}; background-color: {s.surface};
    border: 3px solid {s.border_strong}; border-radius: 8px; padding: 8px 16px;
    selection-color: {s.selection_text}; selection-background-color: {s.selection_bg};
}}
QLineEdit:focus, QTextEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QSpinBox:focus,
QDoubleSpinBox:focus, QDateEdit:focus {{
    border: 6px solid {s.focus}; padding: 5px 13px;
}}
QLineEdit:disabled, QTextEdit:disabled, QPlainTextEdit:disabled, QComboBox:disabled {{
    color: {s.disabled_text}; background-color: {s.disabled_bg};
}}
QComboBox::drop-down {{ width: {t.touch}px; border: none; }}
QComboBox QAbstractItemView, QListView, QListWidget, QTreeView, QTableView {{
    font-size: {t.body}px; color: {s.text}; background-color: {s.surface};
    border: 2px solid {s.border}; outline: none;
    selection-color: {s.selection_text}; selection-background-color: {s.selection_bg};
}}
QComboBox QAbstractItemView::item, QListView::item, QListWidget::item {{
    min-height: {t.touch - 8}px; padding: 4px 16px;
}}
QCheckBox, QRadioButton {{
    font-size: {t.body}px; spacing: 16px; min-height: {t.touch - 2 * (3 + 4)}px;
    border: 3px solid transparent; border-radius: 8px; padding: 4px 8px;
}}
QCheckBox:focus, QRadioButton:focus {{ border-color: {s.focus}; }}
QCheckBox::indicator, QRadioButton::indicator {{
    width: 34px; height: 34px; background-color: {s.surface};
    border: 3px solid {s.border_strong}; border-radius: 6px;
}}
QRadioButton::indicator {{ border-radius: 20px; }}
QCheckBox::indicator:checked, QRadioButton::indicator:checked {{
    background-color: {s.primary}; border-color: {s.primary};
}}
QCheckBox::indicator:checked {{ {_image("check", s)} }}
QRadioButton::indicator:checked {{ {_image("radio", s)} }}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{
    background-color: {s.disabled_bg}; border-color: {s.disabled_border};
}}
QProgressBar {{
    min-height: 24px; font-size: {t.body}px; color: {s.text}; background-color: {s.surface};
    border: 2px solid {s.border_strong}; border-radius: 8px; text-align: center;
}}
QProgressBar::chunk {{ background-color: {s.primary}; border-radius: 6px; }}

/* ---- thick scrollbars, no arrows (lists are flicked; the bar shows where you are) ---- */
QScrollBar:vertical {{
    width: {SCROLLBAR}px; background: {s.scroll_track}; margin: 0; border: none;
}}
QScrollBar:horizontal {{
    height: {SCROLLBAR}px; background: {s.scroll_track}; margin: 0; border: none;
}}
QScrollBar::handle:vertical {{
    background: {s.scroll_handle}; min-height: {TOUCH_MIN}px; margin: 4px; border-radius: 12px;
}}
QScrollBar::handle:horizontal {{
    background: {s.scroll_handle}; min-width: {TOUCH_MIN}px; margin: 4px; border-radius: 12px;
}}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
"""
