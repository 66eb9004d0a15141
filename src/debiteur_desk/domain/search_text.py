"""Text as a search compares it: no case, no accents ("celik" finds Çelik, "zoe" Zoë).

Letters that are not an accented form of another (ø, ł, æ, ß, ı) are written the way a Dutch
keyboard user would type them (o, l, ae, ss, i).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_PLAIN = str.maketrans(
    {"ø": "o", "ł": "l", "đ": "d", "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th"}
)


@lru_cache(maxsize=50_000)
def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return bare.translate(_PLAIN)


def folded(text: str) -> str:
    """``text`` without case and accents, for comparing what was typed with what is kept."""
    return text.lower() if text.isascii() else _folded(text)


def contains(needle: str, *texts: str) -> bool:
    """Whether the folded ``needle`` occurs in any of ``texts`` (an empty needle: yes)."""
    return not needle or any(needle in folded(text) for text in texts)
