"""Tests for debiteur_desk.importers.mt940: the synthetic 2026 MT940 file against
expected-2026.json line by line, broken files, and the ``:86:`` layouts of the Dutch banks
in small invented fixtures (all names, accounts and amounts made up)."""

import contextlib
import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from debiteur_desk.importers import mt940
from debiteur_desk.importers.statement import ImportRefused

from .sample_fields import expected_fields, read_fields

DATA = Path(__file__).parents[2] / "data" / "statements"
EXPECTED = json.loads((DATA / "expected-2026.json").read_text(encoding="utf-8"))
TRANSACTIONS = {t["id"]: t for t in EXPECTED["transactions"]}
SAMPLE = "mt940-2026.sta"

# Letters NFKD does not take apart; the SWIFT character set has no "&" either.
_ASCII = str.maketrans({"Ø": "O", "ø": "o", "Æ": "AE", "æ": "ae", "ß": "ss", "&": "+"})


def swift_ascii(text):
    """A name as an MT940 file can carry it: diacritics folded, ``&`` written as ``+``."""
    decomposed = unicodedata.normalize("NFKD", (text or "").translate(_ASCII))
    return decomposed.encode("ascii", "ignore").decode("ascii")


def sample():
    return (DATA / SAMPLE).read_bytes()


def refused(data):
    with pytest.raises(ImportRefused) as caught:
        mt940.read(data)
    return caught.value


def cut(field):
    """A field as banks write it: lines of at most 65 characters, cut anywhere."""
    return [field[i : i + 65] for i in range(0, len(field), 65)]


def statement(*entries, account="NL76INGB0002776344EUR", header=True, encoding="ascii"):
    """One statement around ``entries`` (each a list of lines), CRLF, in ING's envelope."""
    lines = ["{1:F01INGBNL2ABXXX0000000000}", "{2:I940INGBNL2AXXXN}", "{4:"] if header else []
    lines += [":20:P260131000000001", f":25:{account}", ":28C:00001", ":60F:C260101EUR100,00"]
    for entry in entries:
        lines += entry
    lines += [":62F:C260131EUR100,00", ":64:C260131EUR100,00"]
    lines += ["-}"] if header else []
    return ("\r\n".join(lines) + "\r\n").encode(encoding)


def only(data):
    (line,) = mt940.read(data)
    return line


# ---------------------------------------------------------------------------- the sample


def check_texts(line, tx):
    """Name and remittance. A SEPA line has ``/CNTP/``; card payments, bank costs and the
    batch have none: no name, and a card payment's text starts with the merchant."""
    if tx["counterparty_iban"]:
        assert line.counterparty_name == swift_ascii(tx["counterparty_name"]), tx["id"]
        assert line.remittance == swift_ascii(tx["remittance"]), tx["id"]
        return
    assert line.counterparty_name == "", tx["id"]
    if tx["remittance"]:
        assert line.remittance == tx["remittance"], tx["id"]
    elif tx["counterparty_name"]:
        assert line.remittance.startswith(swift_ascii(tx["counterparty_name"]) + " "), tx["id"]
    else:
        assert "batch" in tx, tx["id"]


def test_every_sample_line_is_its_expected_transaction():
    """All 152 ``:61:`` in file order: dates, signed cents, IBAN, references, mandate,
    bank reference, reversal, and name and remittance as MT940 carries them."""
    order = EXPECTED["files"][SAMPLE]["order"]
    lines = mt940.read(sample())
    assert len(lines) == len(order) == 152
    for tx_id, line in zip(order, lines, strict=True):
        tx = TRANSACTIONS[tx_id]
        assert read_fields(line) == expected_fields(tx), tx_id
        check_texts(line, tx)
        assert line.account_iban == EXPECTED["files"][SAMPLE]["account"]


def test_sample_reversal_is_money_out_with_md06():
    """The ``RC`` entry with ``/RTRN/MD06/`` is negative, a reversal, and carries the mandate
    and end-to-end id of the collection it reverses."""
    lines = {line.bank_reference: line for line in mt940.read(sample())}
    reversal = lines[TRANSACTIONS["T105"]["bank_reference"]]
    collected = lines[TRANSACTIONS["T094"]["bank_reference"]]
    assert (reversal.amount_cents, collected.amount_cents) == (-151250, 151250)
    assert reversal.reversal and reversal.return_reason == "MD06"
    assert not collected.reversal
    assert (reversal.mandate_id, reversal.end_to_end_id) == (
        collected.mandate_id,
        collected.end_to_end_id,
    )
    assert sum(line.reversal for line in lines.values()) == 1


