"""The one worker thread of the process, and the one relay that brings its answers back.

Why it is built this way (the crash it replaces): the first version made a ``_Relay``
QObject and a ``QRunnable`` per job. The GUI thread dropped the relay as soon as its
answer arrived, while the worker could still be inside ``relay.succeeded.emit(...)``;
QThreadPool deleted the runnable on the worker thread, and with it the last Python
references to the relay and to the callbacks (closures over widgets); and Python's cyclic
garbage collector, which runs on whichever thread happens to allocate, freed such cycles
on the worker. A QObject destroyed on the wrong thread, or while another thread is inside
one of its methods, is undefined behaviour: the app died on the second or third save.

So here the ownership is one-sided and nothing crosses back:

* ``Worker`` is made once, on the GUI thread, and lives as long as the application. Its
  relay is a child of the application and is never destroyed while the thread runs.
* A ``Task`` is owned by the GUI thread (``Operations`` keeps it until its answer has been
  handled). The worker only borrows it: it runs ``task.action``, stores the outcome on the
  task, drops its own reference and then emits the task's *number*. The GUI thread looks
  the task up, hands the outcome to the callbacks and drops the task — so the action, its
  closure and the outcome are always released on the GUI thread.
* The worker never touches a callback, a widget or a QObject other than the relay.
* ``collect_garbage_on_gui_thread`` turns Python's automatic cycle collection off and runs
  it from a timer on the GUI thread instead (the pattern pyqtgraph and GitFourchette use),
  so that no cycle holding a Qt object is ever collected on the worker.

One thread, because database writes must be serialised and ReportLab keeps process-wide
state: jobs run one after another, in the order they were asked for.
"""

from __future__ import annotations

import gc
import itertools
import queue
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot

from debiteur_desk.domain.progress import Progress

_PROGRESS_EVERY_S = 0.05  # at most 20 progress updates a second reach the window


class Cancelled(Exception):  # noqa: N818 - it is what happened, not an error
    """The user stopped a job; its work was rolled back."""


@dataclass(eq=False)
class Task:
    """One job. Made and finally dropped on the GUI thread; run on the worker."""

    action: Callable[[], Any] | None
    progressive: bool = False  # ``action`` returns a generator of Progress
    number: int = field(default_factory=itertools.count(1).__next__)
    result: Any = None
    error: BaseException | None = None
    cancel: threading.Event = field(default_factory=threading.Event)

    def execute(self, report: Callable[[Progress], None]) -> None:
        """On the worker: run, and keep the outcome here (never raises)."""
        assert self.action is not None
        try:
            if self.progressive:
                self.result = self._drive(self.action(), report)
            else:
                self.result = self.action()
        except BaseException as error:  # noqa: BLE001 - handed to the GUI thread, which re-raises what is not an Exception
            self.error = error

    def _drive(self, job: Iterator[Progress], report: Callable[[Progress], None]) -> Any:
        last = 0.0
        while True:
            if self.cancel.is_set():
                job.close()  # GeneratorExit at the current step: its transaction rolls back
                raise Cancelled
            try:
                progress = next(job)
            except StopIteration as stop:
                return stop.value
            now = time.monotonic()
            if now - last >= _PROGRESS_EVERY_S:
                last = now
                report(progress)

    def release(self) -> None:
        """On the GUI thread, once handled: let go of the action and the outcome."""
        self.action = None
        self.result = None
        if self.error is not None:
            self.error.__traceback__ = None  # frames hold closures: no cycle left behind
            self.error = None


class _Relay(QObject):
    """Lives on the GUI thread for the application's lifetime; the worker emits on it."""

    finished = Signal(int)  # a task's number
    progressed = Signal(int, object)  # a task's number, a Progress

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.on_finished: Callable[[int], None] = lambda _n: None
        self.on_progress: Callable[[int, Progress], None] = lambda _n, _p: None
        self.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)

    @Slot(int)
    def _finished(self, number: int) -> None:
        self.on_finished(number)

    @Slot(int, object)
    def _progressed(self, number: int, progress: Progress) -> None:
        self.on_progress(number, progress)


class Worker:
    """The process's worker thread. Use ``Worker.instance()`` (on the GUI thread)."""

    _instance: Worker | None = None

    def __init__(self) -> None:
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("the worker needs a QApplication")
        self._relay = _Relay(app)
        self._queue: queue.SimpleQueue[Task | None] = queue.SimpleQueue()
        self._waiting = 0  # tasks queued or running
        self._idle = threading.Condition()
        self._listeners: dict[int, Callable[[int, Progress | None], None]] = {}
        self._relay.on_finished = self._finished
        self._relay.on_progress = self._progressed
        self._thread = threading.Thread(target=self._loop, name="debiteur-desk worker", daemon=True)
        self._thread.start()
        app.aboutToQuit.connect(self.stop)

    @classmethod
    def instance(cls) -> Worker:
        if cls._instance is None or not cls._instance._thread.is_alive():
            cls._instance = Worker()
        return cls._instance

    def submit(self, task: Task, listener: Callable[[int, Progress | None], None]) -> None:
        """Queue ``task``; ``listener(number, progress)`` is called on the GUI thread with
        each Progress, and once with ``None`` when the task is done."""
        self._listeners[task.number] = listener
        with self._idle:
            self._waiting += 1
        self._queue.put(task)

    def wait(self, timeout_s: float) -> bool:
        """Block until every queued task has run (tests, a clean exit). Answers that have
        not been delivered yet are delivered by the event loop afterwards."""
        with self._idle:
            return self._idle.wait_for(lambda: self._waiting == 0, timeout_s)

    def stop(self) -> None:
        """Finish what was queued, then end the thread (the application is quitting)."""
        self._queue.put(None)
        self._thread.join(timeout=30)

    # -- the worker thread ------------------------------------------------------------
    def _loop(self) -> None:
        while True:
            task = self._queue.get()
            if task is None:
                return
            number = task.number
            task.execute(partial(self._relay.progressed.emit, number))
            del task  # the GUI thread holds the task; this thread must not be the last
            self._relay.finished.emit(number)
            with self._idle:
                self._waiting -= 1
                self._idle.notify_all()

    # -- the GUI thread ---------------------------------------------------------------
    def _progressed(self, number: int, progress: Progress) -> None:
        listener = self._listeners.get(number)
        if listener is not None:
            listener(number, progress)

    def _finished(self, number: int) -> None:
        listener = self._listeners.pop(number, None)
        if listener is not None:
            listener(number, None)


class _GuiThreadCollector(QObject):
    """Python's cycle collection, on the GUI thread only (see the module text)."""

    def __init__(self, parent: QObject, interval_ms: int = 500) -> None:
        super().__init__(parent)
        self._threshold = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect)
        self._timer.start(interval_ms)

    def collect(self) -> None:
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._threshold[generation]:
                gc.collect(generation)
                return


def collect_garbage_on_gui_thread(app: QCoreApplication) -> None:
    """Once per application: cycles are collected from a timer on the GUI thread."""
    if app.findChild(_GuiThreadCollector) is None:
        _GuiThreadCollector(app)


def collect_garbage_anywhere(app: QCoreApplication) -> None:
    """Back to Python's own collection (for a test run that goes on without windows)."""
    collector = app.findChild(_GuiThreadCollector)
    if collector is not None:
        collector.setParent(None)
        collector.deleteLater()
    gc.enable()
