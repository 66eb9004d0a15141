"""CSV injection (OWASP "CSV Injection"): a cell a spreadsheet would run as a formula is
exported as text."""

import pytest

from debiteur_desk.text.spreadsheet import safe_cell


@pytest.mark.parametrize(
    ("text", "exported"),
    [
        ("=1+1", "'=1+1"),
        ("+31 6", "'+31 6"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("Bakkerij", "Bakkerij"),
        ("", ""),
    ],
)
def test_a_formula_in_a_cell_is_neutralised(text, exported):
    assert safe_cell(text) == exported
