"""Words for people: an answer's error code turned into a sentence in the visitor's language,
and dates and numbers written the way the visitor reads them.

The sentences are `QCoreApplication.translate("FieldErrors", "...")` literal calls, so
`pyside6-lupdate` extracts them; the translator installed for the visitor's language
(ui.i18n) gives the Kazakh and Russian words. They are written for people who rarely use
computers: what is wrong and what to do, no jargon.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from kiosk.answers import FieldError

# How a full date is written in each language (QLocale gives the month names, in the right
# grammatical form: "14 марта 1985").
_DATE_FORMATS = {"kk": "yyyy 'ж.' d MMMM", "ru": "d MMMM yyyy 'г.'", "en": "d MMMM yyyy"}
_LOCALES = {"kk": "kk_KZ", "ru": "ru_RU", "en": "en_GB"}


def locale_for(lang: str) -> QLocale:
    return QLocale(_LOCALES.get(lang, "en_GB"))


def date_text(iso: str, lang: str) -> str:
    """'2026-03-14' as the visitor reads it ('14 March 2026', '14 марта 2026 г.')."""
    try:
        d = date.fromisoformat(iso)
    except (TypeError, ValueError):
        return str(iso)
    return locale_for(lang).toString(
        QDate(d.year, d.month, d.day), _DATE_FORMATS.get(lang, "d MMMM yyyy")
    )


def month_name(month: int, lang: str) -> str:
    """The month's name on its own ('March', 'Наурыз', 'Март'), capitalised."""
    name = locale_for(lang).standaloneMonthName(month, QLocale.FormatType.LongFormat)
    return name[:1].upper() + name[1:]


def number_text(value: Any) -> str:
    """12 -> '12', 12.0 -> '12', 0.5 -> '0.5'; anything else as it is."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def _param(error: FieldError, key: str, lang: str | None) -> str:
    value = error.params.get(key, "")
    if error.code in ("too_early", "too_late") and isinstance(value, str):
        return date_text(value, lang or "en")
    return number_text(value)


def _required(kind: str | None) -> str:
    if kind == "select":
        return QCoreApplication.translate("FieldErrors", "Please choose one of the answers.")
    if kind == "multiselect":
        return QCoreApplication.translate("FieldErrors", "Please choose at least one answer.")
    if kind == "date":
        return QCoreApplication.translate(
            "FieldErrors", "Please choose the day, the month and the year."
        )
    if kind == "checkbox":
        return QCoreApplication.translate(
            "FieldErrors",
            "Please tap this box to agree. Without it the application cannot be sent.",
        )
    return QCoreApplication.translate("FieldErrors", "Please fill this in.")


def error_text(error: FieldError, *, kind: str | None = None, lang: str | None = None) -> str:
    """The message a visitor reads under a field. `kind` (the field's type) picks a better
    word for an empty choice ("choose" rather than "fill in"); `lang` writes dates."""
    code = error.code
    if code == "required":
        return _required(kind)
    if code == "must_accept":
        return _required("checkbox")
    text = _message(code)
    key = "min" if "min" in error.params else "max"
    return text.replace("%1", _param(error, key, lang)) if key in error.params else text


def _message(code: str) -> str:
    # One literal `QCoreApplication.translate` call per code, so lupdate finds each.
    messages = {
        "type": QCoreApplication.translate(
            "FieldErrors", "This answer cannot be used. Please enter it again."
        ),
        "too_short": QCoreApplication.translate(
            "FieldErrors", "This is too short. Please write at least %1 characters."
        ),
        "too_long": QCoreApplication.translate(
            "FieldErrors", "This is too long. Please use at most %1 characters."
        ),
        "pattern": QCoreApplication.translate(
            "FieldErrors",
            "This is not written the way it should be. See the hint under the question.",
        ),
        "control_chars": QCoreApplication.translate(
            "FieldErrors", "This text has characters that cannot be used. Please remove them."
        ),
        "not_number": QCoreApplication.translate(
            "FieldErrors", "Please write a number, using digits."
        ),
        "not_integer": QCoreApplication.translate(
            "FieldErrors", "Please write a whole number, without a decimal part."
        ),
        "too_small": QCoreApplication.translate(
            "FieldErrors", "The number cannot be less than %1."
        ),
        "too_large": QCoreApplication.translate(
            "FieldErrors", "The number cannot be more than %1."
        ),
        "bad_date": QCoreApplication.translate(
            "FieldErrors", "Please choose the day, the month and the year."
        ),
        "too_early": QCoreApplication.translate(
            "FieldErrors", "The date cannot be earlier than %1."
        ),
        "too_late": QCoreApplication.translate("FieldErrors", "The date cannot be later than %1."),
        "not_an_option": QCoreApplication.translate(
            "FieldErrors", "Please choose one of the answers shown."
        ),
        "too_few": QCoreApplication.translate(
            "FieldErrors", "Please choose more answers: at least %1 in all."
        ),
        "too_many": QCoreApplication.translate(
            "FieldErrors", "Too many answers are chosen. Please choose at most %1."
        ),
        "bad_phone": QCoreApplication.translate(
            "FieldErrors",
            "This phone number is not complete or not valid. Please enter the 10 digits that come after +7.",  # noqa: E501 (one literal, for lupdate)
        ),
        "bad_email": QCoreApplication.translate(
            "FieldErrors", "This e-mail address is not complete. It should look like name@mail.kz."
        ),
        "iin_format": QCoreApplication.translate(
            "FieldErrors", "An IIN has exactly 12 digits. Check the number on your ID card."
        ),
        "iin_checksum": QCoreApplication.translate(
            "FieldErrors", "This IIN is not valid. Check the 12 digits on your ID card."
        ),
    }
    return messages.get(code) or QCoreApplication.translate(
        "FieldErrors", "This answer is not valid. Please check it."
    )
