"""Split one bank payment over a client's open invoices (issue 12's review): the amount is
spread oldest due date first, the user changes any part, and what is not allocated stays
as the client's credit."""

from __future__ import annotations

import html
from decimal import Decimal

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.domain.money import to_cents
from debiteur_desk.services.reports import InvoiceRow
from debiteur_desk.ui.dialogs.fields import ERROR_COLOUR, FormDialog, error_text, money_text
from debiteur_desk.ui.dialogs.payment_dialog import ZERO, AllocationTable
from debiteur_desk.ui.screen_fit import fit_to_screen, rows_high


class SplitDialog(FormDialog):
    def __init__(
        self, parent: QWidget | None, client_name: str, amount: Decimal, invoices: list[InvoiceRow]
    ) -> None:
        super().__init__(parent, self.tr("Split over invoices"))
        self.amount = amount
        self.table = AllocationTable(sorted(invoices, key=lambda r: (r.due_date, r.number)))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        spread = QPushButton(self.tr("Allocate oldest first"))
        heading = QHBoxLayout()
        heading.addWidget(QLabel(self.tr("{amount} from <b>{client}</b>").format(
            amount=money_text(amount), client=html.escape(client_name))))  # fmt: skip
        heading.addStretch(1)
        heading.addWidget(spread)
        layout = QVBoxLayout()
        layout.addLayout(heading)
        if invoices:
            self.table.setMinimumHeight(rows_high(self.table, min(len(invoices), 4)))
            layout.addWidget(self.table, 1)
        else:
            layout.addWidget(QLabel(self.tr("This client has no open invoices.")))
            spread.hide()
        layout.addWidget(self.summary)
        spread.clicked.connect(lambda: self.table.spread(self.amount))
        self.watch(self.table.changed)
        self.finish(layout, grows=bool(invoices))
        fit_to_screen(self, 600, min(560, 260 + 28 * len(invoices)))
        self.table.spread(amount)

    def is_valid(self) -> bool:
        parts, problem = self.table.allocations()
        allocated = sum((part for _, part in parts), ZERO)
        if problem is None and allocated > self.amount:
            problem = InvalidInput("allocations_exceed_payment")
        if problem is not None:
            self.summary.setStyleSheet(f"color: {ERROR_COLOUR};")
            self.summary.setText(error_text(problem))
            return False
        self.summary.setStyleSheet("")
        text = self.tr("Allocated: {allocated}").format(allocated=money_text(allocated))
        if allocated < self.amount:
            text += " · " + self.tr("stays as credit: {credit}").format(
                credit=money_text(self.amount - allocated)
            )
        self.summary.setText(text)
        return True

    @property
    def allocations(self) -> tuple[tuple[int, int], ...]:
        """(invoice id, cents) for each invoice that gets a part."""
        parts, _ = self.table.allocations()
        return tuple((invoice.id, to_cents(part)) for invoice, part in parts)
