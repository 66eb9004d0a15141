"""What the main window's actions do: open a dialog, then run the service via Operations.

The dialogs, the client view and printing are imported on first use: that keeps them
(and the letters they pull in) out of the start-up time; so are the services, on the
worker thread (``ui/lazy.py``).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from debiteur_desk.ui import preferences
from debiteur_desk.ui.about import about_text
from debiteur_desk.ui.icons import icon
from debiteur_desk.ui.lazy import lazy_module
from debiteur_desk.ui.modal import ask
from debiteur_desk.ui.models.cells import money

if TYPE_CHECKING:
    from debiteur_desk.services.invoices import DeletedInvoice
    from debiteur_desk.ui.main_window import MainWindow

# The services run on the worker thread and load there, on first use (see ui/lazy.py).
clients = lazy_module("debiteur_desk.services.clients")
invoices = lazy_module("debiteur_desk.services.invoices")
payments = lazy_module("debiteur_desk.services.payments")
reports = lazy_module("debiteur_desk.services.reports")
settings = lazy_module("debiteur_desk.services.settings")

# What a client's page gets when it opens beside the list, at least: its actions on two
# lines, its invoices readable. On a large screen it gets a little over half.
CLIENT_PANE_WIDTH = 600


def _late(module: str, name: str) -> Any:
    return getattr(import_module(f"debiteur_desk.ui.{module}"), name)


class WindowCommands(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        a = window.actions
        a.new_invoice.triggered.connect(self.new_invoice)
        a.new_client.triggered.connect(self.new_client)
        a.record_payment.triggered.connect(self.record_payment)
        a.delete_invoice.triggered.connect(self.delete_invoice)
        a.open_client.triggered.connect(self.open_selected_client)
        a.print.triggered.connect(self.print_view)
        a.settings.triggered.connect(lambda: self.edit_settings(first_start=False))
        a.about.triggered.connect(self.about)
        a.vat_relief.triggered.connect(self.vat_relief)
        a.interest_rates.triggered.connect(self.interest_rates)
        window.overview.activated.connect(self.open_client)
        window.worklist.activated.connect(self.open_client)
        window.invoices.activated.connect(self._open_invoice_client)
        window.overview.add_context_actions(a.open_client, a.record_payment, a.new_invoice)
        window.invoices.add_context_actions(a.open_client, a.record_payment, a.delete_invoice)
        window.worklist.add_context_actions(a.open_client, a.record_payment)
        for panel in (window.overview, window.invoices, window.worklist):
            panel.view.selectionModel().selectionChanged.connect(self.update_enabled)
            panel.model.modelReset.connect(self.update_enabled)
        window.client_tabs.currentChanged.connect(self.update_enabled)
        self.update_enabled()

    # -- selection ----------------------------------------------------------------

    def selected_client_id(self) -> int | None:
        w = self.w
        current = w.tabs.currentWidget()
        if current is w.invoices:
            invoice_id = w.invoices.current_id()
            line = w.invoices.line(invoice_id) if invoice_id is not None else None
            return line.client_id if line else None
        if current in (w.overview, w.worklist):
            return current.current_id()
        return None

    def client_in_view(self) -> int | None:
        """The client window-level actions act on: the one whose page is open beside the
        tables, otherwise the one selected in the list."""
        tabs = self.w.client_tabs
        page = tabs.currentWidget() if not tabs.isHidden() else None
        if page is not None:
            return int(page.property("client_id"))
        return self.selected_client_id()

    def selected_invoice_id(self) -> int | None:
        w = self.w
        return w.invoices.current_id() if w.tabs.currentWidget() is w.invoices else None

    def update_enabled(self) -> None:
        a = self.w.actions
        a.record_payment.setEnabled(self.client_in_view() is not None)
        a.open_client.setEnabled(self.selected_client_id() is not None)
        a.delete_invoice.setEnabled(self.selected_invoice_id() is not None)

    def _run(self, action: Any, done: str, **kw: Any) -> None:
        self.w.ops.run(action, parent=self.w, on_success=lambda _r: self.w.notify(done), **kw)

    # -- adding -----------------------------------------------------------------

    def new_invoice(self) -> None:
        """The dialog opens with the next invoice number suggested (read on the worker)."""
        db = self.w.db
        self.w.ops.run(
            lambda: invoices.suggested_invoice_number(db),
            parent=self.w,
            on_success=self._new_invoice,
            changes_data=False,
        )

    def _new_invoice(self, suggested: str) -> None:
        dialog_class = _late("dialogs.invoice_dialog", "InvoiceDialog")
        dialog = dialog_class(
            self.w,
            self.w.overview.clients(),
            client_id=self.client_in_view(),
            suggested_number=suggested,
        )
        if ask(dialog):
            data, db = dialog.value, self.w.db
            self._run(
                lambda: invoices.add_invoice(db, data),
                self.tr("Invoice {number} added.").format(number=data.number),
            )

    def new_client(self) -> None:
        """A new client is selected in the list and opened beside it once saved."""
        dialog_class = _late("dialogs.client_dialog", "ClientDialog")
        dialog = dialog_class(self.w)
        if ask(dialog):
            data, db = dialog.value, self.w.db

            def added(client_id: int) -> None:
                self.w.notify(self.tr("Client {name} added.").format(name=data.name))
                self.w.select_after_refresh(client_id)
                self.open_client(client_id, data.name)

            self.w.ops.run(lambda: clients.add_client(db, data), parent=self.w, on_success=added)

    def record_payment(self) -> None:
        client_id = self.client_in_view()
        if client_id is None:
            return
        dialog_class = _late("dialogs.payment_dialog", "PaymentDialog")
        db = self.w.db

        def ask_amount(found: tuple[str, list[Any]]) -> None:
            name, open_invoices = found
            dialog = dialog_class(self.w, client_id, open_invoices, client_name=name)
            if ask(dialog):
                data = dialog.value
                self._run(
                    lambda: payments.record_payment(db, data),
                    self.tr("Payment of {amount} recorded.").format(
                        amount=money(int(data.amount * 100), self.w.language)
                    ),
                )

        self.w.ops.run(
            lambda: (
                clients.client_input_of(db, client_id).name,
                reports.list_invoices(db, client_id=client_id, status=reports.InvoiceFilter.OPEN),
            ),
            parent=self.w,
            on_success=ask_amount,
            changes_data=False,
        )

    # -- deleting, with undo ----------------------------------------------------------

    def delete_invoice(self) -> None:
        invoice_id = self.selected_invoice_id()
        line = self.w.invoices.line(invoice_id) if invoice_id is not None else None
        if line is None:
            return
        lang = self.w.language
        answer = QMessageBox.question(
            self.w,
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
        db = self.w.db

        def deleted(snapshot: DeletedInvoice) -> None:
            self.w.undo.offer(
                self.tr("Invoice {number} deleted.").format(number=line.number),
                lambda: invoices.restore_invoice(db, snapshot),
                self.tr("Invoice {number} is back.").format(number=line.number),
            )

        self.w.ops.run(
            lambda: invoices.delete_invoice(db, line.id), parent=self.w, on_success=deleted
        )

    # -- the client view ----------------------------------------------------------------

    def open_selected_client(self) -> None:
        client_id = self.selected_client_id()
        if client_id is not None:
            self.open_client(client_id)

    def _open_invoice_client(self, invoice_id: int) -> None:
        line = self.w.invoices.line(invoice_id)
        if line is not None:
            self.open_client(line.client_id)

    def open_client(self, client_id: int, name: str | None = None) -> None:
        tabs = self.w.client_tabs
        for i in range(tabs.count()):
            if tabs.widget(i).property("client_id") == client_id:
                tabs.setCurrentIndex(i)
                return
        view_class = _late("client_view", "ClientView")
        view: QWidget = view_class(self.w.ops, self.w.db, client_id, self.w.as_of, parent=None)
        view.setProperty("client_id", client_id)
        view.undo_offered.connect(self.w.undo.offer)
        title = name or dict(self.w.overview.clients()).get(client_id, str(client_id))
        index = tabs.addTab(view, icon("client"), title)
        tabs.setCurrentIndex(index)
        if not tabs.isVisible():
            tabs.show()
            total = sum(self.w.splitter.sizes())
            client = max(CLIENT_PANE_WIDTH, total * 11 // 20)  # the list keeps the rest
            self.w.splitter.setSizes([total - client, client])
        self.update_enabled()  # the actions now follow this client

    # -- settings, printing, about --------------------------------------------------------

    def edit_settings(self, *, first_start: bool) -> None:
        db, keys = self.w.db, _late("settings_dialog", "SETTING_KEYS")

        def read() -> dict[str, object]:
            return {key: settings.read_setting(db, key) for key in keys}

        self.w.ops.run(
            read,
            parent=self.w,
            on_success=lambda current: self._ask_settings(current, first_start),
            changes_data=False,
        )

    def _ask_settings(self, current: dict[str, object], first_start: bool) -> None:
        """Cancel means cancel: nothing is saved, and a first start asks again next time."""
        db, language = self.w.db, self.w.language
        dialog_class = _late("settings_dialog", "SettingsDialog")
        dialog = dialog_class(self.w, current, language, first_start=first_start)
        if not ask(dialog):
            return
        changed = {k: v for k, v in dialog.values.items() if v != current.get(k)}

        def save() -> None:
            for key, value in changed.items():
                settings.change_setting(db, key, value)
            if first_start:
                settings.change_setting(db, "app.first_start_done", True)

        if changed or first_start:
            self.w.ops.run(
                save,
                parent=self.w,
                on_success=lambda _r: (
                    self.w.notify(self.tr("Settings saved.")),
                    self.w.check_company_details(),
                ),
            )
        if dialog.language != language:
            preferences.save_language(dialog.language)  # also for a window without a host
            self.w.language_chosen.emit(dialog.language)

    def print_view(self) -> None:
        w = self.w
        panel = w.tabs.currentWidget()
        if panel not in (w.overview, w.invoices, w.worklist):
            return
        title = f"{w.tabs.tabText(w.tabs.currentIndex()).replace('&', '')} – Debiteur Desk"
        subtitle = self.tr("As of {day}").format(day=w.filter_bar.as_of.text())
        printing = import_module("debiteur_desk.ui.printing")
        if printing.print_html(w, printing.table_html(title, subtitle, panel)):
            w.notify(self.tr("Printed."))

    def vat_relief(self) -> None:
        dialog_class = _late("vat_relief_dialog", "VatReliefDialog")
        ask(dialog_class(self.w, self.w.ops, self.w.db, self.w.language))

    def interest_rates(self) -> None:
        dialog_class = _late("rates_dialog", "RatesDialog")
        ask(dialog_class(self.w, self.w.ops, self.w.db, self.w.language))

    def about(self) -> None:
        QMessageBox.about(
            self.w, self.tr("About Debiteur Desk"), about_text(self.w.db.display_name)
        )
