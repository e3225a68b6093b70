"""Key layouts of the on-screen keyboard: plain data, no Qt.

A page is a tuple of rows; a row is a string of space-separated tokens. A
token is a character (the key types it) or a special key in braces:
``{bs}`` backspace, ``{shift}``, ``{space}``, ``{enter}``, ``{lang}`` (next
letter layout), ``{sym}`` (to the symbols page and back), ``{dec}`` (the
decimal separator of the focused field's locale) and ``{gap}`` (empty room).
``:N`` after a character or inside the braces gives a key's width in
half-key columns (a character key is 2 wide). Shorter rows are centred.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Letter layouts in the order the language key cycles through them.
LANGUAGES: tuple[str, ...] = ("kk", "ru", "en")

#: Every page name ``OnScreenKeyboard.set_layout`` accepts.
LAYOUT_NAMES: tuple[str, ...] = ("kk", "ru", "en", "symbols", "email", "digits", "phone", "number")

#: Pages drawn as a narrow centred pad instead of across the full width.
PADS: frozenset[str] = frozenset({"digits", "phone", "number"})

#: The 42 letters of the Kazakh Cyrillic alphabet, in alphabetical order.
KAZAKH_LETTERS = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
#: The 33 letters of the Russian alphabet.
RUSSIAN_LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
ENGLISH_LETTERS = "abcdefghijklmnopqrstuvwxyz"

# The Russian ЙЦУКЕН rows every Kazakh visitor knows; Kazakh puts its nine
# own letters on the top row where Russian has digits, so both keep one shape.
_JCUKEN = (
    "й ц у к е н г ш щ з х ъ",
    "ф ы в а п р о л д ж э",
    "{shift:3} я ч с м и т ь б ю ё",
)
_DIGITS_BS = "1 2 3 4 5 6 7 8 9 0 {bs:4}"
_QWERTY = ("q w e r t y u i o p", "a s d f g h j k l")
_BOTTOM = "{sym:3} {lang:3} , {space:10} . {enter:4}"

PAGES: dict[str, tuple[str, ...]] = {
    "kk": ("ә і ң ғ ү ұ қ ө һ {bs:6}", *_JCUKEN, _BOTTOM),
    "ru": (_DIGITS_BS, *_JCUKEN, _BOTTOM),
    "en": (_DIGITS_BS, *_QWERTY, "{shift:3} z x c v b n m - '", _BOTTOM),
    "symbols": (
        _DIGITS_BS,
        "@ # № % & * - + = /",
        "( ) \" ' : ; ! ? _ ₸",
        ". , $ € < > [ ] ~ |",
        "{sym:6} {space:12} {enter:6}",
    ),
    "email": (
        _DIGITS_BS,
        *_QWERTY,
        "{shift:3} z x c v b n m - _",
        "{sym:3} @:4 .:4 .kz:4 .com:4 {enter:5}",
    ),
    "digits": ("1 2 3 {bs}", "4 5 6 {gap}", "7 8 9 {gap}", "{gap} 0 {gap} {enter}"),
    "phone": ("1 2 3 {bs}", "4 5 6 {gap}", "7 8 9 {gap}", "+ 0 {gap} {enter}"),
    "number": ("1 2 3 {bs}", "4 5 6 {gap}", "7 8 9 {gap}", "- 0 {dec} {enter}"),
}

#: Special tokens and the ``keyRole`` their buttons get.
ROLES: dict[str, str] = {
    "bs": "backspace",
    "shift": "shift",
    "space": "space",
    "enter": "enter",
    "lang": "lang",
    "sym": "symbols",
    "dec": "char",
    "gap": "gap",
}


@dataclass(frozen=True)
class KeySpec:
    """One key of a page: what it does and where it sits in the grid."""

    role: str  # "char", "backspace", "shift", "space", "enter", "lang", "symbols", "gap"
    char: str  # the text a "char" key types ("" for the others; "{dec}" for the decimal key)
    row: int
    column: int  # in half-key columns
    span: int  # in half-key columns


def parse_token(token: str) -> tuple[str, str, int]:
    """Return ``(role, char, span)`` for one token of a row."""
    if token.startswith("{") and token.endswith("}"):
        body, _, width = token[1:-1].partition(":")
        return ROLES[body], ("{dec}" if body == "dec" else ""), int(width or 2)
    if len(token) > 1 and ":" in token[1:]:
        body, _, width = token.rpartition(":")
        return "char", body, int(width)
    return "char", token, 2


def page_keys(name: str) -> tuple[list[KeySpec], int]:
    """The keys of page ``name`` and the page's width in half-key columns."""
    rows = [[parse_token(token) for token in row.split()] for row in PAGES[name]]
    width = max(sum(span for _, _, span in row) for row in rows)
    keys: list[KeySpec] = []
    for r, row in enumerate(rows):
        column = (width - sum(span for _, _, span in row)) // 2
        for role, char, span in row:
            keys.append(KeySpec(role, char, r, column, span))
            column += span
    return keys, width


def page_chars(name: str) -> str:
    """Every character a page's character keys type, concatenated."""
    keys, _ = page_keys(name)
    return "".join(k.char for k in keys if k.role == "char" and k.char != "{dec}")
