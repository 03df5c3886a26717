"""The known hostile inputs, one by one: each refused by a size or shape check before the work."""

import io
import re
import struct
import zipfile
from pathlib import Path

import pytest

from sro_panel.domain import offline_files as files
from sro_panel.domain.profile import MAX_PROFILE_BYTES, ProfileError, load_profile
from sro_panel.exports import roster_import as ri
from tests.reliability import fuzz

PROFILE_TEXT = fuzz.PROFILE.read_text(encoding="utf-8")


def _refused(reader: fuzz.Reader, path: Path) -> str:
    with pytest.raises(reader.error) as caught:
        reader.read(path)
    message = str(caught.value)
    assert path.name in message
    return message


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("deep = " + "[" * 200_000 + "]" * 200_000, "nested too deeply"),
        ("deep = " + "{a = " * 100_000 + "1" + "}" * 100_000, "nested too deeply"),
        ("big = " + "9" * 5000, "too many digits"),
        ('text = "' + "x" * (MAX_PROFILE_BYTES + 1) + '"', "larger than"),
    ],
    ids=["arrays", "tables", "number", "string"],
)
def test_profiles_nested_deep_or_huge_are_refused(tmp_path, body, expected):
    path = tmp_path / "hostile.toml"
    path.write_text(body)
    assert expected in _refused(fuzz.READERS[0], path)


def test_a_huge_file_is_refused_by_size_without_being_read(tmp_path):
    for reader in fuzz.READERS:
        path = tmp_path / f"sparse{reader.suffix}"
        with path.open("wb") as out:
            out.truncate(4 * 1024**3)  # 4 GB that take no disk: only a bounded read could be quick
        assert re.search("larger than", _refused(reader, path))


def test_a_profile_anchor_keyed_by_a_non_ascii_digit_is_refused(tmp_path):
    text = PROFILE_TEXT.replace("\n1 = ", '\n"¹" = ', 1)
    assert text != PROFILE_TEXT
    path = tmp_path / "hostile.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProfileError, match=r"anchors"):
        load_profile(path)


def test_a_profile_with_an_infinite_fine_is_refused(tmp_path):
    text, count = re.subn(r"daily_fine = [0-9.]+", "daily_fine = inf", PROFILE_TEXT)
    assert count == 1
    path = tmp_path / "hostile.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProfileError, match=r"court\.daily_fine"):
        load_profile(path)


@pytest.mark.parametrize("reader", fuzz.BY_SHAPE["json"], ids=lambda r: r.name)
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b"[" * 200_000 + b"]" * 200_000, "nested too deeply"),
        (b'{"a":' * 200_000 + b"1" + b"}" * 200_000, "nested too deeply"),
        (b'{"payload": ' + b"9" * 5000 + b"}", "too many digits"),
        (b'{"payload": NaN}', "NaN"),
        (b'{"format": "x", "payload": {"weight": Infinity}}', "Infinity"),
        (b"\xff\xfe not text", "not UTF-8"),
    ],
    ids=["arrays", "objects", "number", "nan", "infinity", "binary"],
)
def test_json_nested_deep_or_holding_non_numbers_is_refused(tmp_path, reader, body, expected):
    path = tmp_path / f"hostile{reader.suffix}"
    path.write_bytes(body)
    assert expected in _refused(reader, path)


def test_a_score_file_dated_at_the_ends_of_time_is_refused(tmp_path):
    payload = fuzz.score_payload()
    payload["sheets"][0]["submitted_at"] = "0001-01-01T00:00:00+14:00"
    path = tmp_path / "hostile.sroscores"
    path.write_text(files.score_file_text(payload, fuzz.SIGNING_KEY))
    assert "submitted_at" in _refused(fuzz.READERS[3], path)


def test_an_overlong_version_is_shown_shortened(tmp_path):
    path = tmp_path / "hostile.sroround"
    path.write_text('{"format": "sro-panel round file", "version": "' + "v" * 100_000 + '"}')
    assert len(_refused(fuzz.READERS[2], path)) < 300


# --- workbooks ------------------------------------------------------------------------

SHEET = "xl/worksheets/sheet1.xml"


def _padded_sheet(megabytes: int) -> list[tuple[str, bytes]]:
    members = fuzz.zip_members(fuzz.roster_sample())
    return [
        (n, c.replace(b"</worksheet>", b" " * (megabytes << 20) + b"</worksheet>"))
        if n == SHEET
        else (n, c)
        for n, c in members
    ]


def _understate(data: bytes, member: str, size: int) -> bytes:
    """The zip with `member`'s stated size changed in its local header and its directory."""
    out = bytearray(data)
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(member)
    struct.pack_into("<I", out, info.header_offset + 22, size)
    end = data.rfind(b"PK\x05\x06")
    at = struct.unpack_from("<I", data, end + 16)[0]
    while data[at : at + 4] == b"PK\x01\x02":
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", data, at + 28)
        if data[at + 46 : at + 46 + name_len].decode() == member:
            struct.pack_into("<I", out, at + 24, size)
        at += 46 + name_len + extra_len + comment_len
    return bytes(out)


