"""The scoring page's word on the connection: edits kept on this laptop, and their saving later."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QWidget

from sro_panel.errors import NotSaved, SroPanelError
from sro_panel.services.app import Services
from sro_panel.services.offline_drafts import (
    DraftEdit,
    OfflineDrafts,
    database_label,
    default_path,
)
from sro_panel.services.scoring import SheetView
from sro_panel.ui.background import OneAtATime
from sro_panel.ui.dialogs import Confirm, ShowError
from sro_panel.ui.message_text import message_text

RETRY_MS = 3000
OFFLINE_STYLE = "background: #fff4c2; color: #3d2f00; padding: 6px; border: 1px solid #c9a400;"
BACK_STYLE = "background: #e3f4e1; color: #123d12; padding: 6px; border: 1px solid #5a9a52;"


class OfflineBanner(QLabel):
    """Shown while edits wait on this laptop; retries every few seconds until they are saved.

    While the server is out of reach, each retry first asks it for one round trip on
    another thread: a server that does not answer holds that thread for up to the
    connect timeout, never the window. The kept edits are replayed once it answers.
    """

    saved_later = Signal()  # kept edits reached the server: the sheet on screen may be older

    def __init__(self, services: Services, parent: QWidget | None = None, path: Path | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Connection"))
        self.hide()
        self._services = services
        self.drafts = OfflineDrafts(path or default_path(), database_label(services))
        self._timer = QTimer(self)
        self._timer.setInterval(RETRY_MS)
        self._timer.timeout.connect(self.retry)
        self._asker = OneAtATime(self)  # the server is asked off the window's thread
        if self._waiting():
            self._show_offline()

    def set_services(self, services: Services) -> None:
        self._services = services
        if self._waiting():
            self._show_offline()

    def save(self, edit: DraftEdit, version: int | None) -> SheetView | None:
        """Save the edit, or keep it on this laptop (None) when the server does not answer."""
        view = self.drafts.save(self._services, edit, version)
        if view is None:
            self._show_offline()
        return view

    def waiting(self) -> int:
        return len(self._waiting())

    def _waiting(self) -> list[DraftEdit]:
        return self.drafts.waiting(self._services.actor.panelist_ids)

    def may_close(self) -> bool:
        """Yes, unless edits kept only in memory (this disk full too) would be lost and
        the person chooses to keep the window open."""
        kept = self.drafts.only_in_memory()
        if not kept:
            return True
        return Confirm.ask(
            self,
            self.tr("Changes not saved"),
            self.tr(
                "Your last %n change(s) are not saved anywhere: neither the database nor "
                "this computer's disk can take them just now. {why} If you close the "
                "window, they are lost. Keep it open: they are saved as soon as there is "
                "room.",
                "",
                kept,
            ).format(why=message_text(self.drafts.cause) if self.drafts.cause else ""),
            yes=self.tr("Close and lose them"),
            no=self.tr("Keep the window open"),
            enter_says_yes=False,  # Enter, like Escape, keeps the changes
        )

    def kept_text(self) -> str:
        """The sheet's status line while its edits wait."""
        if isinstance(self.drafts.cause, NotSaved):
            return self.tr("Not saved yet: kept in this window")
        return self.tr("Kept on this laptop: not connected")

    def why_submit_waits(self) -> tuple[str, str]:
        """The title and text that say why the sheet cannot be submitted yet."""
        if isinstance(self.drafts.cause, NotSaved):
            return self.tr("Not saved yet"), self.tr(
                "Your sheet cannot be submitted until your last changes are saved: {why} "
                "They stay in this window; submit once they are saved."
            ).format(why=message_text(self.drafts.cause))
        return self.tr("Not connected"), self.tr(
            "Your sheet cannot be submitted while this laptop is not connected to the shared "
            "database. Your scores are kept here; submit once the connection returns."
        )

    def _show_offline(self) -> None:
        self.setStyleSheet(OFFLINE_STYLE)
        if isinstance(self.drafts.cause, NotSaved):
            text = self.tr(
                "The database cannot take changes just now. {why} Your last %n change(s) "
                "stay in this window and are saved as soon as it can take them; keep the "
                "window open. Submitting waits until then.",
                "",
                self.waiting(),
            ).format(why=message_text(self.drafts.cause))
        else:
            text = self.tr(
                "Not connected to the shared database. Your last %n change(s) are kept on "
                "this laptop and will be saved as soon as the connection returns; keep "
                "scoring. Submitting waits for the connection.",
                "",
                self.waiting(),
            )
        self.setText(text)
        self.show()
        if not self._timer.isActive():
            self._timer.start()

    @Slot()
    def retry(self) -> None:
        """Try again; say so when everything kept has been saved."""
        if not self._waiting():
            self._timer.stop()
            return
        if isinstance(self.drafts.cause, NotSaved):
            self._flush()  # the disk, not the network: it answers at once
            return
        self._asker.ask(self._services.db.answers, self._answered, lambda _error: None)

    def _answered(self, answers: bool) -> None:
        if answers and self._waiting():
            self._flush()

    def _flush(self) -> None:
        try:
            result = self.drafts.flush(self._services, self._services.actor.panelist_ids)
        except SroPanelError as exc:  # anything but the connection: tell, keep the edits
            ShowError.ask(self, self.tr("Saving changes kept on this laptop"), message_text(exc))
            return
        if self._waiting():
            self._show_offline()
            return
        self._timer.stop()
        self.setStyleSheet(BACK_STYLE)
        if isinstance(self.drafts.cause, NotSaved):
            done = self.tr(
                "Saved: the %n change(s) kept in this window are in the database.",
                "",
                result.saved,
            )
        else:
            done = self.tr(
                "Connected again: the %n change(s) kept on this laptop are saved.", "", result.saved
            )
        self.setText(done)
        self.drafts.cause = None
        if result.refused:
            ShowError.ask(
                self,
                self.tr("Some changes could not be saved"),
                self.tr(
                    "These sheets were changed elsewhere while this laptop was offline, so "
                    "your offline changes were not saved over them:\n\n{items}"
                ).format(items="\n".join(message_text(r) for r in result.refused)),
            )
        self.saved_later.emit()
