"""Before a batch of reminders: is the last bank statement recent? (issue 13, Worklist)

A reminder for an invoice that was paid yesterday costs goodwill. When the last statement
was read more than three working days ago (or never), the user is told when and asked
whether to read the statement first (Yes: File › Read a bank statement opens), to go on
anyway (No) or to stop (Cancel).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from debiteur_desk.text.formatting import format_date
from debiteur_desk.ui.modal import box_parent

if TYPE_CHECKING:
    from debiteur_desk.services.statement_age import StatementAge

IMPORT_ACTION = "import_statement"  # ui/import_commands.py
_Button = QMessageBox.StandardButton


class StatementWarning(QObject):
    def text(self, age: StatementAge, language: str) -> str:
        if age.last_import is None:
            return self.tr("No bank statement has been read yet — a reminder for an invoice "
                           "that was paid yesterday costs goodwill. Read the statement "
                           "first?")  # fmt: skip
        day = format_date(age.last_import, language)
        return self.tr("The last bank statement is from %1 — a reminder for an invoice that "
                       "was paid yesterday costs goodwill. Read the statement "
                       "first?").replace("%1", day)  # fmt: skip

    def ask(self, parent: QWidget, age: StatementAge, language: str) -> _Button:
        return QMessageBox.warning(
            box_parent(parent),
            self.tr("Reminders"),
            self.text(age, language),
            _Button.Yes | _Button.No | _Button.Cancel,
            _Button.Yes,
        )


def go_on_with_reminders(parent: QWidget, age: StatementAge, language: str) -> bool:
    """True when the statement is recent, or the user goes on anyway; reading it first
    opens File › Read a bank statement."""
    if not age.stale:
        return True
    answer = StatementWarning(parent).ask(parent, age, language)
    if answer == _Button.Yes:
        action = parent.window().findChild(QAction, IMPORT_ACTION)
        if action is not None:
            action.trigger()
        return False
    return answer == _Button.No
