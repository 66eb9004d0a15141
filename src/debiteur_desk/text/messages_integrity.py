"""Messages of the book's check (``services/integrity.py``, ``debiteur-desk check``),
merged into ``messages.CATALOGUE``: one line per problem, and the line when all is well.

code: (Dutch, English); values in {braces} come from the problem's facts.
"""

from __future__ import annotations

from decimal import Decimal

from debiteur_desk.domain.errors import Notice
from debiteur_desk.text.formatting import format_money

INTEGRITY_MESSAGES: dict[str, tuple[str, str]] = {
    "integrity_database": (
        "Het databasebestand is beschadigd ({detail}). Zet de laatste goede back-up terug.",
        "The database file is damaged ({detail}). Restore the last good backup.",
    ),
    "integrity_foreign_key": (
        "Rij {row} in de tabel {table} verwijst naar iets in {refers_to} dat er niet meer is.",
        "Row {row} of table {table} refers to something in {refers_to} that is no longer there.",
    ),
    "integrity_open_amount": (
        "{number}: bewaard {kept}, berekend {computed}",
        "{number}: kept {kept}, computed {computed}",
    ),
    "integrity_letter_missing": (
        "Brief {letter_id} ontbreekt: {path}",
        "Letter {letter_id} is missing: {path}",
    ),
    "integrity_letter_unreadable": (
        "Brief {letter_id} kan niet worden gelezen ({reason}): {path}",
        "Letter {letter_id} cannot be read ({reason}): {path}",
    ),
    "integrity_letter_changed": (
        "Brief {letter_id} is gewijzigd na het maken (de vingerafdruk klopt niet meer): {path}",
        "Letter {letter_id} was changed after it was made (its fingerprint no longer "
        "matches): {path}",
    ),
    "integrity_ok": (
        "Alles in orde: de database is heel, alle openstaande bedragen kloppen met de "
        "betalingen en alle brieven zijn ongewijzigd.",
        "All is well: the database is intact, every open amount agrees with the payments "
        "and every letter is unchanged.",
    ),
}


def describe_problem(notice: Notice, language: str = "nl") -> str:
    """One line for a problem of the check (``Problem.notice``), amounts in euros."""
    from debiteur_desk.text.messages import describe_code  # the catalogue merges this one

    params = {
        key: format_money(value, language) if isinstance(value, Decimal) else value
        for key, value in notice.params.items()
    }
    return describe_code(notice.code, params, language)
