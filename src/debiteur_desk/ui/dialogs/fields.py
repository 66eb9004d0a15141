"""Small shared field widgets for the dialogs, and the dialog base that keeps OK disabled
until every field is valid.

The line edit that validates as you type (``validated.py``) and the date field
(``date_field.py``) live in their own light modules and are re-exported here; the amount
field and the invoice heading are here.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from debiteur_desk.domain.money import parse_amount
from debiteur_desk.text.formatting import format_money
from debiteur_desk.ui.dialogs.date_field import DateField, date_text
from debiteur_desk.ui.dialogs.validated import (
    ERROR_COLOUR,
    ErrorLine,
    ValidatedLineEdit,
    app_language,
    error_text,
)

if TYPE_CHECKING:
    from debiteur_desk.services.reports import InvoiceRow

__all__ = [
    "ERROR_COLOUR",
    "AmountField",
    "DateField",
    "ErrorLine",
    "FormDialog",
    "InvoiceHeading",
    "ValidatedLineEdit",
    "amount_input_text",
    "app_language",
    "date_text",
    "error_text",
    "money_text",
]


def money_text(amount: Decimal) -> str:
    """``€ 1.234,56`` (or ``€1,234.56`` in English)."""
    return format_money(amount, app_language())


def amount_input_text(amount: Decimal) -> str:
    """An amount as typed in a field: ``1.234,56`` without the euro sign."""
    return money_text(amount).replace("€", "").strip()


def _amount_parser(allow_zero: bool) -> Callable[[str], Decimal]:
    return lambda text: parse_amount(text, allow_zero=allow_zero, language=app_language())


class AmountField(ValidatedLineEdit):
    """Euros as a Dutch user types them (``1.234,56``, ``1234,5``, ``€ 12``); more than zero
    unless ``allow_zero``. Tidied to ``1.234,56`` when the user leaves the field."""

    def __init__(
        self,
        *,
        required: str | None = "amount_empty",
        allow_zero: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(_amount_parser(allow_zero), required=required, parent=parent)
        self.line_edit.setPlaceholderText(amount_input_text(Decimal("0")))
        self.line_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.row.insertWidget(0, QLabel("€"))
        self.make_narrow(150)
        self.line_edit.editingFinished.connect(self._tidy)

    @property
    def amount(self) -> Decimal | None:
        return self.value

    def set_amount(self, amount: Decimal | None) -> None:
        self.setText("" if amount is None else amount_input_text(amount))

    def _tidy(self) -> None:
        if self.value is not None and self.is_valid:
            tidy = amount_input_text(self.value)
            if tidy != self.text():
                self.setText(tidy)


class InvoiceHeading(QLabel):
    """The invoice a dialog is about, in one line above its form."""

    def __init__(self, invoice: InvoiceRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setText(
            self.tr("<b>Invoice {number}</b> · {client}<br>amount {amount} · open {open}").format(
                number=invoice.number,
                client=invoice.client_name,
                amount=money_text(invoice.amount),
                open=money_text(invoice.open),
            )
        )


class FormDialog(QDialog):
    """The dialog base: OK/Cancel under the form, OK enabled only while ``is_valid()``.

    Subclasses build their form, call ``watch(...)`` with every widget whose change may
    change validity, then ``finish(layout)``; they implement ``is_valid`` and ``value``.
    """

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def watch(self, *signals: Any) -> None:
        for signal in signals:
            signal.connect(self.revalidate)

    def finish(self, form: QLayout, *, grows: bool = False) -> None:
        """Put the form above the buttons; ``grows``: the form takes the extra height (a table
        in it), otherwise the buttons stay just under the form."""
        outer = QVBoxLayout(self)
        outer.addLayout(form, 1 if grows else 0)
        if not grows:
            outer.addStretch(1)
        outer.addWidget(self.buttons)
        self.revalidate()

    def revalidate(self, *_args: Any) -> None:
        self.ok_button.setEnabled(self.is_valid())

    def is_valid(self) -> bool:
        raise NotImplementedError

    def accept(self) -> None:
        if self.is_valid():
            super().accept()