def test_words_cut_at_65_characters_are_joined_without_a_space():
    """ "Zade" + "lmakerstraat" and "pinomzet " + "19-01-2026": the cut adds nothing."""
    remittances = {line.remittance for line in mt940.read(sample())}
    assert "Huur bedrijfsruimte Zadelmakerstraat 5 februari 2026 contract VM-118" in remittances
    assert "Uitbetaling pinomzet 19-01-2026 t/m 01-02-2026 merchant 4471203" in remittances


def test_the_same_bytes_give_the_same_keys():
    """Reading the file again gives the same key for every line."""
    assert [line.key for line in mt940.read(sample())] == [
        line.key for line in mt940.read(sample())
    ]


def test_keys_are_unique_and_built_on_the_bank_reference():
    """152 different keys, each the account plus the ``:61:`` bank reference."""
    lines = mt940.read(sample())
    assert len({line.key for line in lines}) == 152
    assert all(line.key == f"{line.account_iban}|ref|{line.bank_reference}" for line in lines)


def test_a_bank_reference_seen_twice_does_not_merge_two_lines():
    """Two lines with one bank reference get keys from their own fields: both stay."""
    entry = [":61:2601050105D3,40NTRFNONREF//SAME", ":86:/REMI/USTD//Koffie/"]
    lines = mt940.read(statement(entry, entry))
    assert len({line.key for line in lines}) == 2
    assert all("|ref|" not in line.key for line in lines)


# ---------------------------------------------------------------------------- broken files


def test_a_file_cut_off_inside_a_message_is_refused_at_its_end():
    """Half the sample: the last message has no ``-}``; the refusal names the last line."""
    data = sample()[: len(sample()) // 2]
    error = refused(data)
    assert error.code == "import_mt940_broken"
    assert error.params["line"] == data.count(b"\n") + 1


def test_a_statement_without_closing_balance_is_refused():
    """Without the SWIFT blocks a cut-off file shows as a statement with no ``:62F:``."""
    data = b":20:X\r\n:25:NL76INGB0002776344\r\n:60F:C260101EUR1,00\r\n:61:2601020102C1,00NTRF"
    error = refused(data)
    assert error.code == "import_mt940_broken"
    assert error.params["line"] == 4


def test_an_unreadable_entry_is_refused_naming_its_line():
    """A ``:61:`` with a letter in its amount: the refusal names that line and shows it."""
    data = sample().replace(b":61:2602020202C89,50NTRF", b":61:2602020202C8X,50NTRF")
    error = refused(data)
    assert error.code == "import_mt940_broken"
    assert error.params["line"] == 8
    assert error.params["detail"].startswith(":61:2602020202C8X,50")


def test_an_entry_without_its_type_is_refused():
    """SWIFT requires the type (``NTRF``); the package would merge the next ``:61:`` into
    an entry without one."""
    good = [":61:2601050105D3,40NTRFNONREF//A1", ":86:/REMI/USTD//Koffie/"]
    for entries in ([[":61:2601060106D3,40"], good], [good, [":61:2601060106D3,40"]]):
        error = refused(statement(*entries))
        assert error.params["line"] == (8 if entries[0] != good else 10)


def test_a_statement_without_account_is_refused():
    """No ``:25:``: the lines would belong to no account."""
    data = statement([":61:2601050105D3,40NTRFNONREF//A1"]).replace(
        b":25:NL76INGB0002776344EUR\r\n", b""
    )
    error = refused(data)
    assert error.code == "import_mt940_broken"
    assert error.params["line"] == 4


def test_other_files_are_not_mt940():
    """A CSV, XML or plain text is refused as not MT940, and not taken for one."""
    for data in (
        b'"Datum";"Naam / Omschrijving";"Rekening"\r\n"20260101";"X";"NL76"\r\n',
        b"<?xml version='1.0'?><Document/>",
        b"",
        b":20:only a reference",
    ):
        assert not mt940.looks_like(data)
        assert refused(data).code == "import_not_mt940"
    assert mt940.looks_like(sample())


@settings(deadline=None, max_examples=50)
@given(st.binary())
def test_random_bytes_give_lines_or_a_refusal(data):
    """Whatever the bytes, the reader answers with lines or ImportRefused, nothing else."""
    with contextlib.suppress(ImportRefused):
        assert isinstance(mt940.read(data), list)


FRAGMENTS = [
    "{1:F01INGBNL2ABXXX0000000000}",
    "{4:",
    "-}",
    "-",
    ":20:P1",
    ":25:NL76INGB0002776344EUR",
    ":28C:1",
    ":60F:C260101EUR1,00",
    ":61:2601020102C1,00NTRFNONREF//1",
    ":61:2601020102RD1,0NTRF",
    ":61:26010X",
    "/TRCD/00100/",
    ":86:/EREF/X//CNTP/NL14INGB0004052913/INGBNL2A/A///REMI/USTD//fa",
    ":86:000>20TRIONL2U>21NL14INGB0004052913>22x",
    ":86:NL14INGB0004052913 A. Naam",
    ",5 TERMINALID/",
    ":86:/SUM/1/1/1,00/1,00/",
    ":62F:C260131EUR1,00",
    ":62F:X",
    "",
]


@settings(deadline=None, max_examples=50)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=25))
def test_shuffled_mt940_lines_give_lines_or_a_refusal(fragments):
    """Real tags in any order, some broken: still only lines or ImportRefused."""
    with contextlib.suppress(ImportRefused):
        assert isinstance(mt940.read("\r\n".join(fragments).encode()), list)


