"""Offline panels and paper sheets in the window: round file out, a laptop's local panel
scored with the keyboard, its score file back in; a printed sheet keyed in."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sro_panel.errors import DatabaseError
from sro_panel.services.context import Actor
from sro_panel.services.local_panel import open_round_file
from sro_panel.services.permissions import Role
from sro_panel.ui import app as ui_app
from sro_panel.ui import dialogs
from sro_panel.ui.main_window import STEPS, MainWindow
from tests.ui.conftest import Recorder, act_as


@pytest.fixture
def info(monkeypatch):
    recorder = Recorder()
    monkeypatch.setattr(dialogs.ShowInfo, "ask", staticmethod(recorder))
    return recorder


def focused():
    return QApplication.focusWidget()


def _choose(combo, text):
    index = next(i for i in range(combo.count()) if text in combo.itemText(i))
    combo.setCurrentIndex(index)


def _score_with_keys(qtbot, page, levels):
    first_card = next(iter(page.cards.values()))
    first_card.setFocus()
    qtbot.waitUntil(lambda: focused() is first_card)
    for level in levels:
        qtbot.keyClick(focused(), str(level))
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), "1")
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_round_file_out_scored_offline_and_its_score_file_back_in(
    qtbot, window, monkeypatch, tmp_path, settings, confirm, errors, info
):
    demo = window.services
    seat = demo.panel.add_panelist(1, name="Rowan Vale", role_type="community").id
    # The coordinator saves Rowan's round file from the Panel step.
    window.steps_list.setCurrentRow(STEPS.index("Panel"))
    page = window.panel_page
    _choose(page.offline_for_combo, "Rowan Vale")
    round_file = tmp_path / "rowan.sroround"
    monkeypatch.setattr(dialogs.ChooseFile, "save", staticmethod(lambda *a: str(round_file)))
    page.round_file_button.click()
    assert round_file.exists() and errors.asked == []
    assert "for Rowan Vale (28 candidates)" in info.asked[-1][1]

    # Rowan's laptop: the window opens on the Scoring step, as Rowan.
    local = open_round_file(round_file, tmp_path / "laptop")
    laptop = MainWindow(local, settings=settings, local_panel=True)
    qtbot.addWidget(laptop)
    laptop.show()
    qtbot.waitExposed(laptop)
    laptop.activateWindow()
    qtbot.waitUntil(laptop.isActiveWindow)
    assert STEPS[laptop.steps_list.currentRow()] == "Scoring"
    shown = [
        STEPS[row] for row in range(laptop.steps_list.count())
        if not laptop.steps_list.item(row).isHidden()
    ]  # fmt: skip
    assert shown == ["Round", "Scoring"] and not laptop.new_round_action.isVisible()
    scoring = laptop.scoring_page
    assert scoring.score_file_button.isVisible() and not scoring.paper_row.isVisible()
    # The score-file button sits beside Submit here: each keeps its own Alt letter.
    from tests.ui.test_keyboard import duplicated, visible_buttons

    assert duplicated([b.text() for b in visible_buttons(scoring)]) == []
    assert laptop.file_actions.save_score_file_action.isVisible()
    levels = [4, 5, 3, 4, 2, 3, 4, 5, 3]
    _score_with_keys(qtbot, scoring, levels)  # the first unscored pool candidate
    assert errors.asked == [] and len(confirm.asked) == 1
    score_file = tmp_path / "rowan.sroscores"
    monkeypatch.setattr(dialogs.ChooseFile, "save", staticmethod(lambda *a: str(score_file)))
    scoring.score_file_button.click()
    assert score_file.exists() and errors.asked == []
    title, text = info.asked[-1]
    assert title == "Score file saved" and "your 1 submitted sheet(s)" in text
    assert "Not submitted yet, so not in the file:" in text

    # Back at the coordinator's desk: the file comes in from the Panel step.
    monkeypatch.setattr(dialogs.ChooseFile, "open", staticmethod(lambda *a: str(score_file)))
    page.import_scores_button.click()
    assert errors.asked == []
    assert info.asked[-1] == ("Score file", "1 sheet(s) from Rowan Vale imported.")
    rowan = demo.as_actor(Actor("rowan", "Rowan Vale", Role.PANELIST, frozenset({seat})))
    [(cand, _name, _status)] = [c for c in rowan.scoring.my_candidates(seat) if c[2] == "submitted"]
    sheet = rowan.scoring.sheet(seat, cand)
    assert [s.value for s in sheet.scores] == levels and sheet.source == "file"
    # The same file again changes nothing, and says so.
    page.import_scores_button.click()
    assert "imported before; nothing changed" in info.asked[-1][1]


def test_a_score_file_that_was_changed_is_refused_in_words(
    qtbot, window, monkeypatch, tmp_path, errors, info
):
    bad = tmp_path / "changed.sroscores"
    bad.write_text('{"payload": {"format": "sro-panel score file", "version": 1}}')
    window.steps_list.setCurrentRow(STEPS.index("Panel"))
    monkeypatch.setattr(dialogs.ChooseFile, "open", staticmethod(lambda *a: str(bad)))
    window.panel_page.import_scores_button.click()
    [(title, text)] = errors.asked
    assert title == "Score file not imported" and text.startswith(f"{bad}: ")
    assert info.asked == []


def test_a_paper_sheet_keyed_in_by_the_coordinator(qtbot, window, confirm, errors):
    act_as(window, "Local administrator")
    window.steps_list.setCurrentRow(STEPS.index("Scoring"))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.scoring_page
    assert page.paper_row.isVisible() and page.candidate_list.count() == 0
    assert "choose them above" in page.message_label.text()
    _choose(page.paper_combo, "Anaïs Delacroix-Moore")
    assert "Enter what Anaïs Delacroix-Moore wrote" in page.message_label.text()
    assert not page.print_button.isVisible()
    seat = page.paper_combo.currentData()
    services = window.services
    practice = next(
        a for a, name, _s in services.paper_scoring.my_candidates(seat)
        if name == "Practice Candidate"
    )  # fmt: skip
    page.select_candidate(practice)
    levels = [3, 3, 4, 4, 5, 5, 2, 2, 3]
    _score_with_keys(qtbot, page, levels)
    assert errors.asked == []
    sheet = services.paper_scoring.sheet(seat, practice)
    assert sheet.status == "submitted" and [s.value for s in sheet.scores] == levels
    assert sheet.source == "paper" and sheet.keyed_by == "Local administrator"
    assert page.status_label.text() == "Every sheet of this panel member is in."
    page.candidate_list.setCurrentRow(1)
    page.select_candidate(practice)
    assert "Keyed in from the paper sheet by Local administrator" in page.status_label.text()


def test_the_file_menu_replaces_the_window_with_one_on_another_database(
    qtbot, demo, tmp_path, monkeypatch, errors
):
    from sro_panel.services.app import open_services

    windows = ui_app.Windows()
    monkeypatch.setattr(ui_app, "sign_in", lambda services: services)
    assert windows.show(demo)
    first = windows.window
    qtbot.addWidget(first)
    url = f"sqlite:///{tmp_path / 'other.db'}"
    first.open_requested.emit((lambda: open_services(url)[0], False))
    second = windows.window
    qtbot.addWidget(second)
    assert second is not first and second.isVisible() and not first.isVisible()
    assert second.round_combo.count() == 0  # a new, empty database: the start page
    assert second.central.currentWidget() is second.start_page

    def broken():
        raise DatabaseError("no such server")

    second.open_requested.emit((broken, False))
    assert windows.window is second and errors.asked == [("SRO Panel", "no such server")]
