"""Set up a payment plan: the invoices, what is added, the terms, and the schedule live.

The additions (statutory interest per invoice, collection costs) come ready computed
from ``services.payment_plans.plan_additions``; each is a checkbox with its breakdown.
The schedule is redrawn on every keystroke from the same function the service uses
(``schedule_for``), with the remainder on the last instalment; a plan that never
finishes or an instalment of zero is named next to the field that causes it, and OK
stays disabled until the plan is possible. The dialog never touches the database.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from debiteur_desk.domain import clock
from debiteur_desk.domain.errors import DebiteurError, InvalidInput
from debiteur_desk.domain.payment_plan import Frequency, ScheduledInstalment
from debiteur_desk.services.payment_plans import PaymentPlanInput, PlanAdditions, schedule_for
from debiteur_desk.services.reports import InvoiceRow
from debiteur_desk.text.formatting import format_percent
from debiteur_desk.text.messages_rates import describe_rate_warning
from debiteur_desk.ui.dialogs.fields import (
    ERROR_COLOUR,
    AmountField,
    DateField,
    FormDialog,
    ValidatedLineEdit,
    app_language,
    date_text,
    error_text,
    money_text,
)
from debiteur_desk.ui.screen_fit import fit_to_screen

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
COUNT, AMOUNT = 0, 1


def _count(text: str) -> int:
    if not text.strip().isdigit():
        raise InvalidInput("plan_count", count=text, maximum=120)
    return int(text.strip())


def _table(headers: list[str], rows: int) -> QTableWidget:
    table = QTableWidget(rows, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


def _set_row(table: QTableWidget, row: int, texts: tuple[str, ...]) -> None:
    for column, text in enumerate(texts):
        item = QTableWidgetItem(text)
        if column == len(texts) - 1:
            item.setTextAlignment(_RIGHT)
        table.setItem(row, column, item)


class AdditionsBox(QGroupBox):
    """Statutory interest and collection costs, each a checkbox with its breakdown."""

    def __init__(self, additions: PlanAdditions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(
            self.tr("Add to the plan (up to {date})").format(date=date_text(additions.as_of))
        )
        self.additions = additions
        self.interest = QCheckBox(
            self.tr("Statutory interest: {amount}").format(amount=money_text(additions.interest))
        )
        self.interest.setEnabled(additions.interest > 0)
        self.costs = QCheckBox(
            self.tr("Collection costs (BIK): {amount}").format(amount=money_text(additions.costs))
        )
        self.costs.setEnabled(additions.costs_allowed and additions.costs > 0)
        self.interest_breakdown = self._small(self._interest_lines())
        self.rate_warning = QLabel(
            "<br>".join(
                self.tr("Check before adding: %1").replace(
                    "%1", describe_rate_warning(w, app_language())
                )
                for w in additions.rate_warnings
            )
        )
        self.rate_warning.setWordWrap(True)
        self.rate_warning.setIndent(22)
        self.rate_warning.setStyleSheet("color: #8a5300;")
        self.rate_warning.setVisible(bool(additions.rate_warnings))
        self.costs_breakdown = self._small(self._costs_lines())
        column = QVBoxLayout(self)
        for widget in (
            self.interest,
            self.interest_breakdown,
            self.rate_warning,
            self.costs,
            self.costs_breakdown,
        ):
            column.addWidget(widget)

    @staticmethod
    def _small(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setIndent(22)
        label.setStyleSheet("color: #555555;")
        return label

    def _interest_lines(self) -> str:
        lines = []
        lang = app_language()
        for line in self.additions.interest_lines:
            if line.breakdown is None:
                lines.append(
                    self.tr("{number}: no interest yet (the client is not in default)").format(
                        number=line.number
                    )
                )
                continue
            periods = ", ".join(
                self.tr("%n day(s) at {rate}", "", p.days).format(rate=format_percent(p.rate, lang))
                for p in line.breakdown.periods
            )
            lines.append(
                self.tr("{number}: {amount} on {principal} from {start} ({periods})").format(
                    number=line.number,
                    amount=money_text(line.amount),
                    principal=money_text(line.principal),
                    start=date_text(line.breakdown.start),
                    periods=periods,
                )
            )
        return "<br>".join(lines)

    def _costs_lines(self) -> str:
        a = self.additions
        if not a.costs_allowed:
            if a.client_kind == "consumer":
                return self.tr(
                    "A consumer owes collection costs only after the term of a 14-day letter "
                    "about these invoices has run."
                )
            return self.tr("No invoice is overdue yet.")
        if a.per_invoice_minimum:
            count = sum(1 for line in a.interest_lines if line.breakdown is not None)
            return self.tr("At least € 40 per overdue invoice (%n invoice(s)).", "", count)
        if a.bik is None:
            return ""
        tiers = " + ".join(
            self.tr("{rate} of {base}").format(
                rate=format_percent(t.rate * 100, app_language()), base=money_text(t.base)
            )
            for t in a.bik.tiers
        )
        text = self.tr("BIK scale on {principal}: {tiers}").format(
            principal=money_text(a.principal), tiers=tiers
        )
        if a.bik.minimum_applied:
            text += " " + self.tr("(the minimum of € 40)")
        if a.bik.btw:
            text += " " + self.tr("plus VAT {btw}").format(btw=money_text(a.bik.btw))
        return text


class PaymentPlanDialog(FormDialog):
    """Collects a :class:`PaymentPlanInput`; the caller runs ``create_payment_plan`` (or
    ``renegotiate_plan``, passing the old plan's terms as ``initial``)."""

    def __init__(
        self,
        parent: QWidget | None,
        client_id: int,
        client_kind: str,
        open_invoices: list[InvoiceRow],
        additions: PlanAdditions,
        *,
        initial: PaymentPlanInput | None = None,
    ) -> None:
        super().__init__(parent, "")
        self.setWindowTitle(self.tr("Payment plan"))
        self.client_id, self.client_kind = client_id, client_kind
        self.invoices = sorted(open_invoices, key=lambda row: (row.due_date, row.number))
        self.additions_box = AdditionsBox(additions)
        self.additions = additions
        self.by_count = QRadioButton(self.tr("Number of instalments"))
        self.by_amount = QRadioButton(self.tr("Amount per instalment"))
        self.split = QButtonGroup(self)
        self.split.addButton(self.by_count, COUNT)
        self.split.addButton(self.by_amount, AMOUNT)
        self.count = ValidatedLineEdit(_count, required="plan_count_or_amount")
        self.count.make_narrow(60)
        self.instalment = AmountField(required="plan_count_or_amount", allow_zero=True)
        self.frequency = QComboBox()
        self.frequency.addItem(self.tr("Weekly"), Frequency.WEEKLY.value)
        self.frequency.addItem(self.tr("Every two weeks"), Frequency.BIWEEKLY.value)
        self.frequency.addItem(self.tr("Monthly"), Frequency.MONTHLY.value)
        self.first_due = DateField()
        self.down_payment = AmountField(required=None, allow_zero=True)
        self.down_payment_date = DateField(required=None)
        self.totals = QLabel()
        self.schedule_table = _table([self.tr("No."), self.tr("Date"), self.tr("Amount")], 0)
        self.schedule_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.schedule_table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self._fill(initial)
        self._build()
        for signal in (
            self.count.changed,
            self.instalment.changed,
            self.first_due.changed,
            self.down_payment.changed,
            self.down_payment_date.changed,
            self.frequency.currentIndexChanged,
            self.split.idToggled,
            self.additions_box.interest.toggled,
            self.additions_box.costs.toggled,
        ):
            signal.connect(self._changed)
        self.finish(self._layout)
        self.layout().setStretch(0, 1)  # the schedule, not the empty space, gets the height
        self.layout().setStretch(1, 0)
        self._changed()
        fit_to_screen(self, 940, 620)

    def _fill(self, initial: PaymentPlanInput | None) -> None:
        self.first_due.set_date(clock.today() + timedelta(days=14))
        self.frequency.setCurrentIndex(2)
        self.by_count.setChecked(True)
        if initial is None:
            return
        self.frequency.setCurrentIndex(self.frequency.findData(initial.frequency))
        self.first_due.set_date(initial.first_due)
        if initial.instalment is not None:
            self.by_amount.setChecked(True)
            self.instalment.set_amount(initial.instalment)
        elif initial.count is not None:
            self.count.setText(str(initial.count))
        if initial.down_payment:
            self.down_payment.set_amount(initial.down_payment)
        self.down_payment_date.set_date(initial.down_payment_date)
        self.additions_box.interest.setChecked(initial.add_interest)
        self.additions_box.costs.setChecked(initial.add_costs and self.additions.costs_allowed)

    def _build(self) -> None:
        invoices = _table([self.tr("Invoice"), self.tr("Due date"), self.tr("Open")], 0)
        invoices.setRowCount(len(self.invoices))
        for row, inv in enumerate(self.invoices):
            _set_row(invoices, row, (inv.number, date_text(inv.due_date), money_text(inv.open)))
        visible = min(max(len(self.invoices), 1), 4)
        invoices.setFixedHeight(
            invoices.horizontalHeader().sizeHint().height()
            + invoices.verticalHeader().defaultSectionSize() * visible
            + 4
        )
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("<b>Invoices</b>")))
        left.addWidget(invoices)
        left.addWidget(self.additions_box)
        left.addWidget(self.totals)
        left.addStretch(1)

        down = QHBoxLayout()
        down.addWidget(self.down_payment)
        down.addWidget(QLabel(self.tr("on")))
        down.addWidget(self.down_payment_date)
        terms = QFormLayout()
        terms.addRow(self.by_count, self.count)
        terms.addRow(self.by_amount, self.instalment)
        terms.addRow(self.tr("Every"), self.frequency)
        terms.addRow(self.tr("First instalment on *"), self.first_due)
        terms.addRow(self.tr("Down payment"), down)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("<b>Terms</b>")))
        right.addLayout(terms)
        right.addWidget(QLabel(self.tr("<b>Schedule</b>")))
        right.addWidget(self.schedule_table, 1)
        right.addWidget(self.summary)

        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(12)
        columns.addLayout(right, 1)
        self._layout = QVBoxLayout()
        self._layout.addLayout(columns)

    # -- the live schedule ----------------------------------------------------------------
    def _total(self) -> tuple[Decimal, Decimal, Decimal]:
        box = self.additions_box
        return self.additions.chosen(box.interest.isChecked(), box.costs.isChecked())

    def _input(self) -> PaymentPlanInput:
        by_count = self.split.checkedId() == COUNT
        box = self.additions_box
        return PaymentPlanInput(
            client_id=self.client_id,
            invoice_ids=tuple(i.id for i in self.invoices),
            frequency=Frequency(self.frequency.currentData()),
            first_due=self.first_due.date or clock.today(),
            count=self.count.value if by_count else None,
            instalment=None if by_count else self.instalment.amount,
            down_payment=self.down_payment.amount or Decimal("0.00"),
            down_payment_date=self.down_payment_date.date,
            add_interest=box.interest.isChecked(),
            add_costs=box.costs.isChecked(),
            additions_as_of=self.additions.as_of,
        )

    def _schedule(self) -> tuple[tuple[ScheduledInstalment, ...], DebiteurError | None]:
        data = self._input()
        if data.count is None and data.instalment is None:
            return (), None  # nothing typed yet: the field itself says so
        try:
            return schedule_for(data, self._total()[2]), None
        except DebiteurError as error:
            return (), error

    def _changed(self, *_args: object) -> None:
        by_count = self.split.checkedId() == COUNT
        self.count.setEnabled(by_count)
        self.instalment.setEnabled(not by_count)
        interest, costs, total = self._total()
        self.totals.setText(
            self.tr(
                "Principal {principal} + interest {interest} + costs {costs} = <b>{total}</b>"
            ).format(
                principal=money_text(self.additions.principal),
                interest=money_text(interest),
                costs=money_text(costs),
                total=money_text(total),
            )
        )
        schedule, problem = self._schedule()
        self._show_problem(problem, by_count)
        self._show_schedule(schedule)
        self.revalidate()

    def _show_problem(self, problem: DebiteurError | None, by_count: bool) -> None:
        owner = {
            "plan_count": self.count,
            "plan_never_finishes": self.instalment,
            "plan_instalment_zero": self.count if by_count else self.instalment,
            "plan_down_payment": self.down_payment,
            "plan_down_payment_date": self.down_payment_date,
        }
        fields = (self.count, self.instalment, self.down_payment, self.down_payment_date)
        target = owner.get(problem.code) if problem is not None else None
        for field in fields:
            field.set_problem(problem if field is target else None)
        self._other_problem = problem if target is None else None

    def _show_schedule(self, schedule: tuple[ScheduledInstalment, ...]) -> None:
        self.schedule_table.setRowCount(len(schedule))
        for row, part in enumerate(schedule):
            number = self.tr("Down payment") if part.number == 0 else str(part.number)
            _set_row(
                self.schedule_table,
                row,
                (number, date_text(part.due_date), money_text(part.amount)),
            )
        if self._other_problem is not None:
            self.summary.setStyleSheet(f"color: {ERROR_COLOUR};")
            self.summary.setText(error_text(self._other_problem))
            return
        self.summary.setStyleSheet("")
        regular = [p for p in schedule if p.number > 0]
        if not regular:
            self.summary.setText("")
            return
        self.summary.setText(
            self.tr(
                "%n instalment(s) of {amount}; the last one {last}, on {end}.", "", len(regular)
            ).format(
                amount=money_text(regular[0].amount),
                last=money_text(regular[-1].amount),
                end=date_text(regular[-1].due_date),
            )
        )

    # -- validity and the result --------------------------------------------------------
    def is_valid(self) -> bool:
        fields = [self.first_due, self.down_payment, self.down_payment_date]
        fields.append(self.count if self.split.checkedId() == COUNT else self.instalment)
        if not all(f.is_valid for f in fields) or self.first_due.date is None:
            return False
        schedule, problem = self._schedule()
        return problem is None and bool(schedule)

    @property
    def value(self) -> PaymentPlanInput:
        return self._input()