# ---------------------------------------------------------------------------- ING layout


def test_ing_signs_reversals_and_skips_the_ultimate_debtor():
    """``RC`` is money out, ``RD`` money in; ``/ULTD/`` is not the payer; ``/PREF/`` is no
    reference; ``/REMI/STRD/ISO/`` gives the RF reference."""
    returned = cut(
        ":86:/RTRN/AM04//EREF/ABC-1//CNTP/NL13RABO0320698505/RABONL2U/P. Bakker/"
        "UTRECHT//REMI/USTD//retour fact 2026-0001/"
    )
    paid = cut(
        ":86:/EREF/HH-1//CNTP/NL04ABNA0446521752/ABNANL2A/Hendriks Holding B.V./IJSSELSTEIN"
        "//ULTD/Bouwbedrijf Hendriks B.V.///PREF/BATCH-7//REMI/STRD/ISO/RF42SPK20260020/"
    )
    first, second = mt940.read(
        statement(
            [":61:2601050105RD12,50NTRFNONREF//B1", "/TRCD/00100/", *returned],
            [":61:2601060106C3890,76NTRFEREF//B2", "/TRCD/00108/", *paid],
        )
    )
    assert (first.amount_cents, first.reversal, first.return_reason) == (1250, True, "AM04")
    assert first.remittance == "retour fact 2026-0001"
    assert second.amount_cents == 389076 and not second.reversal
    assert second.counterparty_name == "Hendriks Holding B.V."
    assert (second.reference, second.remittance, second.end_to_end_id) == (
        "RF42SPK20260020",
        "",
        "HH-1",
    )


def test_ing_continuation_lines_may_start_with_dash_or_comma():
    """A cut before ``-`` or ``,`` is a continuation, not the end of the message."""
    card = cut(
        ":86:/REMI/USTD//BIKE PARTS LTD LONDON GBR 19-05-2026 21:14 GBP 45,00 KOERS 1,1673"
        " TERMINALID: BI8787 PASVOLGNR: 002/"
    )
    invoice = cut(
        ":86:/EREF/SPAAK-INK-260218//CNTP/NL80INGB0007962183/INGBNL2A/Tweewieler Groothandel"
        " Noord B.V./ZWOLLE//REMI/USTD//Factuur TGN-2026-1835/"
    )
    assert any(line.startswith(",") for line in card)
    assert any(line.startswith("-") for line in invoice)
    first, second = mt940.read(
        statement(
            [":61:2605190519D52,53NTRFNONREF//C1", "/TRCD/02000/", *card],
            [":61:2605200520D10,00NTRFEREF//C2", "/TRCD/00100/", *invoice],
        )
    )
    assert first.remittance.endswith("GBP 45,00 KOERS 1,1673 TERMINALID: BI8787 PASVOLGNR: 002")
    assert second.remittance == "Factuur TGN-2026-1835"
    assert second.counterparty_name == "Tweewieler Groothandel Noord B.V."


