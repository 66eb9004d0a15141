"""The one typed registry of business settings (stored in the database).

Every setting has a key, a type and a default; asking for an unknown key raises.
Window geometry and other per-PC preferences live in QSettings, not here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from debiteur_desk.domain.aging import DEFAULT_BOUNDARIES


@dataclass(frozen=True)
class SettingSpec:
    key: str
    type: type
    default: Any
    description: str

    def encode(self, value: Any) -> str:
        if self.type in (list, dict):
            return json.dumps(value, ensure_ascii=False, sort_keys=True)
        if self.type is bool:
            return "1" if value else "0"
        return str(value)

    def decode(self, text: str) -> Any:
        if self.type in (list, dict):
            return json.loads(text)
        if self.type is bool:
            return text == "1"
        return self.type(text)


_SPECS = (
    SettingSpec("company.name", str, "", "Bedrijfsnaam op brieven"),
    SettingSpec("company.street", str, "", "Straat en huisnummer"),
    SettingSpec("company.postcode", str, "", "Postcode"),
    SettingSpec("company.city", str, "", "Plaats"),
    SettingSpec("company.country", str, "NL", "Land (ISO-code)"),
    SettingSpec("company.kvk", str, "", "KvK-nummer"),
    SettingSpec("company.btw_id", str, "", "BTW-id"),
    SettingSpec("company.iban", str, "", "IBAN voor betalingen"),
    SettingSpec("company.bic", str, "", "BIC (optioneel)"),
    SettingSpec("company.email", str, "", "E-mailadres"),
    SettingSpec("company.phone", str, "", "Telefoonnummer"),
    SettingSpec("company.logo_path", str, "", "Logo (afbeelding) voor het briefhoofd"),
    SettingSpec(
        "aging.boundaries", list, list(DEFAULT_BOUNDARIES), "Grenzen van de ouderdomsklassen"
    ),
    SettingSpec(
        "escalation.ladder",
        list,
        ["reminder", "second-reminder", "fourteen-day-letter", "final-demand"],
        "Volgorde van de aanmaningsstappen",
    ),
    SettingSpec("escalation.days_between_steps", int, 14, "Dagen tussen twee stappen"),
    SettingSpec(
        "rules.payment_term_agreed",
        bool,
        False,  # the safe answer: a term only printed on the invoice is no fatal term
        "De betaaltermijn is uitdrukkelijk als fatale termijn afgesproken (art. 6:83 sub a BW)",
    ),
    SettingSpec(
        "rules.bik_with_btw", bool, False, "BTW over incassokosten (alleen bij incassobureau)"
    ),
    SettingSpec("invoice.default_payment_term_days", int, 14, "Standaard betaaltermijn in dagen"),
    SettingSpec("app.first_start_done", bool, False, "De eerste-startvragen zijn beantwoord"),
    SettingSpec(
        "letters.templates",
        dict,
        {},
        'Eigen brieftekst per soort en taal: {"reminder/nl": {"intro": "…"}}',
    ),
    SettingSpec("letters.folder", str, "", "Map voor brieven (leeg: Documenten/Debiteur Desk)"),
    SettingSpec("company.signatory_name", str, "", "Naam onder de brieven"),
    SettingSpec("company.signatory_role", str, "", "Functie onder de brieven"),
    SettingSpec("company.signature_path", str, "", "Gescande handtekening (afbeelding)"),
    SettingSpec("company.website", str, "", "Website"),
    # Sending e-mail directly (optional); the password is in the system keyring, never here.
    SettingSpec("smtp.host", str, "", "Mailserver voor verzenden (SMTP); leeg: concepten"),
    SettingSpec("smtp.port", int, 587, "Poort van de mailserver"),
    SettingSpec("smtp.security", str, "starttls", "Beveiliging: starttls, tls of none"),
    SettingSpec("smtp.user", str, "", "Gebruikersnaam bij de mailserver"),
    SettingSpec(
        "import.column_mappings",
        dict,
        {},
        "Per exportbestand (herkend aan zijn kolomkoppen): welke kolom welk veld is",
    ),
    SettingSpec(
        "privacy.retention_years",
        int,
        7,  # art. 52 lid 4 AWR: the books are kept seven years, then the AVG wants them gone
        "Na hoeveel jaar na de laatste factuur een afgesloten klant wordt voorgesteld om te "
        "anonimiseren",
    ),
)

REGISTRY: dict[str, SettingSpec] = {spec.key: spec for spec in _SPECS}
SMTP_KEYS = ("smtp.host", "smtp.port", "smtp.security", "smtp.user")


def spec_for(key: str) -> SettingSpec:
    try:
        return REGISTRY[key]
    except KeyError:
        raise KeyError(f"unknown setting {key!r}") from None
