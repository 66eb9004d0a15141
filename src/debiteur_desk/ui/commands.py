"""What the main window's actions do: open a dialog, then run the service via Operations.

The dialogs, the client view and printing are imported on first use: that keeps them
(and the letters they pull in) out of the start-up time; so are the services, on the
worker thread (``ui/lazy.py``).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from debiteur_desk.text.formatting import format_date
from debiteur_desk.ui import preferences
from debiteur_desk.ui.about import about_text
from debiteur_desk.ui.book_move import move_book
from debiteur_desk.ui.changes import Change
from debiteur_desk.ui.lazy import late, lazy_module
from debiteur_desk.ui.modal import ask
from debiteur_desk.ui.models.cells import money

if TYPE_CHECKING:
    from debiteur_desk.services.book_choice import BookPlace
    from debiteur_desk.services.invoices import DeletedInvoice
    from debiteur_desk.ui.actions import WindowActions
    from debiteur_desk.ui.book_context import BookContext
    from debiteur_desk.ui.selection import Selection

# The services run on the worker thread and load there, on first use (see ui/lazy.py).
clients = lazy_module("debiteur_desk.services.clients")
invoices = lazy_module("debiteur_desk.services.invoices")
payments = lazy_module("debiteur_desk.services.payments")
reports = lazy_module("debiteur_desk.services.reports")
settings = lazy_module("debiteur_desk.services.settings")
smtp_send = lazy_module("debiteur_desk.services.smtp_send")
book_choice = lazy_module("debiteur_desk.services.book_choice")


class WindowCommands(QObject):
    language_chosen = Signal(str)  # in Settings
    book_chosen = Signal(object, str, str)  # in Settings: the book now open, language, note

    def __init__(
        self, window: QWidget, book: BookContext, selection: Selection, actions: WindowActions
    ) -> None:
        super().__init__(window)
        self.window = window
        self.book = book
        self.selection = selection
        self.actions = actions
        actions.new_invoice.triggered.connect(self.new_invoice)
        actions.new_client.triggered.connect(self.new_client)
        actions.record_payment.triggered.connect(self.record_payment)
        actions.delete_invoice.triggered.connect(self.delete_invoice)
        actions.open_client.triggered.connect(self.open_selected_client)
        actions.print.triggered.connect(self.print_view)
        actions.settings.triggered.connect(lambda: self.edit_settings(first_start=False))
        actions.about.triggered.connect(self.about)
        actions.vat_relief.triggered.connect(self.vat_relief)
        actions.interest_rates.triggered.connect(self.interest_rates)

    def update_enabled(self) -> None:
        s, a = self.selection, self.actions
        a.record_payment.setEnabled(s.client_in_view() is not None)
        a.open_client.setEnabled(s.selected_client_id() is not None)
        a.delete_invoice.setEnabled(s.selected_invoice() is not None)

    def _run(self, action: Any, done: str, changes: Change) -> None:
        self.book.ops.run(
            action,
            parent=self.window,
            on_success=lambda _r: self.book.notify(done),
            changes=changes,
        )

    # -- adding -----------------------------------------------------------------

    def new_invoice(self) -> None:
        """The dialog opens with the next invoice number suggested (read on the worker)."""
        db = self.book.db
        self.book.ops.run(
            lambda: invoices.suggested_invoice_number(db),
            parent=self.window,
            on_success=self._new_invoice,
        )

    def _new_invoice(self, suggested: str) -> None:
        dialog_class = late("debiteur_desk.ui.dialogs.invoice_dialog", "InvoiceDialog")
        dialog = dialog_class(
            self.window,
            self.selection.client_names(),
            client_id=self.selection.client_in_view(),
            suggested_number=suggested,
        )
        if ask(dialog):
            data, db = dialog.value, self.book.db
            self._run(
                lambda: invoices.add_invoice(db, data),
                self.tr("Invoice {number} added.").format(number=data.number),
                Change.INVOICES,
            )

    def new_client(self) -> None:
        """A new client is selected in the list and opened beside it once saved."""
        dialog_class = late("debiteur_desk.ui.dialogs.client_dialog", "ClientDialog")
        dialog = dialog_class(self.window)
        if ask(dialog):
            data, db = dialog.value, self.book.db

            def added(client_id: int) -> None:
                self.book.notify(self.tr("Client {name} added.").format(name=data.name))
                self.selection.select_when_shown(client_id)
                self.selection.pages.open(client_id, data.name)

            self.book.ops.run(
                lambda: clients.add_client(db, data),
                parent=self.window,
                on_success=added,
                changes=Change.CLIENTS,
            )

    def record_payment(self) -> None:
        client_id = self.selection.client_in_view()
        if client_id is None:
            return
        dialog_class = late("debiteur_desk.ui.dialogs.payment_dialog", "PaymentDialog")
        db = self.book.db

        def ask_amount(found: tuple[str, list[Any]]) -> None:
            name, open_invoices = found
            dialog = dialog_class(self.window, client_id, open_invoices, client_name=name)
            if ask(dialog):
                data = dialog.value
                self._run(
                    lambda: payments.record_payment(db, data),
                    self.tr("Payment of {amount} recorded.").format(
                        amount=money(int(data.amount * 100), self.book.language)
                    ),
                    Change.PAYMENTS,
                )

        self.book.ops.run(
            lambda: (
                clients.client_input_of(db, client_id).name,
                reports.list_invoices(db, client_id=client_id, status=reports.InvoiceFilter.OPEN),
            ),
            parent=self.window,
            on_success=ask_amount,
        )

    # -- deleting, with undo ----------------------------------------------------------

    def delete_invoice(self) -> None:
        line = self.selection.selected_invoice()
        if line is None:
            return
        lang = self.book.language
        answer = QMessageBox.question(
            self.window,
            self.tr("Delete invoice"),
            self.tr(
                "Delete invoice {number} of {client} ({amount})?\n\n"
                "Payments made on it become credit of the client. "
                "You can undo this right after."
            ).format(
                number=line.number, client=line.client_name, amount=money(line.amount_cents, lang)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db = self.book.db

        def deleted(snapshot: DeletedInvoice) -> None:
            self.book.undo.offer(
                self.tr("Invoice {number} deleted.").format(number=line.number),
                lambda: invoices.restore_invoice(db, snapshot),
                self.tr("Invoice {number} is back.").format(number=line.number),
                Change.INVOICES | Change.PAYMENTS,
            )

        self.book.ops.run(
            lambda: invoices.delete_invoice(db, line.id),
            parent=self.window,
            on_success=deleted,
            changes=Change.INVOICES | Change.PAYMENTS,
        )

    # -- the client view ----------------------------------------------------------------

    def open_selected_client(self) -> None:
        client_id = self.selection.selected_client_id()
        if client_id is not None:
            self.selection.pages.open(client_id, self.selection.client_name(client_id))

    # -- settings, printing, about --------------------------------------------------------

    def edit_settings(self, *, first_start: bool) -> None:
        db, keys = self.book.db, late("debiteur_desk.ui.settings_dialog", "SETTING_KEYS")

        def read() -> tuple[dict[str, object], BookPlace]:
            return {key: settings.read_setting(db, key) for key in keys}, book_choice.place_of(db)

        self.book.ops.run(
            read,
            parent=self.window,
            on_success=lambda found: self._ask_settings(*found, first_start),
        )

    def _ask_settings(
        self, current: dict[str, object], place: BookPlace, first_start: bool
    ) -> None:
        """Cancel means cancel: nothing is saved, and a first start asks again next time."""
        db, language = self.book.db, self.book.language
        dialog_class = late("debiteur_desk.ui.settings_dialog", "SettingsDialog")
        dialog = dialog_class(
            self.window, current, language, first_start=first_start, ops=self.book.ops,
            place=place,
        )  # fmt: skip
        if not ask(dialog):
            return
        values, password = dialog.values, dialog.smtp_password
        changed = {k: v for k, v in values.items() if v != current.get(k)}

        def save() -> None:
            for key, value in changed.items():
                settings.change_setting(db, key, value)
            if first_start:
                settings.change_setting(db, "app.first_start_done", True)
            if password is not None:  # in the system keyring, never in the book
                smtp_send.store_password_for(values, password)

        if changed or first_start or password is not None:
            self._run(save, self.tr("Settings saved."), Change.SETTINGS)
        if dialog.language != language:
            preferences.save_language(dialog.language)  # also for a window without a host
        if dialog.book_choice is not None:  # the window is built again on the other book
            move_book(
                self.book, self.window, dialog.book_choice, dialog.language, self.book_chosen.emit
            )
        elif dialog.language != language:
            self.language_chosen.emit(dialog.language)

    def print_view(self) -> None:
        view = self.selection.current_view()
        if view is None:
            return
        title = f"{view.title()} – Debiteur Desk"
        day = format_date(self.book.as_of(), self.book.language)
        subtitle = self.tr("As of {day}").format(day=day)
        printing = import_module("debiteur_desk.ui.printing")
        if printing.print_html(self.window, printing.table_html(title, subtitle, view)):
            self.book.notify(self.tr("Printed."))

    def vat_relief(self) -> None:
        dialog_class = late("debiteur_desk.ui.vat_relief_dialog", "VatReliefDialog")
        ask(dialog_class(self.window, self.book.ops, self.book.db, self.book.language))

    def interest_rates(self) -> None:
        dialog_class = late("debiteur_desk.ui.rates_dialog", "RatesDialog")
        ask(dialog_class(self.window, self.book.ops, self.book.db, self.book.language))

    def about(self) -> None:
        QMessageBox.about(
            self.window, self.tr("About Debiteur Desk"), about_text(self.book.db.display_name)
        )
