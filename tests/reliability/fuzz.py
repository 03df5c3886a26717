"""The untrusted-file readers as one table, valid samples of each, and hostile mutations.

A new file format is one more `Reader` in `READERS`: the tests in this folder run
every reader through the same mutations (flipped bytes, truncation, changed JSON
values, swapped zip members) and expect the reader's own error or a result.

`HYPOTHESIS_PROFILE=release` runs each test with fifty times as many examples.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import json
import os
import tomllib
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from sro_panel.domain import offline_files as files
from sro_panel.domain.profile import ProfileError, load_profile
from sro_panel.errors import SroPanelError
from sro_panel.exports import roster_import as ri

REPO = Path(__file__).resolve().parents[2]
PROFILE = REPO / "forms" / "milwaukee-mpd.toml"
RELEASE = os.environ.get("HYPOTHESIS_PROFILE") == "release"

settings.register_profile(
    "release", max_examples=5000, deadline=None, suppress_health_check=list(HealthCheck)
)
if RELEASE:
    settings.load_profile("release")  # the other property tests of the run get longer too


def examples(quick: int) -> settings:
    """Settings for one fuzz test: `quick` examples in the normal suite, 50x before a release."""
    return settings(
        max_examples=quick * 50 if RELEASE else quick,
        deadline=None,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.function_scoped_fixture,
            HealthCheck.data_too_large,
        ],
    )


# --- valid samples -----------------------------------------------------------------


def profile_sample() -> bytes:
    return PROFILE.read_bytes()


def roster_sample(rows: list[list[Any]] | None = None) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Applicants"
    sheet.append(["Employee ID", "First name", "Last name", "Hire date", "Juvenile complaints"])
    for row in rows or [
        ["T1001", "Avery", "Testcase", dt.date(2014, 3, 1), 0],
        ["T1002", "Blake", "Samplerow", "6/15/2012", 1],
        ["T1003", "Casey", "Fixture", "2010-01-04", "0"],
    ]:
        sheet.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


SIGNING_KEY, PUBLIC_KEY = files.new_key_pair()


@cache
def round_body() -> dict[str, Any]:
    text = PROFILE.read_text(encoding="utf-8")
    scale = [{"value": v, "label": f"Level {v}", "anchor": f"Anchor {v}"} for v in range(1, 6)]
    return {
        "format": files.ROUND_FORMAT,
        "version": files.FORMAT_VERSION,
        "token": "ab" * 16,
        "issued_at": "2026-10-01T12:00:00+00:00",
        "issued_by": "Coordinator Sample",
        "round": {
            "id": 7,
            "title": "Sample round",
            "vacancy_title": "SRO",
            "posting_date": "2026-09-01",
            "application_deadline": "2026-09-30",
            "selection_date": "2026-11-02",
            "positions": 2,
            "interview_format": "panel_interview",
            "profile": {
                "source_file": "milwaukee-mpd.toml",
                "content": text,
                "sha256": files.sha256(text.encode("utf-8")),
            },
            "criteria": [
                {"key": key, "title": key.title(), "weight": 1.0, "scale": scale}
                for key in ("interpersonal", "problem_solving")
            ],
        },
        "panelist": {"id": 3, "name": "Community member", "role_type": "community"},
        "candidates": [
            {"id": 11, "first_name": "Avery", "last_name": "Testcase"},
            {"id": 12, "first_name": "Blake", "last_name": "Samplerow", "recused": True},
        ],
        "signing_key": SIGNING_KEY,
    }


def round_sample() -> bytes:
    return files.round_file_text(round_body()).encode("utf-8")


def score_payload() -> dict[str, Any]:
    return {
        "format": files.SCORE_FORMAT,
        "version": files.FORMAT_VERSION,
        "token": "ab" * 16,
        "round_id": 7,
        "round_title": "Sample round",
        "panelist_id": 3,
        "panelist_name": "Community member",
        "exported_at": "2026-10-02T09:00:00+00:00",
        "sheets": [
            {
                "applicant_id": 11,
                "applicant_name": "Avery Testcase",
                "recommendation": "recommend",
                "note": "",
                "submitted_at": "2026-10-02T08:30:00+00:00",
                "scores": [
                    {"criterion": "interpersonal", "value": 4, "note": "clear"},
                    {"criterion": "problem_solving", "value": 3},
                ],
            }
        ],
    }


def sign_to(payload: dict[str, Any], key: str, path: Path) -> Path:
    """`payload` signed with `key`, written as a score file at `path`."""
    path.write_text(files.score_file_text(payload, key), encoding="utf-8")
    return path


def score_sample() -> bytes:
    return files.score_file_text(score_payload(), SIGNING_KEY).encode("utf-8")


# --- the readers ------------------------------------------------------------------


def read_roster(path: Path) -> ri.Preview:
    """What the import does before anything is written: the sheet, its mapping, every row."""
    table = ri.read_table(path)
    return ri.parse(table, ri.auto_mapping(table.headers), today=dt.date(2026, 10, 1))


def read_round_file(path: Path) -> files.RoundFile:
    return files.parse_round_file(files.read_bytes(path), str(path))


def read_score_file(path: Path) -> files.ScoreFile:
    return files.parse_score_file(files.read_bytes(path), str(path))[0]


@dataclass(frozen=True)
class Reader:
    name: str
    suffix: str
    shape: str  # "toml", "json" or "zip": which structured mutations apply
    sample: Callable[[], bytes]
    read: Callable[[Path], object]
    error: type[SroPanelError]


FileError = files.OfflineFileError
READERS = (
    Reader("agency profile", ".toml", "toml", profile_sample, load_profile, ProfileError),
    Reader("HR roster", ".xlsx", "zip", roster_sample, read_roster, ri.ImportError_),
    Reader("round file", ".sroround", "json", round_sample, read_round_file, FileError),
    Reader("score file", ".sroscores", "json", score_sample, read_score_file, FileError),
)
BY_SHAPE = {shape: [r for r in READERS if r.shape == shape] for shape in ("toml", "json", "zip")}


def outcome(reader: Reader, path: Path) -> object | None:
    """The reader's result, or None when it refused the file with its own error naming it."""
    try:
        return reader.read(path)
    except reader.error as exc:
        assert path.name in str(exc), f"the error does not name the file: {exc}"
        return None


