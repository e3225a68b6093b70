"""English words for the answers-validation codes (kiosk.answers.FieldError.code).

The kiosk translates the same codes with Qt's `tr`; the hub puts these texts in the
`message` of each item of a problem document's `errors`.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from typing import Any

MESSAGES: dict[str, str] = {
    "required": "This field is required.",
    "type": "This value has the wrong type.",
    "too_short": "Enter at least {min} characters.",
    "too_long": "Enter at most {max} characters.",
    "pattern": "This value is not in the expected format.",
    "control_chars": "This text contains characters that are not allowed.",
    "not_number": "Enter a number.",
    "not_integer": "Enter a whole number.",
    "too_small": "Enter a number of at least {min}.",
    "too_large": "Enter a number of at most {max}.",
    "bad_date": "Enter a date as YYYY-MM-DD.",
    "too_early": "Enter a date on or after {min}.",
    "too_late": "Enter a date on or before {max}.",
    "not_an_option": "Choose one of the offered options.",
    "too_few": "Choose at least {min}.",
    "too_many": "Choose at most {max}.",
    "must_accept": "You must accept this to continue.",
    "bad_phone": "Enter a Kazakhstan phone number: +7 and 10 digits.",
    "bad_email": "Enter a valid e-mail address.",
    "iin_format": "An IIN is 12 digits.",
    "iin_checksum": "This IIN is not valid: its check digit does not match.",
}

_FALLBACK = "This value is not valid."


def message_for(code: str, params: Mapping[str, Any] | None = None) -> str:
    """The English message for `code`, with its parameters filled in.

    An unknown code, or a template whose parameter is missing, gives a generic message
    rather than an error: a message is for people, the code is what programs read.
    """
    template = MESSAGES.get(code)
    if template is None:
        return _FALLBACK
    names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
    values = dict(params or {})
    if not names <= values.keys():
        return _FALLBACK
    return template.format(**values)
