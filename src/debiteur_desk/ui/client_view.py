"""One client: details, payment behaviour, invoices and the timeline of everything that
happened, with the actions a user takes from here.

Every service call runs through ``Operations``; a change announces ``data_changed``, on
which the view reloads itself (and so does every other open view).
"""

from __future__ import annotations

import html
import importlib
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from debiteur_desk.domain import clock
from debiteur_desk.domain.letter_kinds import LetterKind
from debiteur_desk.services.book import Database
from debiteur_desk.services.client_detail import ClientDetail, client_detail
from debiteur_desk.services.clients import update_client
from debiteur_desk.services.disputes import (
    OpenDispute,
    open_dispute,
    open_dispute_of,
    resolve_dispute,
)
from debiteur_desk.services.handover import record_handover
from debiteur_desk.services.invoices import (
    InvoiceInput,
    add_credit_note,
    add_invoice,
    invoice_input_of,
    suggested_invoice_number,
    update_invoice,
    write_off,
)
from debiteur_desk.services.payments import record_payment, restore_payment
from debiteur_desk.services.reports import ClientRow, InvoiceRow, list_clients
from debiteur_desk.services.timeline import TimelineEvent, client_timeline
from debiteur_desk.text.formatting import format_money
from debiteur_desk.ui.changes import Change
from debiteur_desk.ui.client_invoices import ClientInvoicesPanel
from debiteur_desk.ui.client_page import ClientPage
from debiteur_desk.ui.client_summary import BehaviourBox, DetailsBox
from debiteur_desk.ui.dialogs.client_dialog import ClientDialog
from debiteur_desk.ui.dialogs.credit_note_dialog import CreditNoteDialog
from debiteur_desk.ui.dialogs.dispute_dialog import DisputeDialog, ResolveDisputeDialog
from debiteur_desk.ui.dialogs.handover_dialog import HandoverDialog
from debiteur_desk.ui.dialogs.invoice_dialog import InvoiceDialog
from debiteur_desk.ui.dialogs.payment_dialog import PaymentDialog
from debiteur_desk.ui.dialogs.write_off_dialog import WriteOffDialog
from debiteur_desk.ui.dossier_actions import DossierActions
from debiteur_desk.ui.event_box import EventChoice, show_event
from debiteur_desk.ui.icons import icon
from debiteur_desk.ui.labels import KINDS, label
from debiteur_desk.ui.modal import ask, box_parent
from debiteur_desk.ui.operations import Operations
from debiteur_desk.ui.payment_actions import ask_apply_credit, ask_delete_payment
from debiteur_desk.ui.plan_actions import ask_plan_broken, ask_plan_signed
from debiteur_desk.ui.privacy_actions import PrivacyActions
from debiteur_desk.ui.timeline_view import TimelineView

# Loaded when first opened (the letter window brings ReportLab).
PHONE_CALL = "debiteur_desk.ui.dialogs.phone_call"
PAYMENT_PLAN = "debiteur_desk.ui.dialogs.payment_plan"
LETTER = "debiteur_desk.ui.letters.letter_window"
CLAIM = "debiteur_desk.ui.claim_dialog"

CONCERNS = Change.EVERYTHING & ~Change.SETTINGS  # no setting shows on a client's page


