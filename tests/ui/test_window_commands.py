"""The main window's commands: open a client (the real client view), add an invoice and
a payment through the dialogs, the company details in Settings, the language choice."""

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from debiteur_desk.app import choose_language
from debiteur_desk.domain import clock
from debiteur_desk.services.demo import fill_demo
from debiteur_desk.services.invoices import InvoiceInput
from debiteur_desk.services.overview import client_overview
from debiteur_desk.services.payments import PaymentInput
from debiteur_desk.services.settings import read_setting
from debiteur_desk.ui import preferences
from debiteur_desk.ui.client_view import ClientView
from debiteur_desk.ui.main_window import MainWindow
from debiteur_desk.ui.settings_dialog import SettingsDialog
from tests.ui.status_log import status_log, told
from tests.ui.translation import dutch


@pytest.fixture(autouse=True)
def _dutch(qapp):
    with dutch(qapp):
        yield


@pytest.fixture
def window(qtbot, db):
    fill_demo(db, clients=12, invoices=80, seed=7)
    win = MainWindow(db, "nl")
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.ready, timeout=10_000):
        win.show()
    yield win
    win.ops.wait()


def settle(qtbot, win):
    qtbot.waitSignal(win.loaded, timeout=10_000).wait()
    win.ops.wait()
    qtbot.wait(20)


class Accepting:
    """Stands in for a dialog the user fills in and confirms."""

    value = None
    seen: dict = {}

    def __init__(self, parent, *args, **kwargs):
        Accepting.seen = {"args": args, **kwargs}

    def exec(self):
        return QDialog.DialogCode.Accepted

    def deleteLater(self):  # noqa: N802 - Qt's name
        pass


