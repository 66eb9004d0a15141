"""New or changed client: name, kind, contact, address, KvK/BTW-id/IBAN, payment term."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from debiteur_desk.domain import text_limits as limits
from debiteur_desk.domain.errors import DebiteurError
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.domain.references import (
    validate_btw_id,
    validate_country,
    validate_email,
    validate_iban,
    validate_kvk,
    validate_postcode,
)
from debiteur_desk.services.clients import TEXT_LIMITS, ClientInput, normalised_client
from debiteur_desk.ui.dialogs.fields import ErrorLine, FormDialog, ValidatedLineEdit, error_text
from debiteur_desk.ui.dialogs.validated import cleaned_text


def _limited(
    name: str, parse: Callable[[str], Any] = str.strip, **kwargs: Any
) -> ValidatedLineEdit:
    """The field for ``ClientInput.<name>``, as long as the service lets it be."""
    limit = TEXT_LIMITS[name]
    return ValidatedLineEdit(
        cleaned_text(limit, kwargs.get("required"), parse), max_length=limit.maximum, **kwargs
    )


class ClientDialog(FormDialog):
    """Collects a :class:`ClientInput`; the caller runs ``add_client`` or ``update_client``."""

    def __init__(self, parent: QWidget | None, initial: ClientInput | None = None) -> None:
        super().__init__(parent, "")
        self.setWindowTitle(self.tr("New client") if initial is None else self.tr("Edit client"))
        self.name = _limited("name", required="client_name_empty")
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Business"), ClientKind.BUSINESS)
        self.kind.addItem(self.tr("Consumer (private person)"), ClientKind.CONSUMER)
        self.contact_person = _limited("contact_person")
        self.phone = _limited("phone")
        self.email = _limited("email", validate_email)
        self.language = QComboBox()
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.street = _limited("street")
        self.postcode = _limited("postcode", self._postcode)
        self.city = _limited("city")
        self.country = ValidatedLineEdit(
            validate_country, required="country_code_invalid", max_length=limits.COUNTRY_CODE
        )
        self.country.make_narrow(50)
        self.country.setText("NL")
        self.kvk = ValidatedLineEdit(validate_kvk, max_length=limits.KVK_TYPED)
        self.btw_id = ValidatedLineEdit(validate_btw_id, max_length=limits.BTW_ID_TYPED)
        self.btw_id.line_edit.setPlaceholderText("NL123456789B01")
        self.iban = ValidatedLineEdit(validate_iban, max_length=limits.IBAN_TYPED)
        self.iban.line_edit.setPlaceholderText("NL91 ABNA 0417 1643 00")
        self.payment_term = QSpinBox()
        self.payment_term.setRange(0, 365)
        self.payment_term.valueChanged.connect(self._term_suffix)
        self.payment_term.setValue(14)
        self.payment_term.setMaximumWidth(120)
        self.large_company = QCheckBox(self.tr("Large company"))
        self.large_company.setToolTip(
            self.tr(
                "A large company may agree a payment term of at most 30 days with a small "
                "business (art. 6:119a lid 6 BW); the worklist flags a longer one."
            )
        )
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes_error = ErrorLine()

        who = QFormLayout()
        who.addRow(self.tr("Name *"), self.name)
        who.addRow(self.tr("Kind"), self.kind)
        who.addRow(self.tr("Contact person"), self.contact_person)
        who.addRow(self.tr("Phone"), self.phone)
        who.addRow(self.tr("Email"), self.email)
        who.addRow(self.tr("Language of letters"), self.language)
        where = QFormLayout()
        where.addRow(self.tr("Street and number"), self.street)
        where.addRow(self.tr("Postcode"), self.postcode)
        where.addRow(self.tr("City"), self.city)
        where.addRow(self.tr("Country"), self.country)
        money = QFormLayout()
        money.addRow(self.tr("KvK number"), self.kvk)
        money.addRow(self.tr("VAT number"), self.btw_id)
        money.addRow(self.tr("IBAN"), self.iban)
        money.addRow(self.tr("Payment term"), self.payment_term)
        money.addRow("", self.large_company)
        grid = QGridLayout()
        grid.addWidget(self._group(self.tr("Client"), who), 0, 0)
        grid.addWidget(self._group(self.tr("Address"), where), 0, 1)
        grid.addWidget(self._group(self.tr("Registration and payment"), money), 1, 0)
        notes = QVBoxLayout()
        notes.addWidget(self.notes)
        notes.addWidget(self.notes_error)
        grid.addWidget(self._group(self.tr("Notes"), notes), 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.addWidget(QLabel(self.tr("* required")), 2, 0)

        # ClientInput attribute -> the field that edits it
        self._texts = {
            name: getattr(self, name)
            for name in (
                "name",
                "contact_person",
                "phone",
                "email",
                "street",
                "postcode",
                "city",
                "country",
                "kvk",
                "btw_id",
                "iban",
            )
        }
        self.watch(*(field.changed for field in self._texts.values()))
        self.watch(self.kind.currentIndexChanged, self.notes.textChanged)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.country.changed.connect(self.postcode.revalidate)
        if initial is not None:
            self._fill(initial)
        self._kind_changed()
        self.finish(grid)
        self.setMinimumWidth(760)

    @staticmethod
    def _group(title: str, layout: QLayout) -> QGroupBox:
        box = QGroupBox(title)
        box.setLayout(layout)
        return box

    def _postcode(self, text: str) -> str:
        dutch = (self.country.value or "NL") == "NL" if hasattr(self, "country") else True
        return validate_postcode(text) if dutch else text.strip()

    def _term_suffix(self, days: int) -> None:
        self.payment_term.setSuffix(self.tr(" day(s)", "", days))  # " 1 dag", " 14 dagen"

    def _kind_changed(self, *_args: object) -> None:
        business = self.kind.currentData() == ClientKind.BUSINESS
        for field in (self.kvk, self.btw_id, self.large_company):
            field.setEnabled(business)
        self.revalidate()

    def _fill(self, data: ClientInput) -> None:
        self.kind.setCurrentIndex(self.kind.findData(data.kind))
        self.language.setCurrentIndex(max(0, self.language.findData(data.language)))
        for name, field in self._texts.items():
            field.setText(getattr(data, name))
        self.payment_term.setValue(data.payment_term_days)
        self.large_company.setChecked(data.large_company)
        self.notes.setPlainText(data.notes)

    def _raw(self) -> ClientInput:
        business = self.kind.currentData() == ClientKind.BUSINESS
        return ClientInput(
            name=self.name.text().strip(),
            kind=ClientKind(self.kind.currentData()),
            contact_person=self.contact_person.text().strip(),
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            street=self.street.text().strip(),
            postcode=self.postcode.text().strip(),
            city=self.city.text().strip(),
            country=self.country.value or "",
            kvk=self.kvk.text().strip() if business else "",
            btw_id=self.btw_id.text().strip() if business else "",
            iban=self.iban.text().strip(),
            payment_term_days=self.payment_term.value(),
            language=self.language.currentData(),
            notes=self.notes.toPlainText().strip(),
            large_company=business and self.large_company.isChecked(),
        )

    def is_valid(self) -> bool:
        notes = self.notes.toPlainText().strip()
        try:
            limits.NOTES.check(notes)
        except DebiteurError as error:
            self.notes_error.show_message(error_text(error))
            return False
        self.notes_error.show_message("")
        fields_ok = all(f.is_valid for f in self._texts.values() if f.isEnabled())
        if not fields_ok:
            return False
        try:
            normalised_client(self._raw())
        except DebiteurError:
            return False
        return True

    @property
    def value(self) -> ClientInput:
        """What was typed, checked and normalised (``NL91ABNA…``, ``1234 AB``)."""
        return normalised_client(self._raw())