class ClientView(QWidget):
    loaded = Signal()  # new data shown (after opening and after every change)
    # (what happened, the call that undoes it, what to say once undone, what it changes):
    # the window's Undo (``UndoSlot.offer``)
    undo_offered = Signal(str, object, str, object)

    def __init__(
        self,
        ops: Operations,
        db: Database,
        client_id: int,
        as_of: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops, self.db, self.client_id, self.as_of = ops, db, client_id, as_of
        self.language = ops.language
        self.detail: ClientDetail | None = None
        self.events: list[TimelineEvent] = []

        self.title = QLabel()
        self.totals = QLabel()
        self.edit_button = QPushButton(icon("client"), self.tr("Edit client…"))
        self.invoice_button = QPushButton(icon("new-invoice"), self.tr("New invoice…"))
        self.payment_button = QPushButton(icon("payment"), self.tr("Record payment…"))
        self.call_button = QPushButton(self.tr("Phone call…"))
        self.plan_button = QPushButton(self.tr("Payment plan…"))
        self.letter_button = QPushButton(self.tr("Make letter…"))
        self.claim_button = QPushButton(self.tr("Claim…"))
        self.claim_button.setToolTip(
            self.tr(
                "The claim as a court computes it: interest and costs included, payments "
                "applied to the costs, then the interest, then the principal (art. 6:44 "
                "BW). The open amounts here are the books' view: principal only."
            )
        )
        self.dossier = DossierActions(self, ops, db, client_id)
        self.privacy = PrivacyActions(self, ops, db, client_id)
        self.details = DetailsBox()
        self.behaviour = BehaviourBox(self.language)
        self.invoices = ClientInvoicesPanel(self.language)
        self.timeline = TimelineView(self.language)
        self._build()
        self._connect()
        self.reload()

    # -- layout ----------------------------------------------------------------------
    def _build(self) -> None:
        self.title.setWordWrap(True)
        self.totals.setWordWrap(True)
        self.page = ClientPage(
            head=(self.title, self.totals),
            actions=(
                self.edit_button,
                self.invoice_button,
                self.payment_button,
                self.call_button,
                self.plan_button,
                self.letter_button,
                self.claim_button,
                self.dossier.button,
                self.privacy.button,
            ),
            side=(self.behaviour, self.details),
            tables=(
                self._titled(self.tr("Invoices"), self.invoices),
                self._titled(self.tr("Timeline"), self.timeline),
            ),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page)

    @staticmethod
    def _titled(title: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(QLabel(f"<b>{title}</b>"))
        layout.addWidget(widget, 1)
        return box

    def _connect(self) -> None:
        self.ops.data_changed.connect(self._data_changed)
        self.edit_button.clicked.connect(self.edit_client)
        self.invoice_button.clicked.connect(self.new_invoice)
        self.payment_button.clicked.connect(self.record_payment)
        self.call_button.clicked.connect(self.phone_call)
        self.plan_button.clicked.connect(lambda: self.payment_plan())
        self.letter_button.clicked.connect(lambda: self.make_letter())
        self.claim_button.clicked.connect(self.show_claim)
        self.invoices.edit_requested.connect(self.edit_invoice)
        self.invoices.credit_requested.connect(self.credit_note)
        self.invoices.apply_credit_requested.connect(self.apply_credit)
        self.invoices.handover_requested.connect(self.hand_over)
        self.invoices.write_off_requested.connect(self.write_off)
        self.invoices.dispute_requested.connect(self.dispute)
        self.invoices.resolve_dispute_requested.connect(self.resolve_dispute)
        self.timeline.event_activated.connect(self.open_event)

    # -- data ------------------------------------------------------------------------
    def _data_changed(self, changes: Change) -> None:
        if changes & CONCERNS:
            self.reload()

    def reload(self) -> None:
        db, client_id, as_of = self.db, self.client_id, self.as_of
        self.ops.run(
            lambda: (client_detail(db, client_id, as_of), client_timeline(db, client_id)),
            parent=self,
            on_success=self._show,
        )

    def _show(self, result: tuple[ClientDetail, list[TimelineEvent]]) -> None:
        if not isValid(self):  # the tab was closed while the data was being read
            return
        detail, self.events = result
        self.detail = detail
        client, lang = detail.client, self.language
        self.title.setText(
            f"<span style='font-size:15pt; font-weight:bold'>{html.escape(client.name)}</span>"
            f"&nbsp;&nbsp;<span style='color:#555'>{label(KINDS, client.kind.value)}"
            f"{' · ' + html.escape(client.city) if client.city else ''}</span>"
        )
        overdue = format_money(detail.overdue_total, lang)
        if detail.overdue_total:
            overdue = f"<b style='color:#b3261e'>{overdue}</b>"
        self.totals.setText(
            self.tr("Open {open} · of which overdue {overdue} · credit {credit}").format(
                open=f"<b>{format_money(detail.open_total, lang)}</b>",
                overdue=overdue,
                credit=format_money(detail.credit, lang),
            )
        )
        self.details.show_client(client)
        self.behaviour.show_behaviour(detail.behaviour, detail.days_late)
        QTimer.singleShot(0, self.page, self.page.refit)  # once the new text is laid out
        self.invoices.set_detail(detail)
        self.timeline.set_events(self.events, self.as_of)
        self.loaded.emit()

    def _save(
        self,
        action: Callable[[], object],
        changes: Change,
        then: Callable[[object], None] | None = None,
    ) -> None:
        """Run a change; ``data_changed`` follows, and with it a reload. Refused (e.g. the
        client was changed in another window meanwhile): said, and the page read again."""
        self.ops.run(
            action, parent=self, on_success=then, on_failure=self._refused, changes=changes
        )

    def _refused(self, error: Exception) -> None:
        self.ops.show_error(error, self)
        self.reload()

    # -- actions ---------------------------------------------------------------------
    def edit_client(self) -> None:
        if self.detail is None:
            return
        seen = self.detail.client
        dialog = ClientDialog(self, seen)
        if ask(dialog):
            value, db, client_id = dialog.value, self.db, self.client_id
            self._save(lambda: update_client(db, client_id, value, based_on=seen), Change.CLIENTS)

    def new_invoice(self) -> None:
        db = self.db
        self.ops.run(
            lambda: (list_clients(db), suggested_invoice_number(db)),
            parent=self,
            on_success=lambda found: self._new_invoice(*found),
        )

    def _new_invoice(self, clients: list[ClientRow], suggested: str) -> None:
        terms = {self.client_id: self.detail.client.payment_term_days} if self.detail else {}
        dialog = InvoiceDialog(
            self,
            [(c.id, c.name) for c in clients],
            client_id=self.client_id,
            payment_terms=terms,
            suggested_number=suggested,
        )
        if ask(dialog):
            value, db = dialog.value, self.db
            self._save(lambda: add_invoice(db, value), Change.INVOICES)

    def edit_invoice(self, invoice_id: int) -> None:
        db = self.db
        self.ops.run(
            lambda: (invoice_input_of(db, invoice_id), list_clients(db)),
            parent=self,
            on_success=lambda result: self._edit_invoice(invoice_id, *result),
        )

    def _edit_invoice(
        self, invoice_id: int, initial: InvoiceInput, clients: list[ClientRow]
    ) -> None:
        dialog = InvoiceDialog(self, [(c.id, c.name) for c in clients], initial)
        if ask(dialog):
            value, db = dialog.value, self.db
            self._save(
                lambda: update_invoice(db, invoice_id, value, based_on=initial), Change.INVOICES
            )

    def record_payment(self) -> None:
        if self.detail is None:
            return
        dialog = PaymentDialog(
            self, self.client_id, self.detail.open_invoices, client_name=self.detail.client.name
        )
        if ask(dialog):
            value, db = dialog.value, self.db
            self._save(lambda: record_payment(db, value), Change.PAYMENTS)

    def apply_credit(self) -> None:
        credit = format_money(self.detail.credit, self.language) if self.detail else ""
        action = ask_apply_credit(self, self.db, self.client_id, credit)
        if action is not None:
            self._save(action, Change.PAYMENTS)

    def hand_over(self) -> None:
        if self.detail is None:
            return
        dialog = HandoverDialog(
            self, self.client_id, self.detail.client.name, self.detail.overdue_total
        )
        if ask(dialog):
            value, db = dialog.value, self.db
            # The dossier for whoever takes the file on, made once the hand-over is recorded.
            make_dossier = self.dossier.make
            self._save(
                lambda: record_handover(db, value), Change.INVOICES, lambda _id: make_dossier()
            )

    def credit_note(self, invoice: InvoiceRow) -> None:
        dialog = CreditNoteDialog(self, invoice)
        if ask(dialog):
            v, db = dialog.value, self.db
            self._save(
                lambda: add_credit_note(db, invoice.id, v.number, v.issued_on, v.amount, v.reason),
                Change.INVOICES,
            )

    def write_off(self, invoice: InvoiceRow) -> None:
        dialog = WriteOffDialog(self, invoice)
        if ask(dialog):
            v, db = dialog.value, self.db
            self._save(lambda: write_off(db, invoice.id, v.on, v.reason), Change.INVOICES)

    def dispute(self, invoice: InvoiceRow) -> None:
        """The client disputes the invoice: it leaves the worklist until resolved."""
        dialog = DisputeDialog(self, invoice)
        if ask(dialog):
            v, db = dialog.value, self.db
            self._save(
                lambda: open_dispute(db, invoice.id, v.opened_on, v.reason, v.note),
                Change.INVOICES,
            )

    def resolve_dispute(self, invoice: InvoiceRow) -> None:
        """Read what the dispute is about (off the GUI thread), then ask how it ended."""
        db = self.db
        self.ops.run(
            lambda: open_dispute_of(db, invoice.id),
            parent=self,
            on_success=lambda found: self._resolve_dispute(invoice, found),
        )

    def _resolve_dispute(self, invoice: InvoiceRow, found: OpenDispute | None) -> None:
        if not isValid(self):
            return
        opened_on, reason = (found.opened_on, found.reason) if found else (None, None)
        dialog = ResolveDisputeDialog(self, invoice, opened_on, reason)
        if ask(dialog):
            v, db = dialog.value, self.db
            self._save(
                lambda: resolve_dispute(
                    db, invoice.id, v.resolved_on, v.outcome, v.note, v.credit_note_number
                ),
                Change.INVOICES,
            )

    def phone_call(self) -> None:
        """The collection issue's call dialog; a plan agreed in it opens the plan dialog."""
        from debiteur_desk.services.agreements import call_info, record_phone_call

        db, client_id = self.db, self.client_id
        self.ops.run(
            lambda: call_info(db, client_id),
            parent=self,
            on_success=lambda info: self._phone_call(info, record_phone_call),
        )

    def _phone_call(self, info: object, record: Callable[..., object]) -> None:
        module = importlib.import_module(PHONE_CALL)
        open_invoices = self.detail.open_invoices if self.detail else []
        dialog = module.PhoneCallDialog(self, info, open_invoices)
        if not ask(dialog):
            return
        value, db = dialog.value, self.db
        # The seeds' advice: confirm what was agreed in writing, right away.
        confirm = value.promise is not None
        self._save(
            lambda: record(db, value),
            Change.PLANS,
            then=(lambda _r: self.make_letter(LetterKind.AGREEMENT_CONFIRMATION))
            if confirm
            else None,
        )
        if dialog.wants_payment_plan:
            self.payment_plan(dialog.invoice_ids)

    def make_letter(self, kind: LetterKind | None = None) -> None:
        """The letter window; without a kind it opens on the client's next step."""
        module = importlib.import_module(LETTER)
        window = module.LetterWindow(
            self.ops, self.db, self.client_id, kind=kind, today=self.as_of, parent=self
        )
        ask(window)

    def show_claim(self) -> None:
        """The claim as a court computes it, as of the window's day (issue 13)."""
        module = importlib.import_module(CLAIM)
        ask(module.ClaimDialog(self, self.ops, self.db, self.language, self.client_id, self.as_of))

    def renegotiate_plan(self, plan_id: int) -> None:
        """A new plan for the same invoices; the old one stays in the history as replaced."""
        from debiteur_desk.services.payment_plans import plan_view

        db, as_of = self.db, self.as_of
        self.ops.run(
            lambda: plan_view(db, plan_id, as_of).invoice_ids,
            parent=self,
            on_success=lambda invoice_ids: self.payment_plan(invoice_ids, replaces=plan_id),
        )

    def payment_plan(self, invoice_ids: tuple[int, ...] = (), replaces: int | None = None) -> None:
        """The collection issue's plan dialog, for the given (or all) open invoices."""
        from debiteur_desk.services import payment_plans

        if self.detail is None:
            return
        invoices = [
            row for row in self.detail.open_invoices if not invoice_ids or row.id in invoice_ids
        ]
        if not invoices:
            QMessageBox.information(
                box_parent(self), "Debiteur Desk", self.tr("This client has no open invoices.")
            )
            return
        db, ids = self.db, tuple(row.id for row in invoices)
        self.ops.run(
            lambda: payment_plans.plan_additions(db, ids, clock.today(), replacing=replaces),
            parent=self,
            on_success=lambda additions: self._payment_plan(
                invoices,
                additions,
                payment_plans.create_payment_plan
                if replaces is None
                else lambda db, value: payment_plans.renegotiate_plan(db, replaces, value),
            ),
        )

    def _payment_plan(
        self, invoices: list[InvoiceRow], additions: object, create: Callable[..., object]
    ) -> None:
        module = importlib.import_module(PAYMENT_PLAN)
        kind = self.detail.client.kind.value if self.detail else "business"
        dialog = module.PaymentPlanDialog(self, self.client_id, kind, invoices, additions)
        if ask(dialog):
            value, db = dialog.value, self.db
            # The plan is a draft until both sign: make the agreement to sign straight away.
            then = lambda _r: self.make_letter(LetterKind.PAYMENT_PLAN)  # noqa: E731
            self._save(lambda: create(db, value), Change.PLANS, then=then)

    def open_event(self, event: TimelineEvent) -> None:
        """An invoice opens for editing; anything else shows its details, read-only."""
        if event.ref_kind == "invoice":
            self.edit_invoice(event.ref_id)
            return
        choice = show_event(self, event, self.language)
        if choice is EventChoice.DELETE_PAYMENT:
            self.delete_payment(event)
        elif choice is EventChoice.PLAN_SIGNED:
            self.plan_signed(event.ref_id)
        elif choice is EventChoice.PLAN_BROKEN:
            self.plan_broken(event.ref_id)
        elif choice is EventChoice.PLAN_RENEGOTIATE:
            self.renegotiate_plan(event.ref_id)

    def delete_payment(self, event: TimelineEvent) -> None:
        """A payment entered by mistake: its invoices open again; Undo puts it back."""
        amount = format_money(event.amount or 0, self.language)
        db = self.db
        action = ask_delete_payment(self, db, event.ref_id, amount)
        if action is None:
            return

        def offer_undo(snapshot: object) -> None:
            self.undo_offered.emit(
                self.tr("payment of {amount} deleted").format(amount=amount),
                lambda: restore_payment(db, snapshot),
                self.tr("Payment of {amount} is back.").format(amount=amount),
                Change.PAYMENTS,
            )

        self._save(action, Change.PAYMENTS, then=offer_undo)

    def plan_signed(self, plan_id: int) -> None:
        if action := ask_plan_signed(self, self.db, plan_id, self.as_of):
            self._save(action, Change.PLANS)

    def plan_broken(self, plan_id: int) -> None:
        if action := ask_plan_broken(self, self.db, plan_id, self.as_of):
            self._save(action, Change.PLANS)
