"""Settings › Mail server: sending letters by e-mail directly, for those who want it.

Collects the server, port, security and user name (stored with the book's settings by
the caller) and a password (kept in the system's keyring by the caller, never in the
book). "Test connection" tries the server on the worker with what is typed and says in
the user's language what went wrong. An empty server means: no direct sending, drafts
for the user's own mail program.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from debiteur_desk.ui.dialogs.fields import FormDialog
from debiteur_desk.ui.lazy import lazy_module

if TYPE_CHECKING:
    from debiteur_desk.ui.operations import Operations

smtp_send = lazy_module("debiteur_desk.services.smtp_send")  # on the worker

_USUAL_PORTS = {"starttls": 587, "tls": 465, "none": 25}
_GOOD, _BAD = "color: #1b5e20;", "color: #b3261e;"


class SmtpDialog(FormDialog):
    def __init__(
        self,
        parent: QWidget | None,
        initial: Mapping[str, object],
        ops: Operations | None = None,
    ) -> None:
        super().__init__(parent, "")
        self.setWindowTitle(self.tr("Mail server"))
        self._ops = ops
        self._password_typed = False
        self.host = QLineEdit(str(initial.get("smtp.host", "") or ""))
        self.host.setPlaceholderText(self.tr("e.g. smtp.example.nl (empty: drafts only)"))
        self.host.setMaxLength(200)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(int(initial.get("smtp.port", 587) or 587))  # type: ignore[call-overload]
        self.security = QComboBox()
        for code, text in (
            ("starttls", self.tr("STARTTLS (usually port 587)")),
            ("tls", self.tr("TLS (usually port 465)")),
            ("none", self.tr("None (not recommended)")),
        ):
            self.security.addItem(text, code)
        chosen = self.security.findData(str(initial.get("smtp.security", "starttls")))
        self.security.setCurrentIndex(max(chosen, 0))
        self.user = QLineEdit(str(initial.get("smtp.user", "") or ""))
        self.user.setMaxLength(200)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Unchanged"))
        self.password.textEdited.connect(self._typed)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setVisible(ops is not None)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setObjectName("smtp_test_result")
        intro = QLabel(self.tr(
            "Optional. Without a mail server, a letter becomes an e-mail draft that opens in "
            "your own mail program. The password is kept in your computer's password store, "
            "not in the book."
        ))  # fmt: skip
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Security"), self.security)
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.test_button)
        form.addRow(self.result)
        column = QVBoxLayout()
        column.addWidget(intro)
        column.addLayout(form)
        self.security.currentIndexChanged.connect(self._usual_port)
        self.test_button.clicked.connect(self.test_connection)
        self.watch(self.host.textChanged, self.port.valueChanged, self.security.currentIndexChanged,
                   self.user.textChanged, self.password.textChanged)  # fmt: skip
        self.finish(column)
        self.setMinimumWidth(480)

    def _typed(self, _text: str) -> None:
        self._password_typed = True

    def _usual_port(self) -> None:
        """Choosing the security sets its usual port, when the port was a usual one."""
        if self.port.value() in _USUAL_PORTS.values():
            self.port.setValue(_USUAL_PORTS[str(self.security.currentData())])

    def is_valid(self) -> bool:
        self.result.clear()
        self.test_button.setEnabled(bool(self.host.text().strip()))
        return True  # everything may be empty; the server's answer is what tests it

    @property
    def values(self) -> dict[str, object]:
        return {
            "smtp.host": self.host.text().strip(),
            "smtp.port": self.port.value(),
            "smtp.security": str(self.security.currentData()),
            "smtp.user": self.user.text().strip(),
        }

    @property
    def new_password(self) -> str | None:
        """The password typed, to keep in the keyring; None when left unchanged."""
        return self.password.text() if self._password_typed else None

    def test_connection(self) -> None:
        if self._ops is None:
            return
        values, password = self.values, self.new_password
        self.test_button.setEnabled(False)
        self.result.setStyleSheet("")
        self.result.setText(self.tr("Connecting…"))

        def done(_result: object) -> None:
            self.test_button.setEnabled(True)
            self.result.setStyleSheet(_GOOD)
            self.result.setText(self.tr("The connection works."))

        def failed(error: Exception) -> None:
            self.test_button.setEnabled(True)
            self.result.setStyleSheet(_BAD)
            assert self._ops is not None
            self.result.setText(self._ops.message_for(error))

        self._ops.run(
            lambda: smtp_send.check_connection(smtp_send.settings_from(values), password),
            parent=self,
            on_success=done,
            on_failure=failed,
        )
