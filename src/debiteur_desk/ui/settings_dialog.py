"""Settings: the company details for the letterhead, and the language of the program.

Collects and validates only (IBAN, KvK, BTW-id and postcode with domain.references,
each problem shown under its field, OK disabled until all is well); the caller saves
the business settings through services.settings and the language in QSettings.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from debiteur_desk.domain import text_limits
from debiteur_desk.domain.errors import DebiteurError, InvalidInput
from debiteur_desk.domain.references import (
    validate_btw_id,
    validate_iban,
    validate_kvk,
    validate_postcode,
)
from debiteur_desk.domain.settings_registry import SMTP_KEYS
from debiteur_desk.text.messages import describe
from debiteur_desk.ui.book_dialog import BookChoice, BookDialog
from debiteur_desk.ui.modal import ask
from debiteur_desk.ui.smtp_dialog import SmtpDialog

if TYPE_CHECKING:
    from debiteur_desk.services.book_choice import BookPlace
    from debiteur_desk.ui.operations import Operations

COMPANY_KEYS = (
    "company.name",
    "company.street",
    "company.postcode",
    "company.city",
    "company.kvk",
    "company.btw_id",
    "company.iban",
    "company.bic",
    "company.email",
    "company.phone",
    "company.website",
    "company.logo_path",
    "company.signatory_name",
    "company.signatory_role",
    "company.signature_path",
)
IMAGE_KEYS = ("company.logo_path", "company.signature_path")
FATAL_TERM = "rules.payment_term_agreed"
SETTING_KEYS = (*COMPANY_KEYS, FATAL_TERM, *SMTP_KEYS)
# Fields checked by their form: the longest way they are typed.
_TYPED_LENGTHS = {
    "company.kvk": text_limits.KVK_TYPED,
    "company.btw_id": text_limits.BTW_ID_TYPED,
    "company.iban": text_limits.IBAN_TYPED,
    "company.bic": 11,
}


def _required_name(text: str) -> str:
    if not text.strip():
        raise InvalidInput("company_name_empty")
    return text.strip()


def _existing_file(text: str) -> str:
    if text and not Path(text).is_file():
        raise InvalidInput("image_missing", path=text)
    return text


def _optional(validate: Callable[[str], str]) -> Callable[[str], str]:
    return lambda text: validate(text) if text.strip() else ""


# Each field's check returns the value as it is stored (e.g. a compact IBAN).
_CHECKS: dict[str, Callable[[str], str]] = {
    "company.name": _required_name,
    "company.postcode": _optional(validate_postcode),
    "company.kvk": _optional(validate_kvk),
    "company.btw_id": _optional(validate_btw_id),
    "company.iban": _optional(validate_iban),
    "company.logo_path": _existing_file,
    "company.signature_path": _existing_file,
}


class SettingsDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        initial: Mapping[str, object],
        language: str,
        *,
        first_start: bool = False,
        ops: Operations | None = None,
        place: BookPlace | None = None,
    ) -> None:
        super().__init__(parent)
        self._language = language
        self._ops = ops  # for the mail server's "Test connection"
        self._place = place  # where the book is; None: not shown (tests of other parts)
        self.book_choice: BookChoice | None = None  # chosen in "Where the book is"; None: stays
        self._smtp: dict[str, object] = {k: initial[k] for k in SMTP_KEYS if k in initial}
        self.smtp_password: str | None = None  # typed in Mail server; None: unchanged
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)
        titles = {
            "company.name": self.tr("Company name"),
            "company.street": self.tr("Street and number"),
            "company.postcode": self.tr("Postcode"),
            "company.city": self.tr("City"),
            "company.kvk": self.tr("KvK number"),
            "company.btw_id": self.tr("VAT number (BTW-id)"),
            "company.iban": self.tr("IBAN"),
            "company.email": self.tr("Email"),
            "company.phone": self.tr("Phone"),
            "company.logo_path": self.tr("Logo"),
            "company.bic": self.tr("BIC (optional)"),
            "company.website": self.tr("Website"),
            "company.signatory_name": self.tr("Signed by"),
            "company.signatory_role": self.tr("Position"),
            "company.signature_path": self.tr("Scanned signature"),
        }
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self._touched: set[str] = set()  # fields the user typed in
        form = QFormLayout()
        for key in COMPANY_KEYS:
            edit = QLineEdit(str(initial.get(key, "") or ""))
            edit.setObjectName(key)
            if key in text_limits.SETTINGS:
                edit.setMaxLength(text_limits.SETTINGS[key].maximum)
            elif key in _TYPED_LENGTHS:
                edit.setMaxLength(_TYPED_LENGTHS[key])
            self.fields[key] = edit
            row: QWidget = edit
            if key in IMAGE_KEYS:
                row = self._with_browse(edit)
            form.addRow(titles[key], row)
            if key in _CHECKS:
                error = QLabel()
                error.setObjectName(f"{key}.error")
                error.setStyleSheet("color: #b3261e;")
                error.setWordWrap(True)
                error.hide()
                self.errors[key] = error
                form.addRow("", error)
            edit.textEdited.connect(lambda _text, key=key: self._touched.add(key))
            edit.textChanged.connect(self._validate)
        self.language_box = QComboBox()
        self.language_box.setObjectName("language")
        self.language_box.addItem("Nederlands", "nl")
        self.language_box.addItem("English", "en")
        self.language_box.setCurrentIndex(0 if language == "nl" else 1)
        form.addRow(self.tr("Language"), self.language_box)
        form.addRow(self.tr("E-mail"), self._mail_row())
        if place is not None:
            form.addRow(self.tr("Book"), self._book_row(place))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if first_start:
            intro = QLabel(
                self.tr(
                    "Welcome! Your company details go on every letter and reminder. "
                    "You can change them later under File › Settings."
                )
            )
            intro.setWordWrap(True)
            layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self._term_box(bool(initial.get(FATAL_TERM, False))))
        layout.addWidget(self.buttons)
        self._validate()

    def _term_box(self, agreed: bool) -> QGroupBox:
        """Art. 6:83 sub a BW: only a term agreed as fatal puts a consumer in default at
        once; the safe answer (no) is the default."""
        box = QGroupBox(self.tr("Payment term"))
        explanation = QLabel(
            self.tr(
                "A payment term printed only on the invoice is no fatal term: a private "
                "customer is then in default, and owes interest, only after a reminder "
                "with a new term has run out."
            )
        )
        explanation.setWordWrap(True)
        self.term_on_invoice = QRadioButton(
            self.tr("The term is only on my invoices (usual; the safe choice)")
        )
        self.term_agreed = QRadioButton(
            self.tr("The term was expressly agreed as a fatal term (e.g. in signed terms)")
        )
        self._term = QButtonGroup(box)
        self._term.addButton(self.term_on_invoice)
        self._term.addButton(self.term_agreed)
        (self.term_agreed if agreed else self.term_on_invoice).setChecked(True)
        column = QVBoxLayout(box)
        for widget in (explanation, self.term_on_invoice, self.term_agreed):
            column.addWidget(widget)
        return box

    def _mail_row(self) -> QWidget:
        """How letters go out by e-mail; the mail server in a dialog of its own."""
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.mail_state = QLabel()
        row.addWidget(self.mail_state, 1)
        self.mail_button = QPushButton(self.tr("Mail server…"))
        self.mail_button.clicked.connect(self._edit_mail_server)
        row.addWidget(self.mail_button)
        self._show_mail_state()
        return box

    def _show_mail_state(self) -> None:
        host = str(self._smtp.get("smtp.host", "") or "")
        self.mail_state.setText(
            self.tr("Sent through %1").replace("%1", host)
            if host
            else self.tr("Drafts for your own mail program")
        )

    def _edit_mail_server(self) -> None:
        dialog = SmtpDialog(self, self._smtp, self._ops)
        if ask(dialog):
            self._smtp = dialog.values
            if dialog.new_password is not None:
                self.smtp_password = dialog.new_password
            self._show_mail_state()

    def _book_row(self, place: BookPlace) -> QWidget:
        """Where the book is: this PC's file or a server; changed in a dialog of its own."""
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.book_state = QLabel()
        self.book_state.setWordWrap(True)
        row.addWidget(self.book_state, 1)
        self.book_button = QPushButton(self.tr("Change…"))
        self.book_button.setObjectName("book_button")
        self.book_button.clicked.connect(self._choose_book)
        row.addWidget(self.book_button)
        self._show_book_state()
        return box

    def _show_book_state(self) -> None:
        assert self._place is not None
        server = self._place.server
        if self.book_choice is not None:
            server = self.book_choice.server
        where = (
            self.tr("On this PC")
            if server is None
            else self.tr("On the server %1, database %2")
            .replace("%1", server.host)
            .replace("%2", server.database)
        )
        if self.book_choice is not None:
            where = self.tr("After OK: %1").replace("%1", where)
        self.book_state.setText(where)

    def _choose_book(self) -> None:
        assert self._place is not None
        dialog = BookDialog(self, self._place, self._ops)
        if ask(dialog):
            self.book_choice = dialog.choice if dialog.changed else None
            self._show_book_state()

    def _with_browse(self, edit: QLineEdit) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(lambda: self._choose_image(edit))
        row.addWidget(browse)
        return box

    def _choose_image(self, edit: QLineEdit) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose an image"), edit.text(), self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            edit.setText(path)

    def _validate(self) -> bool:
        ok = True
        for key, check in _CHECKS.items():
            label = self.errors[key]
            try:
                check(self.fields[key].text())
            except DebiteurError as error:
                label.setText(describe(error, self._language))
                # an empty form says nothing until the user has typed something there
                label.setVisible(bool(self.fields[key].text()) or key in self._touched)
                ok = False
            else:
                label.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        return ok

    @property
    def values(self) -> dict[str, object]:
        """The settings as they are to be stored (validated and normalised)."""
        result: dict[str, object] = {}
        for key, edit in self.fields.items():
            check = _CHECKS.get(key)
            text = edit.text().strip()
            result[key] = check(text) if check else text
        result[FATAL_TERM] = self.term_agreed.isChecked()
        result.update(self._smtp)
        return result

    @property
    def language(self) -> str:
        return str(self.language_box.currentData())
