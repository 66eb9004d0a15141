"""The bank CSV layouts: their columns, and what each column means for a statement line.

Split from :mod:`bank_csv` (which decodes the bytes, recognises the layout and walks the
rows) so that each bank's quirks sit in one small reader here. A reader gets one row as
column name -> text and returns a :class:`Draft`; a value that does not parse refuses
the whole file with the line and column it is on.

What each layout carries (the rest of a :class:`StatementLine` stays empty):

====================  ==========================================================
ing, ing_old          dates, signed amount ("Af Bij"), name (column "Naam /
                      Omschrijving": card payments add the city and country),
                      counterparty IBAN, from "Mededelingen": remittance
                      (Omschrijving), Kenmerk as reference when it is a
                      betalingskenmerk or RF, otherwise as end-to-end id, mandate,
                      value date, reversal ("Terugboeking"/"Storno", "reden: MD06")
rabobank              dates, signed amount, name, IBAN, remittance (Omschrijving-1
                      to -3), reference (Betalingskenmerk), end-to-end id
                      (Transactiereferentie), mandate, the bank's entry number
                      "Volgnr" as bank reference, reversal and reason ("Reden retour")
abnamro_tab           dates, amount; from the description: /TRTP/ SEPA fields
                      (NAME, IBAN, REMI or the structured CDTRREF, EREF, MARF,
                      RTRN), the older "IBAN: ... Naam: ..." text, card payments'
                      name, or the free text; the account as IBAN
knab                  dates, amount (C/D), name, IBAN, remittance, mandate, the
                      bank's "Referentie"; no end-to-end id, kenmerk or reversal
bunq                  dates, amount, name, IBAN, remittance; nothing else
====================  ==========================================================
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from stdnum.iso7064 import mod_97_10

from debiteur_desk.importers.statement import ImportRefused, StatementLine

# ---------------------------------------------------------------------------- rows and lines


@dataclass(frozen=True)
class Row:
    """One data row: its 1-based line in the file and its cells by column name."""

    line: int
    cells: Mapping[str, str]  # keys case-folded: ING wrote "MutatieSoort", now "Mutatiesoort"

    def __getitem__(self, column: str) -> str:
        return self.cells[column.casefold()].strip()

    def refuse(self, column: str, value: str) -> ImportRefused:
        return ImportRefused("import_csv_value", line=self.line, field=column, value=value)


@dataclass(frozen=True)
class Draft:
    """A statement line as its row gives it; the key is not the row's business (it
    depends on the rest of the file: :class:`~debiteur_desk.importers.statement.FileKeys`)."""

    account_iban: str
    booking_date: date
    amount_cents: int
    value_date: date | None = None
    counterparty_name: str = ""
    counterparty_iban: str = ""
    remittance: str = ""
    reference: str = ""
    end_to_end_id: str = ""
    mandate_id: str = ""
    bank_reference: str = ""
    reversal: bool = False
    return_reason: str = ""

    def line(self) -> StatementLine:
        """The statement line, with ``key`` "" for the caller's ``FileKeys`` to set.

        The fields as they are (all immutable), not ``asdict``: its deep copy leaves
        reference cycles that wait for the garbage collector, so memory would grow with
        the file (issue 12)."""
        return StatementLine(**vars(self))


@dataclass(frozen=True)
class Details:
    """What a description text (ING "Mededelingen", ABN AMRO "Omschrijving") tells."""

    counterparty_name: str = ""
    counterparty_iban: str = ""
    remittance: str = ""
    reference: str = ""
    end_to_end_id: str = ""
    mandate_id: str = ""
    value_date: str = ""  # as written (dd-mm-yyyy); parsed by the reader
    reversal: bool = False
    return_reason: str = ""


def _drafted(account: str, booking: date, cents: int, value: date | None, d: Details) -> Draft:
    return Draft(
        account_iban=account,
        booking_date=booking,
        amount_cents=cents,
        value_date=value,
        counterparty_name=d.counterparty_name,
        counterparty_iban=compact(d.counterparty_iban),
        remittance=d.remittance,
        reference=d.reference,
        end_to_end_id=d.end_to_end_id,
        mandate_id=d.mandate_id,
        reversal=d.reversal,
        return_reason=d.return_reason if d.reversal else "",
    )


# ---------------------------------------------------------------------------- values

# Decimal comma; a thousands dot only between groups of three (bunq: "1.515,79").
_AMOUNT = re.compile(r"[+-]?(?:[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?:,[0-9]{1,2})?")
COMPACT = re.compile(r"(?P<y>[0-9]{4})(?P<m>[0-9]{2})(?P<d>[0-9]{2})")  # 20260219
ISO = re.compile(r"(?P<y>[0-9]{4})-(?P<m>[0-9]{2})-(?P<d>[0-9]{2})")  # 2026-02-19
DUTCH = re.compile(r"(?P<d>[0-9]{2})-(?P<m>[0-9]{2})-(?P<y>[0-9]{4})")  # 19-02-2026


def cents(row: Row, column: str) -> int:
    """The amount in whole cents, exactly (Decimal, never float)."""
    text = row[column]
    if not _AMOUNT.fullmatch(text):
        raise row.refuse(column, text)
    return int(Decimal(text.replace(".", "").replace(",", ".")) * 100)


def directed(row: Row, column: str, direction: str, money_in: str, money_out: str) -> int:
    """An unsigned amount signed by a direction column (ING "Af Bij", Knab "CreditDebet")."""
    amount = abs(cents(row, column))
    side = row[direction]
    if side.casefold() == money_in.casefold():
        return amount
    if side.casefold() == money_out.casefold():
        return -amount
    raise row.refuse(direction, side)


def day(row: Row, column: str, form: re.Pattern[str], text: str | None = None) -> date:
    """A date in the layout's form; ``text`` when it comes from inside a description."""
    value = row[column] if text is None else text
    match = form.fullmatch(value)
    try:
        if match is None:
            raise ValueError(value)
        return date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        raise row.refuse(column, value) from None


