"""Background jobs never let Python's cycle collector finalize Qt objects outside the GUI thread."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject

from shoppermap.ui.background import jobs_running, run_in_background


def allocate_cycles() -> None:
    """What an import does to the collector: many new objects, enough to trip every threshold."""
    junk = []
    for _ in range(20_000):
        cycle: list = []
        cycle.append(cycle)
        junk.append(cycle)


def test_a_qt_object_in_a_cycle_is_finalized_in_the_gui_thread_while_a_job_allocates(qtbot):
    run_in_background(lambda: None, name="first")  # set up before the cycle is made
    qtbot.waitUntil(lambda: jobs_running() == 0, timeout=5000)
    finalized_in: list[str] = []
    gc.collect()
    holder = QObject()
    holder.myself = holder  # a cycle: only the collector can free it
    weakref.finalize(holder, lambda: finalized_in.append(threading.current_thread().name))
    del holder
    job = run_in_background(allocate_cycles, name="job")
    job.join(timeout=10)
    assert finalized_in == []  # the job's allocations collected nothing
    qtbot.waitUntil(lambda: jobs_running() == 0, timeout=5000)
    assert gc.isenabled()
    assert finalized_in == [threading.main_thread().name]


def test_a_failing_job_still_hands_collection_back(qtbot):
    def fail() -> None:
        raise OSError("disk gone")

    run_in_background(fail, name="job")
    qtbot.waitUntil(lambda: jobs_running() == 0, timeout=5000)
    assert gc.isenabled()
