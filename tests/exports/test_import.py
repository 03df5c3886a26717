"""HR's applicant spreadsheet: mapping, all-or-nothing, re-import, and hostile files."""

import datetime as dt
import io
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from sro_panel.cli import main
from sro_panel.exports import roster_import as ri
from sro_panel.exports.excel import Sheet, save
from sro_panel.services.applicants import BreakInput

HEADERS = [
    "Emp ID",
    "Last name",
    "First name",
    "Hire date",
    "Sustained juvenile complaints",
    "Assignment",
]


def hr_file(path, rows, headers=HEADERS):
    wb = Workbook()
    ws = wb.active
    ws.title = "Roster"
    ws.append(headers)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def people(n=13):
    return [
        [f"E{i:04d}", f"Lastname{i}", "Zoë", dt.datetime(2015, 3, i + 1), 0, "District 3"]
        for i in range(n)
    ]


@pytest.fixture
def demo_db(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'panel.db'}"
    main(["--db", url, "demo"])
    capsys.readouterr()
    return url


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def applicants(url, round_id=1):
    from sro_panel.db.engine import Database
    from sro_panel.services.app import Services
    from sro_panel.services.context import Actor

    s = Services(Database.open(url), Actor.local_administrator())
    return s, {a.employee_id: a for a in s.applicants.list_applicants(round_id)}


def test_import_maps_headers_adds_then_updates_without_duplicates(demo_db, tmp_path, capsys):
    path = hr_file(tmp_path / "hr.xlsx", people())
    code, out, _ = run(capsys, "--db", demo_db, "import", "applicants", "--round", "1", str(path))
    assert code == 0 and "13 added, 0 updated" in out
    services, rows = applicants(demo_db)
    a = rows["E0003"]
    assert (a.last_name, a.first_name, a.service_start, a.assignment) == (
        "Lastname3",
        "Zoë",
        dt.date(2015, 3, 4),
        "District 3",
    )
    assert a.personnel.record_source == "hr.xlsx, sheet Roster"
    services.applicants.update_applicant(
        a.id,
        __import__("dataclasses").replace(
            services.applicants.get_applicant(a.id).__class__.__mro__[0] and _input_of(a),
            breaks=(BreakInput("unpaid_leave", dt.date(2020, 1, 1), dt.date(2020, 2, 1)),),
        ),
        a.version,
    )
    moved = people()
    moved[3][5] = "District 7"
    hr_file(path, moved)
    code, out, _ = run(capsys, "--db", demo_db, "import", "applicants", "--round", "1", str(path))
    assert code == 0 and "0 added, 13 updated" in out
    _, rows = applicants(demo_db)
    assert len(rows) == 40 + 13
    assert rows["E0003"].assignment == "District 7"
    assert rows["E0003"].breaks == (
        BreakInput("unpaid_leave", dt.date(2020, 1, 1), dt.date(2020, 2, 1), ""),
    )


def _input_of(a):
    from sro_panel.services.applicants import ApplicantInput

    f = a.personnel
    return ApplicantInput(
        a.employee_id, a.first_name, a.last_name, a.rank, a.assignment, a.email, a.phone,
        a.applied_on, a.service_start, f.sustained_juvenile_complaints, f.sustained_complaints,
        a.attendance_note or "", a.discipline_note or "", a.youth_programs, f.record_source,
        f.record_pulled_on,
    )  # fmt: skip


def test_one_bad_row_imports_nothing_and_names_row_column_and_value(demo_db, tmp_path, capsys):
    rows = people()
    rows[12][3] = "31/02/2019"
    path = hr_file(tmp_path / "hr.xlsx", rows)
    code, _, err = run(capsys, "--db", demo_db, "import", "applicants", "--round", "1", str(path))
    assert code == 2
    assert "row 14, Hire date: '31/02/2019' is not a date" in err and "nothing was imported" in err
    _, stored = applicants(demo_db)
    assert len(stored) == 40
    code, out, _ = run(
        capsys,
        "--db",
        demo_db,
        "import",
        "applicants",
        "--round",
        "1",
        str(path),
        "--skip-bad-rows",
    )
    assert code == 0 and "12 added" in out and "skipped row 14, Hire date" in out
    _, stored = applicants(demo_db)
    assert len(stored) == 52


