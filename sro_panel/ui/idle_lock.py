"""The window locks itself when nobody has touched it for a while, and asks for the password.

A panel laptop left open in a school library must not show personnel records
or let someone else score. After the idle time (15 minutes unless the
administrator sets less, never more than 30) the window hides its pages and
asks the same person for their password; their open draft is saved first and
is there again when they are back. Cancel quits the app.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

DEFAULT_MINUTES = 15
MAX_MINUTES = 30
ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


def idle_minutes(setting: object) -> int:
    """The configured idle time, kept between 1 and 30 minutes (15 when unset or unreadable)."""
    try:
        minutes = int(str(setting))
    except ValueError:
        return DEFAULT_MINUTES
    return max(1, min(MAX_MINUTES, minutes))


class IdleLock(QObject):
    """Watches the application's input; `check()` locks once the idle time has passed."""

    def __init__(
        self,
        screen: QWidget,
        minutes: int,
        unlock: Callable[[], bool],
        *,
        before_lock: Callable[[], None] = lambda: None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(screen)
        self._screen = screen  # what is hidden while locked
        self._limit = idle_minutes(minutes) * 60
        self._unlock = unlock  # asks for the password; False means quit
        self._before_lock = before_lock
        self._clock = clock
        self._last = clock()
        self.locked = False
        self.timer = QTimer(self)
        self.timer.setInterval(15_000)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.locked and event.type() in ACTIVITY:
            self._last = self._clock()
        return False

    def check(self) -> None:
        if self.locked or self._clock() - self._last < self._limit:
            return
        self.locked = True
        self._before_lock()
        self._screen.setVisible(False)
        try:
            if not self._unlock():
                app = QApplication.instance()
                if app is not None:
                    app.quit()
                return
        finally:
            self._screen.setVisible(True)
            self.locked = False
            self._last = self._clock()
