"""Settings › Where the book is: the file on this PC, or a book on a PostgreSQL server that
two or three PCs of the shop share (issue 14).

Collects the choice only: the server as a shop owner types it (server, port, database,
user, password; no URL to learn), "Test connection" tries it on the worker and says
what the server holds, and for a book moving from this PC to an empty server whether to
copy it there. The caller moves the book (``services/book_choice.move_to``) and the
window is built again on it. The password goes to the system keyring, never into a file.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from debiteur_desk.services.book_choice import DEFAULT_PORT, BookPlace, ServerAddress, ServerBook
from debiteur_desk.ui.dialogs.fields import FormDialog
from debiteur_desk.ui.lazy import lazy_module

if TYPE_CHECKING:
    from debiteur_desk.ui.operations import Operations

book_choice = lazy_module("debiteur_desk.services.book_choice")  # on the worker

_GOOD, _BAD = "color: #1b5e20;", "color: #b3261e;"


@dataclass(frozen=True)
class BookChoice:
    """Where the book is to be: ``server`` None is the file on this PC."""

    server: ServerAddress | None
    password: str | None = None  # typed; None: the one kept for that server
    copy_this_book: bool = False


class BookDialog(FormDialog):
    def __init__(
        self, parent: QWidget | None, place: BookPlace, ops: Operations | None = None
    ) -> None:
        super().__init__(parent, "")
        self.setWindowTitle(self.tr("Where the book is"))
        self.setObjectName("book_dialog")
        self._place = place
        self._ops = ops
        self._password_typed = False
        server = place.server or ServerAddress("", "", "")
        intro = QLabel(self.tr(
            "One PC: keep the book in a file on this PC. Two or three PCs: put the book on a "
            "PostgreSQL server in your network, and choose it here on every PC; they then "
            "all work in the same book."
        ))  # fmt: skip
        intro.setWordWrap(True)
        self.on_this_pc = QRadioButton(self.tr("On this PC"))
        self.on_server = QRadioButton(self.tr("On a server (PostgreSQL)"))
        self._where = QButtonGroup(self)
        self._where.addButton(self.on_this_pc)
        self._where.addButton(self.on_server)
        (self.on_server if place.server else self.on_this_pc).setChecked(True)
        self.file_note = QLabel(
            self.tr("Now: %1").replace("%1", place.shown)
            if place.server is None
            else self.tr("The file %1").replace("%1", place.this_pc)
        )
        self.file_note.setWordWrap(True)
        self.host = QLineEdit(server.host)
        self.host.setPlaceholderText(self.tr("e.g. 192.168.1.20 or kantoor-pc"))
        self.host.setMaxLength(200)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(server.port or DEFAULT_PORT)
        self.database = QLineEdit(server.database)
        self.database.setPlaceholderText(self.tr("e.g. debiteuren"))
        self.database.setMaxLength(63)  # PostgreSQL's longest name
        self.user = QLineEdit(server.user)
        self.user.setMaxLength(63)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        if place.server is not None:
            self.password.setPlaceholderText(self.tr("Unchanged"))
        self.password.textEdited.connect(self._typed)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setVisible(ops is not None)
        self.test_button.clicked.connect(self.test_connection)
        self.result = QLabel()
        self.result.setObjectName("book_test_result")
        self.result.setWordWrap(True)
        self.copy_box = QCheckBox(self.tr("Copy this book to the server"))
        self.copy_box.setToolTip(
            self.tr("Only into an empty database: a book already on the server is never "
                    "overwritten. The copy is checked table by table.")
        )  # fmt: skip
        self.copy_box.setChecked(place.server is None)
        self.copy_box.setVisible(place.server is None)  # a server book is not copied back
        form = QFormLayout()
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.test_button)
        form.addRow(self.result)
        form.addRow(self.copy_box)
        self._server_fields = QWidget()
        self._server_fields.setLayout(form)
        column = QVBoxLayout()
        for widget in (intro, self.on_this_pc, self.file_note, self.on_server):
            column.addWidget(widget)
        column.addWidget(self._server_fields)
        self.watch(self._where.buttonToggled, self.host.textChanged, self.port.valueChanged)
        self.watch(self.database.textChanged, self.user.textChanged, self.password.textChanged)
        self.finish(column)
        self.setMinimumWidth(500)

    def _typed(self, _text: str) -> None:
        self._password_typed = True

    def _address(self) -> ServerAddress:
        return ServerAddress(
            self.host.text().strip(), self.database.text().strip(), self.user.text().strip(),
            self.port.value(),
        )  # fmt: skip

    def is_valid(self) -> bool:
        self.result.clear()
        server = self.on_server.isChecked()
        self._server_fields.setEnabled(server)
        filled = bool(self.host.text().strip() and self.database.text().strip())
        self.test_button.setEnabled(server and filled)
        self.copy_box.setEnabled(True)  # until a test finds a book there
        return not server or filled

    @property
    def choice(self) -> BookChoice:
        if not self.on_server.isChecked():
            return BookChoice(None)
        copy = self._place.server is None and self.copy_box.isChecked()
        return BookChoice(self._address(), self._new_password(), copy)

    @property
    def changed(self) -> bool:
        """Whether the choice differs from where the book is now."""
        choice = self.choice
        return choice.server != self._place.server or choice.password is not None

    def _new_password(self) -> str | None:
        return self.password.text() if self._password_typed else None

    def test_connection(self) -> None:
        if self._ops is None:
            return
        address, password = self._address(), self._new_password()
        self.test_button.setEnabled(False)
        self.result.setStyleSheet("")
        self.result.setText(self.tr("Connecting…"))
        self._ops.run(
            lambda: book_choice.probe(address.url(password)),
            parent=self,
            on_success=self._tested,
            on_failure=self._test_failed,
        )

    def _tested(self, found: ServerBook) -> None:
        self.test_button.setEnabled(True)
        self.result.setStyleSheet(_GOOD)
        if found.clients is None:
            text = self.tr("The connection works. The database is empty: a new book is made "
                           "there, or this book is copied into it.")  # fmt: skip
        else:
            text = self.tr(
                "The connection works. The server holds a book with %n clients; this PC "
                "will work in that book.", "", found.clients,
            )  # fmt: skip
            self.copy_box.setChecked(False)
        self.copy_box.setEnabled(found.clients is None)
        self.result.setText(text)

    def _test_failed(self, error: Exception) -> None:
        self.test_button.setEnabled(True)
        self.result.setStyleSheet(_BAD)
        assert self._ops is not None
        self.result.setText(self._ops.message_for(error))