def test_statement_information_after_the_balances_is_no_entry():
    """ING's ``:86:/SUM/`` after ``:62F:``/``:64:`` does not end up in the last line."""
    data = statement([":61:2601050105C1,00NTRFNONREF//S1", ":86:/REMI/USTD//laatste/"])
    data = data.replace(b"-}", b":86:/SUM/0/1/0,/1,00/\r\n-}")
    assert only(data).remittance == "laatste"


def test_the_account_loses_its_currency_and_a_bic_in_front():
    """``:25:NL76INGB0002776344EUR`` and ``INGBNL2A/NL76 INGB ...`` are the same account."""
    entry = [":61:2601050105C1,00NTRFNONREF//A1"]
    for account in ("NL76INGB0002776344EUR", "INGBNL2A/NL76 INGB 0002 7763 44 EUR"):
        assert only(statement(entry, account=account)).account_iban == "NL76INGB0002776344"


def test_latin1_file_is_decoded():
    """A file that is not UTF-8 is read as ISO-8859-1."""
    entry = [
        ":61:2601050105C1,00NTRFNONREF//A1",
        ":86:/CNTP/NL14INGB0004052913/INGBNL2A/Café Ödön//",
    ]
    data = statement(entry, encoding="latin-1")
    assert b"Caf\xe9 \xd6d\xf6n" in data
    assert only(data).counterparty_name == "Café Ödön"


# ---------------------------------------------------------------------------- Rabobank


def test_rabobank_ordp_benm_layout():
    """``/ORDP//NAME/../ADDR/../REMI/..``: the counterparty IBAN is on the ``:61:``'s second
    line; a kenmerk comes as ``CDTRREF``; ``/ISDT/`` is not part of the remittance."""
    credit = cut(
        ":86:/EREF/20260112-77/ORDP//NAME/Eetcafe De Ketting/ADDR/Oudegracht 1 3511 AA UTRECHT"
        " NL/REMI/termijn 1/2 fact 2026-0009/ISDT/2026-01-12"
    )
    debit = cut(
        ":86:/BENM//NAME/Zekerweg Verzekeringen N.V./REMI//CDTRREFTP//CD/SCOR/ISSR/CUR/CDTRREF/"
        "9010022026000501/ISDT/2026-01-13"
    )
    first, second = mt940.read(
        statement(
            [":61:260112C000000000726,00N541EREF", "NL07RABO0372382444", *credit],
            [":61:260113D000000000312,40N102NONREF", "NL09RABO0354013033", *debit],
            account="NL09RABO0367249847",
        )
    )
    assert (first.amount_cents, first.counterparty_name) == (72600, "Eetcafe De Ketting")
    assert first.counterparty_iban == "NL07RABO0372382444"
    assert (first.remittance, first.end_to_end_id) == ("termijn 1/2 fact 2026-0009", "20260112-77")
    assert second.counterparty_name == "Zekerweg Verzekeringen N.V."
    assert (second.reference, second.remittance) == ("9010022026000501", "")


def test_rabobank_old_layout_name_in_61_and_several_86():
    """Before SEPA: account and name after the ``:61:`` reference, one ``:86:`` a line."""
    data = statement(
        [
            ":61:110617D000000000044,95N0600733959555      T-MOBIEL TELECOM BV",
            ":86:BETALINGSKENM.  123456789",
            ":86:FACTUURNUMMER 987654321",
        ],
        account="1291.99.348EUR",
        header=False,
    )
    line = only(data)
    assert (line.account_iban, line.amount_cents) == ("129199348", -4495)
    assert line.counterparty_name == "T-MOBIEL TELECOM BV"
    assert line.remittance == "BETALINGSKENM. 123456789 FACTUURNUMMER 987654321"
    assert line.reference == "123456789"


