"""The main window: bucket summary, filters, the Debtors / Invoices / To-do tables, and a
side pane where opened clients show. Data comes through ``Operations`` (a worker thread);
every change anywhere announces ``data_changed`` and the window reads the book again."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QTabWidget, QVBoxLayout, QWidget

from debiteur_desk.services import collection_state
from debiteur_desk.services import overview as overview_service
from debiteur_desk.services.book import Database
from debiteur_desk.services.overview import ClientOverview
from debiteur_desk.ui import preferences
from debiteur_desk.ui.actions import WindowActions
from debiteur_desk.ui.bucket_bar import BucketBar, BucketTile
from debiteur_desk.ui.commands import WindowCommands
from debiteur_desk.ui.filter_bar import FilterBar
from debiteur_desk.ui.icons import icon
from debiteur_desk.ui.invoices_view import InvoicesView
from debiteur_desk.ui.labels import bucket_label
from debiteur_desk.ui.letter_commands import LetterCommands
from debiteur_desk.ui.models.cells import money
from debiteur_desk.ui.models.filter_proxy import FilterState
from debiteur_desk.ui.operations import Operations
from debiteur_desk.ui.overview_view import OverviewView
from debiteur_desk.ui.undo import UndoSlot
from debiteur_desk.ui.worklist_view import WorklistView


class MainWindow(QMainWindow):
    ready = Signal()  # the first overview is on screen: the window is usable
    loaded = Signal()  # any read of the book has been shown

    def __init__(self, db: Database, language: str = "nl", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.language = language
        self.ops = Operations(language, self)
        self._generation = 0
        self._ready = False
        self.setWindowTitle("Debiteur Desk")
        self.setWindowIcon(icon("app"))

        self.actions = WindowActions(self)
        self.undo = UndoSlot(self.ops, self, self.notify)
        self.bucket_bar = BucketBar()
        self.filter_bar = FilterBar(language)
        self.overview = OverviewView(language)
        self.invoices = InvoicesView(language)
        self.worklist = WorklistView(language)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("views")
        self.tabs.addTab(self.overview, icon("client"), self.tr("Debtors"))
        self.tabs.addTab(self.invoices, icon("invoices"), self.tr("Invoices"))
        self.tabs.addTab(self.worklist, icon("worklist"), self.tr("To do today"))
        self.client_tabs = QTabWidget()
        self.client_tabs.setObjectName("client_tabs")
        self.client_tabs.setTabsClosable(True)
        self.client_tabs.setDocumentMode(True)
        self.client_tabs.hide()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.client_tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 6, 8, 2)
        layout.addWidget(self.bucket_bar)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.commands = WindowCommands(self)
        self.actions.build_menus(self.undo.action)
        self.letters = LetterCommands(self)
        self.actions.build_toolbar()
        self._build_status_bar()
        self._connect()
        self._restore()
        self.update_collection_state()
        self.refresh()  # the read runs while the window is built and first painted

    # -- set-up -----------------------------------------------------------------

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.db_label = QLabel(self.tr("Database: {name}").format(name=self.db.display_name))
        self.db_label.setObjectName("db_label")
        self.db_label.setToolTip(self.db.display_name)
        self.total_label = QLabel()
        self.total_label.setObjectName("total_label")
        bar.addWidget(self.db_label, 1)
        bar.addPermanentWidget(self.undo.widget)
        bar.addPermanentWidget(self.total_label)

    def _connect(self) -> None:
        a = self.actions
        a.refresh.triggered.connect(self.update_collection_state)
        a.refresh.triggered.connect(self.refresh)
        a.find.triggered.connect(self.focus_search)
        a.quit.triggered.connect(self.close)
        a.clear_filters.triggered.connect(self.clear_filters)
        a.show_overview.triggered.connect(lambda: self.tabs.setCurrentWidget(self.overview))
        a.show_invoices.triggered.connect(lambda: self.tabs.setCurrentWidget(self.invoices))
        a.show_worklist.triggered.connect(lambda: self.tabs.setCurrentWidget(self.worklist))
        self.ops.data_changed.connect(self.refresh)
        self.ops.busy_changed.connect(self._busy)
        self.filter_bar.filter_changed.connect(self._apply_filter)
        self.filter_bar.as_of_changed.connect(lambda _day: self.refresh())
        self.bucket_bar.bucket_clicked.connect(
            lambda index: self.filter_bar.set_bucket(None if index < 0 else index)
        )
        self.tabs.currentChanged.connect(self._tab_changed)
        self.client_tabs.tabCloseRequested.connect(self._close_client_tab)

    def _restore(self) -> None:
        if not preferences.restore_window(self):
            # First start: the whole of a laptop screen, most of a large one.
            screen = QGuiApplication.primaryScreen().availableGeometry()
            scale = 1.0 if screen.width() < 1600 else 0.9
            self.resize(int(screen.width() * scale), int(screen.height() * scale))
            self.move(screen.center() - self.rect().center())
        preferences.restore_splitter(self.splitter, "main")
        self.tabs.setCurrentIndex(preferences.saved_tab())

    # -- reading the book -------------------------------------------------------

    @property
    def as_of(self) -> date:
        return self.filter_bar.as_of_date

    def update_collection_state(self) -> None:
        """Promises whose day has passed become kept or broken, plans are matched again.

        At start-up and on F5 only: payments update this themselves as they are recorded.
        """
        if self.as_of == date.today():
            db, today = self.db, self.as_of
            self.ops.run(
                lambda: collection_state.refresh_collection_state(db, today),
                parent=self,
                changes_data=False,
            )

    def refresh(self) -> None:
        """Read the book again for the as-of date; answers of an older read are dropped."""
        self._generation += 1
        generation, as_of, db = self._generation, self.as_of, self.db

        def show_then_plan(result: ClientOverview) -> None:
            self._show_overview(result)
            # Afterwards, not alongside: the worklist rules are Python work that would
            # compete with the window for the interpreter while it fills the table.
            self._read(
                lambda: overview_service.next_actions(db, as_of),
                generation,
                self.overview.set_next_actions,
            )

        self._read(lambda: overview_service.client_overview(db, as_of), generation, show_then_plan)
        if self.invoices.loaded or self.tabs.currentWidget() is self.invoices:
            self._load_invoices(generation)
        if self.worklist.loaded or self.tabs.currentWidget() is self.worklist:
            self._read(lambda: self.worklist.fetch(db, as_of), generation, self.worklist.set_items)

    def _read(self, fetch: Any, generation: int, show: Any) -> None:
        def arrived(result: object) -> None:
            if generation == self._generation:
                show(result)
                self.loaded.emit()

        self.ops.run(fetch, parent=self, on_success=arrived, changes_data=False)

    def _load_invoices(self, generation: int) -> None:
        db, as_of = self.db, self.as_of
        self._read(
            lambda: overview_service.open_invoices(db, as_of),
            generation,
            lambda rows: self.invoices.set_invoices(rows, self._buckets()),
        )

    def _buckets(self) -> tuple[Any, ...]:
        current = self.overview.overview
        return current.buckets if current else ()

    def _show_overview(self, result: ClientOverview) -> None:
        self.filter_bar.set_buckets(result.buckets)
        self.overview.set_overview(result)
        self.bucket_bar.set_tiles(
            [
                BucketTile(
                    bucket_label(t.bucket),
                    money(t.cents, self.language),
                    self.tr("{count} open invoices").format(count=QLocale().toString(t.count)),
                    t.cents,
                )
                for t in result.totals
            ]
        )
        count = sum(t.count for t in result.totals)
        self.total_label.setText(
            self.tr("Open on {day}: {amount} in {count} invoices").format(
                day=self.filter_bar.as_of.text(),
                amount=money(result.open_cents, self.language),
                count=QLocale().toString(count),
            )
        )
        if not self._ready:
            self._ready = True
            self.ready.emit()

    # -- filters, tabs, status --------------------------------------------------

    def _apply_filter(self, state: FilterState) -> None:
        self.bucket_bar.set_selected(state.bucket)
        for panel in (self.overview, self.invoices, self.worklist):
            panel.set_filter(state)

    def clear_filters(self) -> None:
        bar = self.filter_bar
        bar.search.clear()
        for combo in (bar.bucket, bar.kind, bar.status):
            combo.setCurrentIndex(0)
        bar.flush()

    def focus_search(self) -> None:
        self.filter_bar.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.search.selectAll()

    def _tab_changed(self, _index: int) -> None:
        current = self.tabs.currentWidget()
        if current is self.invoices and not self.invoices.loaded:
            self._load_invoices(self._generation)
        elif current is self.worklist and not self.worklist.loaded:
            db, as_of = self.db, self.as_of
            self._read(
                lambda: self.worklist.fetch(db, as_of), self._generation, self.worklist.set_items
            )
        self.commands.update_enabled()

    def _close_client_tab(self, index: int) -> None:
        widget = self.client_tabs.widget(index)
        self.client_tabs.removeTab(index)
        widget.deleteLater()
        self.client_tabs.setVisible(self.client_tabs.count() > 0)

    def _busy(self, busy: bool) -> None:
        if busy:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        else:
            QGuiApplication.restoreOverrideCursor()

    def notify(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def closeEvent(self, event: QCloseEvent) -> None:
        preferences.save_window(self)
        preferences.save_splitter(self.splitter, "main")
        preferences.save_tab(self.tabs.currentIndex())
        for panel in (self.overview, self.invoices, self.worklist):
            panel.save_state()
        self.ops.wait()
        super().closeEvent(event)
