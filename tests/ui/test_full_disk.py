"""A full disk or a read-only database while a panelist scores: a clear word, what they
typed still in the window, nothing half-written, and all of it saved once it can be.

The full disk is SQLite's own: the database may grow by no page (`max_page_count` at its
size after VACUUM), so a change that needs room fails inside SQLite as it does when the
disk is full. Read-only is SQLite's `query_only` (the tests run as root, whom chmod does
not stop).
"""

import json
import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import event

from tests.ui.test_scoring_page import open_scoring

# The longest note a card takes (4,000 characters), more bytes than a page holds.
LONG_NOTE = ("Calm with the students, réfléchi et précis with the staff. " * 70)[:4000]


class Limit:
    """Every new connection of the database's engine gets `pragma`, until lifted."""

    def __init__(self, db, pragma: str) -> None:
        self.db, self.pragma = db, pragma
        db.dispose()
        event.listen(db.engine, "connect", self._on_connect)

    def _on_connect(self, dbapi_connection, _record) -> None:
        dbapi_connection.execute(self.pragma)

    def lift(self) -> None:
        event.remove(self.db.engine, "connect", self._on_connect)
        self.db.dispose()


def full_disk(db) -> Limit:
    path = Path(db.url.database)
    db.dispose()
    con = sqlite3.connect(path)
    con.execute("VACUUM")  # no free page left inside the file either
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    con.close()
    return Limit(db, f"PRAGMA max_page_count={pages}")


def draft_candidate(services, seat):
    return next(a for a, _, status in services.scoring.my_candidates(seat) if status == "draft")


def test_a_full_disk_keeps_the_note_in_the_window_and_saves_it_when_there_is_room(
    qtbot, window, errors
):
    page, seat = open_scoring(window, qtbot, "Jaylen Okonkwo")
    services = window.services
    cand = draft_candidate(services, seat)
    page.select_candidate(cand)
    key = next(iter(page.cards))
    before = services.scoring.sheet(seat, cand).score(key)
    limit = full_disk(services.db)

    card = page.cards[key]
    QApplication.clipboard().setText(LONG_NOTE)
    card.note_edit.setFocus()
    qtbot.keyClick(card.note_edit, Qt.Key.Key_End)
    qtbot.keyClick(card.note_edit, "v", Qt.KeyboardModifier.ControlModifier)  # pasted
    typed = card.note_edit.text()
    assert typed.startswith(LONG_NOTE[:3000]) and len(typed.encode()) > 4096
    page.save_notes()  # as the note timer or leaving the field does

    assert errors.asked == []  # no dialog in the panelist's way; the banner says it
    assert page.offline_banner.isVisible()
    assert "the disk is full, so nothing was saved" in page.offline_banner.text()
    assert "stay in this window" in page.offline_banner.text()
    assert page.status_label.text() == "Not saved yet: kept in this window"
    assert card.note_edit.text() == typed  # still in the window
    assert services.scoring.sheet(seat, cand).score(key) == before  # nothing half-written
    assert sqlite3.connect(services.db.url.database).execute(
        "PRAGMA integrity_check"
    ).fetchone() == ("ok",)

    page.submit_button.click()  # submitting waits, and says why
    [(title, text)] = errors.asked
    assert title == "Not saved yet" and "the disk is full" in text
    assert services.scoring.sheet(seat, cand).status == "draft"

    limit.lift()  # space again: the retry saves what the window kept
    page.offline_banner.retry()
    assert "kept in this window are in the database" in page.offline_banner.text()
    assert services.scoring.sheet(seat, cand).score(key).note == typed


def test_a_read_only_database_keeps_the_level_chosen_and_refuses_the_submit_plainly(
    qtbot, window, errors, confirm
):
    page, seat = open_scoring(window, qtbot, "Jaylen Okonkwo")
    services = window.services
    cand = draft_candidate(services, seat)
    page.select_candidate(cand)
    key = next(iter(page.cards))
    before = services.scoring.sheet(seat, cand)
    new_level = 1 if before.score(key).value != 1 else 2
    limit = Limit(services.db, "PRAGMA query_only=ON")

    qtbot.keyClick(page.cards[key], str(new_level))
    assert errors.asked == []
    assert "this place is read-only" in page.offline_banner.text()
    assert page.cards[key].value() == new_level  # on screen as chosen

    limit.lift()  # (every transaction begins IMMEDIATE: a read-only file is not read either)
    assert services.scoring.sheet(seat, cand).score(key) == before.score(key)
    page.offline_banner.retry()
    assert services.scoring.sheet(seat, cand).score(key).value == new_level


