"""Folder and file names made from what a user typed (a client's name, an invoice number).

One rule, for every name the app makes: the name reads like the text it came from, and is
safe on Windows, macOS and Linux alike:

* one path component, never a way out of its folder: no ``/`` or ``\\``, never ``.`` or
  ``..``, no drive (``C:``), no leading dot (a hidden file);
* none of the characters Windows forbids (``< > : " / \\ | ? *``), no control or format
  characters (also the invisible right-to-left marks, which can disguise a name), no
  symbols or emoji (many file systems and ZIP tools mangle them);
* not a device name Windows reserves (``CON``, ``PRN``, ``AUX``, ``NUL``, ``COM1``–``COM9``,
  ``LPT1``–``LPT9``, also with an extension such as ``CON.txt``): those get a ``_`` in front;
* no trailing dots or spaces (Windows drops them, so two names would become one);
* at most :data:`MAX_NAME_CHARS` characters and :data:`MAX_NAME_BYTES` bytes of UTF-8
  (a component may be 255 of either; Linux counts bytes), so that
  ``Documents\\Debiteur Desk\\<client>\\<letter> (12).pdf`` stays well under Windows'
  260-character path;
* never empty: the ``fallback`` stands in for a text with nothing usable left.
"""

from __future__ import annotations

import re
import unicodedata

MAX_NAME_CHARS = 80
MAX_NAME_BYTES = 200  # leaves room for " (123).pdf" within the 255 bytes of a component

# Left out: symbols and emoji (So, Sk: 🚲, the skin tones), control and format characters
# (Cc, Cf: also the right-to-left marks), what has no character (Cs, Co, Cn), and below
# the emoji variation selectors and the keycap.
_NOT_IN_NAMES = {"So", "Sk", "Cc", "Cf", "Cs", "Co", "Cn"}
_EMOJI_MARKS = re.compile("[\ufe00-\ufe0f\u20e3\U000e0100-\U000e01ef]")
_WINDOWS_FORBIDDEN = re.compile(r'[<>:"/\\|?*]')
_SUPERSCRIPT_DIGITS = "\u00b9\u00b2\u00b3"  # Windows reserves COM¹ … LPT³ as well
RESERVED_NAMES = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{port}{n}" for port in ("COM", "LPT") for n in [*"123456789", *_SUPERSCRIPT_DIGITS]}
)


def is_reserved(name: str) -> bool:
    """Is ``name`` (with or without an extension) a device name Windows reserves?"""
    return name.split(".")[0].rstrip(" ").upper() in RESERVED_NAMES


def _cut(text: str, chars: int, size: int) -> str:
    text = text[:chars]
    while len(text.encode("utf-8")) > size:
        text = text[:-1]
    return text


def safe_name(text: str, fallback: str = "klant", *, limit: int = MAX_NAME_CHARS) -> str:
    """A folder or file name that reads like ``text`` and is safe everywhere (see above).
    ``fallback`` must itself be a safe name."""
    composed = _EMOJI_MARKS.sub("", unicodedata.normalize("NFC", text))
    readable = "".join(
        " " if char.isspace() else char
        for char in composed
        if char.isspace() or unicodedata.category(char) not in _NOT_IN_NAMES
    )
    cleaned = re.sub(r"\s+", " ", _WINDOWS_FORBIDDEN.sub("", readable)).strip(" .")
    name = _cut(cleaned, limit, MAX_NAME_BYTES).strip(" .") or fallback
    return f"_{name}" if is_reserved(name) else name
