"""How the worklist tells how an invoice went out: no placeholder where the address is
missing (it read "verstuurd ... aan ?")."""

from datetime import date

from debiteur_desk.domain.sent_check import SendingFacts
from debiteur_desk.services.worklist_items import InvoiceSending, describe_sending


def line(sent_to: str) -> InvoiceSending:
    facts = SendingFacts(
        invoice_date=date(2026, 1, 15),
        due_date=date(2026, 1, 29),
        sent_on=date(2026, 1, 15),
        sent_via="email",
        sent_to=sent_to,
        client_email="info@bakkerij.nl",
        agreed_term_days=14,
    )
    return InvoiceSending(1, "2026-0000020", facts, ("no_address",) if not sent_to else ())


def test_an_email_without_a_recorded_address_says_only_when_it_went():
    assert describe_sending(line(" "), "nl").startswith("per e-mail verstuurd op 15-01-2026;")
    assert describe_sending(line(""), "en").startswith("sent by e-mail on 15/01/2026;")
    assert "?" not in describe_sending(line(""), "nl")


def test_an_email_with_its_address_names_it():
    text = describe_sending(line("info@bakkerij.nl"), "nl")
    assert text.startswith("per e-mail verstuurd op 15-01-2026 aan info@bakkerij.nl;")
