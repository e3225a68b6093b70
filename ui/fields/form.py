"""The editors of one step of a form, one under the other, with their errors.

Qt-only bookkeeping for the wizard: which fields show (visible_if, from the answers), which
errors are on show (kept as codes, so a language switch rewrites them), refilling the editors
from the answers. The answers themselves live in the visitor session, not here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.answers import FieldError, is_visible
from kiosk.catalog import Catalog, Field, Form
from ui.fields import FieldEditor, make_editor
from ui.texts import error_text


def _empty(value: Any) -> bool:
    """What an editor shows when it has no answer (no value, no text, no choice, unticked)."""
    return value is None or value is False or value == "" or value == []


def _keep_room(widget: QWidget, keep: bool) -> None:
    """Whether the layout keeps `widget`'s room while it is hidden."""
    policy = widget.sizePolicy()
    if policy.retainSizeWhenHidden() != keep:
        policy.setRetainSizeWhenHidden(keep)
        widget.setSizePolicy(policy)


class StepForm(QWidget):
    #: (field id, raw value) after each edit by the visitor
    changed = Signal(str, object)
    #: field id: the visitor left that field
    left = Signal(str)

    def __init__(
        self,
        fields: Iterable[Field],
        *,
        today: date,
        catalog: Catalog,
        lang: str,
        parent: QWidget | None = None,
        defer: bool = False,
    ) -> None:
        """`defer`: build no editor yet; `build_next()` builds them one at a time (a caller
        spreads a long step over turns of the event loop), `build_all()` the rest at once."""
        super().__init__(parent)
        self.setObjectName("stepForm")
        self.editors: dict[str, FieldEditor] = {}
        self.errors: dict[str, FieldError] = {}
        self._today, self._catalog, self._lang = today, catalog, lang
        self._unbuilt = list(fields)
        #: editors hidden only until the part of the step in view has been shown
        self._held: dict[str, FieldEditor] = {}
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 8, 0, 32)
        self._column.setSpacing(36)
        self._column.addStretch(1)
        if not defer:
            self.build_all()

    def stale(self, catalog: Catalog, lang: str) -> bool:
        """Whether its texts are from another catalog or in another language."""
        return catalog is not self._catalog or lang != self._lang

    @property
    def complete(self) -> bool:
        """Every field of the step has its editor."""
        return not self._unbuilt

    def build_next(self) -> FieldEditor | None:
        """Build the next field's editor (in its place, above the stretch); None when all
        are built. The caller fills it and sets its visibility."""
        if not self._unbuilt:
            return None
        field = self._unbuilt.pop(0)
        editor = make_editor(field, today=self._today, parent=self)
        editor.changed.connect(partial(self.changed.emit, field.id))
        editor.left.connect(partial(self.left.emit, field.id))
        editor.retranslate(self._catalog, self._lang)
        self._column.insertWidget(self._column.count() - 1, editor)
        self.editors[field.id] = editor
        return editor

    def build_all(self) -> list[FieldEditor]:
        built = []
        while (editor := self.build_next()) is not None:
            built.append(editor)
        return built

    def retranslate(self, catalog: Catalog, lang: str) -> None:
        self._catalog, self._lang = catalog, lang
        for editor in self.editors.values():
            editor.retranslate(catalog, lang)
        for field_id, error in self.errors.items():
            self._show(field_id, error)

    def fill(self, answers: Mapping[str, Any]) -> None:
        """Show the session's answers (after Back, a visit to review, a rebuild)."""
        for field_id, editor in self.editors.items():
            value = answers.get(field_id)
            shown = editor.value()
            if shown != value and not (value is None and _empty(shown)):
                editor.set_value(value)

    def apply_visibility(self, form: Form, answers: Mapping[str, Any]) -> None:
        """Show exactly the fields whose visible_if holds; a hidden field shows no error."""
        for field_id, editor in self.editors.items():
            visible = is_visible(form, editor.field, answers)
            if field_id in self._held:
                if not visible:  # no longer waiting to show: hidden for good, and no room
                    del self._held[field_id]
                    _keep_room(editor, False)
            elif visible == editor.isHidden():
                editor.setHidden(not visible)
            if not visible and field_id in self.errors:
                self.set_error(field_id, None)

    # -- showing a long step a part at a time ----------------------------------------------
    def hold_below(self, y: int) -> None:
        """Hide the shown editors that start lower than `y` on the page, keeping their room
        (so the page keeps its height and everything its place): showing the step then shows
        only what is in view, and `release` shows the rest right after."""
        for field_id, editor in self.editors.items():
            if field_id not in self._held and not editor.isHidden() and editor.y() > y:
                _keep_room(editor, True)
                editor.hide()
                self._held[field_id] = editor

    @property
    def held(self) -> bool:
        """Some editors are held back (see `hold_below`)."""
        return bool(self._held)

    def release(self, count: int | None = None) -> None:
        """Show `count` (default: all) of the editors held back, from the top."""
        for field_id in list(self._held)[:count]:
            editor = self._held.pop(field_id)
            editor.show()
            _keep_room(editor, False)

    def set_error(self, field_id: str, error: FieldError | None) -> None:
        if error is None:
            self.errors.pop(field_id, None)
            self.editors[field_id].set_error(None)
        else:
            self.errors[field_id] = error
            self._show(field_id, error)

    def _show(self, field_id: str, error: FieldError) -> None:
        editor = self.editors[field_id]
        editor.set_error(error_text(error, kind=editor.field.type, lang=self._lang))

    def first_error(self) -> FieldEditor | None:
        return next((e for fid, e in self.editors.items() if fid in self.errors), None)

    def clear(self) -> None:
        """Forget everything the visitor entered (the idle reset)."""
        self.release()
        for editor in self.editors.values():
            editor.blockSignals(True)
            editor.clear()
        self.errors.clear()