def test_a_submit_the_database_cannot_take_is_refused_and_the_sheet_stays(
    qtbot, window, errors, confirm
):
    page, seat = open_scoring(window, qtbot, "Anaïs Delacroix-Moore")
    services = window.services
    practice = next(
        a for a, name, _ in services.scoring.my_candidates(seat) if name == "Practice Candidate"
    )
    page.select_candidate(practice)
    for card in page.cards.values():
        qtbot.keyClick(card, "3")
    qtbot.keyClick(page.recommendation_box, "1")
    shown = {k: c.value() for k, c in page.cards.items()}
    limit = Limit(services.db, "PRAGMA query_only=ON")
    page.submit_button.click()
    [(title, text)] = errors.asked
    assert title == "Submit" and "read-only" in text and "nothing was saved" in text
    assert {k: c.value() for k, c in page.cards.items()} == shown  # still in the window
    limit.lift()
    sheet = services.scoring.sheet(seat, practice)
    assert sheet.status == "draft" and {s.key: s.value for s in sheet.scores} == shown


def test_closing_while_a_change_is_nowhere_but_the_window_asks_first(
    qtbot, window, errors, confirm
):
    """The database cannot take the change and the laptop's disk cannot either (the
    drafts file cannot be written): closing would lose it, so the person is asked."""
    page, seat = open_scoring(window, qtbot, "Jaylen Okonkwo")
    services = window.services
    cand = draft_candidate(services, seat)
    page.select_candidate(cand)
    key = next(iter(page.cards))
    level = 1 if services.scoring.sheet(seat, cand).score(key).value != 1 else 2
    drafts = page.offline_banner.drafts
    writable = drafts.path
    blocker = writable.parent / "full"
    blocker.write_text("")  # a file where the drafts folder should be: nothing is written
    drafts.path = blocker / writable.name
    limit = Limit(services.db, "PRAGMA query_only=ON")
    qtbot.keyClick(page.cards[key], str(level))
    assert "stay in this window" in page.offline_banner.text()

    confirm.answer = False  # "Keep the window open"
    assert window.close() is False
    assert window.isVisible() and page.cards[key].value() == level
    [(title, text)] = [(a[0], a[1]) for a in confirm.asked]
    assert title == "Changes not saved" and "last 1 change(s) are not saved anywhere" in text
    assert "read-only" in text  # and why

    drafts.path = writable  # room on the laptop again: closing now keeps the change
    assert window.close() is True
    assert len(confirm.asked) == 1  # not asked again
    [kept] = json.loads(writable.read_text())["edits"]
    assert (kept["applicant_id"], kept["key"], kept["value"]) == (cand, key, level)
    limit.lift()


def test_closing_with_changes_kept_in_the_drafts_file_does_not_ask(
    qtbot, window, errors, confirm, offline_drafts_file
):
    page, seat = open_scoring(window, qtbot, "Jaylen Okonkwo")
    cand = draft_candidate(window.services, seat)
    page.select_candidate(cand)
    limit = Limit(window.services.db, "PRAGMA query_only=ON")
    qtbot.keyClick(next(iter(page.cards.values())), "2")
    assert page.offline_banner.waiting() == 1
    assert window.close() is True and confirm.asked == []
    assert len(json.loads(offline_drafts_file.read_text())["edits"]) == 1
    limit.lift()


def test_enter_or_escape_in_the_question_keeps_the_window_open(qtbot, window, monkeypatch):
    """The question's real box: neither key a person presses without reading loses work."""
    from PySide6.QtWidgets import QMessageBox

    page, seat = open_scoring(window, qtbot, "Jaylen Okonkwo")
    cand = draft_candidate(window.services, seat)
    page.select_candidate(cand)
    drafts = page.offline_banner.drafts
    blocker = drafts.path.parent / "full"
    blocker.write_text("")
    drafts.path = blocker / drafts.path.name
    limit = Limit(window.services.db, "PRAGMA query_only=ON")
    qtbot.keyClick(next(iter(page.cards.values())), "2")
    asked = []

    def answer_with(key):
        def answer(box):
            asked.append(box.text())
            box.show()
            box.activateWindow()
            qtbot.waitUntil(
                lambda: (
                    QApplication.focusWidget() is not None
                    and QApplication.focusWidget().window() is box
                )
            )
            qtbot.keyClick(QApplication.focusWidget(), key)
            assert box.clickedButton() is not None  # the key answered
            return box.result()

        return answer

    for key in (Qt.Key.Key_Return, Qt.Key.Key_Escape):
        monkeypatch.setattr(QMessageBox, "exec", answer_with(key))
        assert window.close() is False
        assert window.isVisible()
    assert len(asked) == 2 and "not saved anywhere" in asked[0]
    limit.lift()
