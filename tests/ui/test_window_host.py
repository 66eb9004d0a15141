"""A language chosen in Settings takes effect at once: the window is built again in it."""

import pytest
import shiboken6
from PySide6.QtWidgets import QDialog

from debiteur_desk.ui import preferences
from debiteur_desk.ui.settings_dialog import SettingsDialog


@pytest.fixture
def host_demo():
    return (10, 60, 2)


def choose_in_settings(monkeypatch, index):
    def pick_language(self):
        self.language_box.setCurrentIndex(index)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", pick_language)


def test_choosing_dutch_rebuilds_the_window_in_dutch(qtbot, host, monkeypatch):
    old = host.window
    old.tabs.setCurrentIndex(1)  # Invoices: the new window opens on the same tab
    assert old.tabs.tabText(0) == "Debtors"
    shown = old.overview.overview
    choose_in_settings(monkeypatch, 0)
    old.commands.edit_settings(first_start=False)
    qtbot.waitUntil(lambda: host.window is not old, timeout=10_000)
    new = host.window
    qtbot.waitUntil(lambda: new.overview.overview is not None, timeout=10_000)
    assert new.language == "nl"
    assert new.tabs.tabText(0) == "Debiteuren"
    assert new.tabs.currentIndex() == 1
    assert new.isVisible()
    qtbot.waitUntil(lambda: not shiboken6.isValid(old), timeout=5_000)  # closed and gone
    assert preferences.saved_language() == "nl"
    # The same book, now in Dutch figures.
    assert new.overview.overview == shown
    assert new.total_label.text().startswith("Open per ")
    assert "facturen" in new.total_label.text()


def test_choosing_the_same_language_keeps_the_window(qtbot, host, monkeypatch):
    old = host.window
    choose_in_settings(monkeypatch, 1)
    old.commands.edit_settings(first_start=False)
    qtbot.wait(100)
    old.ops.wait()
    assert host.window is old


def test_switching_language_keeps_the_open_clients_and_the_search(qtbot, host, monkeypatch):
    """Found by a user: the client pages closed and the search was gone after a switch."""
    old = host.window
    first, second = old.overview.clients()[0][0], old.overview.clients()[1][0]
    old.open_client(first)
    old.open_client(second)
    old.client_tabs.setCurrentIndex(0)
    old.filter_bar.search.setText("a")
    choose_in_settings(monkeypatch, 0)
    old.commands.edit_settings(first_start=False)
    qtbot.waitUntil(lambda: host.window is not old, timeout=10_000)
    new = host.window
    assert new.open_clients() == ([(first, old.overview.clients()[0][1]),
                                   (second, old.overview.clients()[1][1])], 0)  # fmt: skip
    assert new.filter_bar.search.text() == "a"