def database_rows(db: Any) -> dict[str, list[str]]:
    """Every row of every table, to compare a database before and after a refused import."""
    from sqlalchemy import select

    from sro_panel.db.models import Base

    with db.engine.connect() as connection:
        return {
            table.name: sorted(repr(tuple(row)) for row in connection.execute(select(table)))
            for table in Base.metadata.sorted_tables
        }


# --- mutations ---------------------------------------------------------------------


@st.composite
def byte_mutations(draw: st.DrawFn, data: bytes) -> bytes:
    """`data` with a few bytes flipped, spans cut, inserted or repeated, or its end cut off."""
    out = bytearray(data)
    for _ in range(draw(st.integers(1, 4))):
        if not out:
            break
        op = draw(st.sampled_from(["flip", "truncate", "insert", "delete", "repeat"]))
        at = draw(st.integers(0, len(out) - 1))
        if op == "flip":
            out[at] ^= 1 << draw(st.integers(0, 7))
        elif op == "truncate":
            del out[at:]
        elif op == "insert":
            out[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif op == "delete":
            del out[at : at + draw(st.integers(1, 64))]
        else:
            out[at:at] = out[at : at + draw(st.integers(1, 64))]
    return bytes(out)


SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.sampled_from([2**63, -(2**63) - 1, 10**19, -1, 0]),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=30),
    st.sampled_from(["", " ", "x" * 30_000, "y" * 301, "0001-01-01T00:00:00+14:00", "²"]),
    st.sampled_from(["9999-12-31", "\x00", "\u202e", "a\nb"]),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=8,
)


def _paths(node: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [here]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*here, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _paths(value, (*here, i))
    return found


@st.composite
def tree_mutations(draw: st.DrawFn, tree: Any) -> Any:
    """A copy of a parsed file with values of changed type, keys dropped or added, lists cut."""
    tree = json.loads(json.dumps(tree, default=str))
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(_paths(tree)))
        if not path:
            continue
        parent = tree
        for part in path[:-1]:
            parent = parent[part]
        key = path[-1]
        op = draw(st.sampled_from(["replace", "drop", "add", "double"]))
        if op == "replace":
            parent[key] = draw(VALUES)
        elif op == "drop":
            del parent[key]
        elif op == "add" and isinstance(parent, dict):
            parent[draw(st.text(max_size=8))] = draw(VALUES)
        elif op == "double" and isinstance(parent[key], list) and parent[key]:
            parent[key] = parent[key] * draw(st.integers(2, 3))
    return tree


