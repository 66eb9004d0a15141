"""The main window: bucket summary, filters, the tables over the book (the views), and a
side pane where opened clients show. Data comes through ``Operations`` (a worker thread);
a change announces what it changed (``data_changed``), and each view concerned reads the
book again: at once when it is shown (the debtors always: the summary comes from them),
otherwise when its tab is next chosen.

The views are listed in ``VIEWS``; each is a ``BookView`` (``ui/book_view.py``), and the
window treats them alike. The commands get the selection and the book, not the window.

At start-up the window may be handed the first overview, read before it was built, and
the rest of opening the book (``opening``), which then runs on the worker before any
other job. The services load on first use, on the worker (``ui/lazy.py``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QTabWidget, QVBoxLayout, QWidget

from debiteur_desk.domain import clock
from debiteur_desk.services.overview_lines import ClientOverview
from debiteur_desk.ui import preferences
from debiteur_desk.ui.actions import WindowActions
from debiteur_desk.ui.backup_commands import BackupCommands
from debiteur_desk.ui.book_context import BookContext
from debiteur_desk.ui.book_view import BookView, Read
from debiteur_desk.ui.bucket_bar import BucketBar, BucketTile
from debiteur_desk.ui.changes import Change
from debiteur_desk.ui.client_pages import ClientPages
from debiteur_desk.ui.commands import WindowCommands
from debiteur_desk.ui.filter_bar import FilterBar
from debiteur_desk.ui.icons import icon
from debiteur_desk.ui.import_commands import ImportCommands
from debiteur_desk.ui.invoices_view import InvoicesView
from debiteur_desk.ui.labels import bucket_label
from debiteur_desk.ui.lazy import late, lazy_module
from debiteur_desk.ui.letter_commands import LetterCommands
from debiteur_desk.ui.models.cells import money
from debiteur_desk.ui.models.filter_proxy import FilterState
from debiteur_desk.ui.operations import Operations
from debiteur_desk.ui.overview_view import OverviewView
from debiteur_desk.ui.privacy_actions import RetentionCommands
from debiteur_desk.ui.selection import Selection
from debiteur_desk.ui.setup_banner import SetupBanner
from debiteur_desk.ui.undo import UndoSlot
from debiteur_desk.ui.worklist_commands import WorklistCommands
from debiteur_desk.ui.worklist_view import WorklistView

if TYPE_CHECKING:
    from debiteur_desk.services.book import Database

# Loaded by the first read, on the worker thread: the window comes up before SQLAlchemy.
collection_state = lazy_module("debiteur_desk.services.collection_state")
settings_service = lazy_module("debiteur_desk.services.settings")
backup = lazy_module("debiteur_desk.services.backup")

# The tables, in tab order (Ctrl+1, Ctrl+2, ...). The first is the debtors' overview: the
# summary above the tabs comes from it.
VIEWS: tuple[Callable[[str], BookView], ...] = (OverviewView, InvoicesView, WorklistView)

# What a client's page gets when it opens beside the list, at least: its actions on two
# lines, its invoices readable. On a large screen it gets a little over half.
CLIENT_PANE_WIDTH = 600


class MainWindow(QMainWindow):
    ready = Signal()  # the first overview is on screen: the window is usable
    loaded = Signal()  # any read of the book has been shown
    language_chosen = Signal(str)  # in Settings; ui/window_host.py rebuilds the window
    book_replaced = Signal(str)  # a backup was restored; ui/window_host.py rebuilds the window
    book_chosen = Signal(object, str, str)  # another book (Settings); the host rebuilds too

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
        self._ready = False
        self._first_overview = first_overview
        self._opening = opening
        self._started = False  # the worker's first jobs are queued (see _start)
        self.setWindowTitle("Debiteur Desk")
        self.setWindowIcon(icon("app"))

        self.window_actions = WindowActions(self)
        self.undo = UndoSlot(self.ops, self, self.notify)
        self.setup_banner = SetupBanner()
        self.bucket_bar = BucketBar()
        self.filter_bar = FilterBar(language)
        self.views = [make(language) for make in VIEWS]
        self._view_reads = {id(view): 0 for view in self.views}  # per view: newest read
        self.overview = self._first(OverviewView)
        self.invoices = self._first(InvoicesView)
        self.worklist = self._first(WorklistView)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("views")
        for view in self.views:
            self.tabs.addTab(view, icon(view.icon_name), view.title())
        self.client_tabs = ClientPages(self._client_page)
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

        self.selection = Selection(self.tabs, self.views, self.client_tabs)
        book = BookContext(db, self.ops, language, self.undo, self.notify, lambda: self.as_of)
        self.commands = WindowCommands(self, book, self.selection, self.window_actions)
        self.window_actions.build_menus(self.undo.action, self._show_view_actions())
        self.letters = LetterCommands(self, book, self.selection)
        self.imports = ImportCommands(self, book, self.selection)
        self.worklist_commands = WorklistCommands(self, book, self.worklist)
        self.imports.add_to(self.window_actions.file_menu)
        self.backups = BackupCommands(self, book)
        self.backups.add_to(self.window_actions.file_menu, self.window_actions.print)
        self.retention = RetentionCommands(self, book)
        self.retention.add_to(self.window_actions.file_menu, self.window_actions.print)
        self.window_actions.build_toolbar()
        self._build_status_bar()
        self._connect()
        self._restore()
        self.refresh()  # the read runs while the window is built and first painted

    def _first(self, kind: type[Any]) -> Any:
        return next(view for view in self.views if isinstance(view, kind))

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

    def _show_view_actions(self) -> list[QAction]:
        actions = []
        for number, view in enumerate(self.views, start=1):
            action = QAction(icon(view.icon_name), view.menu_title(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, v=view: self.tabs.setCurrentWidget(v))
            actions.append(action)
        return actions

    def _connect(self) -> None:
        a = self.window_actions
        a.refresh.triggered.connect(self.update_collection_state)
        a.refresh.triggered.connect(lambda: self.refresh())  # not the action's `checked`
        a.find.triggered.connect(self.focus_search)
        a.quit.triggered.connect(self.close)
        a.clear_filters.triggered.connect(self.clear_filters)
        for view in self.views:
            view.add_context_actions(*view.context_actions(a))
            view.activated.connect(lambda row_id, v=view: self._open_row(v, row_id))
            view.view.selectionModel().selectionChanged.connect(self.commands.update_enabled)
            view.model.modelReset.connect(self.commands.update_enabled)
        self.overview.shown.connect(self._show_summary)
        self.overview.tile_tips.connect(self.bucket_bar.set_tile_tips)
        self.ops.data_changed.connect(self._data_changed)
        self.setup_banner.fill_in.connect(lambda: self.commands.edit_settings(first_start=False))
        self.commands.language_chosen.connect(self.language_chosen)
        self.commands.book_chosen.connect(self.book_chosen)
        self.backups.restored.connect(self.book_replaced)
        self.ops.busy_changed.connect(self._busy)
        self.filter_bar.filter_changed.connect(self._apply_filter)
        self.filter_bar.as_of_changed.connect(lambda _day: self.refresh())
        self.bucket_bar.bucket_clicked.connect(
            lambda index: self.filter_bar.set_bucket(None if index < 0 else index)
        )
        self.tabs.currentChanged.connect(self._tab_changed)
        self.client_tabs.changed.connect(self.commands.update_enabled)
        self.client_tabs.appeared.connect(self._make_room_for_client)
        self.commands.update_enabled()

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
            )

    def refresh(self, changes: Change = Change.EVERYTHING) -> None:
        """Read the book again for the as-of date, in the views ``changes`` concerns: the
        ones shown (and the debtors, for the summary) now, the others when next shown."""
        first, self._first_overview = self._first_overview, None
        if first is not None and first.as_of != self.as_of:
            first = None
        current, reading = self.tabs.currentWidget(), []
        for view in self.views:
            if not changes & view.concerns:
                continue
            if view is self.overview and first is not None:
                self._show_first(first)
            elif view.always_read or view is current:
                reading.append(view)
            else:
                view.loaded = False
        if first is None:
            for view in reading:
                self._read_view(view)
        else:  # after the first overview is on screen (see _show_first)
            QTimer.singleShot(0, self, lambda: [self._read_view(view) for view in reading])

    def _data_changed(self, changes: Change) -> None:
        self.refresh(changes)
        if changes & Change.SETTINGS:
            self.check_company_details()

    def _show_first(self, result: ClientOverview) -> None:
        """Read before the window was built (start-up). Shown once the event loop runs, as
        a worker's answer would be, so that ``ready`` can be connected first; the worker
        starts after it: its work (loading the database layer first of all) would compete
        with the window for the interpreter while it fills the table."""
        view = self.overview
        reads = list(view.reads())
        number = self._next_read(view)
        QTimer.singleShot(
            0, self, lambda: self._arrived(view, number, reads[0].show, reads[1:], result)
        )

    def _next_read(self, view: BookView) -> int:
        view.loaded = True
        self._view_reads[id(view)] += 1
        return self._view_reads[id(view)]

    def _read_view(self, view: BookView) -> None:
        """Each of the view's reads on the worker, shown in turn; an answer is dropped once
        a newer read of the same view has started."""
        self._read_in_turn(view, self._next_read(view), list(view.reads()))

    def _read_in_turn(self, view: BookView, number: int, reads: list[Read[Any]]) -> None:
        if not reads:
            return
        read, rest = reads[0], reads[1:]
        db, as_of = self.db, self.as_of
        self._start()
        self.ops.run(
            lambda: read.fetch(db, as_of),
            parent=self,
            on_success=lambda result: self._arrived(view, number, read.show, rest, result),
        )

    def _arrived(
        self,
        view: BookView,
        number: int,
        show: Callable[[Any], None],
        rest: list[Read[Any]],
        result: object,
    ) -> None:
        if number != self._view_reads[id(view)]:
            return  # a newer read of this view has started since
        show(result)
        self.loaded.emit()
        self._read_in_turn(view, number, rest)

    def _start(self) -> None:
        """The worker's first jobs, queued before the first read: the rest of opening the
        book (when start-up hands it over), then the promises' and plans' state."""
        if self._started:
            return
        self._started = True
        opening, self._opening = self._opening, None
        if opening is not None:
            self.ops.run(opening, parent=self)
        self.update_collection_state()
        self.check_company_details()

    def _daily_backup(self) -> None:
        """The day's first start keeps a copy of the book (issue 14); queued once the
        window is usable, so that a large book's backup does not delay the first view."""
        db = self.db
        self.ops.run(
            lambda: backup.auto_backup(db, "daily", once_a_day=True),
            parent=self,
            on_failure=lambda error: self.statusBar().showMessage(
                self.tr("No backup could be made today: %1").replace(
                    "%1", self.ops.message_for(error)
                )
            ),
        )

    def check_company_details(self) -> None:
        """The banner shows while the company has no name: letters cannot be made yet."""
        db = self.db
        self.ops.run(
            lambda: bool(str(settings_service.read_setting(db, "company.name")).strip()),
            parent=self,
            on_success=lambda known: self.setup_banner.setVisible(not known),
        )

    def select_after_refresh(self, client_id: int) -> None:
        """Select this client in the list as soon as the next read shows it (a new client)."""
        self.selection.select_when_shown(client_id)

    def open_client(self, client_id: int, name: str | None = None) -> None:
        self.client_tabs.open(client_id, name or self.selection.client_name(client_id))

    def _open_row(self, view: BookView, row_id: int) -> None:
        client_id = view.client_of(row_id)
        if client_id is not None:
            self.open_client(client_id)

    def _client_page(self, client_id: int) -> QWidget:
        page: QWidget = late("debiteur_desk.ui.client_view", "ClientView")(
            self.ops, self.db, client_id, self.as_of, parent=None
        )
        page.undo_offered.connect(self.undo.offer)
        return page

    def _make_room_for_client(self) -> None:
        total = sum(self.splitter.sizes())
        client = max(CLIENT_PANE_WIDTH, total * 11 // 20)  # the list keeps the rest
        self.splitter.setSizes([total - client, client])

    def open_clients(self) -> tuple[list[tuple[int, str]], int]:
        """The client pages open beside the tables (id, title) and the current one."""
        return self.client_tabs.pages(), self.client_tabs.currentIndex()

    def reopen_clients(self, pages: list[tuple[int, str]], current: int) -> None:
        for client_id, title in pages:
            self.client_tabs.open(client_id, title)
        if 0 <= current < self.client_tabs.count():
            self.client_tabs.setCurrentIndex(current)

    def _show_summary(self, result: ClientOverview) -> None:
        self.filter_bar.set_buckets(result.buckets)
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
            self._daily_backup()

    # -- filters, tabs, status --------------------------------------------------

    def _apply_filter(self, state: FilterState) -> None:
        self.bucket_bar.set_selected(state.bucket)
        for view in self.views:
            view.set_filter(state)

    def clear_filters(self) -> None:
        bar = self.filter_bar
        bar.search.clear()
        for combo in bar.combos():
            combo.setCurrentIndex(0)
        bar.flush()

    def focus_search(self) -> None:
        self.filter_bar.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.search.selectAll()

    def _tab_changed(self, _index: int) -> None:
        view = self.selection.current_view()
        reading = any(self._view_reads.values())  # not while the saved tab is restored
        if reading and view is not None and not view.loaded:
            self._read_view(view)
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
        for view in self.views:
            view.save_state()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.hide()  # gone at once, even while the worker finishes what it was given
        self.ops.wait()
        super().closeEvent(event)
