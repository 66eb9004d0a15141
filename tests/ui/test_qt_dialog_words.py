"""Qt's own file dialog speaks Dutch throughout in the Dutch app: Qt 6 writes "&Look in:"
and "Files of &type:" with a mnemonic, which the qtbase_nl PySide6 ships lacks, so the
dialog behind Bestand › Facturen inlezen… said "Look in:" beside "Bestandsnaam:" (seen
using the app). Our translation fills those two."""

from PySide6.QtWidgets import QFileDialog

from tests.ui.translation import dutch

LABELS = QFileDialog.DialogLabel


def test_the_file_dialogs_labels_are_dutch(qtbot, qapp):
    with dutch(qapp):
        dialog = QFileDialog(None, "Facturen inlezen")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        qtbot.addWidget(dialog)
        labels = [dialog.labelText(label).replace("&", "")
                  for label in (LABELS.LookIn, LABELS.FileName, LABELS.FileType)]  # fmt: skip
    assert labels == ["Zoeken in:", "Bestandsnaam:", "Bestandstype:"]
