"""The bad-debt VAT of a quarter from a real book (services/vat_relief.py; the rule is
art. 29 Wet OB 1968, see tests/unit/test_vat_relief.py)."""

from datetime import date
from decimal import Decimal

from debiteur_desk.services.invoices import add_credit_note, write_off
from debiteur_desk.services.payments import PaymentInput, record_payment
from debiteur_desk.services.vat_relief import vat_relief_report

from .factories import client, invoice

Q1 = (date(2026, 1, 1), date(2026, 3, 31))


def pay(db, cid, day, amount, inv):
    record_payment(db, PaymentInput(day, Decimal(amount), cid, ((inv, Decimal(amount)),)))


def test_a_quarter_reclaims_what_became_uncollectable_in_it_and_repays_late_payments(db):
    cid = client(db, "Garage Laat")
    vat = {"vat": Decimal("21.00")}
    invoice(db, cid, "B-1", "121.00", date(2025, 1, 1), date(2025, 2, 1), **vat)
    half = invoice(db, cid, "B-2", "121.00", date(2025, 1, 1), date(2025, 2, 10), **vat)
    pay(db, cid, date(2025, 3, 1), "60.50", half)
    gone = invoice(db, cid, "B-3", "121.00", date(2025, 6, 1), date(2025, 7, 1), **vat)
    write_off(db, gone, date(2026, 3, 3), "Faillissement")
    late = invoice(db, cid, "B-4", "121.00", date(2024, 1, 1), date(2024, 12, 1), **vat)
    pay(db, cid, date(2026, 2, 15), "30.25", late)  # its relief day was 1 December 2025
    invoice(db, cid, "B-5", "121.00", date(2025, 1, 1), date(2025, 3, 1))  # no VAT on it
    paid = invoice(db, cid, "B-6", "121.00", date(2025, 1, 1), date(2025, 2, 5), **vat)
    pay(db, cid, date(2025, 2, 5), "121.00", paid)  # paid on time: nothing to reclaim
    credited = invoice(db, cid, "B-7", "121.00", date(2025, 1, 1), date(2025, 3, 10), **vat)
    add_credit_note(db, credited, "CN-1", date(2025, 4, 1), Decimal("20.00"), "Korting")

    report = vat_relief_report(db, *Q1)
    got = [(line.number, line.relief_day, line.open_cents, line.vat_cents) for line in report.lines]
    assert got == [
        ("B-4", date(2025, 12, 1), 3025, -525),  # paid late: its VAT is owed again
        ("B-1", date(2026, 2, 1), 12100, 2100),
        ("B-2", date(2026, 2, 10), 6050, 1050),
        ("B-3", date(2026, 3, 3), 12100, 2100),  # written off: certain before the year
        ("B-7", date(2026, 3, 10), 10100, 1753),  # the credit note corrected its own VAT
    ]
    assert report.reclaim_cents == 2100 + 1050 + 2100 + 1753
    assert report.owed_again_cents == 525
    # The quarter before and after: the same invoices do not come back.
    q4 = vat_relief_report(db, date(2025, 10, 1), date(2025, 12, 31))
    assert [(line.number, line.vat_cents) for line in q4.lines] == [("B-4", 2100)]
    assert vat_relief_report(db, date(2026, 4, 1), date(2026, 6, 30)).lines == ()
