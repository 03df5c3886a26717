"""PDF exports read back page by page: what they say equals what the services say."""

import datetime as dt
import re
import threading

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from sro_panel.db.engine import Database
from sro_panel.db.migrate import upgrade_to_head
from sro_panel.db.models import AuditEntry
from sro_panel.errors import InputError, NotFound, PermissionDenied
from sro_panel.services.applicants import ApplicantInput
from sro_panel.services.context import Actor
from sro_panel.services.demo import DemoService
from sro_panel.services.permissions import Role
from sro_panel.services.rounds import RoundInput
from tests.conftest import FORMS, make_services

STUDENT_NAME = "Jaylen Okonkwo"  # the demo's student panelist


def export(services, kind, round_id, path, **kwargs):
    steps = list(services.exports.pdf(kind, round_id, path, **kwargs))
    assert steps[-1][0] == steps[-1][1]  # progress reaches its end
    return path


def pages(path):
    reader = PdfReader(path)
    return [page.extract_text() for page in reader.pages]


def flat(text):
    return re.sub(r"\s+", " ", text)


def test_packet_ranks_totals_and_decisions_equal_the_services(demo, tmp_path):
    path = export(demo, "packet", 2, tmp_path / "packet.pdf")
    text = pages(path)
    results = demo.results.combined(2).results
    state = demo.decisions.state(2)
    summary_pages = [t for t in text if "Ranked summary" in t or t.startswith("Rank Candidate")]
    summary = flat(" ".join(text[2:4]))
    for c in results.candidates:
        rank = f"{c.rank}=" if c.tied else str(c.rank)
        assert f"{rank} {c.name} {c.total:.2f}" in summary, c.name
    assert summary_pages
    # One page per candidate, headed by rank and name, in rank order.
    headings = [line for t in text for line in t.splitlines() if re.match(r"^\d+=?\. \S", line)]
    assert [h.split(". ", 1)[1] for h in headings] == [c.name for c in results.candidates]
    decision_text = flat(" ".join(text[-2:]))
    assert "Chief of Police" in decision_text and "Director of Safety" in decision_text
    assert "Signature" in decision_text
    selected = [d for d in state.decisions.values() if d.outcome == "selected"]
    assert decision_text.count("Selected") >= len(selected) > 0


def test_every_page_has_the_footer_with_page_n_of_m_and_the_audit_head(demo, tmp_path):
    head = demo.audit.head()
    text = pages(export(demo, "packet", 2, tmp_path / "packet.pdf"))
    total = len(text)
    for n, page in enumerate(text, start=1):
        assert f"Page {n} of {total}" in page
        # The title is long: shortened to leave room for the page number, never dropped.
        assert "MPS School Resource Officers, co" in page and "…" in page
        assert "Generated 2026-" in page
        assert f"audit #{head.seq} {head.seal[:12]}" in page


def test_a_packet_before_the_chair_finalizes_says_it_is_a_draft(demo, tmp_path):
    text = pages(export(demo, "packet", 1, tmp_path / "draft.pdf"))
    assert "DRAFT" in text[0]
    assert all("DRAFT, not finalized" in t for t in text)


def test_student_panelists_appear_by_role_only_in_every_pdf(demo, panel, tmp_path):
    assert STUDENT_NAME in [p.label for p in demo.panel.list_panelists(1)]  # on screen, yes
    text = " ".join(pages(export(demo, "packet", 1, tmp_path / "packet.pdf")))
    assert "Student panelist" in text
    assert "Okonkwo" not in text  # in a file, never
    student = next(p for p in demo.panel.list_panelists(1) if p.label == STUDENT_NAME)
    own = demo.as_actor(Actor("s", "Student", Role.PANELIST, panelist_ids=(student.id,)))
    mine = export(own, "scoresheets", 1, tmp_path / "own.pdf", panelist_id=student.id, filled=True)
    assert "Okonkwo" not in " ".join(pages(mine))
    # Blank sheets, on the small round of the `panel` fixture (its student is "Kid").
    rnd, _, _, actors = panel
    services = actors["mpd"].as_actor(Actor.local_administrator())
    text = " ".join(pages(export(services, "scoresheets", rnd.id, tmp_path / "blank.pdf")))
    assert "Student panelist, MPS student" in text
    assert "Kid" not in text


