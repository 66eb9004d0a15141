"""Bank payments the import could not book by itself: for each, book it on what is
offered, keep it as a client's credit, or ignore it (issue 12).

The list is read on the worker and read again after each decision (what one payment
pays changes what the next may pay). Every decision is saved at once, through
``Operations``; closing the dialog leaves the rest waiting for next time. The list is a
model over the lines (``ReviewModel``): a year's statement may leave thousands to review,
and filling a table widget with them took seconds after every decision.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from debiteur_desk.domain import clock
from debiteur_desk.domain.money import from_cents
from debiteur_desk.text.formatting import format_date, format_money
from debiteur_desk.ui.changes import Change
from debiteur_desk.ui.lazy import late, lazy_module
from debiteur_desk.ui.modal import ask
from debiteur_desk.ui.models.cells import day, money, text_key
from debiteur_desk.ui.models.table_model import Column, RowTableModel
from debiteur_desk.ui.row_table import row_table
from debiteur_desk.ui.screen_fit import fit_to_screen
from debiteur_desk.ui.timeline_words import code_text

if TYPE_CHECKING:
    from debiteur_desk.services.bank_review import ReviewLine
    from debiteur_desk.services.book import Database
    from debiteur_desk.services.reports import InvoiceRow
    from debiteur_desk.services.statement_import import Offer
    from debiteur_desk.ui.operations import Operations

bank_review = lazy_module("debiteur_desk.services.bank_review")  # on the worker
client_detail = lazy_module("debiteur_desk.services.client_detail")  # on the worker


class ReviewModel(RowTableModel["ReviewLine"]):
    """The payments to review, in the order the service gives them."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        lang = language
        columns = [
            Column["ReviewLine"]("date", QT_TRANSLATE_NOOP("Columns", "Date"),
                                 lambda r: day(r.booking_date, lang), lambda r: r.booking_date),
            Column["ReviewLine"]("amount", QT_TRANSLATE_NOOP("Columns", "Amount"),
                                 lambda r: money(r.amount_cents, lang), lambda r: r.amount_cents,
                                 numeric=True),
            Column["ReviewLine"]("payer", QT_TRANSLATE_NOOP("Columns", "Payer"),
                                 lambda r: r.payer, lambda r: text_key(r.payer),
                                 tooltip=lambda r: r.remittance),
            Column["ReviewLine"]("text", QT_TRANSLATE_NOOP("Columns", "Description"),
                                 lambda r: " ".join(r.remittance.split()),
                                 lambda r: text_key(r.remittance), tooltip=lambda r: r.remittance),
        ]  # fmt: skip
        super().__init__(columns, lambda r: r.id, parent)


