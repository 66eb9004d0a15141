"""A client's personal data in the window (issue 14, AVG/GDPR): export and erase from the
client's page, and the retention list from the File menu."""

import zipfile
from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMainWindow

from debiteur_desk.domain import clock
from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.services import privacy
from debiteur_desk.services.payments import PaymentInput, record_payment
from debiteur_desk.services.privacy import erase_preview
from debiteur_desk.store.models import Client
from debiteur_desk.ui import privacy_actions
from debiteur_desk.ui.book_context import BookContext
from debiteur_desk.ui.client_view import ClientView
from debiteur_desk.ui.dialogs.erase_client_dialog import EraseClientDialog
from debiteur_desk.ui.dialogs.retention_dialog import RetentionDialog
from debiteur_desk.ui.operations import Operations
from tests.integration.factories import client, invoice
from tests.ui.dialog_fill import accept_with

TODAY = clock.today()


def days(n):
    return TODAY + timedelta(days=n)


@pytest.fixture(autouse=True)
def documents(tmp_path, monkeypatch):
    monkeypatch.setenv("DEBITEUR_DESK_DOCUMENTS_DIR", str(tmp_path / "letters"))


@pytest.fixture
def told(monkeypatch):
    said = []
    monkeypatch.setattr(privacy_actions, "tell", lambda _p, _t, text, _i: said.append(text))
    return said


def _paid_client(db, name, invoice_date):
    cid = client(db, name, email="klant@voorbeeld.nl", phone="06-11112222")
    number = f"{name.split()[0].upper()}-1"
    iid = invoice(db, cid, number, "100.00", invoice_date=invoice_date)
    record_payment(db, PaymentInput(invoice_date, Decimal("100.00"), cid, ((iid, Decimal("100")),)))
    return cid


def _view(qtbot, ops, db, cid):
    view = ClientView(ops, db, cid, TODAY)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.show()
    return ops, view


def test_erase_from_the_client_page_after_typing_the_name(qtbot, ops, db, told, monkeypatch):
    """Art. 17 AVG from the window: the dialog says what goes and what stays (art. 52
    AWR), and erases only once the client's name is typed."""
    cid = _paid_client(db, "Piet Jansen", days(-30))
    ops, view = _view(qtbot, ops, db, cid)
    seen = []

    def fill(dialog: EraseClientDialog):
        text = " ".join(label.text() for label in dialog.findChildren(privacy_actions.QWidget)
                        if hasattr(label, "wordWrap"))  # fmt: skip
        seen.append(text)
        assert not dialog.ok_button.isEnabled()
        qtbot.keyClicks(dialog.confirm_name, "Piet Janse")
        assert not dialog.ok_button.isEnabled()  # not yet the name
        qtbot.keyClicks(dialog.confirm_name, "n")

    accept_with(monkeypatch, EraseClientDialog, fill)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.privacy.erase_action.trigger()
    ops.wait()
    assert "art. 52 AWR" in seen[0] and "Geanonimiseerde klant" in seen[0]
    assert len(told) == 1 and "anonymised" in told[0]  # (the English source: no .qm here)
    with db.reading() as session:
        row = session.get(Client, cid)
        assert (row.name, row.email, row.phone) == (f"Geanonimiseerde klant {cid}", "", "")
    assert f"Geanonimiseerde klant {cid}" in view.title.text()


def test_cancelling_the_confirmation_erases_nothing(qtbot, ops, db, told, monkeypatch):
    cid = _paid_client(db, "Bakker Bos", days(-30))
    ops, view = _view(qtbot, ops, db, cid)
    asked = []
    monkeypatch.setattr(
        EraseClientDialog, "exec", lambda d: asked.append(d) or QDialog.DialogCode.Rejected
    )
    view.privacy.erase_action.trigger()
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    ops.wait()
    with db.reading() as session:
        assert session.get(Client, cid).name == "Bakker Bos"
    assert told == []


