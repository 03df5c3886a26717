"""Blank score sheets in Spanish: the round's Spanish rubric and the sheet's own words."""

import datetime as dt
import re
import shutil

import pytest
from pypdf import PdfReader

from sro_panel.cli import main
from sro_panel.errors import InputError
from sro_panel.services.rounds import RoundInput
from tests.conftest import FORMS


def pages(path):
    return [re.sub(r"\s+", " ", page.extract_text()) for page in PdfReader(path).pages]


def export(services, round_id, path, **kwargs):
    # One panel member's stack: every candidate's sheet, without the whole panel's pages.
    seat = services.panel.list_panelists(round_id)[0]
    list(services.exports.pdf("scoresheets", round_id, path, panelist_id=seat.id, **kwargs))
    return pages(path)


def test_a_spanish_sheet_holds_every_spanish_question_and_anchor(demo, tmp_path):
    info = demo.rounds.get_round(1)
    text = export(demo, 1, tmp_path / "hojas.pdf", language="es")
    starts = [n for n, t in enumerate(text) if "Hoja de puntuación: " in t]
    assert len(starts) > 1
    first = " ".join(text[starts[0] : starts[1]])
    for c in info.criteria:
        assert c.es is not None
        assert c.es.title in first
        assert c.es.questions[0][:50] in first, c.key
        for value, label, anchor in c.es.levels:
            assert f"{value} {label}" in first
            assert anchor[:40] in first, (c.key, value)
        assert c.title not in first  # the English criterion is not printed beside it
    for words in ("Recomendar con reservas", "Comentarios generales", "Firma", "Candidato"):
        assert words in first
    assert "Marque una casilla en cada criterio." in first
    assert f"Página 1 de {len(text)}" in text[0]
    assert "What it looks like" not in first and "Signature" not in first
    assert "Lo que se observa" in first
    # The interview's day is named in Spanish too.
    assert re.search(r"(lunes|martes|miércoles|jueves|viernes|sábado|domingo) 2026-", first)
    assert not re.search(r"(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", first)


def test_english_stays_the_default(demo, tmp_path):
    text = " ".join(export(demo, 1, tmp_path / "sheets.pdf"))
    assert "Score sheet: " in text and "What it looks like" in text
    assert "Hoja de puntuación" not in text and "Lo que se observa" not in text


def test_a_round_without_spanish_prints_its_english_rubric_in_a_spanish_sheet(
    sqlite_services, tmp_path
):
    rnd = sqlite_services.rounds.create_round(
        RoundInput(
            FORMS / "milford-pd.toml", "Milford", "SRO", dt.date(2026, 9, 1),
            dt.date(2026, 9, 30), dt.date(2026, 11, 2), 1,
        )
    )  # fmt: skip
    info = sqlite_services.rounds.get_round(rnd.id)
    assert all(c.es is None for c in info.criteria)
    sheets = sqlite_services.reports.score_sheets(rnd.id, language="es")
    assert [item.title for item in sheets.rubric] == [c.title for c in info.criteria]
    assert sheets.words["score"] == "Puntuación"
    with pytest.raises(InputError, match="no score sheets in 'fr'"):
        sqlite_services.reports.score_sheets(rnd.id, language="fr")


def test_the_round_keeps_its_spanish_when_the_profile_file_changes(sqlite_services, tmp_path):
    profile = tmp_path / "milwaukee.toml"
    shutil.copyfile(FORMS / "milwaukee-mpd.toml", profile)
    rnd = sqlite_services.rounds.create_round(
        RoundInput(
            profile, "R", "SRO", dt.date(2026, 9, 1), dt.date(2026, 9, 30),
            dt.date(2026, 11, 2), 1,
        )
    )  # fmt: skip
    before = sqlite_services.rounds.get_round(rnd.id).criteria[0].es
    text = profile.read_text(encoding="utf-8")
    profile.write_text(text.replace("Deseo de trabajar con jóvenes", "Otro título"), "utf-8")
    after = sqlite_services.rounds.get_round(rnd.id).criteria[0].es
    assert before is not None and after == before
    assert after.title == "Deseo de trabajar con jóvenes"


def test_the_command_line_prints_spanish_sheets(capsys, tmp_path, demo_template):
    db = tmp_path / "demo.db"
    shutil.copyfile(demo_template, db)
    target = tmp_path / "hojas.pdf"
    args = ["--db", f"sqlite:///{db}", "export", "scoresheets", "--round", "1", "--panelist"]
    args.append("Anaïs Delacroix-Moore")
    assert main([*args, "--lang", "es", "-o", str(target)]) == 0
    text = " ".join(pages(target))
    assert "Hoja de puntuación" in text and "Sobresaliente" in text
    # The app's own --lang, before the command, reads the same.
    assert main(["--lang", "es", *args, "-o", str(tmp_path / "otra.pdf")]) == 0
    assert "Hoja de puntuación" in " ".join(pages(tmp_path / "otra.pdf"))
    code = main(["--db", f"sqlite:///{db}", "export", "packet", "--round", "1", "--lang", "es",
                 "-o", str(tmp_path / "packet.pdf")])  # fmt: skip
    assert code == 2 and "--lang goes with scoresheets" in capsys.readouterr().err