def test_duplicates_within_the_file_and_missing_columns_are_refused(tmp_path):
    rows = people(3)
    rows[2][0] = "E0000"
    table = ri.read_table(hr_file(tmp_path / "d.xlsx", rows))
    preview = ri.parse(table, ri.auto_mapping(table.headers), today=dt.date(2026, 10, 1))
    assert preview.errors == ["row 4, Emp ID: E0000 is already on row 2"]
    table = ri.read_table(hr_file(tmp_path / "m.xlsx", [["x", "y"]], headers=["Badge", "Surname"]))
    with pytest.raises(ri.ImportError_, match="no column for Employee ID, First name"):
        ri.parse(table, ri.auto_mapping(table.headers), today=dt.date(2026, 10, 1))
    mapping = ri.auto_mapping(
        table.headers, ri.mapping_from_pairs(["Badge=employee_id"], table.headers)
    )
    assert mapping == {0: "employee_id", 1: "last_name"}
    with pytest.raises(ri.ImportError_, match="no column named 'Nope'"):
        ri.mapping_from_pairs(["Nope=employee_id"], table.headers)


def test_us_dates_and_numbers_typed_as_text(tmp_path):
    rows = [
        ["1234", "Ruiz", "Ana", "4/30/2016", "0", "D1"],
        [5678.0, "Lee", "Bo", "2016-05-01", 1.0, "D2"],
    ]
    table = ri.read_table(hr_file(tmp_path / "t.xlsx", rows))
    preview = ri.parse(table, ri.auto_mapping(table.headers), today=dt.date(2026, 10, 1))
    assert preview.errors == []
    assert [
        (r.employee_id, r.service_start, r.sustained_juvenile_complaints) for r in preview.good
    ] == [
        ("1234", dt.date(2016, 4, 30), 0),
        ("5678", dt.date(2016, 5, 1), 1),
    ]


def _zip(entries):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "empty"),
        (b"Emp ID,Last name\nE1,Ruiz\n", "not an Excel .xlsx workbook"),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600,
            "password-protected workbook or an old .xls",
        ),
        (b"PK\x03\x04" + b"\0" * 100, "damaged or truncated"),
        (_zip({"hello.txt": "hi"}), "not an Excel workbook"),
        (_zip({"xl/workbook.xml": b"\0" * (60 * 1024 * 1024)}), "expands implausibly"),
        (
            _zip({"xl/workbook.xml": "<not xml", "[Content_Types].xml": "<x/>"}),
            "could not be read as a workbook",
        ),
    ],
)
def test_hostile_files_end_in_one_clear_error(tmp_path, content, message):
    path = tmp_path / "hr.xlsx"
    path.write_bytes(content)
    with pytest.raises(ri.ImportError_, match=message) as info:
        ri.read_table(path)
    assert str(info.value).startswith("hr.xlsx")


def test_a_billion_laughs_workbook_is_refused(tmp_path):
    good = tmp_path / "good.xlsx"
    hr_file(good, people(2))
    with zipfile.ZipFile(good) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    entities = (
        '<!DOCTYPE worksheet [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    )
    sheet = sheet.replace("<worksheet", entities + "<worksheet", 1).replace("Ruiz", "&lol3;")
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(_zip(parts))
    with pytest.raises(ri.ImportError_, match=r"bomb\.xlsx: .*could not be read"):
        ri.read_table(path)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_mutated_workbooks_raise_only_the_importers_error(tmp_path, data):
    good = tmp_path / "base.xlsx"
    if not good.exists():
        hr_file(good, people(3))
    raw = bytearray(good.read_bytes())
    for _ in range(data.draw(st.integers(1, 20))):
        position = data.draw(st.integers(0, len(raw) - 1))
        raw[position] = data.draw(st.integers(0, 255))
    if data.draw(st.booleans()):
        raw = raw[: data.draw(st.integers(0, len(raw)))]
    path = tmp_path / "mutated.xlsx"
    path.write_bytes(bytes(raw))
    try:
        table = ri.read_table(path)
        ri.parse(table, ri.auto_mapping(table.headers), today=dt.date(2026, 10, 1))
    except ri.ImportError_:
        pass


names = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters="\x85"
    ),
    min_size=1,
    max_size=40,
).filter(lambda s: s.strip())


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(first=names, last=names)
def test_any_unicode_name_survives_export_then_import(tmp_path, first, last):
    path = tmp_path / "names.xlsx"
    save(
        path,
        [Sheet("Applicants", ["Employee ID", "First name", "Last name"], [["E1", first, last]])],
    )
    table = ri.read_table(path)
    preview = ri.parse(table, ri.auto_mapping(table.headers), today=dt.date(2026, 10, 1))
    [row] = preview.good
    # The documented clean-up: surrounding space trimmed, inner runs of space made one.
    assert (row.first_name, row.last_name) == (" ".join(first.split()), " ".join(last.split()))