def test_erase_is_refused_with_the_reason_while_an_invoice_is_open(
    qtbot, ops, db, told, monkeypatch
):
    """Art. 17 lid 3 AVG: while a claim is open the data stay; the user reads why and what
    to do, and no confirmation is offered."""
    cid = client(db, "Open Eind BV")
    invoice(db, cid, "OE-1", "80.00", invoice_date=days(-40), due=days(-10))
    ops, view = _view(qtbot, ops, db, cid)
    monkeypatch.setattr(EraseClientDialog, "exec", lambda d: pytest.fail("no dialog"))
    view.privacy.erase_action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    ops.wait()
    assert "OE-1" in told[0] and "art. 17 lid 3 AVG" in told[0]
    with db.reading() as session:
        assert session.get(Client, cid).name == "Open Eind BV"


def test_export_from_the_client_page(qtbot, ops, db, told, tmp_path):
    """Art. 15 and 20 AVG: the ZIP is written where the user chose and they are told."""
    cid = _paid_client(db, "Export BV", days(-30))
    ops, view = _view(qtbot, ops, db, cid)
    target = tmp_path / "export.zip"
    view.privacy.export(target)
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    ops.wait()
    assert str(target) in told[0]
    assert "gegevens.json" in zipfile.ZipFile(target).namelist()


def test_the_dialog_shows_the_credit_still_held(qtbot, db):
    cid = client(db, "Tegoed BV")
    record_payment(db, PaymentInput(days(-3), Decimal("25.00"), cid, keep_as_credit=True))
    dialog = EraseClientDialog(None, erase_preview(db, cid), "nl")
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(privacy_actions.QWidget)
                     if hasattr(label, "wordWrap"))  # fmt: skip
    assert "25,00" in texts and "terug" in texts


def test_retention_list_from_the_file_menu_anonymises_the_ticked(qtbot, db, monkeypatch):
    """Art. 52 lid 4 AWR: after seven years the closed clients are offered; only those
    ticked are anonymised."""
    old = _paid_client(db, "Oud BV", days(-8 * 365))
    older = _paid_client(db, "Ouder BV", days(-9 * 365))
    _paid_client(db, "Recent BV", days(-365))
    window = QMainWindow()
    qtbot.addWidget(window)
    ops, notes = Operations("nl"), []
    book = BookContext(db, ops, "nl", None, notes.append, lambda: TODAY)
    commands = privacy_actions.RetentionCommands(window, book)
    listed = []

    def fill(dialog: RetentionDialog):
        listed.extend(dialog.list.item(n).text() for n in range(dialog.list.count()))
        assert not dialog.ok_button.isEnabled()  # not yet confirmed
        dialog.list.item(0).setCheckState(Qt.CheckState.Unchecked)  # the oldest first
        dialog.understood.setChecked(True)

    accept_with(monkeypatch, RetentionDialog, fill)
    commands.action.trigger()
    qtbot.waitUntil(lambda: bool(notes), timeout=10_000)
    ops.wait()
    assert [t.split("  ")[0] for t in listed] == ["Ouder BV", "Oud BV"]
    with db.reading() as session:
        assert session.get(Client, older).name == "Ouder BV"
        assert session.get(Client, old).name == f"Geanonimiseerde klant {old}"


def _retention_commands(qtbot, db, ops):
    window = QMainWindow()
    qtbot.addWidget(window)
    notes = []
    book = BookContext(db, ops, "nl", None, notes.append, lambda: TODAY)
    return privacy_actions.RetentionCommands(window, book), notes


def _offered(dialog):
    return [dialog.list.item(n).text().split("  ")[0] for n in range(dialog.list.count())]


