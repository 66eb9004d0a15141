"""Record a phone call: who, when, how it went, the reason given and what was agreed.

Call first, ask why, agree a new deadline or a payment plan (the seeds' advice). The
dialog collects a :class:`PhoneCallInput`; the caller runs ``record_phone_call`` and, when
:attr:`PhoneCallDialog.wants_payment_plan` is set, opens the plan dialog for
:attr:`PhoneCallDialog.invoice_ids`.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from debiteur_desk.domain import clock
from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.domain.promises import CallOutcome, CallReason
from debiteur_desk.services.agreements import ClientCallInfo, PhoneCallInput, PromiseInput
from debiteur_desk.services.reports import InvoiceRow
from debiteur_desk.ui.dialogs.fields import (
    AmountField,
    DateField,
    FormDialog,
    ValidatedLineEdit,
    date_text,
    error_text,
    money_text,
)
from debiteur_desk.ui.screen_fit import fit_to_screen

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ZERO = Decimal("0.00")
NO_AGREEMENT, PROMISE, PLAN = 0, 1, 2


def _email(text: str) -> str:
    if not _EMAIL.match(text.strip()):
        raise InvalidInput("call_email_invalid", text=text.strip())
    return text.strip()


class InvoiceChecklist(QTableWidget):
    """The client's open invoices, each with a tick: which ones the call was about."""

    def __init__(self, invoices: list[InvoiceRow], parent: QWidget | None = None) -> None:
        super().__init__(len(invoices), 3, parent)
        self.invoices = invoices
        self.setHorizontalHeaderLabels([self.tr("Invoice"), self.tr("Due date"), self.tr("Open")])
        self.verticalHeader().hide()
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, invoice in enumerate(invoices):
            number = QTableWidgetItem(invoice.number)
            number.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            number.setCheckState(Qt.CheckState.Checked)
            self.setItem(row, 0, number)
            self.setItem(row, 1, QTableWidgetItem(date_text(invoice.due_date)))
            amount = QTableWidgetItem(money_text(invoice.open))
            amount.setTextAlignment(_RIGHT)
            self.setItem(row, 2, amount)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        rows = self.verticalHeader().defaultSectionSize() * min(max(len(invoices), 1), 4)
        self.setFixedHeight(self.horizontalHeader().sizeHint().height() + rows + 4)

    def set_checked(self, row: int, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.item(row, 0).setCheckState(state)

    def checked(self) -> list[InvoiceRow]:
        return [
            invoice
            for row, invoice in enumerate(self.invoices)
            if self.item(row, 0).checkState() == Qt.CheckState.Checked
        ]


class PhoneCallDialog(FormDialog):
    """Collects a :class:`PhoneCallInput`; the caller runs ``record_phone_call``."""

    def __init__(
        self, parent: QWidget | None, client: ClientCallInfo, open_invoices: list[InvoiceRow]
    ) -> None:
        super().__init__(parent, "")
        self.setWindowTitle(self.tr("Phone call with {name}").format(name=client.name))
        self.client = client
        invoices = sorted(open_invoices, key=lambda row: (row.due_date, row.number))
        self._amount_by_hand = False

        self.contact_name = ValidatedLineEdit()
        self.contact_name.setText(client.contact_person)
        self.phone_number = ValidatedLineEdit()
        self.phone_number.setText(client.phone)
        self.call_date = DateField()
        self.call_date.set_date(clock.today())
        self.call_time = QTimeEdit(QTime.currentTime())
        self.call_time.setDisplayFormat("HH:mm")
        self.outcome = QComboBox()
        for text, outcome in (
            (self.tr("Reached"), CallOutcome.REACHED),
            (self.tr("Not reached"), CallOutcome.NOT_REACHED),
            (self.tr("Voicemail"), CallOutcome.VOICEMAIL),
            (self.tr("Wrong number"), CallOutcome.WRONG_NUMBER),
        ):
            self.outcome.addItem(text, outcome.value)
        self.reason = QComboBox()
        self.reason.addItem(self.tr("No reason given"), "")
        for text, reason in (
            (self.tr("Forgot"), CallReason.FORGOT),
            (self.tr("Did not receive the invoice"), CallReason.NOT_RECEIVED),
            (self.tr("Dispute about the goods or service"), CallReason.DISPUTE),
            (self.tr("Cash-flow problems"), CallReason.CASH_FLOW),
            (self.tr("Waiting for their own customer"), CallReason.WAITING_FOR_CUSTOMER),
            (self.tr("Bankruptcy looming"), CallReason.BANKRUPTCY),
            (self.tr("Other"), CallReason.OTHER),
        ):
            self.reason.addItem(text, reason.value)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("What was said"))
        self.notes.setFixedHeight(54)
        self.invoice_list = InvoiceChecklist(invoices)
        self.invoice_problem = QLabel()
        self.invoice_problem.setStyleSheet("color: #b3261e;")
        self.invoice_problem.hide()

        self.resend = QCheckBox(
            self.tr("Send the invoices again by email (marked as sent on the day of the call)")
        )
        self.email = ValidatedLineEdit(_email)
        self.email.setText(client.email)
        self.not_received_box = QGroupBox(self.tr("Not received"))
        resend_form = QFormLayout(self.not_received_box)
        resend_form.addRow(self.resend)
        resend_form.addRow(self.tr("Email address"), self.email)
        self.dispute_note = QLabel(
            self.tr(
                "The ticked invoices will be marked disputed: no further collection steps "
                "until the dispute is resolved."
            )
        )
        self.dispute_note.setWordWrap(True)

        self.agreement_box = self._agreement_box()
        self._build(invoices)
        self.outcome.currentIndexChanged.connect(self._update)
        self.reason.currentIndexChanged.connect(self._update)
        self.invoice_list.itemChanged.connect(self._invoices_changed)
        self.promise_amount.line_edit.textEdited.connect(self._typed_amount)
        self.watch(
            self.call_date.changed,
            self.email.changed,
            self.resend.toggled,
            self.promise_amount.changed,
            self.promise_date.changed,
        )
        self.choice.idToggled.connect(self._update)
        self.finish(self._layout)
        self._invoices_changed()
        self._update()
        fit_to_screen(self, 960, 480)

    # -- building -----------------------------------------------------------------------
    def _agreement_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Agreement"))
        self.no_agreement = QRadioButton(self.tr("No agreement"))
        self.promise_option = QRadioButton(self.tr("Promise to pay by a new deadline"))
        self.plan_option = QRadioButton(
            self.tr("Set up a payment plan (the plan dialog opens next)")
        )
        self.choice = QButtonGroup(box)
        for number, button in enumerate((self.no_agreement, self.promise_option, self.plan_option)):
            self.choice.addButton(button, number)
        self.no_agreement.setChecked(True)
        self.promise_amount = AmountField()
        self.promise_date = DateField()
        self.one_time = QCheckBox(self.tr("A one-time exception (said so on the phone)"))
        self.one_time.setChecked(True)
        grid = QGridLayout(box)
        grid.addWidget(self.no_agreement, 0, 0, 1, 4)
        grid.addWidget(self.promise_option, 1, 0, 1, 4)
        grid.addWidget(QLabel(self.tr("Amount")), 2, 1)
        grid.addWidget(self.promise_amount, 2, 2)
        grid.addWidget(QLabel(self.tr("New deadline")), 3, 1)
        grid.addWidget(self.promise_date, 3, 2)
        grid.addWidget(self.one_time, 4, 1, 1, 3)
        grid.addWidget(self.plan_option, 5, 0, 1, 4)
        grid.setColumnMinimumWidth(0, 16)
        grid.setColumnStretch(3, 1)
        return box

    def _build(self, invoices: list[InvoiceRow]) -> None:
        when = QHBoxLayout()
        when.addWidget(self.call_date)
        when.addWidget(self.call_time)
        when.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Contact person"), self.contact_name)
        form.addRow(self.tr("Phone number"), self.phone_number)
        form.addRow(self.tr("When *"), when)
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(self.tr("Reason given"), self.reason)
        form.addRow(self.tr("Notes"), self.notes)
        heading = QLabel(
            self.tr("<b>{name}</b> · {phone}").format(
                name=self.client.name, phone=self.client.phone or self.tr("no number known")
            )
        )
        left = QVBoxLayout()
        left.addWidget(heading)
        left.addLayout(form)
        left.addWidget(QLabel(self.tr("<b>Invoices discussed</b>")))
        if invoices:
            left.addWidget(self.invoice_list)
        else:
            left.addWidget(QLabel(self.tr("This client has no open invoices.")))
        left.addWidget(self.invoice_problem)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.not_received_box)
        right.addWidget(self.dispute_note)
        right.addWidget(self.agreement_box)
        right.addStretch(1)
        self._layout = QHBoxLayout()
        self._layout.addLayout(left, 1)
        self._layout.addSpacing(12)
        self._layout.addLayout(right, 1)

    # -- reacting -----------------------------------------------------------------------
    @property
    def _reached(self) -> bool:
        return CallOutcome(self.outcome.currentData()) is CallOutcome.REACHED

    @property
    def _chosen_reason(self) -> CallReason | None:
        data = self.reason.currentData()
        return CallReason(data) if data and self._reached else None

    def _update(self, *_args: object) -> None:
        reason = self._chosen_reason
        self.reason.setEnabled(self._reached)
        self.not_received_box.setVisible(reason is CallReason.NOT_RECEIVED)
        self.dispute_note.setVisible(reason is CallReason.DISPUTE)
        can_agree = self._reached and reason is not CallReason.DISPUTE
        self.agreement_box.setEnabled(can_agree)
        if not can_agree:
            self.no_agreement.setChecked(True)
        promise = self.choice.checkedId() == PROMISE
        for widget in (self.promise_amount, self.promise_date, self.one_time):
            widget.setEnabled(can_agree and promise)
        if promise and self.promise_date.date is None and self.call_date.date is not None:
            self.promise_date.set_date(self.call_date.date + timedelta(days=7))
        self.revalidate()

    def _typed_amount(self, _text: str) -> None:
        self._amount_by_hand = True

    def _invoices_changed(self, *_args: object) -> None:
        if not self._amount_by_hand:
            total = sum((i.open for i in self.invoice_list.checked()), ZERO)
            self.promise_amount.set_amount(total if total > 0 else None)
        self.revalidate()

    # -- validity and the result --------------------------------------------------------
    def _problems(self) -> tuple[InvalidInput | None, InvalidInput | None, InvalidInput | None]:
        """(invoices, promise amount, promise date) problems that need several fields."""
        reason, choice = self._chosen_reason, self.choice.checkedId()
        ticked = self.invoice_list.checked()
        needs_invoices = None
        if not ticked:
            if reason is CallReason.DISPUTE:
                needs_invoices = InvalidInput("call_dispute_needs_invoices")
            elif reason is CallReason.NOT_RECEIVED and self.resend.isChecked():
                needs_invoices = InvalidInput("call_resend_needs_invoices")
            elif choice == PROMISE:
                needs_invoices = InvalidInput("promise_needs_invoices")
            elif choice == PLAN:
                needs_invoices = InvalidInput("plan_needs_invoices")
        amount = date_problem = None
        if choice == PROMISE and self._reached:
            owed = sum((i.open for i in ticked), ZERO)
            promised = self.promise_amount.amount
            if promised is not None and ticked and promised > owed:
                amount = InvalidInput("promise_exceeds_open")
            day, called = self.promise_date.date, self.call_date.date
            if day is not None and called is not None and day < called:
                date_problem = InvalidInput("promise_date_past")
        return needs_invoices, amount, date_problem

    def is_valid(self) -> bool:
        invoices, amount, day = self._problems()
        self.invoice_problem.setText("" if invoices is None else error_text(invoices))
        self.invoice_problem.setVisible(invoices is not None)
        self.promise_amount.set_problem(amount)
        self.promise_date.set_problem(day)
        fields = [self.call_date]
        if self._chosen_reason is CallReason.NOT_RECEIVED:
            fields.append(self.email)
        if self._reached and self.choice.checkedId() == PROMISE:
            fields += [self.promise_amount, self.promise_date]
        return invoices is None and all(f.is_valid for f in fields)

    @property
    def wants_payment_plan(self) -> bool:
        """The user chose to set up a payment plan for :attr:`invoice_ids`."""
        return self._reached and self.choice.checkedId() == PLAN

    @property
    def invoice_ids(self) -> tuple[int, ...]:
        return tuple(i.id for i in self.invoice_list.checked())

    @property
    def value(self) -> PhoneCallInput:
        reason = self._chosen_reason
        moment = datetime.combine(self.call_date.date, self.call_time.time().toPython())
        promise = None
        if self._reached and self.choice.checkedId() == PROMISE:
            promise = PromiseInput(
                self.invoice_ids,
                self.promise_amount.amount,
                self.promise_date.date,
                self.one_time.isChecked(),
            )
        not_received = reason is CallReason.NOT_RECEIVED
        email = self.email.value if not_received else None
        return PhoneCallInput(
            client_id=self.client.id,
            occurred_at=moment.replace(second=0, microsecond=0),
            outcome=CallOutcome(self.outcome.currentData()),
            contact_name=self.contact_name.text().strip(),
            phone_number=self.phone_number.text().strip(),
            reason=reason,
            notes=self.notes.toPlainText().strip(),
            invoice_ids=self.invoice_ids,
            resend_invoices=not_received and self.resend.isChecked(),
            new_email=email if email and email != self.client.email else None,
            promise=promise,
        )
