"""The laptop's file of edits kept while the server is out of reach, damaged in any way:
read, or set aside whole for a person to look at; never a crash, never deleted."""

import json

from hypothesis import given

from sro_panel.services.offline_drafts import OfflineDrafts
from tests.reliability import fuzz

DRAFTS = {
    "database": "postgresql+psycopg://panel@server/sro",
    "edits": [
        {"panelist_id": 3, "applicant_id": 11, "key": "interpersonal", "value": 4,
         "note": "clear answers", "recommendation": None},
        {"panelist_id": 3, "applicant_id": 11, "key": "", "value": None,
         "note": None, "recommendation": "recommend"},
    ],
    "versions": [[3, 11, 2]],
}  # fmt: skip
SAMPLE = json.dumps(DRAFTS, indent=1).encode()


def _check(tmp_path, data: bytes) -> None:
    path = tmp_path / "offline-drafts.json"
    aside = tmp_path / "offline-drafts.unreadable.json"
    aside.unlink(missing_ok=True)
    path.write_bytes(data)
    drafts = OfflineDrafts(path, DRAFTS["database"])
    if aside.exists():
        assert aside.read_bytes() == data and not path.exists() and len(drafts) == 0
    else:
        assert path.read_bytes() == data
        for edit in drafts.waiting({e.panelist_id for e in drafts._edits}):
            assert isinstance(edit.panelist_id, int) and isinstance(edit.applicant_id, int)
            assert edit.value is None or isinstance(edit.value, int)


def test_the_sample_drafts_load(tmp_path):
    path = tmp_path / "offline-drafts.json"
    path.write_bytes(SAMPLE)
    assert len(OfflineDrafts(path, DRAFTS["database"])) == 2


@fuzz.examples(80)
@given(data=fuzz.byte_mutations(SAMPLE))
def test_damaged_bytes_are_read_or_set_aside(tmp_path_factory, data):
    _check(tmp_path_factory.mktemp("drafts"), data)


@fuzz.examples(80)
@given(changed=fuzz.tree_mutations(DRAFTS))
def test_changed_values_are_read_or_set_aside(tmp_path_factory, changed):
    _check(tmp_path_factory.mktemp("drafts"), json.dumps(changed).encode("utf-8", "surrogatepass"))


def test_a_deeply_nested_drafts_file_is_set_aside(tmp_path):
    _check(tmp_path, b"[" * 100_000 + b"]" * 100_000)
