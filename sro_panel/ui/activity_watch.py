"""Noticing work done on other laptops: a cheap poll of the round's scoring, once a second."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from sro_panel.errors import SroPanelError
from sro_panel.services.app import Services
from sro_panel.services.permissions import Permission

log = logging.getLogger("sro_panel")

POLL_MS = 1000  # a submission elsewhere shows within about a second
QUIET_AFTER_FAILURE = 15  # polls skipped after one failed: no window held up by a dead link


class ActivityWatch(QObject):
    """Emits `changed` when a sheet of the watched round was saved or submitted anywhere."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services: Services | None = None
        self._round_id: int | None = None
        self._last: tuple[int, int, str] | None = None
        self._skip = 0
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)

    def watch(self, services: Services, round_id: int | None) -> None:
        """Watch this round as this person (nothing, if they may not see the progress)."""
        self._services, self._round_id, self._last, self._skip = services, round_id, None, 0
        if round_id is not None and services.results.can(Permission.VIEW_PROGRESS):
            self.poll()
            self._timer.start()
        else:
            self._timer.stop()

    def stop(self) -> None:
        self._timer.stop()
        self._services = None

    @Slot()
    def poll(self) -> None:
        if self._services is None or self._round_id is None:
            return
        if self._skip:
            self._skip -= 1
            return
        try:
            now = self._services.results.activity(self._round_id)
        except SroPanelError:
            self._skip = QUIET_AFTER_FAILURE  # offline, or the round is gone: ask later
            return
        except Exception:
            # A check nobody asked for never interrupts anyone: the person's next action
            # meets the same problem and is told; the log keeps the details.
            log.warning("checking the round for others' work failed", exc_info=True)
            self._skip = QUIET_AFTER_FAILURE
            return
        if self._last is not None and now != self._last:
            self.changed.emit()
        self._last = now