def optional_day(
    row: Row, column: str, form: re.Pattern[str], text: str | None = None
) -> date | None:
    value = row[column] if text is None else text
    return day(row, column, form, value) if value else None


def compact(text: str) -> str:
    """An IBAN (or account number) without spaces, in capitals."""
    return "".join(text.split()).upper()


def collapse(text: str) -> str:
    return " ".join(text.split())


_KENMERK = re.compile(r"[0-9]{7,16}|RF[0-9]{2}[0-9A-Z]{1,21}")


def reference_or_end_to_end(kenmerk: str) -> tuple[str, str]:
    """ING writes a betalingskenmerk or RF reference in "Kenmerk" when the payer gave one,
    otherwise the end-to-end id: digits (7-16) or RF... is a reference, the rest an id."""
    if _KENMERK.fullmatch(compact(kenmerk)):
        return compact(kenmerk), ""
    return "", kenmerk


# "Naam: ... Omschrijving: ... IBAN: ..." (ING "Mededelingen", older ABN AMRO text).
_LABELS = (
    "Naam", "Omschrijving", "IBAN", "BIC", "Kenmerk", "Machtiging ID", "Incassant ID",
    "Batch ID", "Aantal transacties", "Valutadatum",
)  # fmt: skip
_LABEL = re.compile(r"(?:^|\s)(" + "|".join(map(re.escape, _LABELS)) + r"):\s*")


def labelled(text: str) -> dict[str, str]:
    """The ``Label: value`` parts of a description; "" holds the text before the first."""
    pieces = _LABEL.split(text)
    parts = {"": collapse(pieces[0])}
    for label, value in zip(pieces[1::2], pieces[2::2], strict=True):
        parts[label] = collapse(value)
    return parts


# ---------------------------------------------------------------------------- ING

_REVERSAL = re.compile(r"\b(?:terugboeking|storno)\b", re.IGNORECASE)
_REASON = re.compile(r"\breden:\s*([A-Z0-9]{2,4})\b", re.IGNORECASE)
# "Terugboeking incasso, reden: MD06" sits between the parts, not in one of them.
_REVERSAL_PHRASE = re.compile(
    r"\b(?:terugboeking|storno)\b[^:]*?reden:\s*[A-Z0-9]{2,4}\b", re.IGNORECASE
)
_VALUTADATUM = re.compile(r"\s*Valutadatum:\s*\S*")


def ing_details(kind: str, text: str) -> Details:
    """ "Mededelingen" (and "Mutatiesoort", where a reversal may show)."""
    reason = _REASON.search(text)
    cleaned = _REVERSAL_PHRASE.sub(" ", text)
    parts = labelled(cleaned)
    sepa = any(label in parts for label in ("Naam", "IBAN", "Omschrijving"))
    remittance = parts.get("Omschrijving", "") if sepa else collapse(_VALUTADATUM.sub("", cleaned))
    reference, end_to_end = reference_or_end_to_end(parts.get("Kenmerk", ""))
    return Details(
        counterparty_iban=parts.get("IBAN", ""),
        remittance=remittance,
        reference=reference,
        end_to_end_id=end_to_end,
        mandate_id=parts.get("Machtiging ID", ""),
        value_date=parts.get("Valutadatum", "").partition(" ")[0],
        reversal=_REVERSAL.search(f"{kind} {text}") is not None,
        return_reason=reason.group(1).upper() if reason else "",
    )


