"""The client screen's data in one call: details, invoices, totals, payment behaviour."""

from datetime import date
from decimal import Decimal

import pytest

from debiteur_desk.domain.errors import NotFound
from debiteur_desk.domain.invoice_status import InvoiceStatus
from debiteur_desk.domain.payment_behaviour import Verdict
from debiteur_desk.services.client_detail import client_detail
from debiteur_desk.services.invoices import write_off
from debiteur_desk.services.payments import PaymentInput, record_payment
from tests.integration import factories
from tests.integration.test_timeline import book  # noqa: F401 - SQLite and PostgreSQL

AS_OF = date(2026, 11, 22)


def pay(db, client_id, on, amount, invoice=None):
    allocations = ((invoice, Decimal(amount)),) if invoice else ()
    return record_payment(db, PaymentInput(on, Decimal(amount), client_id, allocations))


@pytest.fixture
def late_payer(book):  # noqa: F811
    db = book
    cid = factories.client(db, "Garage Laat", iban="NL91ABNA0417164300", city="Gouda")
    factories.client(db, "Iemand Anders")
    # three paid late (10, 20, 30 days), one paid on time, one open and overdue, one written off
    for i, late in enumerate((10, 20, 30, 0)):
        due = date(2026, 3 + i, 1)
        inv = factories.invoice(db, cid, f"L-{i}", "100.00", due, due)
        pay(db, cid, date.fromordinal(due.toordinal() + late), "100.00", inv)
    overdue = factories.invoice(db, cid, "L-8", "250.00", date(2026, 10, 1), date(2026, 10, 15))
    pay(db, cid, date(2026, 10, 20), "100.00", overdue)
    gone = factories.invoice(db, cid, "L-9", "40.00", date(2026, 8, 1), date(2026, 8, 15))
    write_off(db, gone, date(2026, 11, 1), "Kleine rest")
    pay(db, cid, date(2026, 11, 20), "30.00")  # nothing to allocate to? goes to L-8 (oldest)
    return db, cid


def test_details_invoices_and_totals(late_payer):
    db, cid = late_payer
    detail = client_detail(db, cid, AS_OF)
    assert detail.id == cid
    assert detail.client.name == "Garage Laat"
    assert detail.client.iban == "NL91ABNA0417164300"
    assert [row.number for row in detail.invoices] == [
        "L-8", "L-9", "L-3", "L-2", "L-1", "L-0",
    ]  # fmt: skip
    statuses = {row.number: row.status for row in detail.invoices}
    assert statuses["L-8"] is InvoiceStatus.PARTLY_PAID
    assert statuses["L-9"] is InvoiceStatus.WRITTEN_OFF
    assert statuses["L-0"] is InvoiceStatus.PAID
    assert detail.open_total == Decimal("120.00")  # 250 - 100 - 30
    assert detail.overdue_total == Decimal("120.00")
    assert detail.credit == Decimal("0.00")
    assert [row.number for row in detail.open_invoices] == ["L-8"]


def test_paid_on_is_the_last_payment_of_paid_invoices_only(late_payer):
    db, cid = late_payer
    detail = client_detail(db, cid, AS_OF)
    by_number = {row.number: row.id for row in detail.invoices}
    assert detail.paid_on[by_number["L-0"]] == date(2026, 3, 11)
    assert detail.paid_on[by_number["L-3"]] == date(2026, 6, 1)
    assert by_number["L-8"] not in detail.paid_on  # still open
    assert by_number["L-9"] not in detail.paid_on  # written off, not paid


def test_behaviour_summary(late_payer):
    db, cid = late_payer
    behaviour = client_detail(db, cid, AS_OF).behaviour
    assert (behaviour.paid_count, behaviour.paid_late, behaviour.overdue_now) == (4, 3, 1)
    assert behaviour.average_days_late == Decimal("15.0")  # (10 + 20 + 30 + 0) / 4
    assert behaviour.verdict is Verdict.HABITUAL


def test_an_earlier_as_of_date_sees_the_book_as_it_stood(late_payer):
    db, cid = late_payer
    behaviour = client_detail(db, cid, date(2026, 4, 15)).behaviour
    assert (behaviour.paid_count, behaviour.paid_late) == (1, 1)  # only L-0 was paid by then
    # L-1 (due 1 April, paid 21 April) was 14 days overdue then; L-8 did not exist yet.
    assert behaviour.overdue_now == 1
    assert behaviour.verdict is Verdict.HABITUAL  # late once, and overdue again


def test_an_as_of_date_before_a_late_payment_is_not_yet_overdue(late_payer):
    db, cid = late_payer
    behaviour = client_detail(db, cid, date(2026, 3, 3)).behaviour  # L-0 due 1 March
    assert (behaviour.paid_count, behaviour.overdue_now) == (0, 0)  # within the grace days
    assert behaviour.verdict is Verdict.NO_HISTORY


def test_unallocated_money_is_credit(book):  # noqa: F811
    db = book
    cid = factories.client(db)
    inv = factories.invoice(db, cid, "K-1", "80.00", date(2026, 11, 1), date(2026, 11, 15))
    pay(db, cid, date(2026, 11, 16), "100.00")  # 80 to K-1, 20 left over
    detail = client_detail(db, cid, AS_OF)
    assert detail.credit == Decimal("20.00")
    assert detail.open_total == Decimal("0.00")
    assert detail.paid_on == {inv: date(2026, 11, 16)}
    assert detail.behaviour.verdict is Verdict.PUNCTUAL


def test_unknown_client(db):
    with pytest.raises(NotFound):
        client_detail(db, 42, AS_OF)


def test_last_day_before_prescription_per_open_invoice(book):  # noqa: F811
    """art. 3:307/7:28 BW terms, interrupted by a demand sent (3:317), a part payment or a
    signed payment plan (3:318); see domain/prescription.py."""
    from debiteur_desk.domain.parties import ClientKind
    from debiteur_desk.domain.payment_plan import Frequency
    from debiteur_desk.services.payment_plans import (
        PaymentPlanInput,
        create_payment_plan,
        mark_plan_signed,
    )
    from tests.integration.test_worklist import add_letter

    db = book
    firm = factories.client(db, "Bouw BV", kind=ClientKind.BUSINESS)
    plain = factories.invoice(db, firm, "V-1", "100.00", date(2025, 1, 1), date(2025, 2, 1))
    demanded = factories.invoice(db, firm, "V-2", "100.00", date(2025, 1, 1), date(2025, 2, 1))
    add_letter(db, firm, "final-demand", date(2026, 6, 1), [demanded])
    add_letter(db, firm, "final-demand", None, [plain])  # made, never sent: does not count
    last = client_detail(db, firm, AS_OF).last_days
    assert last == {plain: date(2030, 2, 1), demanded: date(2031, 6, 1)}

    person = factories.client(db, "Jan Jansen", kind=ClientKind.CONSUMER)
    paid_part = factories.invoice(db, person, "V-3", "100.00", date(2025, 1, 1), date(2025, 2, 1))
    pay(db, person, date(2025, 9, 10), "10.00", paid_part)
    in_plan = factories.invoice(db, person, "V-4", "100.00", date(2025, 3, 1), date(2025, 4, 1))
    plan = create_payment_plan(
        db, PaymentPlanInput(person, (in_plan,), Frequency.MONTHLY, date(2026, 12, 1), count=2)
    )
    mark_plan_signed(db, plan, date(2026, 11, 20))
    last = client_detail(db, person, AS_OF).last_days
    assert last == {paid_part: date(2027, 9, 10), in_plan: date(2028, 11, 20)}
