"""The date editor: no typing. Three big columns, day / month / year, each with ▲ and ▼;
the year also moves ten at a time when the range is wide. It starts empty; the first tap on a
column shows today's day, month or year (within the allowed range), and the value is a
`YYYY-MM-DD` string once all three are chosen (None before). Only dates within the field's
`min` / `max` can be reached.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QWidget

from kiosk.catalog import Catalog
from ui.fields.base import FieldEditor
from ui.texts import date_text, month_name

PARTS = ("day", "month", "year")


def bound(value: str | None, today: date, fallback: date) -> date:
    if value is None:
        return fallback
    return today if value == "today" else date.fromisoformat(value)


@dataclass
class DateParts:
    """The visitor's choice so far, kept within [lo, hi]."""

    lo: date
    hi: date
    day: int | None = None
    month: int | None = None
    year: int | None = None

    def options(self, part: str) -> list[int]:
        lo, hi = self.lo, self.hi
        if part == "year":
            return list(range(lo.year, hi.year + 1))
        if part == "month":
            if self.year is None:
                return list(range(1, 13))
            return [
                m
                for m in range(1, 13)
                if date(self.year, m, calendar.monthrange(self.year, m)[1]) >= lo
                and date(self.year, m, 1) <= hi
            ]
        if self.month is None:
            return list(range(1, 32))
        if self.year is None:
            return list(range(1, calendar.monthrange(2000, self.month)[1] + 1))
        last = calendar.monthrange(self.year, self.month)[1]
        return [d for d in range(1, last + 1) if lo <= date(self.year, self.month, d) <= hi]

    def get(self, part: str) -> int | None:
        return getattr(self, part)  # type: ignore[no-any-return]

    def step(self, part: str, delta: int, today: date) -> None:
        options = self.options(part)
        if not options:
            return
        current = self.get(part)
        if current is None:
            start = getattr(today, part)
            value = min(options, key=lambda o: abs(o - start))
        elif part == "year":  # years stop at the ends
            value = max(options[0], min(options[-1], current + delta))
        else:  # days and months go round
            index = options.index(current) if current in options else 0
            value = options[(index + delta) % len(options)] if abs(delta) == 1 else current
        setattr(self, part, value)
        self.fit()

    def fit(self) -> None:
        """Bring the month, then the day, back within the range after another part moved."""
        for part in ("month", "day"):
            current, options = self.get(part), self.options(part)
            if current is not None and options and current not in options:
                setattr(self, part, min(options, key=lambda o: abs(o - current)))

    def iso(self) -> str | None:
        if self.day is None or self.month is None or self.year is None:
            return None
        return date(self.year, self.month, self.day).isoformat()


