"""Noticing work done on other laptops: a cheap poll of the round's scoring, once a second.

The first look is taken as the round is opened, with the window's own reads of it;
the polls after it run on their own thread, so a server that stops answering holds
a poll for up to the connect timeout, never the window.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from sro_panel.errors import SroPanelError
from sro_panel.services.app import Services
from sro_panel.services.permissions import Permission
from sro_panel.ui.background import OneAtATime

log = logging.getLogger("sro_panel")

POLL_MS = 1000  # a submission elsewhere shows within about a second
QUIET_AFTER_FAILURE = 15  # polls skipped after one failed: no dead link asked every second
STOP_WAIT_MS = 6000  # longer than a connect timeout: a poll under way ends before the window


class ActivityWatch(QObject):
    """Emits `changed` when a sheet of the watched round was saved or submitted anywhere."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services: Services | None = None
        self._round_id: int | None = None
        self._last: tuple[int, int, str] | None = None
        self._skip = 0
        self._watching = 0  # which watch() a poll's answer belongs to
        self._asker = OneAtATime(self)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)

    def watch(self, services: Services, round_id: int | None) -> None:
        """Watch this round as this person (nothing, if they may not see the progress)."""
        self._services, self._round_id, self._last, self._skip = services, round_id, None, 0
        self._watching += 1
        if round_id is not None and services.results.can(Permission.VIEW_PROGRESS):
            try:
                self._last = services.results.activity(round_id)
            except Exception as exc:
                self._quiet(exc)
            self._timer.start()
        else:
            self._timer.stop()

    def stop(self) -> None:
        self._timer.stop()
        self._services = None
        self._watching += 1
        self._asker.wait(STOP_WAIT_MS)

    @Slot()
    def poll(self) -> None:
        if self._services is None or self._round_id is None or self._asker.busy:
            return
        if self._skip:
            self._skip -= 1
            return
        services, round_id, watching = self._services, self._round_id, self._watching
        self._asker.ask(
            lambda: services.results.activity(round_id),
            lambda now: self._answered(watching, now),
            lambda error: self._poll_failed(watching, error),
        )

    def _answered(self, watching: int, now: tuple[int, int, str]) -> None:
        if watching != self._watching:
            return  # asked for a round no longer watched
        if self._last is not None and now != self._last:
            self.changed.emit()
        self._last = now

    def _poll_failed(self, watching: int, error: Exception) -> None:
        if watching == self._watching:
            self._quiet(error)

    def _quiet(self, error: Exception) -> None:
        if not isinstance(error, SroPanelError):
            # A check nobody asked for never interrupts anyone: the person's next action
            # meets the same problem and is told; the log keeps the details.
            log.warning("checking the round for others' work failed: %r", error)
        self._skip = QUIET_AFTER_FAILURE  # offline, or the round is gone: ask later
