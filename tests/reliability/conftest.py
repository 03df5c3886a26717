"""Fixtures for the reliability tests: a seat's round file and a score payload for it."""

import json

import pytest

from sro_panel.domain import offline_files as files
from sro_panel.services.context import Actor
from sro_panel.services.permissions import Role


@pytest.fixture
def seat_file(panel, services, tmp_path):
    """A round file issued for the community seat, and a valid payload signed with its key."""
    rnd, _cands, seats, _actors = panel
    hr = services.as_actor(Actor("hr", "Coordinator Sample", Role.HR_COORDINATOR))
    out = hr.offline.write_round_file(rnd.id, seats["community"], tmp_path / "seat.sroround")
    body = json.loads(out.path.read_text())
    payload = {
        "format": files.SCORE_FORMAT,
        "version": files.FORMAT_VERSION,
        "token": body["token"],
        "round_id": rnd.id,
        "round_title": body["round"]["title"],
        "panelist_id": seats["community"],
        "panelist_name": body["panelist"]["name"],
        "exported_at": "2026-10-02T09:00:00+00:00",
        "sheets": [
            {
                "applicant_id": c["id"],
                "applicant_name": f"{c['first_name']} {c['last_name']}",
                "recommendation": "recommend",
                "note": "",
                "submitted_at": "2026-10-02T08:30:00+00:00",
                "scores": [
                    {"criterion": k["key"], "value": k["scale"][-1]["value"], "note": ""}
                    for k in body["round"]["criteria"]
                ],
            }
            for c in body["candidates"]
        ],
    }
    return hr, body, payload