def test_the_retention_period_is_set_in_the_dialog_and_remembered(qtbot, db, ops, monkeypatch):
    """Art. 52 lid 4 AWR and art. 2:10 BW: at least seven years (the field says why and
    goes no lower); the owner may keep the data longer. Set to ten years, the client closed
    eight years ago is no longer offered, and the ten years are remembered for the book
    although nobody was anonymised."""
    _paid_client(db, "Acht Jaar BV", days(-8 * 365))
    _paid_client(db, "Elf Jaar BV", days(-11 * 365))
    commands, notes = _retention_commands(qtbot, db, ops)
    seen = []

    def set_ten_years_then_cancel(dialog: RetentionDialog):
        field = dialog.years
        seen.append((field.value(), field.minimum(), _offered(dialog)))
        assert "art. 52 AWR" in field.toolTip() and "art. 52 AWR" in dialog.why.text()
        field.setValue(6)  # no lower than the law allows
        assert field.value() == 7
        field.setValue(10)
        assert not dialog.ok_button.isEnabled()  # the list is read again first
        qtbot.waitUntil(lambda: _offered(dialog) == ["Elf Jaar BV"], timeout=10_000)
        seen.append((field.value(), dialog.intro.text()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(RetentionDialog, "exec", set_ten_years_then_cancel)
    commands.action.trigger()
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10_000)
    ops.wait()
    assert seen[0] == (7, 7, ["Elf Jaar BV", "Acht Jaar BV"])
    assert seen[1][0] == 10 and "10" in seen[1][1]
    assert privacy.retention_years(db) == 10

    again = []
    monkeypatch.setattr(
        RetentionDialog,
        "exec",
        lambda d: again.append((d.years.value(), _offered(d))) or QDialog.DialogCode.Rejected,
    )
    commands.action.trigger()
    qtbot.waitUntil(lambda: bool(again), timeout=10_000)
    ops.wait()
    assert again == [(10, ["Elf Jaar BV"])]  # next time: the period set
    assert notes == []
    with db.reading() as session:
        assert {c.name for c in session.query(Client)} == {"Acht Jaar BV", "Elf Jaar BV"}


def test_anonymising_after_changing_the_period_erases_only_those_offered(
    qtbot, db, ops, monkeypatch
):
    """Art. 17 AVG after art. 52 lid 4 AWR: with twelve years set, only the client closed
    longer ago is anonymised, and the twelve years are kept."""
    eight = _paid_client(db, "Acht Jaar BV", days(-8 * 365))
    thirteen = _paid_client(db, "Dertien Jaar BV", days(-13 * 365))
    commands, notes = _retention_commands(qtbot, db, ops)

    def twelve_years(dialog: RetentionDialog):
        dialog.years.setValue(12)
        qtbot.waitUntil(lambda: _offered(dialog) == ["Dertien Jaar BV"], timeout=10_000)
        dialog.understood.setChecked(True)

    accept_with(monkeypatch, RetentionDialog, twelve_years)
    commands.action.trigger()
    qtbot.waitUntil(lambda: bool(notes), timeout=10_000)
    ops.wait()
    assert privacy.retention_years(db) == 12
    with db.reading() as session:
        assert session.get(Client, eight).name == "Acht Jaar BV"
        assert session.get(Client, thirteen).name == f"Geanonimiseerde klant {thirteen}"


def test_closing_right_after_changing_the_period_still_saves_it(qtbot, db, ops, monkeypatch):
    """Art. 52 lid 4 AWR leaves longer periods to the owner: one set and the dialog closed
    at once (before the list was read again) is remembered all the same."""
    commands, _ = _retention_commands(qtbot, db, ops)
    closed = []

    def set_nine_and_close(dialog: RetentionDialog):
        dialog.years.setValue(9)
        dialog.reject()
        closed.append(dialog.years.value())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(RetentionDialog, "exec", set_nine_and_close)
    commands.action.trigger()
    qtbot.waitUntil(lambda: bool(closed), timeout=10_000)
    ops.wait()
    assert privacy.retention_years(db) == 9


def test_a_period_that_cannot_be_saved_is_told_and_the_list_stays(qtbot, db, ops, monkeypatch):
    _paid_client(db, "Acht Jaar BV", days(-8 * 365))
    commands, _ = _retention_commands(qtbot, db, ops)
    told, after = [], []

    def refuse(_db, years):
        raise InvalidInput("privacy_retention_years", years=years, minimum=7, maximum=30)

    monkeypatch.setattr(privacy, "set_retention_years", refuse)
    monkeypatch.setattr(ops, "show_error", lambda error, _parent: told.append(error))

    def try_ten(dialog: RetentionDialog):
        dialog.years.setValue(10)
        qtbot.waitUntil(lambda: bool(told), timeout=10_000)
        dialog.understood.setChecked(True)
        after.append((dialog.years.value(), _offered(dialog), dialog.ok_button.isEnabled()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(RetentionDialog, "exec", try_ten)
    commands.action.trigger()
    qtbot.waitUntil(lambda: bool(after), timeout=10_000)
    ops.wait()
    assert [e.code for e in told] == ["privacy_retention_years"]
    assert after == [(7, ["Acht Jaar BV"], True)]
    assert privacy.retention_years(db) == 7
