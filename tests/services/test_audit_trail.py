"""The sealed audit trail: `verify` catches any entry or submitted score changed behind the app."""

import datetime as dt
import os
import shutil
import sqlite3
import stat
import threading

import pytest
from sqlalchemy import text

from sro_panel.cli import main
from sro_panel.domain.audit_seal import seal
from sro_panel.errors import InputError, PermissionDenied
from sro_panel.services.audit_key import load_or_create_key
from sro_panel.services.context import Actor
from sro_panel.services.permissions import Role
from sro_panel.services.rounds import RoundInput
from tests.conftest import FORMS


def sql(services, statement, **params):
    with services.db.engine.begin() as c:
        return c.execute(text(statement), params)


def problems(services):
    return services.audit.verify().problems


def test_the_demo_trail_and_its_scores_verify(demo):
    result = demo.audit.verify()
    assert result.ok, result.problems[:3]
    assert result.sheets == 405 and result.entries > result.sheets
    head = demo.audit.head()
    assert head is not None and head.seq == result.entries  # the verify itself is the head


def test_only_the_auditor_and_administrator_may_verify(demo):
    auditor = demo.as_actor(Actor("a", "Auditor", Role.AUDITOR))
    assert auditor.audit.verify().ok
    panelist = demo.as_actor(Actor("p", "Panelist", Role.PANELIST))
    with pytest.raises(PermissionDenied):
        panelist.audit.verify()


def test_an_edited_entry_is_named(demo):
    entry_id = sql(
        demo, "SELECT id FROM audit_entry WHERE action = 'score.submit' LIMIT 1"
    ).scalar()
    sql(demo, "UPDATE audit_entry SET actor = 'someone else' WHERE id = :i", i=entry_id)
    [first, *_] = problems(demo)
    assert first.startswith(f"audit entry {entry_id} ") and "does not match its content" in first


def test_a_deleted_entry_breaks_the_chain_at_the_next_one(demo):
    rows = sql(demo, "SELECT id, seq FROM audit_entry ORDER BY seq LIMIT 3 OFFSET 10").all()
    sql(demo, "DELETE FROM audit_entry WHERE id = :i", i=rows[0].id)
    [first, *_] = problems(demo)
    assert first.startswith(f"audit entry {rows[1].id} ")


def test_reordered_entries_are_caught(demo):
    a, b = sql(demo, "SELECT id, seq FROM audit_entry ORDER BY seq LIMIT 2 OFFSET 20").all()
    sql(demo, "UPDATE audit_entry SET seq = -1 WHERE id = :i", i=a.id)
    sql(demo, "UPDATE audit_entry SET seq = :s WHERE id = :i", s=a.seq, i=b.id)
    sql(demo, "UPDATE audit_entry SET seq = :s WHERE id = :i", s=b.seq, i=a.id)
    assert problems(demo)


def test_an_entry_forged_without_the_key_is_caught(demo):
    last = sql(demo, "SELECT seq, seal FROM audit_entry ORDER BY seq DESC LIMIT 1").one()
    fields = {
        "seq": last.seq + 1, "at": "2026-10-01T12:00:00.000000+00:00", "actor": "x",
        "machine": "", "action": "score.submit", "target_type": "", "target_id": "",
        "round_id": None, "outcome": "ok", "before": None, "after": None, "detail": "",
    }  # fmt: skip
    forged = seal(b"not the key" * 3, last.seal, fields)
    sql(
        demo,
        "INSERT INTO audit_entry (seq, at, actor, machine, action, target_type, target_id,"
        " outcome, detail, prev_seal, seal) VALUES (:q, '2026-10-01 12:00:00.000000', 'x', '',"
        " 'score.submit', '', '', 'ok', '', :p, :s)",
        q=last.seq + 1,
        p=last.seal,
        s=forged,
    )
    assert any("does not match its content" in p for p in problems(demo))


def test_a_submitted_score_edited_in_the_database_is_caught(demo):
    sheet = sql(demo, "SELECT id FROM score_sheet WHERE status = 'submitted' LIMIT 1").scalar()
    sql(demo, "UPDATE score SET value = 6 - value WHERE sheet_id = :s", s=sheet)
    assert f"score sheet {sheet}: its scores differ from those recorded at submission" in (
        problems(demo)
    )


