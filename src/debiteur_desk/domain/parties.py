"""Who the debtor is decides which rules apply."""

from __future__ import annotations

import re
from enum import StrEnum

from debiteur_desk.domain.search_text import folded


class ClientKind(StrEnum):
    CONSUMER = "consumer"
    BUSINESS = "business"


# Dutch legal forms. A legal person (B.V., N.V., stichting, vereniging, coöperatie) is
# never a consumer, a natural person not acting in a business (art. 6:96 lid 6 BW); a
# partnership (v.o.f., c.v., maatschap) is its partners acting in their business.
_FORM_WORDS = re.compile(r"\b(stichting|vereniging|cooperatie|maatschap)\b")
_FORM_AT_END = re.compile(  # the name's last word: "B.V.", "BV", "v.o.f.", "vof"; "c.v.",
    # "u.a." and "w.a." only with their dots ("Wa" may be a surname)
    r"(?:^|[\s,])(b\.?\s?v|n\.?\s?v|v\.?\s?o\.?\s?f|c\.\s?v|u\.\s?a|w\.\s?a)\.?$"
)


def has_legal_form(name: str) -> bool:
    """The name says it is a company, foundation or association: "Bakkerij X B.V.",
    "Jansen BV", "De Ketting v.o.f.", "Stichting Y", "Coöperatie Z U.A."."""
    text = folded(name).strip()
    return bool(_FORM_WORDS.search(text) or _FORM_AT_END.search(text))
