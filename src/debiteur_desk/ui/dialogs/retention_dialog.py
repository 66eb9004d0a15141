"""Old clients offered for anonymisation: closed (nothing open), their last invoice older
than the retention period (the setting ``privacy.retention_years``, 7 by art. 52 AWR).
The user ticks whom to anonymise and confirms; the caller runs the erasure."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from debiteur_desk.text.formatting import format_date
from debiteur_desk.ui.dialogs.fields import FormDialog

if TYPE_CHECKING:
    from debiteur_desk.services.privacy import DueClient

ID_ROLE = Qt.ItemDataRole.UserRole


class RetentionDialog(FormDialog):
    def __init__(
        self, parent: QWidget | None, clients: list[DueClient], years: int, language: str
    ) -> None:
        super().__init__(parent, "")
        self.setWindowTitle(self.tr("Anonymise old clients"))
        self.setObjectName("retention_dialog")
        intro = QLabel(
            self.tr(
                "Clients with nothing open whose last invoice is more than %1 years old. "
                "Their personal data may go (art. 17 GDPR); the amounts and dates stay in "
                "the books. A backup is made first."
            ).replace("%1", str(years))
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        none = self.tr("no invoices")
        for row in clients:
            last = (
                self.tr("last invoice %1").replace("%1", format_date(row.last_invoice, language))
                if row.last_invoice
                else none
            )
            item = QListWidgetItem(f"{row.name}  ({last})")
            item.setData(ID_ROLE, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        self.empty = QLabel(self.tr("There are no clients to anonymise."))
        self.empty.setVisible(not clients)
        self.list.setVisible(bool(clients))
        self.understood = QCheckBox(
            self.tr("I understand that their personal data are erased for good")
        )
        self.understood.setVisible(bool(clients))
        layout = QVBoxLayout()
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.understood)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Anonymise"))
        self.watch(self.list.itemChanged, self.understood.toggled)
        self.finish(layout, grows=True)
        self.setMinimumWidth(480)

    def is_valid(self) -> bool:
        return bool(self.value) and self.understood.isChecked()

    @property
    def value(self) -> tuple[int, ...]:
        """The clients ticked."""
        return tuple(
            int(item.data(ID_ROLE))
            for item in (self.list.item(n) for n in range(self.list.count()))
            if item.checkState() == Qt.CheckState.Checked
        )