def read_ing(row: Row) -> Draft:
    details = ing_details(row["Mutatiesoort"], row["Mededelingen"])
    details = replace(
        details,
        counterparty_name=row["Naam / Omschrijving"],
        counterparty_iban=row["Tegenrekening"] or details.counterparty_iban,
    )
    return _drafted(
        compact(row["Rekening"]),
        day(row, "Datum", COMPACT),
        directed(row, "Bedrag (EUR)", "Af Bij", "Bij", "Af"),
        optional_day(row, "Valutadatum", DUTCH, details.value_date),
        details,
    )


# ---------------------------------------------------------------------------- Rabobank


def read_rabobank(row: Row) -> Draft:
    reason = row["Reden retour"]
    return Draft(
        account_iban=compact(row["IBAN/BBAN"]),
        booking_date=day(row, "Datum", ISO),
        amount_cents=cents(row, "Bedrag"),
        value_date=optional_day(row, "Rentedatum", ISO),
        counterparty_name=row["Naam tegenpartij"],
        counterparty_iban=compact(row["Tegenrekening IBAN/BBAN"]),
        remittance=collapse(" ".join(row[f"Omschrijving-{n}"] for n in (1, 2, 3))),
        reference=compact(row["Betalingskenmerk"]),
        end_to_end_id=row["Transactiereferentie"],
        mandate_id=row["Machtigingskenmerk"],
        bank_reference=row["Volgnr"],
        reversal=bool(reason),
        return_reason=reason,
    )


# ---------------------------------------------------------------------------- ABN AMRO

_SEPA_CODES = (
    "TRTP", "CSID", "NAME", "MARF", "REMI", "IBAN", "BIC", "EREF", "RTRN", "PREF", "NRTX",
    "ORDP", "BENM", "ULTD", "ULTC", "SVCL", "ISDT", "PURP",
)  # fmt: skip
_SEPA_CODE = re.compile("/(" + "|".join(_SEPA_CODES) + ")/")
_CREDITOR_REFERENCE = re.compile(r"/CDTRREF/([^/]+)")


def sepa_fields(text: str) -> dict[str, str]:
    """``/TRTP/SEPA OVERBOEKING/IBAN/NL.../NAME/.../REMI/...`` -> {"TRTP": ..., ...}.

    A value runs to the next known code, so a slash inside a remittance text stays."""
    pieces = _SEPA_CODE.split(text)
    return {
        code: value.strip().rstrip("/").strip()
        for code, value in zip(pieces[1::2], pieces[2::2], strict=True)
    }


def _abn_sepa(text: str) -> Details:
    fields = sepa_fields(text)
    remittance, reference = fields.get("REMI", ""), ""
    if remittance.startswith("/CDTRREFTP/"):  # structured: a betalingskenmerk or RF
        found = _CREDITOR_REFERENCE.search(remittance)
        remittance, reference = "", compact(found.group(1)) if found else ""
    end_to_end = fields.get("EREF", "")
    return Details(
        counterparty_name=fields.get("NAME", ""),
        counterparty_iban=fields.get("IBAN", ""),
        remittance=collapse(remittance),
        reference=reference,
        end_to_end_id="" if end_to_end == "NOTPROVIDED" else end_to_end,
        mandate_id=fields.get("MARF", ""),
        reversal="RTRN" in fields,
        return_reason=fields.get("RTRN", ""),
    )


def abn_details(text: str) -> Details:
    """The description: SEPA /CODE/ fields, the older labelled text, a card payment
    (32-character columns: "BEA, Betaalpas", then "name,PAS002"), or free text."""
    if text.startswith("/"):
        return _abn_sepa(text)
    parts = labelled(text)
    if "IBAN" in parts or "Naam" in parts:
        reference, end_to_end = reference_or_end_to_end(parts.get("Kenmerk", ""))
        return Details(
            counterparty_name=parts.get("Naam", ""),
            counterparty_iban=parts.get("IBAN", ""),
            remittance=parts.get("Omschrijving", ""),
            reference=reference,
            end_to_end_id=end_to_end,
            mandate_id=parts.get("Machtiging ID", ""),
        )
    card = text.startswith(("BEA", "GEA"))
    # A card payment's name is the next column up to ",PAS"; otherwise the first column
    # names the party ("Kosten betaalrekening", "ABN AMRO Bank N.V.").
    name = text[32:].partition(",PAS")[0] if card else text[:32]
    return Details(counterparty_name=name.strip(), remittance=collapse(text))


def abn_account_iban(account: str) -> str:
    """The plain account number (``499315081``) as its IBAN; an IBAN stays as it is."""
    number = compact(account)
    if not re.fullmatch(r"[0-9]{1,10}", number):  # not str.isdigit: "²" is a digit to it
        return number
    bban = "ABNA" + number.zfill(10)
    return f"NL{mod_97_10.calc_check_digits(bban + 'NL')}{bban}"