class DateEditor(FieldEditor):
    def build(self) -> None:
        f = self.field
        lo = bound(f.min, self.today, date(1900, 1, 1))
        hi = bound(f.max, self.today, date(self.today.year + 30, 12, 31))
        self.parts = DateParts(lo, hi)
        self._lang = "en"
        holder = QWidget(self)
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(8)
        self.headers: dict[str, QLabel] = {}
        self.shown: dict[str, QLineEdit] = {}
        self.buttons: dict[tuple[str, int], QPushButton] = {}
        wide_years = hi.year - lo.year > 12
        for column, part in enumerate(PARTS):
            header = QLabel(holder)
            header.setObjectName("helpLabel")
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.headers[part] = header
            shown = QLineEdit(holder)
            shown.setObjectName(f"date_{part}")
            shown.setReadOnly(True)
            shown.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            shown.setProperty("kioskKeyboard", "none")
            shown.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.shown[part] = shown
            steps = (1, -1) + ((10, -10) if part == "year" and wide_years else ())
            cells = {step: self._arrow(holder, part, step) for step in steps}
            grid.addWidget(header, 0, column * 2, 1, 2)
            if part == "year" and wide_years:
                grid.addWidget(cells[1], 1, column * 2)
                grid.addWidget(cells[10], 1, column * 2 + 1)
                grid.addWidget(shown, 2, column * 2, 1, 2)
                grid.addWidget(cells[-1], 3, column * 2)
                grid.addWidget(cells[-10], 3, column * 2 + 1)
            else:
                grid.addWidget(cells[1], 1, column * 2, 1, 2)
                grid.addWidget(shown, 2, column * 2, 1, 2)
                grid.addWidget(cells[-1], 3, column * 2, 1, 2)
        grid.setColumnMinimumWidth(0, 60)
        grid.setColumnStretch(2, 2)  # the month column: its names are the longest
        grid.setColumnStretch(3, 2)
        for c in (0, 1, 4, 5):
            grid.setColumnStretch(c, 1)
        holder.setMaximumWidth(760)
        self._col.addWidget(holder)
        self.chosen = QLabel(self)
        self.chosen.setObjectName("helpLabel")
        self.chosen.setWordWrap(True)
        self._col.addWidget(self.chosen)
        self.clear_button: QPushButton | None = None
        if not f.required:
            self.clear_button = QPushButton(self)
            self.clear_button.setObjectName("secondaryButton")
            self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.clear_button.clicked.connect(self._clear_clicked)
            self._col.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._refresh()

    def _arrow(self, parent: QWidget, part: str, step: int) -> QPushButton:
        text = {1: "▲", -1: "▼", 10: "+10", -10: "−10"}[step]
        button = QPushButton(text, parent)
        button.setObjectName(f"date_{part}_{'up' if step > 0 else 'down'}{abs(step)}")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        if abs(step) == 1:
            button.setAutoRepeat(True)
            button.setAutoRepeatDelay(450)
            button.setAutoRepeatInterval(110)
        button.clicked.connect(lambda _=False, p=part, s=step: self._step(p, s))
        self.buttons[(part, step)] = button
        return button

    def _step(self, part: str, delta: int) -> None:
        self.parts.step(part, delta, self.today)
        self._refresh()
        self._edited()
        if self.value() is not None:
            self.left.emit()

    def _clear_clicked(self) -> None:
        self.set_value(None)
        self._edited()
        self.left.emit()

    def value(self) -> Any:
        return self.parts.iso()

    def _show_value(self, value: Any) -> None:
        p = self.parts
        p.day = p.month = p.year = None
        if isinstance(value, str):
            try:
                d = date.fromisoformat(value)
            except ValueError:
                d = None
            if d is not None:
                p.day, p.month, p.year = d.day, d.month, d.year
        self._refresh()

    def _refresh(self) -> None:
        p, empty = self.parts, "—"
        self.shown["day"].setText(str(p.day) if p.day else empty)
        self.shown["month"].setText(month_name(p.month, self._lang) if p.month else empty)
        self.shown["year"].setText(str(p.year) if p.year else empty)
        years = p.options("year")
        for step in (1, -1):
            button = self.buttons[("year", step)]
            button.setEnabled(p.year is None or years[0] <= p.year + step <= years[-1])
        iso = p.iso()
        if iso is not None:
            self.chosen.setText(self.tr("Chosen: %1").replace("%1", date_text(iso, self._lang)))
        else:
            self.chosen.setText(self.tr("Tap ▲ or ▼ to choose the day, the month and the year."))
        if self.clear_button is not None:
            self.clear_button.setVisible(any(p.get(x) is not None for x in PARTS))

    def _retranslate_body(self, catalog: Catalog, lang: str) -> None:
        self._lang = lang
        self.headers["day"].setText(self.tr("Day"))
        self.headers["month"].setText(self.tr("Month"))
        self.headers["year"].setText(self.tr("Year"))
        self.buttons[("day", 1)].setAccessibleName(self.tr("Later day"))
        self.buttons[("day", -1)].setAccessibleName(self.tr("Earlier day"))
        self.buttons[("month", 1)].setAccessibleName(self.tr("Later month"))
        self.buttons[("month", -1)].setAccessibleName(self.tr("Earlier month"))
        self.buttons[("year", 1)].setAccessibleName(self.tr("Later year"))
        self.buttons[("year", -1)].setAccessibleName(self.tr("Earlier year"))
        if self.clear_button is not None:
            self.clear_button.setText(self.tr("Clear the date"))
        self._refresh()
