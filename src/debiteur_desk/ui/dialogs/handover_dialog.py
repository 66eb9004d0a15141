"""Hand a client's overdue invoices over for collection: to whom, on which day, and a note
(the file number, the agreed fee). The caller runs ``services.handover.record_handover``."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from debiteur_desk.domain import clock
from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.services.handover import PARTIES, HandoverInput
from debiteur_desk.ui.dialogs.fields import DateField, FormDialog, ValidatedLineEdit, money_text

PARTY_NAMES = {
    "collection_agency": QT_TRANSLATE_NOOP("HandoverDialog", "Collection agency"),
    "bailiff": QT_TRANSLATE_NOOP("HandoverDialog", "Bailiff"),
    "lawyer": QT_TRANSLATE_NOOP("HandoverDialog", "Lawyer"),
}


class HandoverDialog(FormDialog):
    def __init__(
        self, parent: QWidget | None, client_id: int, client_name: str, overdue: Decimal
    ) -> None:
        super().__init__(parent, "")
        self.setWindowTitle(self.tr("Hand over for collection"))
        self.client_id = client_id
        self.on = DateField()
        self.on.set_date(clock.today())
        self.party_kind = QComboBox()
        for code in PARTIES:
            self.party_kind.addItem(
                QCoreApplication.translate("HandoverDialog", PARTY_NAMES[code]), code
            )
        self.party_name = ValidatedLineEdit(
            required="handover_party_missing",
            placeholder=self.tr("e.g. Incassobureau Noord B.V."),
        )
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("File number, agreed fee, contact person…"))
        self.notes.setMaximumHeight(90)
        what = QLabel(
            self.tr(
                "{client} owes {amount} that is overdue. From that day on no more letters are "
                "proposed for these invoices; the timeline shows who has the file."
            ).format(client=client_name, amount=money_text(overdue))
        )
        what.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Handed over on *"), self.on)
        form.addRow(self.tr("To *"), self.party_kind)
        form.addRow(self.tr("Name *"), self.party_name)
        form.addRow(self.tr("Note"), self.notes)
        layout = QVBoxLayout()
        layout.addWidget(what)
        layout.addLayout(form)
        self.watch(self.on.changed, self.party_name.changed)
        self.finish(layout)
        self.setMinimumWidth(480)

    def is_valid(self) -> bool:
        day = self.on.date
        future = day is not None and day > clock.today()
        self.on.set_problem(InvalidInput("handover_in_future") if future else None)
        named = bool(self.party_name.line_edit.text().strip())
        return self.on.is_valid and not future and named and self.party_name.is_valid

    @property
    def value(self) -> HandoverInput:
        return HandoverInput(
            client_id=self.client_id,
            handed_over_on=self.on.date or clock.today(),
            party_kind=self.party_kind.currentData(),
            party_name=self.party_name.line_edit.text().strip(),
            notes=self.notes.toPlainText().strip(),
        )