def test_double_click_opens_the_real_client_view_beside_the_tables(qtbot, window):
    view = window.overview.view
    window.overview.view.selectRow(0)
    client_id = window.overview.current_id()
    rect = view.visualRect(window.overview.proxy.index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    tabs = window.client_tabs
    assert tabs.isVisibleTo(window) and tabs.count() == 1
    assert isinstance(tabs.widget(0), ClientView)
    assert tabs.widget(0).client_id == client_id
    window.window_actions.open_client.trigger()  # the same client again: no second tab
    assert tabs.count() == 1
    tabs.tabCloseRequested.emit(0)
    assert tabs.count() == 0 and not tabs.isVisibleTo(window)
    window.ops.wait()


def test_new_invoice_runs_the_service_and_the_totals_follow(qtbot, window, db, monkeypatch):
    client_id = window.overview.clients()[0][0]
    Accepting.seen = {}
    Accepting.value = InvoiceInput(
        "T-0001", client_id, clock.today(), clock.today(), Decimal("1234.56")
    )
    monkeypatch.setattr("debiteur_desk.ui.dialogs.invoice_dialog.InvoiceDialog", Accepting)
    before = client_overview(db, clock.today()).open_cents
    said = status_log(window)
    window.window_actions.new_invoice.trigger()
    settle(qtbot, window)
    assert (client_id, window.overview.clients()[0][1]) in Accepting.seen["args"][0]
    assert client_overview(db, clock.today()).open_cents == before + 123456
    qtbot.waitUntil(lambda: told(said, "T-0001"), timeout=10_000)


def test_record_payment_for_the_selected_client(qtbot, window, db, monkeypatch):
    window.overview.proxy.sort(3, Qt.SortOrder.DescendingOrder)
    window.overview.view.selectRow(0)
    client_id = window.overview.current_id()
    Accepting.value = PaymentInput(clock.today(), Decimal("10.00"), client_id)
    Accepting.seen = {}  # not what the invoice test's dialog saw
    monkeypatch.setattr("debiteur_desk.ui.dialogs.payment_dialog.PaymentDialog", Accepting)
    before = client_overview(db, clock.today()).open_cents
    window.window_actions.record_payment.trigger()
    qtbot.waitUntil(lambda: "args" in Accepting.seen, timeout=5000)
    settle(qtbot, window)
    assert Accepting.seen["args"][0] == client_id
    assert all(row.client_id == client_id for row in Accepting.seen["args"][1])
    assert client_overview(db, clock.today()).open_cents == before - 1000


def test_settings_dialog_shows_what_is_wrong_and_holds_ok(qtbot):
    dialog = SettingsDialog(None, {"company.name": ""}, "nl", first_start=True)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    assert dialog.errors["company.name"].text() == "Vul de bedrijfsnaam in."
    dialog.fields["company.name"].setText("Bakkerij Test")
    dialog.fields["company.iban"].setText("NL91ABNA0417164301")
    assert not ok.isEnabled()
    assert "geen geldig IBAN" in dialog.errors["company.iban"].text()
    assert dialog.errors["company.iban"].isVisibleTo(dialog)
    dialog.fields["company.iban"].setText("NL91 ABNA 0417 1643 00")
    dialog.fields["company.kvk"].setText("1234")
    assert not ok.isEnabled()
    dialog.fields["company.kvk"].setText("12345678")
    dialog.fields["company.btw_id"].setText("NL004495445B01")
    assert ok.isEnabled()
    values = dialog.values
    assert values["company.iban"] == "NL91ABNA0417164300"
    assert values["company.btw_id"] == "NL004495445B01"


def test_first_start_asks_company_details_once_and_saves_them(qtbot, window, db, monkeypatch):
    def fill_and_accept(self):
        self.fields["company.name"].setText("Schilder De Kwast")
        self.language_box.setCurrentIndex(1)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", fill_and_accept)
    with qtbot.waitSignal(window.language_chosen, timeout=5000) as chosen:
        window.commands.edit_settings(first_start=True)
    qtbot.waitUntil(lambda: read_setting(db, "app.first_start_done"), timeout=5000)
    window.ops.wait()
    assert read_setting(db, "company.name") == "Schilder De Kwast"
    assert preferences.saved_language() == "en"
    assert chosen.args == ["en"]  # the window host rebuilds the window in English


def test_cancel_at_first_start_saves_nothing_and_asks_again(qtbot, window, db, monkeypatch):
    """Found by a user: 'Annuleren' said 'Instellingen opgeslagen.' and never asked again."""
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    said = status_log(window)
    window.commands.edit_settings(first_start=True)
    window.ops.wait()
    qtbot.wait(50)
    window.ops.wait()
    assert not read_setting(db, "app.first_start_done")
    assert not told([s.lower() for s in said], "opgeslagen")
    assert not told([s.lower() for s in said], "saved")


def test_an_empty_welcome_form_does_not_scold_before_anything_is_typed(qtbot):
    dialog = SettingsDialog(None, {"company.name": ""}, "nl", first_start=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not any(label.isVisible() for label in dialog.errors.values())
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    qtbot.keyClicks(dialog.fields["company.iban"], "NL00")
    assert dialog.errors["company.iban"].isVisible()


def test_the_welcome_asks_whether_the_payment_term_is_a_fatal_term(qtbot):
    """Art. 6:83 sub a BW: the safe answer (the term is only on the invoice) is chosen."""
    dialog = SettingsDialog(None, {"company.name": "Van Dam"}, "nl", first_start=True)
    qtbot.addWidget(dialog)
    assert dialog.term_on_invoice.isChecked()
    assert dialog.values["rules.payment_term_agreed"] is False
    qtbot.mouseClick(dialog.term_agreed, Qt.MouseButton.LeftButton)
    assert dialog.values["rules.payment_term_agreed"] is True


def test_language_from_settings_unless_given_on_the_command_line():
    preferences.save_language("en")
    assert choose_language(None) == "en"
    assert choose_language("nl") == "nl"


def test_the_command_line_passes_no_language_unless_one_is_typed():
    from debiteur_desk.cli import build_parser

    assert build_parser().parse_args([]).lang is None
    assert build_parser().parse_args(["--lang", "en"]).lang == "en"


def test_letters_menu_offers_the_letter_the_next_step_asks_for(qtbot, window, monkeypatch):
    from debiteur_desk.domain.letter_kinds import LetterKind
    from debiteur_desk.services.worklist import WorkItem
    from debiteur_desk.ui.letters.letter_window import LetterWindow

    assert window.letters.make_letter.shortcut().toString() == "Ctrl+L"
    window.ops.wait()
    window.overview.view.selectRow(0)
    client_id = window.overview.current_id()
    step = WorkItem(
        client_id, "x", "send-second-reminder", clock.today(), "no_payment", (), Decimal(1)
    )
    window.overview.set_next_actions({client_id: step})
    kinds = []
    monkeypatch.setattr(LetterWindow, "exec", lambda w: kinds.append(w.request().kind) or 0)
    window.letters.make_letter.trigger()
    window.ops.wait()
    assert kinds == [LetterKind.SECOND_REMINDER]


def test_a_banner_asks_for_the_company_details_until_they_exist(qtbot, db, monkeypatch):
    """Letters are refused without company details: the window says so, with a way there."""
    window = MainWindow(db, "nl")  # a new, empty book
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.show()
    qtbot.waitUntil(lambda: window.setup_banner.isVisibleTo(window), timeout=5000)

    def fill_and_accept(self):
        self.fields["company.name"].setText("Schilder De Kwast")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", fill_and_accept)
    qtbot.mouseClick(window.setup_banner.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.setup_banner.isVisibleTo(window), timeout=5000)
    assert read_setting(db, "company.name") == "Schilder De Kwast"


def test_record_payment_follows_the_client_in_view_and_names_it(qtbot, window, db, monkeypatch):
    """Found by a user: the toolbar's payment went to the row selected in the list while
    another client's page was open, and the dialog named no client."""
    rows = window.overview.clients()
    shown, selected = rows[0][0], rows[1][0]
    window.overview.view.clearSelection()
    window.open_client(shown)
    assert window.window_actions.record_payment.isEnabled()  # nothing selected: the client in view
    window.overview.select_id(selected)
    assert window.selection.client_in_view() == shown
    Accepting.seen = {}
    monkeypatch.setattr("debiteur_desk.ui.dialogs.payment_dialog.PaymentDialog", Accepting)
    monkeypatch.setattr(Accepting, "exec", lambda self: QDialog.DialogCode.Rejected)
    window.window_actions.record_payment.trigger()
    qtbot.waitUntil(lambda: "args" in Accepting.seen, timeout=5000)
    assert Accepting.seen["args"][0] == shown
    assert Accepting.seen["client_name"] == dict(rows)[shown]


def test_the_payment_dialog_says_whose_payment_it_books(qtbot):
    from debiteur_desk.ui.dialogs.payment_dialog import PaymentDialog

    dialog = PaymentDialog(None, 7, [], client_name="Bakkerij Çelik")
    qtbot.addWidget(dialog)
    assert "Bakkerij Çelik" in dialog.windowTitle()
    assert "Bakkerij Çelik" in dialog.client_label.text()


def test_a_new_client_is_selected_and_opened_after_saving(qtbot, window, db, monkeypatch):
    from debiteur_desk.domain.parties import ClientKind
    from debiteur_desk.services.clients import ClientInput

    Accepting.value = ClientInput(name="Nieuwe Klant B.V.", kind=ClientKind.BUSINESS)
    monkeypatch.setattr("debiteur_desk.ui.dialogs.client_dialog.ClientDialog", Accepting)
    window.window_actions.new_client.trigger()
    qtbot.waitUntil(lambda: window.client_tabs.count() == 1, timeout=10_000)
    assert window.client_tabs.tabText(0) == "Nieuwe Klant B.V."
    qtbot.waitUntil(lambda: window.overview.current_id() is not None, timeout=10_000)
    new_id = window.client_tabs.widget(0).property("client_id")
    assert window.overview.current_id() == new_id
