"""Messages made by services and rules, shown in the window's language."""

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox

from sro_panel.domain.screening import Review, evaluate
from sro_panel.errors import FieldError, InputError
from sro_panel.messages import join, t
from sro_panel.ui import dialogs
from sro_panel.ui.message_text import message_text
from sro_panel.ui.round_dialog import RoundDialog

OK = QDialogButtonBox.StandardButton.Ok


def test_without_a_translation_the_english_is_shown_unchanged(qapp):
    error = FieldError(t("Title"), t("is longer than {limit} characters", limit=200))
    assert str(error) == "Title: is longer than 200 characters"
    assert message_text(error) == str(error)
    assert message_text(ValueError("a library's own words")) == "a library's own words"


def test_a_message_and_the_texts_inside_it_are_translated(spanish):
    error = FieldError(t("Title"), t("is longer than {limit} characters", limit=200))
    assert message_text(error) == "Título: tiene más de 200 caracteres"
    # A list joined from several texts, each translated; a name stays as written.
    missing = join([t("Overall recommendation"), "IV.B.9 Judgement"], "; ")
    error = InputError(t("the sheet cannot be submitted yet; missing: {missing}", missing=missing))
    assert message_text(error) == (
        "la hoja aún no se puede enviar; falta: Recomendación general; IV.B.9 Judgement"
    )


def test_a_translation_that_lost_a_placeholder_falls_back_to_english(spanish, monkeypatch):
    from sro_panel.ui import message_text as module

    monkeypatch.setattr(module.QCoreApplication, "translate", lambda c, s: "roto {nadie}")
    assert message_text(t("round {round_id} does not exist", round_id=4)) == (
        "round 4 does not exist"
    )


def test_a_screening_reason_is_shown_in_spanish(spanish):
    import datetime as dt

    from sro_panel.domain.profile import Attested

    req = Attested(id="ref", text="Reference letter", kind="attested", evidence_hint="")
    review = Review(attested="pass", attested_by="Dana")
    result = evaluate(req, None, review, dt.date(2026, 1, 1))
    assert result.reason == "Confirmed by Dana."
    assert message_text(result.reason) == "Confirmado por Dana."


def test_the_round_dialog_says_the_field_error_in_spanish(qtbot, sqlite_services, spanish):
    dialog = RoundDialog(None, sqlite_services, None)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title_edit, "Ronda de primavera")
    dialog.posting_edit.setDate(QDate(2026, 9, 1))
    dialog.deadline_edit.setDate(QDate(2026, 8, 1))
    assert not dialog.buttons.button(OK).isEnabled()
    error = dialog._errors["Application deadline"]
    assert error.isVisibleTo(dialog)
    assert error.text() == "es anterior a la fecha de publicación"


def test_an_error_from_a_service_shows_in_spanish(
    qtbot, window, monkeypatch, tmp_path, confirm, errors, spanish
):
    target = tmp_path / "nowhere" / "x.xlsx"
    monkeypatch.setattr(dialogs.ChooseFile, "save", staticmethod(lambda *a: str(target)))
    window.export_actions["screening"].trigger()
    qtbot.waitUntil(lambda: len(errors.asked) == 1, timeout=10_000)
    text = errors.asked[0][1]
    assert text == f"{target}: la carpeta {target.parent} no existe"


def test_a_bad_profile_and_a_bad_score_file_are_explained_in_spanish(spanish):
    import pytest

    from sro_panel.domain import offline_files
    from sro_panel.domain.profile import ProfileError, parse_profile

    with pytest.raises(ProfileError) as caught:
        parse_profile("schema_version = 1\n", "perfil.toml")
    assert message_text(caught.value) == "perfil.toml: id: falta una clave obligatoria"
    with pytest.raises(offline_files.OfflineFileError) as caught:
        offline_files.parse_score_file(b'{"a": NaN}', "x.sroscores")
    assert message_text(caught.value).startswith("x.sroscores: no es ")
    assert message_text(caught.value).endswith("(NaN no es un número JSON)")
