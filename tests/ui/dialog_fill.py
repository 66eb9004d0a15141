"""A dialog filled in and confirmed as a user would, without its modal loop."""

from PySide6.QtWidgets import QDialog


def accept_with(monkeypatch, dialog_class, fill):
    """Replace the dialog's exec: fill it in like a user, then press OK."""

    def fake_exec(dialog):
        fill(dialog)
        assert dialog.ok_button.isEnabled(), "the dialog should accept this input"
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialog_class, "exec", fake_exec)
