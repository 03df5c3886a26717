"""The scoring page in Spanish: the round's Spanish criteria, anchors and choices."""

from PySide6.QtWidgets import QLabel, QRadioButton

from tests.ui.test_scoring_page import open_scoring


def _texts(card):
    return [w.text() for w in card.findChildren(QLabel)]


def test_the_scoring_page_in_spanish_shows_the_spanish_rubric(
    qtbot, spanish, window, confirm, errors
):
    page, _seat = open_scoring(window, qtbot, "Anaïs Delacroix-Moore")
    info = page._round
    crit = info.criteria[0]
    assert crit.es is not None
    card = page.cards[crit.key]
    texts = _texts(card)
    assert any(crit.es.title in t for t in texts)
    assert crit.es.questions[0] in texts
    for value, label, anchor in crit.es.levels:
        assert card.buttons[value].text() == f"{value}  {label}"
        assert anchor in texts
        assert card.buttons[value].accessibleDescription() == anchor
    assert not any(crit.title in t for t in texts)
    assert card.buttons[1].text() == "1  No cumple"
    choices = [b.text() for b in page.recommendation_box.findChildren(QRadioButton)]
    assert choices == ["1  Recomendar", "2  Recomendar con reservas", "3  No recomendar"]


def test_in_english_the_page_shows_the_english_rubric(qtbot, window, confirm, errors):
    page, _seat = open_scoring(window, qtbot, "Anaïs Delacroix-Moore")
    info = page._round
    crit = info.criteria[0]
    card = page.cards[crit.key]
    assert crit.questions[0] in _texts(card)
    assert card.buttons[1].text() == f"1  {crit.levels[0][1]}"


def test_the_export_menu_prints_score_sheets_in_the_windows_language(
    qtbot, spanish, window, monkeypatch, tmp_path, confirm, errors
):
    from sro_panel.ui import dialogs

    target = tmp_path / "hojas.pdf"
    monkeypatch.setattr(dialogs.ChooseFile, "save", staticmethod(lambda *a: str(target)))
    asked = []

    def pdf(kind, round_id, path, **kwargs):
        asked.append((kind, kwargs.get("language")))
        yield (1, 1, "")

    monkeypatch.setattr(window.services.exports, "pdf", pdf)
    window.export_actions["scoresheets"].trigger()
    qtbot.waitUntil(lambda: len(confirm.asked) == 1, timeout=10_000)
    assert errors.asked == [] and asked == [("scoresheets", "es")]


def test_in_spanish_what_is_missing_before_submitting_is_named_in_spanish(
    qtbot, spanish, window, confirm, errors
):
    page, seat = open_scoring(window, qtbot, "Jaylen Okonkwo")
    services = window.services
    draft = next(a for a, _, status in services.scoring.my_candidates(seat) if status == "draft")
    page.select_candidate(draft)
    missing = services.scoring.sheet(seat, draft).missing
    unscored = [c for c in page._round.criteria if f"{c.ref} {c.title}" in missing]
    assert unscored and all(c.es is not None for c in unscored)
    page.submit_button.click()
    [(_title, text)] = errors.asked
    for crit in unscored:
        assert f"{crit.ref} {crit.es.title}" in text
        assert crit.title not in text
    assert "Recomendación general" in text or "recomendación" in text.lower()
