"""What stays of an audit entry and a letter's data when a client is erased: the
personal data go (art. 17 AVG), the bookkeeping stays (art. 52 AWR)."""

from datetime import date

from debiteur_desk.domain.anonymise import (
    ERASED,
    anonymised_details,
    erased_letter_data,
    scrubbed,
)


def test_amounts_dates_numbers_and_codes_stay_free_text_goes():
    """Art. 52 AWR keeps amounts and dates; art. 17 AVG takes the notes and addresses."""
    details = {
        "amount_cents": 50000,
        "allocations": {"J-1": 50000},
        "invoices": ["J-1", "J-2"],
        "promised_by": "2026-05-01",
        "reason": "cash_flow",
        "note": "Piet vindt de kraan lelijk",
        "sent_to": "piet@example.nl",
        "path": "/docs/1 Piet Jansen/dossier.zip",
    }
    assert anonymised_details(details) == {
        "amount_cents": 50000,
        "allocations": {"J-1": 50000},
        "invoices": ["J-1", "J-2"],
        "promised_by": "2026-05-01",
        "reason": "cash_flow",
        "note": ERASED,
        "sent_to": ERASED,
        "path": ERASED,
    }


def test_a_free_text_reason_or_a_changed_email_goes():
    details = {
        "reason": "Faillissement van Piet",
        "changes": {
            "email": {"old": "a@b.nl", "new": "c@d.nl"},
            "payment_term_days": {"old": 14, "new": 30},
            "name": {"old": "piet", "new": "jan"},
        },
    }
    assert anonymised_details(details) == {
        "reason": ERASED,
        "changes": {
            "email": {"old": ERASED, "new": ERASED},
            "payment_term_days": {"old": 14, "new": 30},
            "name": {"old": ERASED, "new": ERASED},
        },
    }


def test_the_clients_name_is_wiped_even_where_a_code_would_stay():
    assert anonymised_details({"reason": "jansen"}, ["Jansen"]) == {"reason": ERASED}


def test_scrubbed_finds_whole_words_in_any_case_and_an_iban_in_groups():
    text = "Reparatie voor JANSEN, betaald van NL36 INGB 0007 6543 21; Jansenweg blijft"
    assert scrubbed(text, ["Jansen", "NL36INGB0007654321"]) == (
        f"Reparatie voor {ERASED}, betaald van {ERASED}; Jansenweg blijft"
    )
    assert scrubbed("NL", ["NL"]) == "NL"  # too short to search for


def test_a_letters_data_keeps_its_dates_and_costs_not_the_addressee():
    data = {
        "recipient": {"name": "Piet Jansen", "street": "Dorpsstraat 12"},
        "letter_date": "2026-03-01",
        "deadline": "2026-03-15",
        "costs": {"amount": "40.00", "btw": "0.00", "invoice_ids": [1]},
        "invoices": [{"number": "J-1", "description": "kraan"}],
    }
    assert erased_letter_data(data, date(2033, 1, 2)) == {
        "erased_on": "2033-01-02",
        "letter_date": "2026-03-01",
        "deadline": "2026-03-15",
        "costs": {"amount": "40.00", "btw": "0.00"},
        "invoices": [{"number": "J-1"}],
    }
