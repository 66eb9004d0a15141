"""Messages about a client's personal data (merged into ``messages.CATALOGUE``): the
export (art. 15 and 20 AVG), the erasure (art. 17 AVG) and why it is refused while a
claim is open (art. 17 lid 3 sub b en e AVG; the amounts stay seven years, art. 52 AWR).

code: (Dutch, English); values in {braces} come from the error's params.
"""

from __future__ import annotations

PRIVACY_MESSAGES: dict[str, tuple[str, str]] = {
    "privacy_erased_name": ("Geanonimiseerde klant {id}", "Anonymised client {id}"),
    "privacy_open_invoices": (
        "{name} kan nog niet worden gewist: er staat nog een bedrag open ({invoices}). Zolang er "
        "een vordering loopt, mag u de gegevens bewaren om die te innen (art. 17 lid 3 AVG). "
        "Laat het betalen, crediteer het of boek het af, en wis de klant daarna.",
        "{name} cannot be erased yet: an amount is still open ({invoices}). While a claim "
        "runs you may keep the data to collect it (art. 17(3) GDPR). Have it paid, credit it "
        "or write it off, then erase the client.",
    ),
    "privacy_live_plan": (
        "{name} kan nog niet worden gewist: er loopt nog een betalingsregeling. Wacht tot "
        "die is afgelopen of markeer haar als niet nagekomen, en wis de klant daarna.",
        "{name} cannot be erased yet: a payment plan is still running. Wait until it is "
        "completed or mark it as broken, then erase the client.",
    ),
    "privacy_open_dispute": (
        "{name} kan nog niet worden gewist: er loopt nog een geschil ({invoices}). Handel "
        "het geschil eerst af (de stukken kunnen nodig zijn, art. 17 lid 3 sub e AVG).",
        "{name} cannot be erased yet: a dispute is still open ({invoices}). Resolve it "
        "first (its papers may be needed, art. 17(3)(e) GDPR).",
    ),
    "privacy_already_erased": (
        "De gegevens van klant {id} zijn al gewist op {date}.",
        "The data of client {id} were already erased on {date}.",
    ),
    "privacy_credit_held": (
        "Let op: u heeft nog {amount} van deze klant die niet aan een factuur is toegewezen. "
        "Betaal het eerst terug: na het wissen is het rekeningnummer weg.",
        "Note: you hold {amount} of this client's money that is not allocated to an "
        "invoice. Pay it back first: after the erasure the account number is gone.",
    ),
    "privacy_retention_years": (
        "Een bewaartermijn van {years} jaar kan niet: de boekhouding moet minstens "
        "{minimum} jaar worden bewaard (art. 52 AWR, art. 2:10 BW). Kies {minimum} tot "
        "{maximum} jaar.",
        "A retention period of {years} years is not possible: the books must be kept for "
        "at least {minimum} years (art. 52 AWR, art. 2:10 BW). Choose {minimum} to "
        "{maximum} years.",
    ),
    "privacy_export_exists": (
        "Het bestand {path} bestaat al; kies een andere naam.",
        "The file {path} already exists; choose another name.",
    ),
}
