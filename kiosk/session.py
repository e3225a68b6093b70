"""One visitor's session, Qt-free: language, the chosen service, the answers so far, the step.

The UI shows it; the idle reset wipes it. Back never loses answers; a hidden field's answer is
kept (the visitor may show it again) but never validated nor sent.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kiosk.answers import FieldError, is_visible, validate_answers, validate_field
from kiosk.catalog import Field, Form, Service

LANGUAGES = ("kk", "ru", "en")


@dataclass
class VisitorSession:
    language: str = "kk"
    service: Service | None = None
    answers: dict[str, Any] = field(default_factory=dict)
    step: int = 0
    consent: bool = False
    reference: str | None = None  # of the receipt just shown

    @property
    def form(self) -> Form:
        if self.service is None or self.service.form is None:
            raise LookupError("no form in this session")
        return self.service.form

    def start(self, service: Service) -> None:
        if self.service is None or self.service.id != service.id:
            self.answers.clear()
            self.consent = False
        self.service, self.step = service, 0

    def set_answer(self, field_id: str, value: Any) -> None:
        self.answers[field_id] = value

    def visible_fields(self, step: int) -> list[Field]:
        return [f for f in self.form.steps[step].fields if is_visible(self.form, f, self.answers)]

    def step_count(self) -> int:
        return len(self.form.steps)

    def step_errors(self, step: int, today: date) -> list[FieldError]:
        errors = []
        for f in self.visible_fields(step):
            _, error = validate_field(f, self.answers.get(f.id), today=today)
            if error is not None:
                errors.append(error)
        return errors

    def field_error(self, field_id: str, today: date) -> FieldError | None:
        f = self.form.field(field_id)
        if f is None or not is_visible(self.form, f, self.answers):
            return None
        return validate_field(f, self.answers.get(field_id), today=today)[1]

    def all_errors(self, today: date) -> list[FieldError]:
        return validate_answers(self.form, self.answers, today=today)[1]

    def clean_answers(self, today: date) -> dict[str, Any]:
        return validate_answers(self.form, self.answers, today=today)[0]

    def first_step_with_errors(self, today: date) -> int | None:
        for index in range(self.step_count()):
            if self.step_errors(index, today):
                return index
        return None

    def wipe(self) -> None:
        """Forget everything the visitor entered (the idle reset and 'finish')."""
        for key in list(self.answers):
            self.answers[key] = None
        self.answers.clear()
        self.service, self.step, self.consent, self.reference = None, 0, False, None
