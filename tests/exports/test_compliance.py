"""The court's compliance report, the certificates zip, and footers that never overlap."""

import csv
import hashlib
import io
import zipfile

import pytest
from pypdf import PdfReader
from sqlalchemy import update

from sro_panel.db.models import Certificate
from sro_panel.errors import InputError
from sro_panel.exports.pdf import Footer
from sro_panel.services.context import Actor
from sro_panel.services.permissions import Role

ROUND = 2


@pytest.fixture
def coordinator(demo):
    return demo.as_actor(Actor("training", "Training coordinator", Role.TRAINING_COORDINATOR))


def test_the_compliance_report_lists_the_trained_their_proof_and_who_waits(coordinator, tmp_path):
    target = tmp_path / "compliance.pdf"
    for _ in coordinator.exports.pdf("compliance", ROUND, target):
        pass
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    officers = coordinator.training.officers(ROUND)
    for o in officers:
        assert o.name in text
    for o in (o for o in officers if o.status == "assigned"):
        assert o.certificate.number in text
        assert o.certificate.sha256[:24] in text.replace("\n", "")
    assert "3 of 25: not yet met" in text
    assert "course has 32 of 40 hours" in text
    assert "Sunrise Bilingual Demo School" in text and "Page 3 of 3" in text
    assert any(
        e.action == "export.compliance_pdf" for e in coordinator.as_actor(
            Actor("a", "Auditor", Role.AUDITOR)).audit.entries(round_id=ROUND)
    )  # fmt: skip


def test_the_certificates_zip_holds_each_file_and_a_manifest_of_hashes(coordinator, tmp_path):
    target = tmp_path / "certificates.zip"
    for _ in coordinator.exports.certificates(ROUND, target):
        pass
    with zipfile.ZipFile(target) as archive:
        manifest = list(csv.DictReader(io.StringIO(archive.read("manifest.csv").decode())))
        assert len(manifest) == 7 and len(archive.namelist()) == 8
        for row in manifest:
            content = archive.read(row["file"])
            assert hashlib.sha256(content).hexdigest() == row["sha256"]
            assert content.startswith(b"%PDF-")


def test_a_changed_certificate_stops_the_zip_and_nothing_is_written(demo, coordinator, tmp_path):
    with demo.db.transaction() as s:
        s.execute(
            update(Certificate)
            .where(Certificate.number == "NASRO-DEMO-26077")
            .values(content=b"%PDF-1.4 replaced")
        )
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(InputError, match="NASRO-DEMO-26077: the stored file no longer matches"):
        for _ in coordinator.exports.certificates(ROUND, out / "certificates.zip"):
            pass
    assert list(out.iterdir()) == []


def test_a_certificates_zip_must_be_named_zip(coordinator, tmp_path):
    with pytest.raises(InputError, match=r"must end in \.zip"):
        for _ in coordinator.exports.certificates(ROUND, tmp_path / "certs.pdf"):
            pass


def test_a_long_round_title_is_shortened_in_the_footer_never_the_audit_head():
    import datetime as dt

    footer = Footer("A" * 200, dt.datetime(2026, 11, 2, 9, tzinfo=dt.UTC), audit="audit #9 abc")
    fitted = footer.fitted(lambda s: 4.0 * len(s), 400.0)
    assert 4.0 * len(fitted) <= 400 and fitted.endswith("audit #9 abc")
    assert "…" in fitted and "Generated 2026-11-02 09:00 UTC" in fitted