def test_a_deleted_or_smuggled_sheet_is_caught(demo):
    gone = sql(demo, "SELECT id FROM score_sheet WHERE status = 'submitted' LIMIT 1").scalar()
    sql(demo, "DELETE FROM score WHERE sheet_id = :s", s=gone)
    sql(demo, "DELETE FROM score_sheet WHERE id = :s", s=gone)
    draft = sql(demo, "SELECT id FROM score_sheet WHERE status = 'draft' LIMIT 1").scalar()
    sql(demo, "UPDATE score_sheet SET status = 'submitted' WHERE id = :s", s=draft)
    found = problems(demo)
    assert f"score sheet {gone}: recorded as submitted, but missing" in found
    assert f"score sheet {draft}: submitted, but no submission is recorded" in found


def test_a_consensus_change_made_in_the_app_verifies_and_one_made_behind_it_does_not(demo):
    # Round 1's chair opens the consensus step once every sheet is in; a change through the
    # service is recorded, a change straight in the database is not.
    sheet = sql(
        demo, "SELECT s.id FROM score_sheet s JOIN score c ON c.sheet_id = s.id "
        "WHERE s.status = 'submitted' LIMIT 1"
    ).scalar()  # fmt: skip
    sql(demo, "UPDATE score SET consensus_value = 1, consensus_reason = 'x' WHERE sheet_id = :s",
        s=sheet)  # fmt: skip
    assert f"score sheet {sheet}: its consensus changes differ from those recorded" in (
        problems(demo)
    )


def test_the_command_line_names_the_first_break_and_exits_6(demo_template, tmp_path, capsys):
    path = tmp_path / "demo.db"
    shutil.copyfile(demo_template, path)
    url = f"sqlite:///{path}"
    assert main(["--db", url, "audit", "verify"]) == 0
    assert "Audit trail intact" in capsys.readouterr().out
    con = sqlite3.connect(path)
    con.execute("UPDATE audit_entry SET detail = 'edited' WHERE seq = 5")
    con.commit()
    con.close()
    assert main(["--db", url, "audit", "verify"]) == 6
    err = capsys.readouterr().err
    assert "(sequence 5): its seal does not match its content" in err.splitlines()[0]


def test_writers_on_several_threads_keep_one_unbroken_chain(services):
    rnd = services.rounds.create_round(
        RoundInput(FORMS / "milwaukee-mpd.toml", "R", "SRO", dt.date(2026, 9, 1),
                   dt.date(2026, 9, 30), dt.date(2026, 11, 2), 2)
    )  # fmt: skip
    errors = []

    def refuse_many(n):
        panelist = services.as_actor(Actor(f"p{n}", "Panelist", Role.PANELIST))
        for _ in range(15):
            try:
                panelist.screening.screen_round(rnd.id)  # refused: each refusal is an entry
            except PermissionDenied:
                pass
            except Exception as exc:  # reported below
                errors.append(exc)

    threads = [threading.Thread(target=refuse_many, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    result = services.audit.verify()
    assert result.ok, result.problems[:3]
    refusals = sql(
        services, "SELECT count(*) FROM audit_entry WHERE action = 'refused:screen'"
    ).scalar()
    assert refusals == 60


def test_the_key_file_is_made_owner_only_and_a_readable_one_is_refused(tmp_path):
    path = tmp_path / "keys" / "audit.key"
    key = load_or_create_key(path)
    assert len(key) == 32 and load_or_create_key(path) == key
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        path.chmod(0o644)
        with pytest.raises(InputError, match="readable by its owner only"):
            load_or_create_key(path)
    path.chmod(0o600)
    path.write_text("not hex")
    with pytest.raises(InputError, match="not an audit key"):
        load_or_create_key(path)


def test_reading_the_trail_is_for_the_auditor_and_is_itself_recorded(demo):
    panelist = demo.as_actor(Actor("p", "Panelist", Role.PANELIST))
    with pytest.raises(PermissionDenied):
        panelist.audit.entries(round_id=1)
    auditor = demo.as_actor(Actor("aud", "Auditor", Role.AUDITOR))
    rows = auditor.audit.entries(round_id=1, limit=50)
    assert len(rows) == 50 and rows[0].action == "audit.read" and rows[0].actor == "aud"
    assert [r.seq for r in rows] == sorted((r.seq for r in rows), reverse=True)
    assert all(r.round_id == 1 for r in rows)
