"""Long work off the UI thread, with a progress dialog whose Cancel works.

The work is a generator function: it yields (done, total, text) as it goes and
returns its result. Between two yields the helper checks for Cancel and, if
asked, closes the generator (its `with` blocks roll back) and reports that
nothing was done. Success and failure come back on the UI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Generator
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from sro_panel.ui.message_text import message_text

Progress = tuple[int, int, str]
Work = Callable[[], Generator[Progress, None, Any]]
log = logging.getLogger("sro_panel")


class _Signals(QObject):
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Runnable(QRunnable):
    def __init__(self, work: Work, signals: _Signals, cancel: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._signals = signals
        self._cancel = cancel

    def _emit(self, signal_name: str, *args: object) -> None:
        try:
            getattr(self._signals, signal_name).emit(*args)
        except RuntimeError:  # the window closed meanwhile: nobody is left to tell
            log.debug("background result dropped: its window is gone")

    def run(self) -> None:
        try:
            gen = self._work()
            while True:
                try:
                    done, total, text = next(gen)
                except StopIteration as stop:
                    self._emit("succeeded", stop.value)
                    return
                if self._cancel.is_set():
                    gen.close()
                    self._emit("cancelled")
                    return
                # Qt's translate() is thread-safe; a signal would carry only the English str.
                self._emit("progress", done, total, message_text(text))
        except Exception as exc:  # handed to the UI thread, which shows it
            log.warning("background work failed: %s: %s", type(exc).__name__, exc)
            log.debug("details", exc_info=True)
            self._emit("failed", exc)


class BackgroundOp(QObject):
    """One piece of long work; keep a reference until `finished` is emitted."""

    finished = Signal()

    def __init__(
        self,
        parent: QObject | None,
        title: str,
        work: Work,
        on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None],
        *,
        pool: QThreadPool | None = None,
        quiet: bool = False,
    ) -> None:
        """`quiet` work (an automatic backup, a poll) shows no progress dialog: nobody waits on it.

        The dialog, when shown, is over `parent`, then a widget.
        """
        super().__init__(parent)
        self._on_success = on_success
        self._on_failure = on_failure
        self._cancel = threading.Event()
        self.signals = _Signals()
        self.dialog: QProgressDialog | None = None
        if not quiet:
            assert isinstance(parent, QWidget)
            self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
            self.dialog.setWindowTitle(title)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(400)  # quick work never flashes a dialog
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            self.dialog.canceled.connect(self.cancel)
        self.signals.progress.connect(self._on_progress)
        self.signals.succeeded.connect(self._on_succeeded)
        self.signals.failed.connect(self._on_failed)
        self.signals.cancelled.connect(self._on_cancelled)
        (pool or QThreadPool.globalInstance()).start(_Runnable(work, self.signals, self._cancel))

    @Slot()
    def cancel(self) -> None:
        self._cancel.set()
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Cancelling…"))

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self.dialog is None:
            return
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)
        if text:
            self.dialog.setLabelText(text)

    def _finish(self) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.hide()
        self.finished.emit()

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        self._finish()
        self._on_success(result)

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self._finish()
        assert isinstance(error, Exception)
        self._on_failure(error)

    @Slot()
    def _on_cancelled(self) -> None:
        self._finish()


class OneAtATime(QObject):
    """A quick question asked off the window's thread, one at a time: a poll, a ping.

    A server that does not answer holds the question's thread for up to the connect
    timeout, never the window. The answer comes back on the window's thread.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.busy = False
        # The last question, kept until the next: letting go of it inside its own
        # answer would delete the object whose signal is being delivered.
        self._op: BackgroundOp | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)

    def ask(
        self,
        call: Callable[[], Any],
        on_answer: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> bool:
        """Ask `call` on the question's thread; False, asking nothing, while one is under way."""
        if self.busy:
            return False
        self.busy = True

        def work() -> Generator[Progress, None, Any]:
            return call()
            yield  # a generator, as background work is

        def answered(value: Any) -> None:
            self.busy = False
            on_answer(value)

        def failed(error: Exception) -> None:
            self.busy = False
            on_error(error)

        self._op = BackgroundOp(None, "", work, answered, failed, pool=self._pool, quiet=True)
        return True

    def wait(self, msecs: int) -> None:
        """Let a question under way finish (at most `msecs`), as its window closes."""
        self._pool.waitForDone(msecs)