_ABN_FIRST_LINE = re.compile(
    r"(?:[0-9]{7,10}|NL[0-9]{2}ABNA[0-9]{10})\t[A-Z]{3}\t[0-9]{8}\t[^\t]*\t[^\t]*\t[0-9]{8}\t[^\t]*\t[^\t]*"
)


def abn_shape(first_line: str) -> bool:
    """ABN AMRO's TAB export has no header: 8 tab-separated fields, a numeric account,
    yyyymmdd dates."""
    return _ABN_FIRST_LINE.fullmatch(first_line.rstrip("\r\n")) is not None


def read_abnamro(row: Row) -> Draft:
    return _drafted(
        abn_account_iban(row["Rekeningnummer"]),
        day(row, "Transactiedatum", COMPACT),
        cents(row, "Transactiebedrag"),
        optional_day(row, "Rentedatum", COMPACT),
        abn_details(row["Omschrijving"]),
    )


# ---------------------------------------------------------------------------- Knab, bunq


def read_knab(row: Row) -> Draft:
    transaction = day(row, "Transactiedatum", DUTCH)
    return Draft(
        account_iban=compact(row["Rekeningnummer"]),
        booking_date=optional_day(row, "Boekdatum", DUTCH) or transaction,
        amount_cents=directed(row, "Bedrag", "CreditDebet", "C", "D"),
        value_date=optional_day(row, "Valutadatum", DUTCH),
        counterparty_name=row["Tegenrekeninghouder"],
        counterparty_iban=compact(row["Tegenrekeningnummer"]),
        remittance=collapse(row["Omschrijving"]),
        mandate_id=row["Machtigingsnummer"],
        bank_reference=row["Referentie"],
    )


def read_bunq(row: Row) -> Draft:
    return Draft(
        account_iban=compact(row["Account"]),
        booking_date=day(row, "Date", ISO),
        amount_cents=cents(row, "Amount"),
        value_date=optional_day(row, "Interest Date", ISO),
        counterparty_name=row["Name"],
        counterparty_iban=compact(row["Counterparty"]),
        remittance=collapse(row["Description"]),
    )


# ---------------------------------------------------------------------------- the table


@dataclass(frozen=True)
class Layout:
    name: str
    columns: tuple[str, ...]
    read_row: Callable[[Row], Draft]
    headed: bool = True  # the first row names the columns (ABN AMRO's TAB has none)
    banner: str = ""  # a line before the header ("KNAB EXPORT;;;")
    quoted: bool = True  # ABN AMRO quotes nothing: a '"' in its description is text


_ING = ("Datum", "Naam / Omschrijving", "Rekening", "Tegenrekening", "Code", "Af Bij")
_ING_NOW = (*_ING, "Bedrag (EUR)", "Mutatiesoort", "Mededelingen", "Saldo na mutatie", "Tag")
_ING_OLD = (*_ING, "Bedrag (EUR)", "MutatieSoort", "Mededelingen")
_RABOBANK = (
    "IBAN/BBAN", "Munt", "BIC", "Volgnr", "Datum", "Rentedatum", "Bedrag", "Saldo na trn",
    "Tegenrekening IBAN/BBAN", "Naam tegenpartij", "Naam uiteindelijke partij",
    "Naam initiërende partij", "BIC tegenpartij", "Code", "Batch ID", "Transactiereferentie",
    "Machtigingskenmerk", "Incassant ID", "Betalingskenmerk", "Omschrijving-1",
    "Omschrijving-2", "Omschrijving-3", "Reden retour", "Oorspr bedrag", "Oorspr munt", "Koers",
)  # fmt: skip
_ABNAMRO = (  # no header in the file: the names of ABN AMRO's own spreadsheet export
    "Rekeningnummer", "Muntsoort", "Transactiedatum", "Beginsaldo", "Eindsaldo", "Rentedatum",
    "Transactiebedrag", "Omschrijving",
)  # fmt: skip
_KNAB = (
    "Rekeningnummer", "Transactiedatum", "Valutacode", "CreditDebet", "Bedrag",
    "Tegenrekeningnummer", "Tegenrekeninghouder", "Valutadatum", "Betaalwijze", "Omschrijving",
    "Type betaling", "Machtigingsnummer", "Incassant ID", "Adres", "Referentie", "Boekdatum",
)  # fmt: skip
_BUNQ = ("Date", "Interest Date", "Amount", "Account", "Counterparty", "Name", "Description")

LAYOUTS = (
    Layout("ing", _ING_NOW, read_ing),
    Layout("ing_old", _ING_OLD, read_ing),
    Layout("rabobank", _RABOBANK, read_rabobank),
    Layout("abnamro_tab", _ABNAMRO, read_abnamro, headed=False, quoted=False),
    Layout("knab", _KNAB, read_knab, banner="KNAB EXPORT"),
    Layout("bunq", _BUNQ, read_bunq),
)
