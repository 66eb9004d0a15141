"""Edit the letter texts per kind and language; checked on save, reset to the shipped text.
Reading and saving run on the worker, as everything that touches the book.

The legal wording (the 14-day term, the payment-plan clauses) is not here: it is fixed
in the letters so that no edit can make a letter invalid.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from debiteur_desk.domain.errors import DebiteurError
from debiteur_desk.letters import PARTS, PLACEHOLDERS, Language, LetterKind
from debiteur_desk.services.book import Database
from debiteur_desk.services.templates import (
    is_customised,
    reset_template,
    save_template,
    template_texts,
)
from debiteur_desk.ui.changes import Change
from debiteur_desk.ui.letters.kind_names import kind_name
from debiteur_desk.ui.operations import Operations
from debiteur_desk.ui.screen_fit import fit_to_screen

PART_NAMES = {
    "subject": QT_TRANSLATE_NOOP("TemplateEditor", "Subject"),
    "intro": QT_TRANSLATE_NOOP("TemplateEditor", "Opening"),
    "body": QT_TRANSLATE_NOOP("TemplateEditor", "Main text"),
    "outro": QT_TRANSLATE_NOOP("TemplateEditor", "Closing text"),
    "closing": QT_TRANSLATE_NOOP("TemplateEditor", "Sign-off"),
    "phone_call": QT_TRANSLATE_NOOP("TemplateEditor", "About the phone call"),
    "one_time": QT_TRANSLATE_NOOP("TemplateEditor", "One-time exception"),
}


class TemplateEditor(QDialog):
    settled = Signal()  # texts read and shown, or a save answered (saved or refused)

    def __init__(self, ops: Operations, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops, self._db = ops, db
        self.setWindowTitle(self.tr("Letter texts"))
        fit_to_screen(self, 820, 680)
        self._kind = QComboBox()
        for kind in LetterKind:
            self._kind.addItem(kind_name(kind), kind)
        self._language = QComboBox()
        self._language.addItem(self.tr("Dutch"), Language.NL)
        self._language.addItem(self.tr("English"), Language.EN)
        self._editors: dict[str, QPlainTextEdit] = {}
        self._form = QFormLayout()
        self._placeholders = QLabel()
        self._placeholders.setWordWrap(True)
        self._problem = QLabel()
        self._problem.setWordWrap(True)
        self._problem.setStyleSheet("color: #b00020")
        self._state = QLabel()
        self._save = QPushButton(self.tr("Save"))
        self._reset = QPushButton(self.tr("Restore the standard text"))
        close = QPushButton(self.tr("Close"))

        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("Letter")))
        choose.addWidget(self._kind, 1)
        choose.addWidget(QLabel(self.tr("Language")))
        choose.addWidget(self._language)
        buttons = QHBoxLayout()
        buttons.addWidget(self._state, 1)
        for button in (self._reset, self._save, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addLayout(self._form)
        layout.addWidget(self._placeholders)
        layout.addWidget(self._problem)
        layout.addLayout(buttons)

        self._kind.currentIndexChanged.connect(self._load)
        self._language.currentIndexChanged.connect(self._load)
        self._save.clicked.connect(self._store)
        self._reset.clicked.connect(self._restore)
        close.clicked.connect(self.accept)
        self._load()

    @property
    def kind(self) -> LetterKind:
        return LetterKind(self._kind.currentData())

    @property
    def language(self) -> Language:
        return Language(self._language.currentData())

    def _load(self) -> None:
        kind, language, db = self.kind, self.language, self._db
        self._save.setEnabled(False)
        self._ops.run(
            lambda: (template_texts(db, kind, language), is_customised(db, kind, language)),
            parent=self,
            on_success=lambda found: self._show(kind, language, *found),
        )

    def _show(self, kind: LetterKind, language: Language, texts: dict[str, str], own: bool) -> None:
        if (kind, language) != (self.kind, self.language):
            return  # another letter was chosen while these texts were read
        while self._form.rowCount():
            self._form.removeRow(0)
        self._editors.clear()
        for part in PARTS[kind]:
            editor = QPlainTextEdit(texts.get(part, ""))
            editor.setMaximumHeight(38 if part in ("subject", "closing") else 110)
            editor.textChanged.connect(self._problem.clear)
            self._editors[part] = editor
            self._form.addRow(self.tr(PART_NAMES.get(part, part)), editor)
        names = ", ".join("{" + p + "}" for p in sorted(PLACEHOLDERS[kind]))
        self._placeholders.setText(self.tr("You can use: %1").replace("%1", names))
        self._problem.clear()
        self._show_state(own)
        self._save.setEnabled(True)
        self.settled.emit()

    def _show_state(self, own: bool) -> None:
        self._state.setText(self.tr("Your own text") if own else self.tr("Standard text"))
        self._reset.setEnabled(own)

    def parts(self) -> dict[str, str]:
        return {part: editor.toPlainText() for part, editor in self._editors.items()}

    def _store(self) -> None:
        kind, language, parts, db = self.kind, self.language, self.parts(), self._db
        self._save.setEnabled(False)

        def stored(_result: object) -> None:
            self._show_state(True)
            self._save.setEnabled(True)
            self.settled.emit()

        def refused(error: Exception) -> None:
            if isinstance(error, DebiteurError):
                self._problem.setText(self._ops.message_for(error))
            else:
                self._ops.show_error(error, self)
            self._save.setEnabled(True)
            self.settled.emit()

        self._ops.run(
            lambda: save_template(db, kind, language, parts),
            parent=self,
            on_success=stored,
            on_failure=refused,
            changes=Change.SETTINGS,
        )

    def _restore(self) -> None:
        kind, language, db = self.kind, self.language, self._db
        self._ops.run(
            lambda: reset_template(db, kind, language),
            parent=self,
            on_success=lambda _result: self._load(),
            changes=Change.SETTINGS,
        )
