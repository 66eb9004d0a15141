"""PySide6 6.12.0 under Python 3.11 loses a reference to None on every void Qt call and to
True on every signal emit, and the interpreter aborts after a few thousand (pyproject pins
it out). This keeps a Qt binding with that fault from coming back unnoticed."""

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Sender(QObject):
    happened = Signal()


def test_void_calls_keep_references_to_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for n in range(2000):
        label.setText(str(n))
    assert sys.getrefcount(None) - before > -100


def test_signal_emits_keep_references_to_true():
    sender = _Sender()
    before = sys.getrefcount(True)
    for _ in range(2000):
        sender.happened.emit()
    assert sys.getrefcount(True) - before > -100
