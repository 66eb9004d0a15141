"""The invoice import dialog as a new user meets it (issue 12): the export's columns with
their meaning guessed, the first rows as they will be imported, a wrong choice explained
in Dutch with the import refused, then the import itself on the worker; the same export
again adds nothing; a folder of e-invoices needs no mapping."""

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox
from sqlalchemy import func, select

from debiteur_desk.services.invoice_import import remembered_columns
from debiteur_desk.store.models import Invoice
from debiteur_desk.ui.dialogs import invoice_import_dialog
from debiteur_desk.ui.dialogs.invoice_import_dialog import InvoiceImportDialog
from debiteur_desk.ui.operations import Operations
from tests.ui.translation import dutch

INVOICES = Path(__file__).parents[1] / "data" / "invoices"
CSV = INVOICES / "invoices-export.csv"


@pytest.fixture(autouse=True)
def _dutch(qapp):
    with dutch(qapp):
        yield


@pytest.fixture
def ops(qapp):
    operations = Operations("nl")
    yield operations
    operations.wait()


def _open(qtbot, ops, db, paths) -> InvoiceImportDialog:
    dialog = InvoiceImportDialog(None, ops, db, "nl", paths)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.settled, timeout=20_000):
        dialog.show()
    return dialog


def _count(db) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(Invoice))


def _choice(dialog, header) -> QComboBox:
    row = dialog.source.table.headers.index(header)
    return dialog.columns_box.cellWidget(row, 2)


def test_the_export_is_previewed_mapped_and_imported(qtbot, ops, db):
    dialog = _open(qtbot, ops, db, [CSV])
    assert _choice(dialog, "Factuurnummer").currentText() == "factuurnummer"
    assert _choice(dialog, "Openstaand").currentText() == "openstaand"
    assert dialog.rows.rowCount() == 20
    first = [dialog.rows.item(0, c).text() for c in range(7)]
    assert first == ["2026-0001", "05-01-2026", "19-01-2026", "Pieter Bakker (nieuw)",
                     "€\xa0142,50", "€\xa0142,50", "nieuw"]  # fmt: skip
    assert dialog.summary.text().startswith("60 nieuwe facturen · 0 al in het boek")
    assert dialog.ok.isEnabled()
    # A wrong choice: without the invoice number the file cannot be read; said in Dutch.
    with qtbot.waitSignal(dialog.settled, timeout=10_000):
        _choice(dialog, "Factuurnummer").setCurrentIndex(0)
    assert dialog.summary.text() == "Kies nog een kolom voor: factuurnummer."
    assert not dialog.ok.isEnabled() and dialog.rows.rowCount() == 0
    with qtbot.waitSignal(dialog.settled, timeout=10_000):
        _choice(dialog, "Factuurnummer").setCurrentIndex(1)  # the first field: the number
    assert dialog.ok.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.ok.click()
    assert _count(db) == 60
    assert remembered_columns(db, dialog.source.table.headers)["number"] == "Factuurnummer"
    again = _open(qtbot, ops, db, [CSV])
    assert again.summary.text().startswith("0 nieuwe facturen · 60 al in het boek")
    assert again.rows.item(0, 6).text() == "staat er al in" and not again.ok.isEnabled()


def test_a_folder_of_e_invoices_needs_no_mapping(qtbot, ops, db):
    dialog = _open(qtbot, ops, db, [CSV])
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.ok.click()
    ubl = sorted((INVOICES / "ubl").glob("*.xml"))
    dialog = _open(qtbot, ops, db, ubl)
    assert not dialog.columns_box.isVisible()
    assert "3 nieuwe facturen" in dialog.summary.text()
    assert "1 creditnota" in dialog.summary.text()
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.ok.click()
    assert _count(db) == 63


def test_an_export_and_e_invoices_together_are_refused_in_words(qtbot, ops, db):
    ubl = sorted((INVOICES / "ubl").glob("*.xml"))[:1]
    dialog = _open(qtbot, ops, db, [CSV, *ubl])
    assert dialog.summary.text() == (
        "Kies één export (CSV of Excel) per keer, of alleen e-facturen (UBL)."
    )
    assert not dialog.ok.isEnabled() and _count(db) == 0


def _long_export(tmp_path) -> Path:
    header = "Factuurnummer;Factuurdatum;Relatie;Bedrag incl. btw;Omschrijving"
    lines = [f"L-{n};05-01-2026;Klant {n % 40};12,50;regel {n}" for n in range(1, 1201)]
    export = tmp_path / "lang.csv"
    export.write_text("\r\n".join([header, *lines]), encoding="utf-8")
    return export


def test_the_first_rows_show_while_the_rest_of_the_file_is_read(
    qtbot, ops, db, tmp_path, monkeypatch
):
    """A changed mapping shows the first rows at once; the counts, which need the whole
    file (seconds for 50,000 rows), follow, and only then may the user import."""
    dialog = _open(qtbot, ops, db, [_long_export(tmp_path)])
    whole_file = threading.Event()
    preview_of = invoice_import_dialog.preview_of

    def slow_for_the_whole_file(db, rows, total, kind):
        if total > invoice_import_dialog.PREVIEW_ROWS:
            whole_file.wait(20)
        return preview_of(db, rows, total, kind)

    monkeypatch.setattr(invoice_import_dialog, "preview_of", slow_for_the_whole_file)
    _choice(dialog, "Omschrijving").setCurrentIndex(0)
    dialog.rows.setRowCount(0)  # what the earlier preview showed
    qtbot.waitUntil(lambda: dialog.rows.rowCount() == 20, timeout=10_000)
    assert dialog.rows.item(0, 0).text() == "L-1" and dialog.rows.item(0, 6).text() == "nieuw"
    assert dialog.summary.text() == "Het bestand wordt gelezen…" and not dialog.ok.isEnabled()
    with qtbot.waitSignal(dialog.settled, timeout=20_000):
        whole_file.set()
    assert dialog.summary.text().startswith("1.200 nieuwe facturen") and dialog.ok.isEnabled()


def test_a_long_export_is_previewed_whole_and_says_it_is_reading(qtbot, ops, db, tmp_path):
    """Issue 12: the preview reads the whole export as the import will (counts of every
    row) but keeps only its first rows; while it reads, the dialog says so instead of
    showing the last mapping's counts as if they were this one's."""
    dialog = _open(qtbot, ops, db, [_long_export(tmp_path)])
    assert dialog.rows.rowCount() == 20 and dialog.rows.item(19, 0).text() == "L-20"
    assert dialog.summary.text().startswith("1.200 nieuwe facturen")
    assert "40 nieuwe klanten" in dialog.summary.text()
    with qtbot.waitSignal(dialog.settled, timeout=20_000):
        _choice(dialog, "Omschrijving").setCurrentIndex(0)
        assert dialog.summary.text() == "Het bestand wordt gelezen…"
    assert dialog.summary.text().startswith("1.200 nieuwe facturen") and dialog.ok.isEnabled()