# ---------------------------------------------------------------------------- ABN AMRO


def test_abn_amro_structured_sepa_transfer_and_direct_debit():
    """``/TRTP/../IBAN/../BIC/../NAME/../REMI/../EREF/..`` with single slashes;
    ``NOTPROVIDED`` is no end-to-end id; the direct debit has ``/CSID/`` and ``/MARF/``."""
    transfer = cut(
        ":86:/TRTP/SEPA OVERBOEKING/IBAN/NL57INGB0001212121/BIC/INGBNL2A/NAME/CAFE DE H"
        "OEK/REMI/Factuur 2026-0031/EREF/NOTPROVIDED"
    )
    debit = cut(
        ":86:/TRTP/SEPA Incasso algemeen doorlopend/CSID/NL50ZZZ703840170000/NAME/Belnet"
        " Telecom B.V./MARF/BNT-221-0093/REMI/Factuur 202601-55120/IBAN/NL75ABNA06826026"
        "63/BIC/ABNANL2A/EREF/BNT260155120"
    )
    first, second = mt940.read(
        statement(
            [":61:2601200120C10,5N654NONREF", *transfer],
            [":61:2601220122D48,39N247NONREF", *debit],
            account="499315081",
            header=False,
        )
    )
    assert (first.amount_cents, first.counterparty_name) == (1050, "CAFE DE HOEK")
    assert (first.counterparty_iban, first.remittance) == (
        "NL57INGB0001212121",
        "Factuur 2026-0031",
    )
    assert first.end_to_end_id == ""
    assert (second.counterparty_name, second.counterparty_iban) == (
        "Belnet Telecom B.V.",
        "NL75ABNA0682602663",
    )
    assert (second.mandate_id, second.end_to_end_id) == ("BNT-221-0093", "BNT260155120")


def test_abn_amro_labelled_free_text():
    """``SEPA Overboeking  IBAN: ..  BIC: ..  Naam: ..  Omschrijving: ..  Kenmerk: ..`` in
    columns over several lines."""
    text = [
        ":86:SEPA Overboeking                 IBAN: NL10TRIO0388867426",
        "BIC: TRIONL2U                    Naam: Cooperatie Buurtwerk Lombok",
        "Omschrijving: factuur 2026-0036",
        "Kenmerk: 2026-0036-BWL",
    ]
    line = only(statement([":61:2601150115C1689,77N654NONREF", *text], header=False))
    assert line.counterparty_name == "Cooperatie Buurtwerk Lombok"
    assert line.counterparty_iban == "NL10TRIO0388867426"
    assert (line.remittance, line.end_to_end_id) == ("factuur 2026-0036", "2026-0036-BWL")


def test_abn_amro_before_sepa_giro_and_card():
    """``GIRO <nr> <name>  BETALINGSKENM. ..`` and ``BEA NR:..`` stay text; the kenmerk is
    picked out; booking date (entry date) and value date differ."""
    giro = [
        ":86:GIRO   428428 KPN - DIGITENNE    BETALINGSKENM.  0000000421886595",
        "                                 BETREFT FACTUUR D.D. 20-05-2011",
    ]
    card = [":86:BEA   NR:XXX1234   21.05.11/12.54 FIETSENWINKEL KATWIJK,PAS999"]
    first, second = mt940.read(
        statement(
            [":61:1105240524D9,N192NONREF", *giro],
            [":61:1105210523D11,59N426NONREF", *card],
            account="517852257",
            header=False,
        )
    )
    assert first.reference == "0000000421886595"
    assert first.remittance.startswith("GIRO 428428 KPN - DIGITENNE BETALINGSKENM.")
    assert (second.booking_date.isoformat(), second.value_date.isoformat()) == (
        "2011-05-23",
        "2011-05-21",
    )
    assert (second.amount_cents, second.counterparty_name) == (-1159, "")


# ---------------------------------------------------------------------------- ASN, Triodos


