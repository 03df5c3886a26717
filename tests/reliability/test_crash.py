"""Killed mid-scoring: the SQLite file stays sound, and nothing acknowledged is lost.

A forked process plays the panel: drafts saved field by field, overall
recommendations, submissions, each announced on a pipe before the call and
acknowledged after it returns. It is killed with SIGKILL, either by the test
after a random number of acknowledgements or by itself at a random SQL
statement (inside a transaction, just before its commit). After every kill the
file passes SQLite's integrity check, every acknowledged submission is there
with its scores, and every acknowledged draft field holds its value; only the
one call in flight may or may not have landed.
"""

import datetime as dt
import json
import multiprocessing
import os
import random
import signal
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event

from sro_panel.db.engine import Database
from sro_panel.db.migrate import upgrade_to_head
from sro_panel.services.applicants import ApplicantInput
from sro_panel.services.context import Actor
from sro_panel.services.permissions import Role
from sro_panel.services.rounds import RoundInput
from tests.conftest import FORMS, make_services
from tests.services.conftest import KEYS

KILLS = 60
CANDIDATES = 8
SEATS = (("mps_staff", False), ("community", False), ("mps_student", False), ("mpd", True))
CHOICES = ("recommend", "reservations", "do_not_recommend")


def _round(path: Path) -> tuple[list[int], list[int]]:
    """A round on a SQLite file with CANDIDATES in the pool and a panel of four."""
    database = Database.open(f"sqlite:///{path}")
    upgrade_to_head(database)
    services = make_services(database)
    dates = dt.date(2026, 9, 1), dt.date(2026, 9, 30), dt.date(2026, 11, 2)
    rnd = services.rounds.create_round(
        RoundInput(FORMS / "milwaukee-mpd.toml", "Round", "SRO", *dates, 2)
    )
    cands = []
    for i in range(CANDIDATES):
        a = services.applicants.add_applicant(
            rnd.id,
            ApplicantInput(
                f"E{i}", f"Given{i}", f"Family{i}", service_start=dt.date(2015, 1, 1),
                sustained_juvenile_complaints=0, sustained_complaints=0,
            ),
        )  # fmt: skip
        for req in ("good_standing", "attendance", "satisfactory_discipline"):
            services.screening.attest(a.id, req, "pass", evidence_source="HR")
        services.pool.set_in_pool(a.id, True)
        cands.append(a.id)
    seats = [
        services.panel.add_panelist(
            rnd.id, name=f"Member {role}", role_type=role, is_chair=chair
        ).id
        for role, chair in SEATS
    ]
    database.dispose()
    return seats, cands


def _panel(path: Path, seed: int, acks: int, kill_at_statement: int | None) -> None:
    """The forked panel: scores at random until killed; every call announced and acknowledged."""
    rng = random.Random(seed)
    database = Database.open(f"sqlite:///{path}")
    if kill_at_statement is not None:
        count = iter(range(kill_at_statement, -1, -1))

        def maybe_die(*_args: object) -> None:
            if next(count) == 0:
                os.kill(os.getpid(), signal.SIGKILL)

        event.listen(database.engine, "before_cursor_execute", maybe_die)
        event.listen(database.engine, "commit", maybe_die)
    services = make_services(database)

    def send(message: dict) -> None:
        os.write(acks, (json.dumps(message) + "\n").encode())

    def call(op: dict) -> None:
        send({"begin": op})
        scoring = panelists[op["seat"]].scoring
        if op["kind"] == "score":
            scoring.save_score(op["seat"], op["cand"], op["key"], value=op["value"])
        elif op["kind"] == "overall":
            scoring.save_overall(op["seat"], op["cand"], recommendation=op["rec"])
        else:
            scoring.submit(op["seat"], op["cand"])
        send({"done": op})

    with database.engine.connect() as c:
        seats = [row[0] for row in c.exec_driver_sql("SELECT id FROM panelist ORDER BY id")]
    panelists = {
        seat: services.as_actor(Actor(f"p{seat}", f"P{seat}", Role.PANELIST, frozenset({seat})))
        for seat in seats
    }
    while True:
        open_sheets = [
            (seat, a)
            for seat, svc in panelists.items()
            for a, _name, status in svc.scoring.my_candidates(seat)
            if status in ("new", "draft")
        ]
        if not open_sheets:
            send({"idle": True})
            os.kill(os.getpid(), signal.SIGKILL)
        seat, cand = rng.choice(open_sheets)
        for key in rng.sample(KEYS, len(KEYS)):
            value = rng.randint(1, 5)
            call({"kind": "score", "seat": seat, "cand": cand, "key": key, "value": value})
        call({"kind": "overall", "seat": seat, "cand": cand, "rec": rng.choice(CHOICES)})
        if rng.random() < 0.35:
            call({"kind": "submit", "seat": seat, "cand": cand})