class BankReviewDialog(QDialog):
    settled = Signal()  # the list is (re)read and shown

    def __init__(
        self,
        parent: QWidget | None,
        ops: Operations,
        db: Database,
        language: str,
        clients: list[tuple[int, str]],
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Payments to review"))
        self._ops, self._db, self._language = ops, db, language
        self.lines: list[ReviewLine] = []
        self.model = ReviewModel(language, self)
        self.table = row_table(self.model)
        header = self.table.horizontalHeader()
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(2, 170)
        header.setStretchLastSection(True)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.offers = QListWidget()
        self.book_button = QPushButton(self.tr("Book as proposed"))
        self.client = QComboBox()
        self.client.setEditable(True)  # type to find the client
        self.client.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for client_id, name in clients:
            self.client.addItem(name, client_id)
        self.client.lineEdit().setPlaceholderText(self.tr("Choose a client…"))
        self.client.setCurrentIndex(-1)  # never a client the user did not choose
        self.split_button = QPushButton(self.tr("Split over this client's invoices…"))
        self.credit_button = QPushButton(self.tr("Keep as this client's credit"))
        self.ignore_button = QPushButton(self.tr("Not an invoice payment"))
        self.empty = QLabel()  # what the list says while it is read, or when it is empty
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        decide = QVBoxLayout()
        decide.addWidget(QLabel(self.tr("<b>Proposed</b> (best first)")))
        decide.addWidget(self.offers, 1)
        decide.addWidget(self.book_button)
        other = QHBoxLayout()
        other.addWidget(QLabel(self.tr("Or for client")))
        other.addWidget(self.client, 1)
        decide.addLayout(other)
        decide.addWidget(self.split_button)
        decide.addWidget(self.credit_button)
        decide.addWidget(self.ignore_button)
        side = QVBoxLayout()
        side.addWidget(self.details)
        side.addLayout(decide, 1)
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "These payments could not be matched for certain. Choose what each one pays; "
            "an account you confirm is recognised next time."
        )))  # fmt: skip
        layout.addLayout(body, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        fit_to_screen(self, 1000, 600)

        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.offers.itemSelectionChanged.connect(self._update_buttons)
        self.offers.itemDoubleClicked.connect(lambda _item: self.book_offer())
        self.book_button.clicked.connect(self.book_offer)
        self.split_button.clicked.connect(self.split)
        self.client.currentIndexChanged.connect(self._update_buttons)
        self.credit_button.clicked.connect(self.keep_as_credit)
        self.ignore_button.clicked.connect(self.ignore)
        self.load()

    # -- reading -------------------------------------------------------------------------

    def load(self) -> None:
        # A long list (a year's statement) takes seconds to read: say so meanwhile.
        self.empty.setText(self.tr("Reading the payments to review…"))
        self.empty.setVisible(True)
        db = self._db
        self._ops.run(lambda: bank_review.review_lines(db), parent=self, on_success=self._show)

    def _show(self, lines: list[ReviewLine]) -> None:
        self.lines = lines
        self.model.set_rows(lines)
        self.empty.setText(self.tr("Every payment has been dealt with."))
        self.empty.setVisible(not lines)
        if lines:
            self.table.selectRow(0)
        else:
            self._show_selected()
        self.settled.emit()

    def selected(self) -> ReviewLine | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _show_selected(self) -> None:
        line = self.selected()
        self.offers.clear()
        if line is None:
            self.details.clear()
        else:
            self.details.setText(self._describe(line))
            for offer in line.offers:
                item = QListWidgetItem(self._offer_text(offer))
                item.setData(Qt.ItemDataRole.UserRole, offer)
                self.offers.addItem(item)
            self.client.setCurrentIndex(
                self.client.findData(line.offers[0].client_id) if line.offers else -1
            )
            if line.offers:
                self.offers.setCurrentRow(0)
        self._update_buttons()

    def _describe(self, line: ReviewLine) -> str:
        lang = self._language
        parts = [
            f"<b>{format_money(from_cents(line.amount_cents), lang)}</b> "
            + self.tr("on {day}").format(day=format_date(line.booking_date, lang)),
            self.tr("From: {payer} {iban}").format(
                payer=html.escape(line.payer), iban=html.escape(line.iban)
            ),
        ]
        if line.remittance:
            parts.append(self.tr("Description: {text}").format(text=html.escape(line.remittance)))
        if line.reference:
            parts.append(
                self.tr("Payment reference: {text}").format(text=html.escape(line.reference))
            )
        return "<br>".join(parts)

    def _offer_text(self, offer: Offer) -> str:
        lang = self._language
        invoices = ", ".join(
            f"{number} ({format_money(from_cents(cents), lang)})"
            for number, cents in offer.invoices
        )
        return f"{invoices} — {code_text('matched_by', offer.reason)}"

    def _update_buttons(self) -> None:
        line = self.selected()
        self.book_button.setEnabled(line is not None and bool(self.offers.selectedItems()))
        chosen = line is not None and self.client.currentData() is not None
        self.split_button.setEnabled(chosen)
        self.credit_button.setEnabled(chosen)
        self.ignore_button.setEnabled(line is not None)

    # -- deciding ------------------------------------------------------------------------

    def _decide(self, action: object) -> None:
        for button in (self.book_button, self.split_button, self.credit_button,
                       self.ignore_button):  # fmt: skip
            button.setEnabled(False)
        self._ops.run(
            action,  # type: ignore[arg-type]
            parent=self,
            on_success=lambda _r: self.load(),
            on_failure=lambda error: (self._ops.show_error(error, self), self.load()),
            changes=Change.PAYMENTS,
        )

    def book_offer(self) -> None:
        line, items = self.selected(), self.offers.selectedItems()
        if line is None or not items:
            return
        offer: Offer = items[0].data(Qt.ItemDataRole.UserRole)
        db, line_id, client_id, pays = self._db, line.id, offer.client_id, offer.allocations
        self._decide(lambda: bank_review.book_reviewed(db, line_id, client_id, pays))

    def split(self) -> None:
        """The chosen client's open invoices (read on the worker), then the split dialog."""
        line, client_id = self.selected(), self.client.currentData()
        if line is None or client_id is None:
            return
        db, name, today = self._db, self.client.currentText(), clock.today()
        self._ops.run(
            lambda: client_detail.client_detail(db, int(client_id), today).open_invoices,
            parent=self,
            on_success=lambda invoices: self._ask_split(line, int(client_id), name, invoices),
        )

    def _ask_split(
        self, line: ReviewLine, client_id: int, name: str, invoices: list[InvoiceRow]
    ) -> None:
        dialog_class = late("debiteur_desk.ui.dialogs.split_dialog", "SplitDialog")
        dialog = dialog_class(self, name, from_cents(line.amount_cents), invoices)
        if ask(dialog):
            db, line_id, pays = self._db, line.id, dialog.allocations
            self._decide(lambda: bank_review.book_reviewed(db, line_id, client_id, pays))

    def keep_as_credit(self) -> None:
        line, client_id = self.selected(), self.client.currentData()
        if line is None or client_id is None:
            return
        db, line_id = self._db, line.id
        self._decide(lambda: bank_review.book_reviewed(db, line_id, int(client_id), ()))

    def ignore(self) -> None:
        line = self.selected()
        if line is None:
            return
        db, line_id = self._db, line.id
        self._decide(lambda: bank_review.ignore_line(db, line_id))
