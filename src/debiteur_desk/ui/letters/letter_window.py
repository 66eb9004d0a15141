"""Make a letter: choose the kind and the invoices, see the real PDF, then file, print, send.

The preview is the letter exactly as it will be filed (same data, same renderer). When the
law or the book does not allow the letter, the reason shows instead. The window opens on
the letter the client's next step asks for, or says that step is no letter. Everything it
reads runs on the worker (``Operations``).
"""

from __future__ import annotations

from datetime import date, timedelta
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
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from debiteur_desk.domain import clock
from debiteur_desk.letters import LetterKind
from debiteur_desk.services.book import Database
from debiteur_desk.services.letter_choice import LetterChoice, letter_choice
from debiteur_desk.services.letter_context import TERM_DAYS, LetterRequest
from debiteur_desk.services.letters import (
    MadeLetter,
    letter_notices,
    make_letter,
    mark_letter_sent,
    prepare_letter,
    render_prepared,
    template_overrides,
)
from debiteur_desk.services.worklist_items import describe as describe_step
from debiteur_desk.text.formatting import format_date, format_money
from debiteur_desk.text.messages import describe
from debiteur_desk.ui.changes import Change
from debiteur_desk.ui.dialogs.date_field import DateField
from debiteur_desk.ui.labels import ACTIONS, label
from debiteur_desk.ui.letters.email_actions import LetterEmailer
from debiteur_desk.ui.letters.kind_names import kind_name
from debiteur_desk.ui.letters.pdf_view import PdfPreview, print_document
from debiteur_desk.ui.letters.sent_dialog import LetterSentDialog
from debiteur_desk.ui.modal import ask
from debiteur_desk.ui.operations import Operations
from debiteur_desk.ui.screen_fit import fit_to_screen

ALL_OVERDUE = ""
_PREVIEW_DELAY_MS = 250  # render once the user stops changing things


