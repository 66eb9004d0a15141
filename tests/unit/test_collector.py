"""The import's garbage collection (``domain/collector.py``): the index built before the
loop is set aside, the loop's cyclic garbage is freed between blocks — but only where the
collector was running (the command line), never from the window's worker thread."""

import gc
import weakref

from debiteur_desk.domain.collector import young_garbage_collected


class Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector frees it


def test_the_loops_cyclic_garbage_is_freed_between_blocks_where_the_collector_ran():
    assert gc.isenabled()
    kept = Node()  # alive before the block: set aside
    with young_garbage_collected() as collect:
        assert not gc.isenabled() and gc.get_freeze_count() > 0
        garbage = Node()
        gone = weakref.ref(garbage)
        del garbage
        assert gone() is not None
        collect()
        assert gone() is None
    assert gc.isenabled() and gc.get_freeze_count() == 0 and kept.me is kept


def test_where_the_window_turned_the_collector_off_the_worker_never_collects():
    gc.disable()
    try:
        with young_garbage_collected() as collect:
            garbage = Node()
            gone = weakref.ref(garbage)
            del garbage
            collect()
            assert gone() is not None  # left for the GUI thread's timer
        assert not gc.isenabled() and gc.get_freeze_count() == 0
    finally:
        gc.enable()
    gc.collect()
    assert gone() is None