def _stored(path: Path) -> dict[tuple[int, int], dict]:
    """Each sheet as the file holds it: status, recommendation and values by criterion key."""
    with sqlite3.connect(path) as c:
        assert c.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        sheets = {
            (p, a): {"status": status, "rec": rec, "values": {}}
            for p, a, status, rec in c.execute(
                "SELECT panelist_id, applicant_id, status, recommendation FROM score_sheet"
            )
        }
        for p, a, key, value in c.execute(
            "SELECT sh.panelist_id, sh.applicant_id, rc.key, s.value FROM score s "
            "JOIN score_sheet sh ON sh.id = s.sheet_id "
            "JOIN rubric_criterion rc ON rc.id = s.criterion_id"
        ):
            sheets[(p, a)]["values"][key] = value
    c.close()
    return sheets


def _field(sheet: dict | None, op: dict) -> object:
    if sheet is None:
        return None
    if op["kind"] == "score":
        return sheet["values"].get(op["key"])
    if op["kind"] == "overall":
        return sheet["rec"]
    return sheet["status"]


def _same_field(op: dict | None, field: dict) -> bool:
    return op is not None and all(op.get(k) == v for k, v in field.items())


def _wanted(op: dict) -> object:
    return {"score": op.get("value"), "overall": op.get("rec"), "submit": "submitted"}[op["kind"]]


def test_killed_at_random_moments_the_panel_loses_nothing_acknowledged(tmp_path):
    path = tmp_path / "panel.db"
    _round(path)
    fork = multiprocessing.get_context("fork")
    rng = random.Random(11)
    expected: dict[tuple[int, int], dict] = {}  # what acknowledged calls left
    kills = submitted = 0
    while kills < KILLS:
        read_end, write_end = os.pipe()
        by_statement = rng.random() < 0.5
        child = fork.Process(
            target=_panel,
            args=(
                path,
                rng.randrange(2**32),
                write_end,
                rng.randint(1, 250) if by_statement else None,
            ),
        )
        child.start()
        os.close(write_end)
        stop_after = rng.randint(1, 15)
        done: list[dict] = []
        in_flight: dict | None = None
        idle = False
        with os.fdopen(read_end) as pipe:
            # Read to the end even after the kill: the child may have begun, or even
            # finished, another call before the signal landed, and said so.
            for line in pipe:
                message = json.loads(line)
                if "idle" in message:
                    idle = True
                elif "begin" in message:
                    in_flight = message["begin"]
                else:
                    done.append(message["done"])
                    in_flight = None
                    if not by_statement and len(done) == stop_after:
                        os.kill(child.pid, signal.SIGKILL)
        child.join()
        assert child.exitcode == -signal.SIGKILL
        if idle:
            break
        kills += 1

        for op in done:
            sheet = expected.setdefault((op["seat"], op["cand"]), {"values": {}, "rec": None})
            if op["kind"] == "score":
                sheet["values"][op["key"]] = op["value"]
            elif op["kind"] == "overall":
                sheet["rec"] = op["rec"]
            else:
                sheet["status"] = "submitted"
                submitted += 1
        stored = _stored(path)
        for (seat, cand), sheet in expected.items():
            held = stored.get((seat, cand))
            assert held is not None, f"sheet {seat}/{cand} lost after kill {kills}"
            for key, value in sheet["values"].items():
                if held["values"].get(key) != value:
                    # Only the field being typed when the process died may differ.
                    field = {"kind": "score", "seat": seat, "cand": cand, "key": key}
                    assert _same_field(in_flight, field), (
                        f"kill {kills}: {seat}/{cand} {key} lost its acknowledged {value}"
                    )
                    assert held["values"].get(key) == in_flight["value"]
            if sheet["rec"] is not None and held["rec"] != sheet["rec"]:
                assert in_flight is not None and in_flight["kind"] == "overall"
                assert (in_flight["seat"], in_flight["cand"]) == (seat, cand)
                assert held["rec"] == in_flight["rec"]
            if sheet.get("status") == "submitted":
                assert held["status"] == "submitted", f"kill {kills}: submission {seat}/{cand} lost"
        if in_flight is not None:
            # The call in flight may have landed; what it left becomes what is expected.
            key = (in_flight["seat"], in_flight["cand"])
            held = stored.get(key)
            if held is not None:
                sheet = expected.setdefault(key, {"values": {}, "rec": None})
                if _field(held, in_flight) == _wanted(in_flight):
                    if in_flight["kind"] == "score":
                        sheet["values"][in_flight["key"]] = in_flight["value"]
                    elif in_flight["kind"] == "overall":
                        sheet["rec"] = in_flight["rec"]
                    else:
                        sheet["status"] = "submitted"

    assert kills >= 50 and submitted > 0
    database = Database.open(f"sqlite:///{path}")
    try:
        # Every submitted sheet matches its sealed record in the audit trail.
        assert make_services(database).audit.verify().ok
    finally:
        database.dispose()


@pytest.fixture(autouse=True)
def _no_stray_children():
    yield
    for child in multiprocessing.active_children():
        child.kill()