class LetterWindow(QDialog):
    def __init__(
        self,
        ops: Operations,
        db: Database,
        client_id: int,
        *,
        kind: LetterKind | None = None,
        invoice_number: str | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops, self._db, self._client_id = ops, db, client_id
        self._today = today or clock.today()
        self._asked_kind, self._asked_invoice = kind, invoice_number
        self._generation = 0
        self._ready = False  # the client's invoices and next step have arrived
        self._made: MadeLetter | None = None
        self.setWindowTitle(self.tr("Make a letter"))

        self._kind = QComboBox()
        for k in LetterKind:
            self._kind.addItem(kind_name(k), k)
        self._kind.setCurrentIndex(list(LetterKind).index(kind or LetterKind.REMINDER))
        self._step = QLabel()
        self._step.setWordWrap(True)
        self._step.setObjectName("next_step")
        self._scope = QComboBox()
        self._scope.addItem(self.tr("All overdue invoices of this client"), ALL_OVERDUE)
        self._date = DateField()
        self._date.set_date(self._today)
        self._own_deadline = QCheckBox(self.tr("Own deadline"))
        self._deadline = DateField()
        self._deadline.setEnabled(False)

        self._problem = self._note("#b00020")
        self._warning = self._note("#8a5300")
        self._status = self._note("")
        self._file_button = QPushButton(self.tr("Make and file"))
        self._print_button = QPushButton(self.tr("Print…"))
        self._sent_button = QPushButton(self.tr("Mark as sent…"))
        self.email_button = QPushButton(self.tr("E-mail…"))
        self.email_button.setToolTip(
            self.tr("The letter as an e-mail with the PDF attached, in your own mail program")
        )
        self._emailer = LetterEmailer(self, ops, db, self._status.setText)
        close = QPushButton(self.tr("Close"))
        self._after_filing = (self._print_button, self.email_button, self._sent_button)
        for button in (self._file_button, *self._after_filing):
            button.setEnabled(False)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Letter"), self._kind)
        form.addRow(self._step)
        form.addRow(self.tr("About"), self._scope)
        form.addRow(self.tr("Date"), self._date)
        form.addRow(self._own_deadline, self._deadline)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addWidget(self._problem)
        side.addWidget(self._warning)
        side.addStretch(1)
        side.addWidget(self._status)
        for button in (self._file_button, *self._after_filing, close):
            side.addWidget(button)
        panel = QWidget()
        panel.setLayout(side)
        scroll = QScrollArea()  # the side panel scrolls rather than push the window wider
        scroll.setWidgetResizable(True)
        scroll.setWidget(panel)
        scroll.setMinimumWidth(300)
        self.preview = PdfPreview()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 700])
        outer = QHBoxLayout(self)
        outer.addWidget(splitter)
        fit_to_screen(self, 1100, 760)  # large enough to read the letter, never too large

        self._refresh_timer = QTimer(self, singleShot=True, interval=_PREVIEW_DELAY_MS)
        self._refresh_timer.timeout.connect(self._refresh)
        for signal in (
            self._kind.currentIndexChanged,
            self._scope.currentIndexChanged,
            self._date.changed,
            self._deadline.changed,
        ):
            signal.connect(self._changed)
        self._kind.currentIndexChanged.connect(self._kind_changed)
        self._date.changed.connect(self._date_changed)
        self._own_deadline.toggled.connect(self._deadline_toggled)
        self._file_button.clicked.connect(self._file)
        self._print_button.clicked.connect(self._print)
        self._sent_button.clicked.connect(self._mark_sent)
        self.email_button.clicked.connect(self._email)
        close.clicked.connect(self.accept)
        self._kind_changed()
        self._load()

    @staticmethod
    def _note(colour: str) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if colour:
            label.setStyleSheet(f"color: {colour}")
        return label

    # -- opening: the client's invoices and where the client is on the path --------------
    def _load(self) -> None:
        db, client_id, today = self._db, self._client_id, self._today
        self._ops.run(
            lambda: letter_choice(db, client_id, today),
            parent=self,
            on_success=self._loaded,
        )

    def _loaded(self, choice: LetterChoice) -> None:
        language = self._ops.language
        blocked = self._scope.blockSignals(True)
        for row in choice.invoices:
            self._scope.addItem(f"{row.number} — {format_money(row.open, language)}", row.number)
        if self._asked_invoice is not None:
            self._scope.setCurrentIndex(max(0, self._scope.findData(self._asked_invoice)))
        self._scope.blockSignals(blocked)
        self._show_step(choice)
        if self._asked_kind is None:
            self._kind.setCurrentIndex(list(LetterKind).index(choice.suggested))
        self._ready = True
        self._refresh()

    def _show_step(self, choice: LetterChoice) -> None:
        step, language = choice.step, self._ops.language
        if step is None:
            self._step.setText(self.tr("Nothing is due for this client."))
            return
        what = f"{label(ACTIONS, step.action)} ({format_date(step.due_on, language)}). "
        what += describe_step(step, language)
        if not choice.step_is_letter:
            text = self.tr("Next step: %1 No letter is due now.").replace("%1", what)
        else:
            text = self.tr("Next step: %1").replace("%1", what)
        self._step.setText(text)

    # -- choosing ----------------------------------------------------------------------
    def request(self) -> LetterRequest:
        number = (self._scope.currentData() or None) if self._scope.isEnabled() else None
        own = self._own_deadline.isChecked() and self._own_deadline.isEnabled()
        return LetterRequest(
            LetterKind(self._kind.currentData()),
            invoice_number=number,
            client_id=None if number else self._client_id,
            letter_date=self._date.date or self._today,
            deadline=self._deadline.date if own else None,
        )

    def _usual_deadline(self) -> date | None:
        days = TERM_DAYS.get(LetterKind(self._kind.currentData()))
        return (self._date.date or self._today) + timedelta(days=days) if days else None

    def _kind_changed(self) -> None:
        """A term of your own only where the letter has one; it starts at the usual term."""
        kind = LetterKind(self._kind.currentData())
        self._own_deadline.setEnabled(kind in TERM_DAYS)
        # A confirmation and a plan letter are about the agreement's or the plan's invoices.
        on_record = kind in (LetterKind.AGREEMENT_CONFIRMATION, LetterKind.PAYMENT_PLAN)
        self._scope.setEnabled(not on_record)
        label = self.tr("Sign and return by") if kind is LetterKind.PAYMENT_PLAN else None
        self._own_deadline.setText(label or self.tr("Own deadline"))
        if not self._own_deadline.isChecked():
            self._deadline.set_date(self._usual_deadline())
        self._deadline.setEnabled(self._own_deadline.isChecked() and kind in TERM_DAYS)

    def _date_changed(self) -> None:
        """The usual term runs from the letter's date; an own deadline stays as typed."""
        if not self._own_deadline.isChecked():
            self._deadline.set_date(self._usual_deadline())

    def _deadline_toggled(self, own: bool) -> None:
        if own and self._deadline.date is None:
            self._deadline.set_date(self._usual_deadline())
        self._deadline.setEnabled(own)
        self._changed()

    def _changed(self) -> None:
        self._made = None
        for button in self._after_filing:
            button.setEnabled(False)
        self._status.clear()
        self._refresh_timer.start()

    # -- the preview ---------------------------------------------------------------------
    def _refresh(self) -> None:
        if not self._ready:
            return
        self._generation += 1
        generation, request, db, today = self._generation, self.request(), self._db, self._today
        language = self._ops.language

        def render() -> tuple[bytes, list[str]]:
            prepared = prepare_letter(db, request, today)
            notices = letter_notices(prepared, template_overrides(db))
            notes = [describe(notice, language) for notice in notices]
            return render_prepared(db, prepared), notes

        def shown(result: tuple[bytes, list[str]]) -> None:
            if generation == self._generation:
                pdf, notes = result
                self._problem.clear()
                self._warning.setText("\n".join(notes))
                self.preview.show_pdf(pdf)
                self._file_button.setEnabled(True)

        def refused(error: Exception) -> None:
            if generation == self._generation:
                self._warning.clear()
                self.preview.clear()
                self._problem.setText(self._ops.message_for(error))
                self._file_button.setEnabled(False)

        self._ops.run(render, parent=self, on_success=shown, on_failure=refused)

    # -- filing, printing, sending -------------------------------------------------------
    def _file(self) -> None:
        request, db, today = self.request(), self._db, self._today
        self._file_button.setEnabled(False)

        def done(made: MadeLetter) -> None:
            self._made = made
            self.preview.show_pdf(Path(made.path).read_bytes())
            self._status.setText(self.tr("Filed as %1").replace("%1", str(made.path)))
            for button in self._after_filing:
                button.setEnabled(True)

        def failed(error: Exception) -> None:
            self._file_button.setEnabled(True)
            self._ops.show_error(error, self)

        self._ops.run(
            lambda: make_letter(db, request, today=today),
            parent=self,
            on_success=done,
            on_failure=failed,
            changes=Change.LETTERS,
        )

    def _print(self) -> None:
        if self._made is not None:
            print_document(self, self.preview.document, self._made.path.name)

    def _email(self) -> None:
        if self._made is not None:
            self._emailer.start(self._made.letter_id, self._today)

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
            changes=Change.LETTERS,
        )

    @property
    def made(self) -> MadeLetter | None:
        return self._made