def test_accented_names_are_printed_as_written_with_the_font_embedded(demo, tmp_path):
    path = export(demo, "packet", 2, tmp_path / "packet.pdf")
    text = " ".join(pages(path))
    for name in ("Renée St. Clair", "Soo-jin Nguyễn", "Noémie Ramírez-Ortiz", "Ramón Lemieux"):
        assert name in text
    reader = PdfReader(path)
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts.add(font["/BaseFont"])
            assert "/FontFile2" in font["/FontDescriptor"].get_object()  # embedded
    assert fonts and all("DejaVuSans" in f for f in fonts), fonts


def test_the_same_data_gives_the_same_bytes(tmp_path, sqlite_services):
    DemoService(sqlite_services).write_demo()
    first = export(sqlite_services, "packet", 2, tmp_path / "a.pdf").read_bytes()
    # A second database written from the same demo gives the very same file (a second
    # export from the first database would not: the first export is now in its trail).
    other_db = Database.open(f"sqlite:///{tmp_path / 'other.db'}")
    upgrade_to_head(other_db)
    try:
        other = make_services(other_db)
        DemoService(other).write_demo()
        third = export(other, "packet", 2, tmp_path / "c.pdf").read_bytes()
    finally:
        other_db.dispose()
    assert third == first


def test_long_tables_repeat_their_header_on_every_page(demo, tmp_path):
    text = pages(export(demo, "screening", 1, tmp_path / "screening.pdf"))
    first, second = text[0], text[1]
    assert "Applicant Employee ID Result" in flat(first)
    # The summary table of 40 applicants runs onto page 2 and starts with its header again.
    assert flat(second).startswith("Applicant Employee ID Result")


def test_screening_report_lists_every_requirement_result_and_override(demo, tmp_path):
    text = flat(" ".join(pages(export(demo, "screening", 1, tmp_path / "s.pdf"))))
    screened = demo.screening.screen_round(1)
    assert f"of {len(screened)} applicants" in text
    for s in screened:
        assert f"{s.name} ({s.employee_id})" in text
    overridden = [s for s in screened if any(r.overridden for r in s.result.results)]
    assert overridden
    assert "Computed without the override: Not met" in text


def test_blank_sheets_one_per_candidate_per_panelist_with_every_anchor(panel, tmp_path):
    rnd, cands, seats, actors = panel
    admin = actors["mpd"].as_actor(Actor.local_administrator())
    admin.panel.declare_conflict(seats["community"], cands[0], "Neighbour of the candidate")
    text = pages(export(admin, "scoresheets", rnd.id, tmp_path / "sheets.pdf"))
    starts = [n for n, t in enumerate(text) if "Score sheet: " in t]
    assert len(starts) == len(cands) * len(seats) - 1  # the recusal gets no sheet
    info = admin.rounds.get_round(rnd.id)
    first_sheet = flat(" ".join(text[starts[0] : starts[1]]))
    for c in info.criteria:
        assert c.title in first_sheet
        for _, label, anchor in c.levels:
            assert flat(anchor)[:40] in first_sheet, (c.key, label)
    assert first_sheet.count("\u2610") == len(info.criteria) * len(info.criteria[0].levels) + 3
    assert "Signature" in first_sheet and "\u2612" not in first_sheet


def test_a_panelist_prints_their_own_submitted_sheets_ticked(demo, tmp_path):
    seat = demo.panel.list_panelists(1)[0]
    me = demo.as_actor(Actor("me", seat.label, Role.PANELIST, panelist_ids=(seat.id,)))
    text = pages(
        export(me, "scoresheets", 1, tmp_path / "mine.pdf", panelist_id=seat.id, filled=True)
    )
    progress = next(p for p in demo.results.progress(1).panelists if p.panelist_id == seat.id)
    starts = [t for t in text if "Submitted score sheet: " in t]
    assert len(starts) == progress.submitted > 0
    criteria = len(demo.rounds.get_round(1).criteria)
    ticks = sum(t.count("\u2612") for t in text)
    assert ticks == len(starts) * (criteria + 1)  # every criterion and the recommendation
    other = demo.panel.list_panelists(1)[1]
    with pytest.raises(PermissionDenied):
        list(
            me.exports.pdf("scoresheets", 1, tmp_path / "x.pdf", panelist_id=other.id, filled=True)
        )


