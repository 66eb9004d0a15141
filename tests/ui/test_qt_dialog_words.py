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


def test_the_print_dialogs_double_sided_printing_is_dutch(qtbot, qapp):
    """Bestand › Afdrukken…: the print dialog's double-sided group is newer than the
    qtbase_nl catalogue and read "Double Sided Printing", "Off", "Long side binding"."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

    with dutch(qapp):
        printer = QPrinter()
        dialog = QPrintDialog(printer)
        qtbot.addWidget(dialog)
        words = {w.title() for w in dialog.findChildren(QGroupBox)}
        words |= {
            w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)
        }
    assert {"Dubbelzijdig afdrukken", "Uit", "Binden aan de lange zijde", "Pagina&set:"} <= words
    assert not {"Double Sided Printing", "Off", "Long side binding", "Page &Set:"} & words
