"""The panelist's screen, driven as a panelist would: keyboard first."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sro_panel.ui.main_window import STEPS
from tests.ui.conftest import act_as


def focused():
    return QApplication.focusWidget()


def open_scoring(window, qtbot, who):
    actor = act_as(window, who)
    window.steps_list.setCurrentRow(STEPS.index("Scoring"))
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    return window.scoring_page, next(iter(actor.panelist_ids))


def test_a_whole_candidate_scored_with_the_keyboard_alone(qtbot, window, confirm, errors):
    page, seat = open_scoring(window, qtbot, "Anaïs Delacroix-Moore")
    services = window.services
    # A fresh candidate: the practice one, which the demo leaves unscored.
    practice = next(
        a
        for a, name, status in services.scoring.my_candidates(seat)
        if name == "Practice Candidate"
    )
    page.select_candidate(practice)
    assert page.status_label.text() == "Not started"
    first_card = next(iter(page.cards.values()))
    first_card.setFocus()
    qtbot.waitUntil(lambda: focused() is first_card)
    levels = [4, 5, 3, 4, 2, 3, 4, 5, 3]
    for level in levels:
        qtbot.keyClick(focused(), str(level))  # pick the level
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # to the note
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # to the next criterion
    # Now on the overall recommendation: a digit picks the choice.
    assert focused() is page.recommendation_box
    qtbot.keyClick(focused(), "1")
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert errors.asked == []
    assert len(confirm.asked) == 1 and "Practice Candidate" in confirm.asked[0][1]
    sheet = services.scoring.sheet(seat, practice)
    assert sheet.status == "submitted"
    assert [s.value for s in sheet.scores] == levels
    assert sheet.recommendation == "recommend"


def test_submit_names_what_is_missing_and_does_not_submit(qtbot, window, confirm, errors):
    page, seat = open_scoring(window, qtbot, "Jaylen Okonkwo")
    services = window.services
    drafts = [a for a, _, status in services.scoring.my_candidates(seat) if status == "draft"]
    page.select_candidate(drafts[0])
    page.submit_button.click()
    assert confirm.asked == []
    [(title, text)] = errors.asked
    assert title == "Not ready to submit" and "Overall recommendation" in text and "IV.B.9" in text
    assert services.scoring.sheet(seat, drafts[0]).status == "draft"


def test_a_click_and_a_note_are_saved_as_you_go(qtbot, window, confirm, errors):
    page, seat = open_scoring(window, qtbot, "Jaylen Okonkwo")
    services = window.services
    draft = next(a for a, _, status in services.scoring.my_candidates(seat) if status == "draft")
    page.select_candidate(draft)
    card = page.cards["report_writing"]
    qtbot.mouseClick(card.buttons[2], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(card.note_edit, "Clear about what to write down")
    qtbot.waitUntil(lambda: services.scoring.sheet(seat, draft).score("report_writing").note != "")
    saved = services.scoring.sheet(seat, draft).score("report_writing")
    assert (saved.value, saved.note) == (2, "Clear about what to write down")


def test_submitted_sheets_are_read_only_and_other_seats_are_not_visible(
    qtbot, window, confirm, errors
):
    page, seat = open_scoring(window, qtbot, "Renée Halvorsen")
    services = window.services
    done = next(a for a, _, status in services.scoring.my_candidates(seat) if status == "submitted")
    page.select_candidate(done)
    assert "read-only" in page.status_label.text()
    assert not page.submit_button.isEnabled()
    assert all(not b.isEnabled() for card in page.cards.values() for b in card.buttons.values())
    act_as(window, "Local administrator")
    assert "Choose your panel seat" in page.message_label.text()
    assert page.candidate_list.count() == 0


def test_the_conflicted_candidate_is_marked_and_cannot_be_scored(qtbot, window, confirm, errors):
    page, seat = open_scoring(window, qtbot, "Mei-Ling Carver")
    services = window.services
    recused = next(
        a for a, _, status in services.scoring.my_candidates(seat) if status == "recused"
    )
    page.select_candidate(recused)
    assert page.candidate_list.currentItem().text().startswith("⊘")
    assert "conflict" in page.status_label.text()
    assert not page.submit_button.isEnabled()


def test_the_chosen_level_stands_out_by_more_than_its_radio_dot(qtbot, window, confirm, errors):
    page, seat = open_scoring(window, qtbot, "Jaylen Okonkwo")
    services = window.services
    draft = next(a for a, _, status in services.scoring.my_candidates(seat) if status == "draft")
    page.select_candidate(draft)
    card = page.cards["report_writing"]
    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_3)
    assert [v for v, label in card.anchors.items() if label.font().bold()] == [3]
    qtbot.keyClick(card, Qt.Key.Key_5)
    assert [v for v, label in card.anchors.items() if label.font().bold()] == [5]
    qtbot.waitUntil(lambda: services.scoring.sheet(seat, draft).score("report_writing").value == 5)
