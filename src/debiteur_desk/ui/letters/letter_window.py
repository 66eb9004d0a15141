"""Make a letter: choose the kind and the invoices, see the real PDF, then file, print, send.

The preview is the letter exactly as it will be filed (same data, same renderer).
When the law or the book does not allow the letter, the reason shows instead.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from debiteur_desk.domain import clock
from debiteur_desk.formatting import format_date, format_money
from debiteur_desk.letters import LetterKind
from debiteur_desk.services.book import Database
from debiteur_desk.services.letter_context import LetterRequest
from debiteur_desk.services.letters import (
    MadeLetter,
    make_letter,
    mark_letter_sent,
    prepare_letter,
    render_prepared,
    unverified_rates,
)
from debiteur_desk.services.reports import InvoiceFilter, list_invoices
from debiteur_desk.ui.dialogs.date_field import DateField
from debiteur_desk.ui.letters.kind_names import kind_name
from debiteur_desk.ui.letters.pdf_view import PdfPreview, print_document
from debiteur_desk.ui.letters.sent_dialog import LetterSentDialog
from debiteur_desk.ui.modal import ask
from debiteur_desk.ui.operations import Operations

ALL_OVERDUE = ""


class LetterWindow(QDialog):
    def __init__(
        self,
        ops: Operations,
        db: Database,
        client_id: int,
        *,
        kind: LetterKind = LetterKind.REMINDER,
        invoice_number: str | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops, self._db, self._client_id = ops, db, client_id
        self._today = today or clock.today()
        self._generation = 0
        self._made: MadeLetter | None = None
        self.setWindowTitle(self.tr("Make a letter"))
        self.resize(1100, 700)

        self._kind = QComboBox()
        for k in LetterKind:
            self._kind.addItem(kind_name(k), k)
        self._kind.setCurrentIndex(list(LetterKind).index(kind))
        self._scope = QComboBox()
        self._scope.addItem(self.tr("All overdue invoices of this client"), ALL_OVERDUE)
        language = ops.language
        for row in list_invoices(db, client_id=client_id, status=InvoiceFilter.OPEN):
            label = f"{row.number} — {format_money(row.open, language)}"
            self._scope.addItem(label, row.number)
        if invoice_number is not None:
            self._scope.setCurrentIndex(max(0, self._scope.findData(invoice_number)))
        self._date = DateField()
        self._date.set_date(self._today)
        self._own_deadline = QCheckBox(self.tr("Own deadline"))
        self._deadline = DateField()
        self._deadline.set_date(self._today)
        self._deadline.setEnabled(False)

        self._problem = QLabel()
        self._problem.setWordWrap(True)
        self._problem.setStyleSheet("color: #b00020")
        self._warning = QLabel()
        self._warning.setWordWrap(True)
        self._warning.setStyleSheet("color: #8a5300")
        self._status = QLabel()
        self._status.setWordWrap(True)
        self._file_button = QPushButton(self.tr("Make and file"))
        self._print_button = QPushButton(self.tr("Print…"))
        self._sent_button = QPushButton(self.tr("Mark as sent…"))
        close = QPushButton(self.tr("Close"))
        for button in (self._print_button, self._sent_button):
            button.setEnabled(False)

        form = QFormLayout()
        form.addRow(self.tr("Letter"), self._kind)
        form.addRow(self.tr("About"), self._scope)
        form.addRow(self.tr("Date"), self._date)
        form.addRow(self._own_deadline, self._deadline)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addWidget(self._problem)
        side.addWidget(self._warning)
        side.addStretch(1)
        side.addWidget(self._status)
        for button in (self._file_button, self._print_button, self._sent_button, close):
            side.addWidget(button)
        panel = QWidget()
        panel.setLayout(side)
        panel.setMinimumWidth(320)
        self.preview = PdfPreview()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(panel)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 1)
        outer = QHBoxLayout(self)
        outer.addWidget(splitter)

        self._refresh_timer = QTimer(self, singleShot=True, interval=250)
        self._refresh_timer.timeout.connect(self._refresh)
        for signal in (
            self._kind.currentIndexChanged,
            self._scope.currentIndexChanged,
            self._date.date_changed,
            self._deadline.date_changed,
        ):
            signal.connect(self._changed)
        self._own_deadline.toggled.connect(self._deadline.setEnabled)
        self._own_deadline.toggled.connect(self._changed)
        self._file_button.clicked.connect(self._file)
        self._print_button.clicked.connect(self._print)
        self._sent_button.clicked.connect(self._mark_sent)
        close.clicked.connect(self.accept)
        self._refresh()

    def request(self) -> LetterRequest:
        number = self._scope.currentData() or None
        return LetterRequest(
            LetterKind(self._kind.currentData()),
            invoice_number=number,
            client_id=None if number else self._client_id,
            letter_date=self._date.last_date,
            deadline=self._deadline.last_date if self._own_deadline.isChecked() else None,
        )

    def _changed(self) -> None:
        self._made = None
        self._print_button.setEnabled(False)
        self._sent_button.setEnabled(False)
        self._status.clear()
        self._refresh_timer.start()

    def _refresh(self) -> None:
        self._generation += 1
        generation, request, db, today = self._generation, self.request(), self._db, self._today

        def render() -> tuple[bytes, list[date]]:
            prepared = prepare_letter(db, request, today)
            return render_prepared(db, prepared), unverified_rates(prepared)

        def shown(result: tuple[bytes, list[date]]) -> None:
            if generation == self._generation:
                pdf, unverified = result
                self._problem.clear()
                self._warning.setText(self._rate_warning(unverified))
                self.preview.show_pdf(pdf)
                self._file_button.setEnabled(True)

        def refused(error: BaseException) -> None:
            if generation == self._generation:
                self._warning.clear()
                self.preview.clear()
                self._problem.setText(self._ops.message_for(error))
                self._file_button.setEnabled(False)

        self._ops.run(render, parent=self, on_success=shown, on_failure=refused, changes_data=False)

    def _rate_warning(self, starts: list[date]) -> str:
        if not starts:
            return ""
        days = ", ".join(format_date(day, self._ops.language) for day in starts)
        return self.tr(
            "Check before sending: the statutory interest rate from %1 is not verified. "
            "Correct it in Settings if it is wrong."
        ).replace("%1", days)

    def _file(self) -> None:
        request, db, today = self.request(), self._db, self._today
        self._file_button.setEnabled(False)

        def done(made: MadeLetter) -> None:
            self._made = made
            self.preview.show_pdf(Path(made.path).read_bytes())
            self._status.setText(self.tr("Filed as %1").replace("%1", str(made.path)))
            self._print_button.setEnabled(True)
            self._sent_button.setEnabled(True)

        def failed(error: BaseException) -> None:
            self._file_button.setEnabled(True)
            self._ops.show_error(error, self)

        self._ops.run(
            lambda: make_letter(db, request, today=today),
            parent=self,
            on_success=done,
            on_failure=failed,
        )

    def _print(self) -> None:
        if self._made is not None:
            print_document(self, self.preview.document, self._made.path.name)

    def _mark_sent(self) -> None:
        if self._made is None:
            return
        dialog = LetterSentDialog(self, self._today)
        if not ask(dialog):
            return
        info, letter_id, db = dialog.value, self._made.letter_id, self._db
        self._ops.run(
            lambda: mark_letter_sent(db, letter_id, info.on, info.via, info.tracking_number),
            parent=self,
            on_success=lambda _: self._status.setText(self.tr("Marked as sent.")),
        )

    @property
    def made(self) -> MadeLetter | None:
        return self._made
