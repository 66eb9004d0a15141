"""Tests for debiteur_desk.domain.invoice_status: status follows from the amounts."""

import pytest

from debiteur_desk.domain.invoice_status import InvoiceStatus, invoice_status

S = InvoiceStatus


@pytest.mark.parametrize(
    ("amounts", "disputed", "expected"),
    [
        ((10000, 0), False, S.OPEN),
        ((10000, 2500), False, S.PARTLY_PAID),
        ((10000, 0, 2500), False, S.PARTLY_PAID),  # a credit note counts as partly settled
        ((10000, 10000), False, S.PAID),
        ((10000, 12000), False, S.PAID),  # overpaid
        ((10000, 6000, 4000), False, S.PAID),  # paid plus credited
        ((10000, 0, 0, 10000), False, S.WRITTEN_OFF),
        ((10000, 3000, 0, 7000), False, S.WRITTEN_OFF),  # written off wins over paid
        ((10000, 3000, 0, 7000), True, S.WRITTEN_OFF),
        ((10000, 0, 0, 4000), False, S.OPEN),  # partly written off, still open
        ((10000, 0), True, S.DISPUTED),
        ((10000, 2500), True, S.DISPUTED),  # a dispute shows while something is open
        ((10000, 10000), True, S.PAID),  # ... and not once it is paid
        ((0, 0), False, S.PAID),
    ],
)
def test_invoice_status(amounts, disputed, expected):
    assert invoice_status(*amounts, disputed=disputed) is expected


def test_every_status_is_reachable():
    seen = {
        invoice_status(100, 0),
        invoice_status(100, 50),
        invoice_status(100, 100),
        invoice_status(100, 0, 0, 100),
        invoice_status(100, 0, disputed=True),
    }
    assert seen == set(InvoiceStatus)


def test_status_values_are_stable_strings():
    """The values are stored and shown in --json output; they must not change."""
    assert {s.value for s in InvoiceStatus} == {
        "open", "partly_paid", "paid", "written_off", "disputed"
    }  # fmt: skip
