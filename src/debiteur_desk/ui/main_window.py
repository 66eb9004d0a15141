"""The main window: bucket summary, filters, the Debtors / Invoices / To-do tables, and a
side pane where opened clients show. Data comes through ``Operations`` (a worker thread);
every change anywhere announces ``data_changed`` and the window reads the book again.

At start-up the window may be handed the first overview, read before it was built, and
the rest of opening the book (``opening``), which then runs on the worker before any
other job. The services load on first use, on the worker (``ui/lazy.py``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QTabWidget, QVBoxLayout, QWidget

from debiteur_desk.domain import clock
from debiteur_desk.services.overview_lines import ClientOverview
from debiteur_desk.ui import preferences
from debiteur_desk.ui.actions import WindowActions
from debiteur_desk.ui.bucket_bar import BucketBar, BucketTile
from debiteur_desk.ui.commands import WindowCommands
from debiteur_desk.ui.filter_bar import FilterBar
from debiteur_desk.ui.icons import icon
from debiteur_desk.ui.invoices_view import InvoicesView
from debiteur_desk.ui.labels import bucket_label
from debiteur_desk.ui.lazy import lazy_module
from debiteur_desk.ui.letter_commands import LetterCommands
from debiteur_desk.ui.models.cells import money
from debiteur_desk.ui.models.filter_proxy import FilterState
from debiteur_desk.ui.operations import Operations
from debiteur_desk.ui.overview_view import OverviewView
from debiteur_desk.ui.setup_banner import SetupBanner
from debiteur_desk.ui.undo import UndoSlot
from debiteur_desk.ui.worklist_view import WorklistView

if TYPE_CHECKING:
    from debiteur_desk.services.book import Database

# Loaded by the first read, on the worker thread: the window comes up before SQLAlchemy.
collection_state = lazy_module("debiteur_desk.services.collection_state")
overview_service = lazy_module("debiteur_desk.services.overview")
settings_service = lazy_module("debiteur_desk.services.settings")


class MainWindow(QMainWindow):
    ready = Signal()  # the first overview is on screen: the window is usable
    loaded = Signal()  # any read of the book has been shown
    language_chosen = Signal(str)  # in Settings; ui/window_host.py rebuilds the window

    def __init__(
        self,
        db: Database,
        language: str = "nl",
        parent: QWidget | None = None,
        *,
        first_overview: ClientOverview | None = None,
        opening: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.language = language
        self.ops = Operations(language, self)
        self._generation = 0
        self._ready = False
        self._first_overview = first_overview
        self._opening = opening
        self._started = False  # the worker's first jobs are queued (see _start)
        self._select_next: int | None = None  # a client to select once the list is read
        self.setWindowTitle("Debiteur Desk")
        self.setWindowIcon(icon("app"))

        self.actions = WindowActions(self)
        self.undo = UndoSlot(self.ops, self, self.notify)
        self.setup_banner = SetupBanner()
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
        layout.addWidget(self.setup_banner)
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
        self.setup_banner.fill_in.connect(lambda: self.commands.edit_settings(first_start=False))
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
        if self.as_of == clock.today():
            db, today = self.db, self.as_of
            self.ops.run(
                lambda: collection_state.refresh_collection_state(db, today),
                parent=self,
                changes_data=False,
            )

    def refresh(self) -> None:
        """Read the book again for the as-of date; answers of an older read are dropped."""
        self._generation += 1
        generation = self._generation
        first, self._first_overview = self._first_overview, None
        if first is not None and first.as_of == self.as_of:
            # Read before the window was built (start-up). Shown once the event loop runs,
            # as a worker's answer would be, so that ``ready`` can be connected first; the
            # worker starts after it: its work (loading the database layer first of all)
            # would compete with the window for the interpreter while it fills the table.
            QTimer.singleShot(0, self, lambda: self._arrived(first, generation, self._show_first))
        else:
            self._read_book(generation, overview=True)

    def _show_first(self, result: ClientOverview) -> None:
        self._show_overview(result)
        self._read_book(self._generation, overview=False)

    def _read_book(self, generation: int, *, overview: bool) -> None:
        as_of, db = self.as_of, self.db

        def show_then_plan(result: ClientOverview) -> None:
            self._show_overview(result)
            self._read_next_actions(generation, as_of)

        if overview:
            self._read(
                lambda: overview_service.client_overview(db, as_of), generation, show_then_plan
            )
        if self.invoices.loaded or self.tabs.currentWidget() is self.invoices:
            self._load_invoices(generation)
        if self.worklist.loaded or self.tabs.currentWidget() is self.worklist:
            self._read(lambda: self.worklist.fetch(db, as_of), generation, self.worklist.set_items)
        if not overview:
            self._read_next_actions(generation, as_of)

    def _read_next_actions(self, generation: int, as_of: date) -> None:
        # After the overview is shown, not alongside: the worklist rules are Python work
        # that would compete with the window for the interpreter while it fills the table.
        db = self.db
        self._read(
            lambda: overview_service.next_actions(db, as_of),
            generation,
            self.overview.set_next_actions,
        )

    def _start(self) -> None:
        """The worker's first jobs, queued before the first read: the rest of opening the
        book (when start-up hands it over), then the promises' and plans' state."""
        if self._started:
            return
        self._started = True
        opening, self._opening = self._opening, None
        if opening is not None:
            self.ops.run(opening, parent=self, changes_data=False)
        self.update_collection_state()
        self.check_company_details()

    def check_company_details(self) -> None:
        """The banner shows while the company has no name: letters cannot be made yet."""
        db = self.db
        self.ops.run(
            lambda: bool(str(settings_service.read_setting(db, "company.name")).strip()),
            parent=self,
            on_success=lambda known: self.setup_banner.setVisible(not known),
            changes_data=False,
        )

    def _read(self, fetch: Any, generation: int, show: Any) -> None:
        self._start()
        self.ops.run(
            fetch,
            parent=self,
            on_success=lambda result: self._arrived(result, generation, show),
            changes_data=False,
        )

    def _arrived(self, result: object, generation: int, show: Any) -> None:
        """Shows an answer unless a newer read has started since it was asked for."""
        if generation == self._generation:
            show(result)
            self.loaded.emit()

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

    def select_after_refresh(self, client_id: int) -> None:
        """Select this client in the list as soon as the next read shows it (a new client)."""
        self._select_next = client_id

    def open_clients(self) -> tuple[list[tuple[int, str]], int]:
        """The client pages open beside the tables (id, title) and the current one."""
        tabs = self.client_tabs
        pages = [
            (int(tabs.widget(i).property("client_id")), tabs.tabText(i))
            for i in range(tabs.count())
        ]
        return pages, tabs.currentIndex()

    def reopen_clients(self, pages: list[tuple[int, str]], current: int) -> None:
        for client_id, title in pages:
            self.commands.open_client(client_id, title)
        if 0 <= current < self.client_tabs.count():
            self.client_tabs.setCurrentIndex(current)

    def _show_overview(self, result: ClientOverview) -> None:
        self.filter_bar.set_buckets(result.buckets)
        self.overview.set_overview(result)
        if self._select_next is not None and self.overview.select_id(self._select_next):
            self._select_next = None
        self.bucket_bar.set_tiles(
            [
                BucketTile(
                    bucket_label(t.bucket),
                    money(t.cents, self.language),
                    self.tr("%Ln open invoice(s)", "", t.count),
                    t.cents,
                )
                for t in result.totals
            ]
        )
        count = sum(t.count for t in result.totals)
        self.total_label.setText(
            self.tr("Open on {day}: {amount} in %Ln invoice(s)", "", count).format(
                day=self.filter_bar.as_of.text(),
                amount=money(result.open_cents, self.language),
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
        if not self._generation:
            pass  # the saved tab is being restored: the first refresh reads it
        elif current is self.invoices and not self.invoices.loaded:
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
        self.commands.update_enabled()

    def _busy(self, busy: bool) -> None:
        if busy:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        else:
            QGuiApplication.restoreOverrideCursor()

    def notify(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def save_state(self) -> None:
        """Size, splitter, tab and column widths, for the next window."""
        preferences.save_window(self)
        preferences.save_splitter(self.splitter, "main")
        preferences.save_tab(self.tabs.currentIndex())
        for panel in (self.overview, self.invoices, self.worklist):
            panel.save_state()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.hide()  # gone at once, even while the worker finishes what it was given
        self.ops.wait()
        super().closeEvent(event)
