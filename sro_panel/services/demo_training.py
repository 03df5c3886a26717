"""The demo's training: schools, and the selected officers of the decided round at every status.

All invented: school names, certificate numbers and the certificate files
(small PDFs drawn here) belong to no real school, course or person.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sro_panel.services.app import Services

SCHOOLS = (
    ("Riverbend Demo High School", "1200 N Riverbend Ave, Milwaukee, WI", "High"),
    ("Lakeview Demo Middle School", "3400 W Lakeview St, Milwaukee, WI", "Middle"),
    ("Harbor Point Demo K-8", "815 S Harbor Rd, Milwaukee, WI", "K-8"),
    ("Cedar Crossing Demo High School", "2750 N Cedar Crossing Blvd, Milwaukee, WI", "High"),
    ("Maplewood Demo Academy", "410 E Maplewood Pl, Milwaukee, WI", "Alternative"),
    ("Northgate Demo Middle School", "6020 N Northgate Dr, Milwaukee, WI", "Middle"),
    ("Sunrise Bilingual Demo School", "1505 S Sunrise Ave, Milwaukee, WI", "K-8"),
    ("Westfield Demo High School", "9100 W Westfield Way, Milwaukee, WI", "High"),
)
COURSE_START = dt.date(2026, 9, 14)


def certificate_pdf(name: str, number: str, hours: int) -> bytes:
    """A one-page certificate of completion, the same bytes every time."""
    from reportlab.lib.pagesizes import LETTER, landscape
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=landscape(LETTER), invariant=1)
    width, height = landscape(LETTER)
    page.setFont("Helvetica-Bold", 26)
    page.drawCentredString(width / 2, height - 150, "Certificate of Completion (demo)")
    page.setFont("Helvetica", 16)
    for n, line in enumerate(
        (
            "Basic School Resource Officer course",
            f"awarded to {name}",
            f"{hours} hours, 14-18 September 2026",
            f"Certificate {number}",
            "Synthetic document for trying SRO Panel; not issued by any organization.",
        )
    ):
        page.drawCentredString(width / 2, height - 220 - 34 * n, line)
    page.showPage()
    page.save()
    return out.getvalue()


def write_training(app: Services, round_id: int) -> None:
    """Officers spread over every status, from just selected to assigned (and one short course)."""
    from sro_panel.services.training import CourseInput

    training = app.training
    schools = [app.schools.add_school(n, address=a, level=lv).id for n, a, lv in SCHOOLS]
    officers = training.officers(round_id)
    profile = app.rounds.get_round(round_id).profile
    provider = profile.training.provider
    for n, officer in enumerate(officers):
        aid = officer.applicant_id
        if n < 2:
            continue  # selected, not yet enrolled
        hours = 32 if n == 3 else 40  # one officer took a shorter course: flagged, not accepted
        complete = n >= 3
        training.record_course(
            aid,
            CourseInput(
                provider=provider,
                enrolled_on=COURSE_START - dt.timedelta(days=10),
                start_date=COURSE_START,
                end_date=COURSE_START + dt.timedelta(days=4),
                hours=hours if complete else None,
                completed_on=COURSE_START + dt.timedelta(days=4) if complete else None,
            ),
        )
        if n < 5:
            continue
        number = f"NASRO-DEMO-{26000 + n * 7}"
        training.upload_certificate(
            aid,
            number=number,
            file_name=f"certificate-{number}.pdf",
            content=certificate_pdf(officer.name, number, hours),
        )
        if n < 6:
            continue  # uploaded, waiting for the coordinator's check
        training.verify_certificate(aid)
        topics = profile.training.topics
        done = topics if n >= 8 else topics[: 3 + n % 3]
        for k, topic in enumerate(done):
            training.record_topic(
                aid,
                topic.id,
                completed_on=dt.date(2026, 9, 21) + dt.timedelta(days=k),
                evidence="MPS training roster (synthetic)",
            )
        if n < 9:
            continue
        start = dt.date(2026, 9, 28)
        training.assign(aid, schools[(n - 9) * 2 % len(schools)], start)
        training.assign(aid, schools[((n - 9) * 2 + 1) % len(schools)], start)