def test_a_zip_bomb_is_refused_from_its_directory_before_anything_is_inflated(
    tmp_path, monkeypatch
):
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(fuzz.zip_of(_padded_sheet(8)))

    def never(*_args, **_kwargs):
        raise AssertionError("a part was opened")

    monkeypatch.setattr(zipfile.ZipFile, "open", never)
    assert "zip bomb" in _refused(fuzz.READERS[1], path)


def test_a_zip_bomb_whose_directory_understates_it_stops_at_the_stated_size(tmp_path, monkeypatch):
    # zipfile holds each part to the size its directory states and then fails the CRC,
    # so the directory's checks bound the work even when the directory lies.
    data = fuzz.zip_of(_padded_sheet(8))
    stated = zipfile.ZipFile(io.BytesIO(data)).getinfo(SHEET).compress_size * 50
    path = tmp_path / "liar.xlsx"
    path.write_bytes(_understate(data, SHEET, stated))
    inflated = []
    real_read = zipfile.ZipExtFile.read

    def counting_read(self, n=-1):
        chunk = real_read(self, n)
        inflated.append(len(chunk))
        return chunk

    monkeypatch.setattr(zipfile.ZipExtFile, "read", counting_read)
    assert "damaged" in _refused(fuzz.READERS[1], path)
    assert 0 < sum(inflated) <= stated + 65536  # not the 8 MB the part holds


@pytest.mark.parametrize("xml", [fuzz.BILLION_LAUGHS, fuzz.EXTERNAL_ENTITY], ids=["laughs", "xxe"])
@pytest.mark.parametrize("member", [SHEET, "xl/workbook.xml", "xl/styles.xml"])
def test_workbook_xml_declaring_entities_is_refused(tmp_path, xml, member):
    members = [(n, xml if n == member else c) for n, c in fuzz.zip_members(fuzz.roster_sample())]
    path = tmp_path / "entities.xlsx"
    path.write_bytes(fuzz.zip_of(members))
    assert "declares entities" in _refused(fuzz.READERS[1], path)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "empty"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "password-protected"),
        (b"Employee ID,First name\nT1,Avery\n", "not an Excel .xlsx"),
        (fuzz.zip_of([("hello.txt", b"hi")]), "not an Excel workbook"),
    ],
    ids=["empty", "ole", "csv", "other-zip"],
)
def test_files_that_are_not_workbooks_are_named_as_such(tmp_path, data, expected):
    path = tmp_path / "roster.xlsx"
    path.write_bytes(data)
    assert expected in _refused(fuzz.READERS[1], path)


def test_a_sheet_past_the_row_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(ri, "MAX_ROWS", 5)
    path = tmp_path / "long.xlsx"
    path.write_bytes(fuzz.roster_sample([[f"T{i}", "Avery", "Testcase"] for i in range(10)]))
    assert "more than 5 rows" in _refused(fuzz.READERS[1], path)


def test_a_huge_text_inside_the_size_limits_is_refused_by_its_key(tmp_path):
    profile = tmp_path / "long.toml"
    profile.write_text(PROFILE_TEXT.replace('title = "', 'title = "' + "x" * 900_000, 1))
    with pytest.raises(ProfileError, match=r"rubric\.criteria\[0\]\.title: .*300 characters"):
        load_profile(profile)
    payload = fuzz.score_payload()
    payload["sheets"][0]["note"] = "n" * 5_000_000
    scores = tmp_path / "long.sroscores"
    scores.write_text(files.score_file_text(payload, fuzz.SIGNING_KEY))
    assert "payload.sheets.0.note" in _refused(fuzz.READERS[3], scores)


@pytest.mark.parametrize(
    ("change", "key"),
    [
        (lambda p: p["sheets"].append(dict(p["sheets"][0], note="again")), "payload.sheets"),
        (lambda p: p["sheets"][0]["scores"].append({"criterion": "interpersonal", "value": 1}),
         "payload.sheets.0.scores"),
    ],
    ids=["candidate twice", "criterion twice"],
)  # fmt: skip
def test_a_score_file_giving_one_thing_twice_is_refused_by_name(tmp_path, change, key):
    payload = fuzz.score_payload()
    change(payload)
    path = tmp_path / "twice.sroscores"
    path.write_text(files.score_file_text(payload, fuzz.SIGNING_KEY))
    message = _refused(fuzz.READERS[3], path)
    assert f"{key}: " in message and "appears twice" in message


def test_a_cell_openpyxl_cannot_read_is_named_by_its_row(tmp_path):
    rows = [["T1", "Avery", "Testcase", None, 0], ["T2", "Blake", "Samplerow", None, 7]]
    members = [
        (n, c.replace(b"<v>7</v>", b"<v>" + b"7" * 5000 + b"</v>")) if n == SHEET else (n, c)
        for n, c in fuzz.zip_members(fuzz.roster_sample(rows))
    ]
    path = tmp_path / "digits.xlsx"
    path.write_bytes(fuzz.zip_of(members))
    assert "row 3 could not be read" in _refused(fuzz.READERS[1], path)