def test_who_may_print_what(demo, tmp_path):
    panelist = demo.as_actor(Actor("p", "P", Role.PANELIST))
    hr = demo.as_actor(Actor("hr", "HR", Role.HR_COORDINATOR))
    chair_like = demo.as_actor(Actor("dm", "Chief", Role.DECISION_MAKER))
    with pytest.raises(PermissionDenied):
        list(panelist.exports.pdf("packet", 2, tmp_path / "p.pdf"))
    with pytest.raises(PermissionDenied):  # HR screens, but does not see results
        list(hr.exports.pdf("packet", 2, tmp_path / "p.pdf"))
    with pytest.raises(PermissionDenied):  # the screening report is a personnel record
        list(chair_like.exports.pdf("screening", 1, tmp_path / "s.pdf"))
    out = tmp_path / "out"
    out.mkdir()
    export(hr, "screening", 1, out / "s.pdf")
    export(chair_like, "packet", 2, out / "p.pdf")
    assert sorted(f.name for f in out.iterdir()) == ["p.pdf", "s.pdf"]  # no temporaries left
    with pytest.raises(NotFound):
        list(demo.exports.pdf("scoresheets", 1, tmp_path / "x.pdf", panelist_id=99999))


def test_bad_targets_and_kinds_are_refused_and_leave_no_file(demo, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(InputError, match=r"must end in \.pdf"):
        list(demo.exports.pdf("packet", 2, out / "p.xlsx"))
    with pytest.raises(InputError, match="is an Excel export"):
        list(demo.exports.pdf("roster", 2, out / "p.pdf"))
    with pytest.raises(InputError, match="is a PDF"):
        list(demo.exports.excel("packet", 2, out / "p.xlsx"))
    with pytest.raises(InputError, match="does not exist"):
        list(demo.exports.pdf("packet", 2, out / "missing" / "p.pdf"))
    assert list(out.iterdir()) == []


def test_each_pdf_export_is_audited(demo, tmp_path):
    export(demo, "packet", 2, tmp_path / "p.pdf")
    with demo.db.transaction() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "export.packet_pdf")
        ).one()
    assert entry.after["file"] == "p.pdf"
    assert entry.after["items"] == len(demo.results.combined(2).results.candidates)


def test_any_unicode_name_prints(sqlite_services, tmp_path):
    rnd = sqlite_services.rounds.create_round(
        RoundInput(
            FORMS / "milwaukee-mpd.toml", "Round", "SRO", dt.date(2026, 9, 1),
            dt.date(2026, 9, 30), dt.date(2026, 11, 2), 2,
        )
    )  # fmt: skip
    sqlite_services.applicants.add_applicant(
        rnd.id, ApplicantInput("E1", "Zoë", "Łukasiewicz-Ñúñez Ωμέγα Щербаков")
    )
    text = " ".join(pages(export(sqlite_services, "screening", rnd.id, tmp_path / "u.pdf")))
    assert "Zoë Łukasiewicz-Ñúñez Ωμέγα Щербаков" in flat(text)


def test_generation_time_is_the_service_clock(demo, tmp_path):
    text = pages(export(demo, "screening", 1, tmp_path / "s.pdf"))
    now = demo.clock()
    assert now.tzinfo is not None and now.utcoffset() == dt.timedelta(0)
    assert f"Generated {now:%Y-%m-%d %H:%M} UTC" in text[0]


def test_stopping_a_layout_midway_writes_nothing(demo, tmp_path):
    target = tmp_path / "out.pdf"
    steps = demo.exports.pdf("packet", 2, target)
    seen = []
    for step in steps:
        seen.append(step)
        if step[2] == "Laying out the pages" and step[0] > 0:
            steps.close()  # what the progress dialog's Cancel does
            break
    assert seen[-1][0] < seen[-1][1]
    assert not target.exists()
    assert not [t for t in threading.enumerate() if t.name == "pdf-layout"]
    with demo.db.transaction() as session:
        assert not session.scalars(
            select(AuditEntry).where(AuditEntry.action == "export.packet_pdf")
        ).all()
