"""The number suggested for a new invoice: the highest so far plus one, in its own style."""

import pytest

from debiteur_desk.domain.invoice_numbers import natural_key, next_invoice_number


@pytest.mark.parametrize(
    ("existing", "suggested"),
    [
        (["2026-0041", "2026-0042"], "2026-0043"),
        (["2026-0009", "2026-0010"], "2026-0011"),  # as numbers, not as text
        (["2025-0100", "2026-0003"], "2026-0004"),  # this year's series
        (["F-0099"], "F-0100"),  # keeps the prefix and the width
        (["999"], "1000"),  # a counter out of digits grows
        (["INV/7", "inv/12"], "inv/13"),
        (["  A-1 ", "A-2"], "A-3"),
        (["Creditnota", "2026-001", "2026-A"], "2026-002"),  # no digits at the end: passed over
        (["ABC", "XYZ"], None),
        ([], None),
    ],
)
def test_next_invoice_number(existing, suggested):
    assert next_invoice_number(existing) == suggested


def test_natural_key_orders_as_people_read_numbers():
    numbers = ["2026-10", "2026-9", "2025-100", "a-2", "A-10"]
    assert sorted(numbers, key=natural_key) == ["a-2", "A-10", "2025-100", "2026-9", "2026-10"]