@st.composite
def score_changes(draw: st.DrawFn, payload: dict) -> dict:
    """A payload wrong in one way a signed file can be: each kind of fault, on any sheet."""
    p = copy.deepcopy(payload)
    sheet = draw(st.sampled_from(p["sheets"]))
    score = draw(st.sampled_from(sheet["scores"]))
    fault = draw(
        st.sampled_from(
            [
                "scale", "criterion", "applicant", "missing", "recommendation", "duplicate",
                "note", "seat", "round", "token", "tree",
            ]
        )
    )  # fmt: skip
    if fault == "scale":
        score["value"] = draw(st.integers(-1000, 1000))
    elif fault == "criterion":
        score["criterion"] = draw(st.text(max_size=40))
    elif fault == "applicant":
        sheet["applicant_id"] = draw(st.integers(1, 2**62 - 1))
    elif fault == "missing":
        sheet["scores"].remove(score)
    elif fault == "recommendation":
        sheet["recommendation"] = draw(st.none() | st.text(max_size=40))
    elif fault == "duplicate":
        twin = copy.deepcopy(sheet)
        twin["scores"][0]["value"] = draw(st.integers(0, 6))
        p["sheets"].append(twin)
    elif fault == "note":
        score["note"] = "n" * draw(st.integers(3990, 20_000))
    elif fault == "seat":
        p["panelist_id"] = draw(st.integers(1, 50))
    elif fault == "round":
        p["round_id"] = draw(st.integers(1, 50))
    elif fault == "token":
        p["token"] = draw(st.from_regex(r"[0-9a-f]{32}", fullmatch=True))
    else:
        p = draw(tree_mutations(p))
    return p


def toml_text(table: dict[str, Any]) -> str:
    """A TOML document of `key = value` lines with inline tables (enough for mutations)."""

    def value(v: Any) -> str:
        if isinstance(v, bool):
            return "true" if v else "false"
        if v is None:
            return '""'  # TOML has no null
        if isinstance(v, int | float):
            return repr(v)
        if isinstance(v, dt.date):
            return v.isoformat()
        if isinstance(v, list):
            return "[" + ", ".join(value(x) for x in v) + "]"
        if isinstance(v, dict):
            return "{" + ", ".join(f"{json.dumps(k)} = {value(x)}" for k, x in v.items()) + "}"
        return json.dumps(str(v), ensure_ascii=False)

    return "".join(f"{json.dumps(k)} = {value(v)}\n" for k, v in table.items())


def profile_tree() -> dict[str, Any]:
    return tomllib.loads(profile_sample().decode("utf-8"))


def zip_members(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(name, archive.read(name)) for name in archive.namelist()]


def zip_of(members: list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members:
            archive.writestr(name, content)
    return out.getvalue()


BILLION_LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'.encode()
        for i in range(1, 10)
    )
    + b']>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    + b"<si><t>&lol9;</t></si></sst>"
)
EXTERNAL_ENTITY = (
    b'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n'
    b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b"<si><t>&secret;</t></si></sst>"
)
HOSTILE_XML = (BILLION_LAUGHS, EXTERNAL_ENTITY, b"<" * 5000, b"<a>" * 100_000)


@st.composite
def member_mutations(draw: st.DrawFn, data: bytes) -> bytes:
    """A workbook with a member swapped for another's content, damaged, dropped or hostile."""
    members = zip_members(data)
    for _ in range(draw(st.integers(1, 2))):
        i = draw(st.integers(0, len(members) - 1))
        name, content = members[i]
        op = draw(st.sampled_from(["swap", "bytes", "cut", "drop", "hostile", "flip"]))
        if op == "swap":
            members[i] = (name, members[draw(st.integers(0, len(members) - 1))][1])
        elif op == "bytes":
            members[i] = (name, draw(st.binary(max_size=64)))
        elif op == "cut":
            members[i] = (name, content[: draw(st.integers(0, len(content)))])
        elif op == "drop" and len(members) > 1:
            del members[i]
        elif op == "hostile":
            members[i] = (name, draw(st.sampled_from(HOSTILE_XML)))
        else:
            members[i] = (name, draw(byte_mutations(content)) if content else content)
    return zip_of(members)
