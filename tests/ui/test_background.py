"""Long work off the UI thread: progress, result, failure and a Cancel that really stops it."""

import threading

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QWidget

from sro_panel.errors import InputError
from sro_panel.ui.background import BackgroundOp


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_progress_then_the_result_arrive_on_the_ui_thread(qtbot, parent):
    results, seen = [], []
    listening = threading.Event()  # the worker starts at once: it waits for the listener

    def work():
        assert listening.wait(5)
        for i in range(3):
            yield (i, 3, f"step {i}")
        return threading.get_ident()

    op = BackgroundOp(parent, "Work", work, results.append, pytest.fail)
    op.signals.progress.connect(lambda d, t, text: seen.append(text))
    listening.set()
    with qtbot.waitSignal(op.finished, timeout=5000):
        pass
    assert results and results[0] != threading.get_ident()  # it ran on another thread
    assert seen == ["step 0", "step 1", "step 2"]


def test_a_failure_is_handed_back(qtbot, parent):
    failures = []

    def work():
        yield (0, 1, "")
        raise InputError("row 14, Hire date: '31/02/2019' is not a date")

    op = BackgroundOp(parent, "Import", work, pytest.fail, failures.append)
    with qtbot.waitSignal(op.finished, timeout=5000):
        pass
    assert isinstance(failures[0], InputError) and "row 14" in str(failures[0])


def test_cancel_stops_the_work_and_lets_it_clean_up(qtbot, parent):
    reached, cleaned = threading.Event(), threading.Event()
    go_on = threading.Event()
    steps = []

    def work():
        try:
            yield (0, 10, "first")
            reached.set()
            go_on.wait(5)
            for i in range(1, 10):
                steps.append(i)
                yield (i, 10, "")
            return "finished"
        finally:
            cleaned.set()

    results = []
    pool = QThreadPool()
    op = BackgroundOp(parent, "Work", work, results.append, pytest.fail, pool=pool)
    assert reached.wait(5)
    op.cancel()
    go_on.set()
    with qtbot.waitSignal(op.finished, timeout=5000):
        pass
    assert results == [] and cleaned.is_set()
    assert steps == [1]  # stopped at the first check after Cancel
    pool.waitForDone()
