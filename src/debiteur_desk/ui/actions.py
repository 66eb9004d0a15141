"""The main window's actions, menus and toolbar, with the shortcuts a Windows user expects."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from debiteur_desk.ui.icons import icon


class WindowActions(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window

        def make(
            name: str,
            text: str,
            icon_name: str | None = None,
            shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
            tip: str = "",
        ) -> QAction:
            action = QAction(text, window)
            action.setObjectName(name)
            if icon_name:
                action.setIcon(icon(icon_name))
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            if tip:
                action.setToolTip(tip)
                action.setStatusTip(tip)
            return action

        self.new_invoice = make(
            "new_invoice", self.tr("New &invoice…"), "new-invoice", "Ctrl+N",
            self.tr("Add an invoice (Ctrl+N)"),
        )  # fmt: skip
        self.new_client = make(
            "new_client", self.tr("New &client…"), "new-client", "Ctrl+Shift+N",
            self.tr("Add a client (Ctrl+Shift+N)"),
        )  # fmt: skip
        self.record_payment = make(
            "record_payment", self.tr("Record &payment…"), "payment", "Ctrl+B",
            self.tr("Record a payment from the selected client (Ctrl+B)"),
        )  # fmt: skip
        self.open_client = make(
            "open_client", self.tr("&Open client"), "client", None,
            self.tr("Show the selected client's details and timeline (Enter)"),
        )  # fmt: skip
        self.delete_invoice = make(
            "delete_invoice", self.tr("&Delete invoice…"), "delete",
            QKeySequence.StandardKey.Delete,
            self.tr("Delete the selected invoice (Del); you can undo it"),
        )  # fmt: skip
        self.print = make(
            "print", self.tr("&Print…"), "print", QKeySequence.StandardKey.Print,
            self.tr("Print the table on screen, or save it as PDF (Ctrl+P)"),
        )  # fmt: skip
        self.settings = make(
            "settings", self.tr("&Settings…"), "settings", "Ctrl+,",
            self.tr("Company details and language"),
        )  # fmt: skip
        self.quit = make("quit", self.tr("&Quit"), None, QKeySequence.StandardKey.Quit)
        self.find = make(
            "find", self.tr("&Find"), "search", QKeySequence.StandardKey.Find,
            self.tr("Search by name, invoice number or city (Ctrl+F)"),
        )  # fmt: skip
        self.refresh = make(
            "refresh", self.tr("&Refresh"), "refresh", QKeySequence.StandardKey.Refresh,
            self.tr("Read the book again (F5)"),
        )  # fmt: skip
        self.clear_filters = make("clear_filters", self.tr("&Clear filters"), "filter")
        self.vat_relief = make("vat_relief", self.tr("&VAT on bad debts…"))
        self.interest_rates = make("interest_rates", self.tr("&Statutory interest rates…"))
        self.about = make("about", self.tr("&About Debiteur Desk"))
        self.refresh.setShortcuts([QKeySequence("F5")])  # StandardKey.Refresh is Ctrl+R on a Mac
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.settings.setMenuRole(QAction.MenuRole.PreferencesRole)

    def build_menus(self, undo: QAction, show_views: list[QAction]) -> None:
        """``show_views``: an action per view, to bring its tab to the front."""
        bar = self._window.menuBar()
        file = self.file_menu = QMenu(self.tr("&File"), self._window)
        file.addActions([self.print, self.settings])
        file.addSeparator()
        file.addAction(self.quit)
        edit = QMenu(self.tr("&Edit"), self._window)
        edit.addAction(undo)
        edit.addSeparator()
        edit.addActions([self.new_invoice, self.new_client, self.record_payment])
        edit.addSeparator()
        edit.addActions([self.delete_invoice, self.find])
        view = QMenu(self.tr("&View"), self._window)
        view.addActions(show_views)
        view.addSeparator()
        view.addActions([self.open_client, self.clear_filters, self.refresh])
        view.addSeparator()
        view.addActions([self.vat_relief, self.interest_rates])
        help_menu = QMenu(self.tr("&Help"), self._window)
        help_menu.addAction(self.about)
        for menu in (file, edit, view, help_menu):
            bar.addMenu(menu)

    def build_toolbar(self) -> QToolBar:
        toolbar = QToolBar(self.tr("Main toolbar"), self._window)
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([self.new_invoice, self.new_client, self.record_payment])
        toolbar.addSeparator()
        toolbar.addActions([self.open_client, self.delete_invoice])
        toolbar.addSeparator()
        toolbar.addActions([self.refresh, self.print])
        self._window.addToolBar(toolbar)
        return toolbar
