"""Erase a client's personal data (art. 17 AVG): says exactly what is erased and what is
kept (art. 52 AWR), and asks the user to type the client's name to confirm. The caller
runs the erasure (``services/privacy.py``) after ``exec()``."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from debiteur_desk.domain.money import from_cents
from debiteur_desk.text.formatting import format_money
from debiteur_desk.text.messages import describe_code
from debiteur_desk.ui.dialogs.fields import ERROR_COLOUR, FormDialog

if TYPE_CHECKING:
    from debiteur_desk.services.privacy import ErasePreview


class EraseClientDialog(FormDialog):
    def __init__(self, parent: QWidget | None, preview: ErasePreview, language: str) -> None:
        super().__init__(parent, "")
        self.setWindowTitle(self.tr("Erase client (GDPR)"))
        self.setObjectName("erase_client_dialog")
        self.preview = preview
        new_name = describe_code("privacy_erased_name", {"id": preview.client_id}, language)
        heading = QLabel(
            "<b>"
            + self.tr("Erase the personal data of %1?").replace("%1", escape(preview.name))
            + "</b>"
        )
        erased = QLabel(
            self.tr(
                "<b>Erased:</b> the name (it becomes “%1”), address, postcode, city, e-mail, "
                "phone, contact person, KvK number, VAT id and the IBANs learned for this "
                "payer; the notes of calls, promises, plans and disputes; the payer's name, "
                "IBAN and text on the payments and bank lines; what was kept with the "
                "letters; the personal data in the audit log. The PDF files of the letters "
                "(%2 still there) and the hand-over dossiers are deleted: the letters' "
                "records stay with their SHA-256, marked as erased."
            )
            .replace("%1", escape(new_name))
            .replace("%2", str(preview.letter_files))
        )
        kept = QLabel(
            self.tr(
                "<b>Kept</b> for the bookkeeping (7 years, art. 52 AWR): %1 invoices and %2 "
                "payments with their amounts, dates and numbers, credit notes, write-offs, "
                "plans and instalments, and of each letter its kind, date and how it was sent."
            )
            .replace("%1", str(preview.invoices))
            .replace("%2", str(preview.payments))
        )
        backup = QLabel(
            self.tr(
                "A backup of the whole book is made first; it still holds these data. "
                "This cannot be undone."
            )
        )
        labels = [heading, erased, kept, backup]
        if preview.credit_cents:
            amount = format_money(from_cents(preview.credit_cents), language)
            credit = QLabel(describe_code("privacy_credit_held", {"amount": amount}, language))
            credit.setStyleSheet(f"color: {ERROR_COLOUR};")
            labels.append(credit)
        layout = QVBoxLayout()
        for label in labels:
            label.setWordWrap(True)
            layout.addWidget(label)
        self.confirm_name = QLineEdit()
        self.confirm_name.setObjectName("confirm_name")
        self.confirm_name.setPlaceholderText(preview.name)
        form = QFormLayout()
        form.addRow(self.tr("Type the client's name to confirm:"), self.confirm_name)
        layout.addLayout(form)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Erase"))
        self.watch(self.confirm_name.textChanged)
        self.finish(layout)
        self.setMinimumWidth(520)

    def is_valid(self) -> bool:
        typed = " ".join(self.confirm_name.text().split())
        return typed.casefold() == " ".join(self.preview.name.split()).casefold()

    @property
    def value(self) -> int:
        """The client to erase."""
        return self.preview.client_id