def test_asn_iban_and_name_first_then_the_description():
    """ASN: the blocks on one line, a 34-character IBAN in the ``:61:``, the name on its
    second line; ``:86:`` gives IBAN and name, then the description cut at 65."""
    description = cut("Betaling aan ICS 99999999 ICS Referentie: 2026-01-05 19:47 " + "0" * 20)
    lines = [
        "{1:F01ASNBNL21XXXX0000000000}{2:O940ASNBNL21XXXXN}{3:}{4:",
        ":20:0000000000",
        ":25:NL74ASNB0758518102",
        ":28C:1/1",
        ":60F:C260101EUR444,29",
        ":61:2601050105D801,55NIDBNL08ABNA0123456789",
        "international card services",
        ":86:NL08ABNA0123456789 international card services",
        "",
        *description,
        "",
        ":62F:D260105EUR357,26",
        "-}{5:}",
    ]
    line = only("\n".join(lines).encode())
    assert (line.account_iban, line.amount_cents) == ("NL74ASNB0758518102", -80155)
    assert (line.counterparty_iban, line.counterparty_name) == (
        "NL08ABNA0123456789",
        "international card services",
    )
    assert line.remittance == "Betaling aan ICS 99999999 ICS Referentie: 2026-01-05 19:47 " + (
        "0" * 20
    )


def test_iban_and_name_first_with_description_on_the_same_line():
    """The first line may hold, after a wide gap, the start of the description."""
    text = [":86:NL43INGB0002821135 D. de Boer  Spaarrekening Nederland Doe er iets", "moois mee"]
    line = only(statement([":61:2601030103D476,57N526NONREF", *text], header=False))
    assert (line.counterparty_name, line.counterparty_iban) == ("D. de Boer", "NL43INGB0002821135")
    assert line.remittance == "Spaarrekening Nederland Doe er iets moois mee"


def test_triodos_numbered_subfields():
    """Triodos' ``000>10..>20BIC>21IBAN>22..``: text runs on across subfields and lines;
    a card payment has text from ``>20``; ``>31`` is our own account."""
    card = [
        ":86:000>100000000000",
        ">20TANKSTATION DE ROTONDE - H>21OUTEN - TERMINAL 0MXK4N - 28-02",
        ">22-2026 11:06 - PASNR. *1991>310347066445",
    ]
    transfer = [
        ":86:000>100000000000",
        ">20TRIONL2U",
        ">21NL69TRIO0347066445",
        ">22J.P. SMITS FACTUUR 2026-00>2314 FIETSENMAKER",
        ">310347066445",
    ]
    first, second = mt940.read(
        statement(
            [":61:260301D11,98NBA NONREF", *card],
            [":61:260302C135,00NET NONREF", *transfer],
            account="TRIODOSBANK/0347066445",
            header=False,
        )
    )
    assert first.account_iban == "0347066445"
    assert first.remittance == (
        "TANKSTATION DE ROTONDE - HOUTEN - TERMINAL 0MXK4N - 28-02-2026 11:06 - PASNR. *1991"
    )
    assert (first.counterparty_iban, second.counterparty_iban) == ("", "NL69TRIO0347066445")
    assert second.remittance == "J.P. SMITS FACTUUR 2026-0014 FIETSENMAKER"


def test_triodos_knab_bunq_cntp_layout():
    """The ING ``/CNTP/`` layout as other banks write it too (here Triodos and Knab
    accounts): card text without counterparty, a transfer with one."""
    card = cut(":86:/REMI/USTD//Lunchroom Het Wiel - Utrecht - Terminal 05683709 - 17-03-2026/")
    transfer = cut(
        ":86:/CNTP/NL57KNAB0721667627/KNABNL2H/M. Jansen///EREF/17-03-26 20:40 71806650"
        "//REMI/USTD//fact 2026-0012/"
    )
    first, second = mt940.read(
        statement(
            [":61:260317D18,40NBA0NONREF", *card],
            [":61:260318C178,45NET0NONREF", *transfer],
            account="NL69TRIO0347066445",
        )
    )
    assert (first.counterparty_name, first.remittance[:18]) == ("", "Lunchroom Het Wiel")
    assert (second.counterparty_name, second.counterparty_iban) == (
        "M. Jansen",
        "NL57KNAB0721667627",
    )
    assert (second.end_to_end_id, second.remittance) == (
        "17-03-26 20:40 71806650",
        "fact 2026-0012",
    )
