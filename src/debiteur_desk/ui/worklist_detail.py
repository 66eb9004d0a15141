"""Under the worklist: the selected step's facts and what can be done about it besides
the step itself. Before a letter it shows how each invoice no sent letter named yet went
out and what looks wrong ("Klopt, verstuurd" confirms, "Factuur aanpassen…" corrects), as
the letter rules leave such an invoice out until then; any step can be
snoozed until a day, and a snoozed one lifted early. The widget only asks: the worklist's
commands (``ui/worklist_commands.py``) run the services."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from debiteur_desk.services.worklist_items import (
    WorkItem,
    describe_flag,
    describe_sending,
)
from debiteur_desk.ui.dialogs.validated import ERROR_COLOUR

FACT_LINES = 5  # more scroll: a client with many invoices must not squeeze the list away


class WorklistDetail(QWidget):
    confirm_sent = Signal(object)  # the WorkItem whose invoices' sending was checked
    correct_invoice = Signal(int)  # the invoice to open in its dialog
    snooze = Signal(object)  # the WorkItem to snooze
    lift = Signal(int)  # the snooze to lift
    show_snoozed_changed = Signal(bool)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.item: WorkItem | None = None
        self.facts = QLabel()
        self.facts.setObjectName("worklist_facts")
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts_area = QScrollArea()
        self.facts_area.setWidget(self.facts)
        self.facts_area.setWidgetResizable(True)
        self.facts_area.setFrameShape(QFrame.Shape.NoFrame)
        self.facts_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.confirm_button = QPushButton(self.tr("Correct, it was sent"))
        self.confirm_button.setObjectName("confirm_sent")
        self.confirm_button.setToolTip(
            self.tr(
                "Records that you checked how these invoices went out; one never marked as "
                "sent is marked sent on its invoice date. Then the reminder can be made."
            )
        )
        self.invoice_choice = QComboBox()
        self.invoice_choice.setObjectName("invoice_choice")
        self.correct_button = QPushButton(self.tr("Correct the invoice…"))
        self.correct_button.setObjectName("correct_invoice")
        self.snooze_button = QPushButton(self.tr("Snooze…"))
        self.snooze_button.setObjectName("snooze_step")
        self.lift_button = QPushButton(self.tr("Lift snooze"))
        self.lift_button.setObjectName("lift_snooze")
        self.show_snoozed = QCheckBox(self.tr("Show snoozed steps"))
        self.show_snoozed.setObjectName("show_snoozed")

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.confirm_button,
            self.invoice_choice,
            self.correct_button,
            self.snooze_button,
            self.lift_button,
        ):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.show_snoozed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.addWidget(self.facts_area)
        layout.addLayout(buttons)
        # Never taller than it needs: the list above takes the rest.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        self.confirm_button.clicked.connect(self._confirm)
        self.correct_button.clicked.connect(self._correct)
        self.snooze_button.clicked.connect(self._snooze)
        self.lift_button.clicked.connect(self._lift)
        self.show_snoozed.toggled.connect(self.show_snoozed_changed)
        self.show_item(None)

    def show_item(self, item: WorkItem | None) -> None:
        self.item = item
        checking = item is not None and bool(item.sending)
        html = self._facts_html(item) if item is not None else ""
        self.facts.setText(html)
        lines = min(html.count("<br/>") + 1, FACT_LINES)
        self.facts_area.setFixedHeight(lines * self.fontMetrics().lineSpacing() + 4)
        self.facts_area.setVisible(bool(html))
        self.confirm_button.setVisible(item is not None and item.needs_sent_check)
        self.invoice_choice.clear()
        if item is not None:
            flagged = [line for line in item.sending if line.flags]
            for line in flagged + [line for line in item.sending if not line.flags]:
                self.invoice_choice.addItem(line.number, line.invoice_id)
        self.invoice_choice.setVisible(checking and self.invoice_choice.count() > 1)
        self.correct_button.setVisible(checking)
        snoozed = item is not None and item.snooze is not None
        self.snooze_button.setVisible(item is not None and not snoozed)
        self.lift_button.setVisible(snoozed)

    def _facts_html(self, item: WorkItem) -> str:
        lines = []
        for line in item.sending:
            text = f"<b>{escape(line.number)}</b>: {escape(describe_sending(line, self.language))}"
            problems = "".join(
                f"<br/><span style='color:{ERROR_COLOUR}'>⚠ "
                f"{escape(describe_flag(line, flag, self.language))}</span>"
                for flag in line.flags
            )
            lines.append(text + problems)
        return "<br/>".join(lines)

    def _confirm(self) -> None:
        if self.item is not None and self.item.needs_sent_check:
            self.confirm_sent.emit(self.item)

    def _correct(self) -> None:
        invoice_id = self.invoice_choice.currentData()
        if invoice_id is not None:
            self.correct_invoice.emit(int(invoice_id))

    def _snooze(self) -> None:
        if self.item is not None and self.item.snooze is None:
            self.snooze.emit(self.item)

    def _lift(self) -> None:
        if self.item is not None and self.item.snooze is not None:
            self.lift.emit(self.item.snooze.id)
