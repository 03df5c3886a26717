"""Exports of a round: who may export what, what goes in each file, and the audit entry.

Excel sheets are assembled here; PDF documents are gathered by `reports` and
laid out by `sro_panel.exports`. Every export is audited once its file exists.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import replace
from pathlib import Path

from sro_panel.errors import InputError
from sro_panel.exports import packet, score_sheets, screening_report
from sro_panel.exports import pdf as pdf_file
from sro_panel.exports.excel import Sheet, Value, write_workbook
from sro_panel.exports.files import check_target as files_check
from sro_panel.exports.files import write_atomically
from sro_panel.messages import t
from sro_panel.services.base import ServiceBase
from sro_panel.services.decisions import TIER_LABELS
from sro_panel.services.permissions import Permission
from sro_panel.services.reports import (
    ELIGIBILITY_TEXT,
    OUTCOME_TEXT,
    RESULT_TEXT,
)

EXCEL_KINDS = ("roster", "screening", "scores", "selection", "trained")
PDF_KINDS = ("packet", "scoresheets", "screening", "compliance")


class ExportService(ServiceBase):
    def excel(
        self, kind: str, round_id: int, path: Path
    ) -> Generator[tuple[int, int, str], None, None]:
        """Write one Excel export, yielding progress; the export is audited once written."""
        self.require(Permission.EXPORT, round_id=round_id)
        if kind in PDF_KINDS and kind not in EXCEL_KINDS:
            raise InputError(t("{kind} is a PDF: write it to a file ending in .pdf", kind=kind))
        if kind not in EXCEL_KINDS:
            raise InputError(
                t(
                    "unknown export {kind!r}; choose one of {value}",
                    kind=kind,
                    value=", ".join(EXCEL_KINDS),
                )
            )
        sheets = {
            "roster": self._roster,
            "screening": self._screening,
            "scores": self._scores,
            "selection": self._selection,
            "trained": self._trained,
        }[kind](round_id)
        yield from write_workbook(path, sheets, footer=self._audit_head())
        self._audit_export(
            f"export.{kind}", round_id, path, {"rows": sum(_count(s) for s in sheets)}
        )

    def pdf(
        self,
        kind: str,
        round_id: int,
        path: Path,
        *,
        panelist_id: int | None = None,
        filled: bool = False,
        language: str = "en",
    ) -> Generator[tuple[int, int, str], None, None]:
        """Write one PDF, yielding progress: packet, scoresheets or screening.

        Score sheets are blank, for every panel member or only `panelist_id`; with
        `filled`, they are that panelist's own submitted sheets, to sign. They print
        in `language` ("en" or "es"); the other PDFs are in English.
        """
        if kind in EXCEL_KINDS and kind not in PDF_KINDS:
            raise InputError(
                t("{kind} is an Excel export: write it to a file ending in .xlsx", kind=kind)
            )
        if kind not in PDF_KINDS:
            raise InputError(
                t(
                    "unknown PDF {kind!r}; choose one of {value}",
                    kind=kind,
                    value=", ".join(PDF_KINDS),
                )
            )
        if (panelist_id is not None or filled) and kind != "scoresheets":
            raise InputError(t("a panelist can be chosen only for score sheets"))
        if filled and panelist_id is None:
            raise InputError(t("filled-in score sheets are one panelist's: choose the panelist"))
        pdf_file.check_target(Path(path))
        yield (0, 1, t("Gathering the round"))
        document, items = self._pdf_document(kind, round_id, panelist_id, filled, language)
        document.footer = replace(document.footer, audit=self._audit_head())
        data = yield from pdf_file.render_steps(document)
        yield (1, 1, t("Saving"))
        pdf_file.save(Path(path), data)
        action = f"export.{kind}_pdf" + ("_filled" if filled else "")
        self._audit_export(action, round_id, path, {"items": items, "bytes": len(data)})

    def _pdf_document(
        self, kind: str, round_id: int, panelist_id: int | None, filled: bool, language: str
    ) -> tuple[pdf_file.Document, int]:
        """The document and how many candidates, sheets or applicants it holds."""
        reports = self._app.reports
        if kind == "packet":
            p = reports.packet(round_id)
            return packet.document(p), len(p.candidates)
        if kind == "scoresheets":
            sheets = reports.score_sheets(
                round_id, panelist_id=panelist_id, filled=filled, language=language
            )
            return score_sheets.document(sheets), len(sheets.pages)
        if kind == "compliance":
            return self._compliance(round_id)
        report = reports.screening(round_id)
        return screening_report.document(report), len(report.applicants)

    def _compliance(self, round_id: int) -> tuple[pdf_file.Document, int]:
        from sro_panel.exports import compliance_report

        info = self._app.rounds.get_round(round_id)
        view = self._app.training.compliance(round_id)
        court = info.profile.court
        document = compliance_report.document(
            view,
            self._app.schools.schools(),
            round_title=info.title,
            agency=info.profile.agency,
            partner=info.profile.school_partner,
            source=court.source if court else "",
            generated_at=self.now(),
        )
        return document, len(view.officers)

    def certificates(
        self, round_id: int, path: Path
    ) -> Generator[tuple[int, int, str], None, None]:
        """Every selected officer's certificate file in one zip, with a manifest of hashes.

        Each file's SHA-256 is checked against the one recorded at upload before it
        goes in; a changed file stops the export, naming the certificate.
        """
        import csv
        import io
        import re
        import zipfile

        self.require(Permission.EXPORT, round_id=round_id)
        files_check(Path(path), ".zip", "a certificates export")
        officers = [o for o in self._app.training.officers(round_id) if o.certificate]
        if not officers:
            raise InputError(t("no certificate has been uploaded for this round's officers"))
        manifest = io.StringIO()
        out = csv.writer(manifest)
        out.writerow(["file", "officer", "employee_id", "certificate", "sha256", "verified_by"])
        contents = []
        for n, o in enumerate(officers):
            yield (n, len(officers), o.name)
            name, _, content = self._app.training.certificate_file(o.applicant_id)
            cert = o.certificate
            assert cert is not None
            # The number is typed by a person: keep the entry a plain file name in the zip.
            safe = re.sub(r"[^A-Za-z0-9._-]+", "-", f"{o.employee_id}-{cert.number}").strip(".-")
            entry = f"{safe}{Path(name).suffix.lower()}"
            contents.append((entry, content))
            out.writerow([entry, o.name, o.employee_id, cert.number, cert.sha256,
                          cert.verified_by])  # fmt: skip

        def write(tmp: str) -> None:
            with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
                for entry, content in contents:
                    archive.writestr(zipfile.ZipInfo(entry, (2026, 1, 1, 0, 0, 0)), content)
                archive.writestr(
                    zipfile.ZipInfo("manifest.csv", (2026, 1, 1, 0, 0, 0)), manifest.getvalue()
                )

        write_atomically(Path(path), write)
        yield (len(officers), len(officers), t("Saved"))
        self._audit_export("export.certificates", round_id, path, {"files": len(contents)})

    def _audit_head(self) -> str:
        """The trail's head as the file is made: a reader can check it with `audit verify`."""
        head = self._app.audit.head()
        return head.short() if head else ""

    def _audit_export(
        self, action: str, round_id: int, path: Path, detail: dict[str, object]
    ) -> None:
        with self.transaction() as session:
            self.audit(
                session,
                action,
                target_type="round",
                target_id=round_id,
                round_id=round_id,
                after={"file": Path(path).name, **detail},
            )

    def _roster(self, round_id: int) -> list[Sheet]:
        rows = self._app.applicants.list_applicants(round_id)
        personnel = self.can(Permission.VIEW_PERSONNEL)
        headers = [
            "Employee ID",
            "Last name",
            "First name",
            "Rank",
            "Assignment",
            "Email",
            "Phone",
            "Applied on",
            "Youth programs",
            "In pool",
        ]
        if personnel:
            headers += [
                "Service start",
                "Sustained complaints involving juveniles",
                "Sustained complaints",
                "Attendance note",
                "Discipline note",
                "Record source",
                "Record pulled on",
            ]
        out: list[list[Value]] = []
        for a in rows:
            line: list[Value] = [
                a.employee_id,
                a.last_name,
                a.first_name,
                a.rank,
                a.assignment,
                a.email,
                a.phone,
                a.applied_on,
                a.youth_programs,
                "Yes" if a.in_pool else "No",
            ]
            if personnel and a.personnel is not None:
                f = a.personnel
                line += [
                    f.service_start,
                    f.sustained_juvenile_complaints,
                    f.sustained_complaints,
                    a.attendance_note,
                    a.discipline_note,
                    f.record_source,
                    f.record_pulled_on,
                ]
            out.append(line)
        return [Sheet("Applicants", headers, out)]

    def _screening(self, round_id: int) -> list[Sheet]:
        screened = self._app.screening.screen_round(round_id)
        summary = [
            [
                s.employee_id,
                s.name,
                ELIGIBILITY_TEXT[s.eligibility],
                ", ".join(s.result.failing),
                ", ".join(s.result.pending),
            ]
            for s in screened
        ]
        detail = [
            [
                s.employee_id,
                s.name,
                r.ref,
                r.text,
                RESULT_TEXT[r.outcome],
                r.reason,
                r.evidence,
                "Yes" if r.overridden else "",
                RESULT_TEXT[r.computed_outcome],
            ]
            for s in screened
            for r in s.result.results
        ]
        return [
            Sheet(
                "Eligibility",
                ["Employee ID", "Name", "Result", "Not met", "Needs review"],
                summary,
            ),
            Sheet(
                "Requirements",
                [
                    "Employee ID",
                    "Name",
                    "Ref",
                    "Requirement",
                    "Result",
                    "Reason",
                    "Evidence",
                    "Overridden",
                    "Computed result",
                ],
                detail,
            ),
        ]

    def _scores(self, round_id: int) -> list[Sheet]:
        lines = self._app.results.score_lines(round_id, for_export=True)
        rows = [
            [
                x.employee_id,
                x.candidate,
                x.panelist,
                x.group,
                x.ref,
                x.criterion,
                x.initial,
                x.consensus,
                x.consensus if x.consensus is not None else x.initial,
                x.consensus_reason,
                x.note,
                x.recommendation or "",
            ]
            for x in lines
        ]
        return [
            Sheet(
                "Scores",
                [
                    "Employee ID",
                    "Candidate",
                    "Panelist",
                    "Group",
                    "Ref",
                    "Criterion",
                    "Initial score",
                    "Consensus score",
                    "Final score",
                    "Consensus reason",
                    "Note",
                    "Recommendation",
                ],
                rows,
            )
        ]

    def _selection(self, round_id: int) -> list[Sheet]:
        state = self._app.decisions.state(round_id)
        if not state.summary:  # no right to ranks and totals: the decisions alone
            names = {a.id: a.name for a in self._app.applicants.list_applicants(round_id)}
            return [
                Sheet(
                    "Final selection",
                    ["Candidate", "Decision", "Decided at (UTC)"],
                    [
                        [names.get(d.applicant_id, ""), OUTCOME_TEXT[d.outcome], d.decided_at]
                        for d in sorted(
                            state.decisions.values(), key=lambda d: names.get(d.applicant_id, "")
                        )
                    ],
                )
            ]
        rows = []
        for c in state.summary:
            d = state.decisions.get(c.applicant_id)
            rows.append(
                [
                    c.rank,
                    "Yes" if c.tied else "",
                    c.name,
                    c.total,
                    TIER_LABELS[c.tier],
                    OUTCOME_TEXT[d.outcome] if d else "",
                    d.departure_reason if d else "",
                    d.decided_by if d else "",
                    d.decided_at if d else None,
                ]
            )
        return [
            Sheet(
                "Final selection",
                [
                    "Rank",
                    "Tied",
                    "Candidate",
                    "Weighted total",
                    "Panel's tier",
                    "Decision",
                    "Reason for departing from the panel's order",
                    "Decided by",
                    "Decided at (UTC)",
                ],
                rows,
            )
        ]

    def _trained(self, round_id: int) -> list[Sheet]:
        """Selected officers with their course, certificate, district topics and schools."""
        minimum = self._app.rounds.get_round(round_id).profile.training.min_hours
        officers = self._app.training.officers(round_id)
        addresses = {s.id: s.address for s in self._app.schools.schools()}
        rows: list[list[Value]] = []
        assignment_rows: list[list[Value]] = []
        for o in officers:
            course, cert = o.course, o.certificate
            done = sum(1 for t in o.topics if t.completed_on)
            rows.append(
                [
                    o.employee_id,
                    o.last_name,
                    o.first_name,
                    o.rank,
                    course.provider if course else "",
                    course.start_date if course else None,
                    course.end_date if course else None,
                    course.hours if course else None,
                    "Yes" if course and (course.hours or 0) >= minimum else "No",
                    cert.number if cert else "",
                    cert.sha256 if cert else "",
                    cert.verified_by if cert else "",
                    cert.verified_at if cert else None,
                    f"{done} of {len(o.topics)}",
                    ", ".join(a.school for a in o.assignments),
                ]
            )
            assignment_rows += [
                [o.employee_id, o.name, a.school, a.level, addresses.get(a.school_id, ""),
                 a.start_date, None]
                for a in o.assignments
            ]  # fmt: skip
        return [
            Sheet(
                "Trained officers",
                [
                    "Employee ID",
                    "Last name",
                    "First name",
                    "Rank",
                    "Course provider",
                    "Course start",
                    "Course end",
                    "Hours",
                    f"Meets {minimum:g} hours",
                    "Certificate number",
                    "Certificate SHA-256",
                    "Verified by",
                    "Verified at (UTC)",
                    "District topics complete",
                    "Schools",
                ],
                rows,
            ),
            Sheet(
                "School assignments",
                ["Employee ID", "Officer", "School", "Level", "Address", "Start", "End"],
                assignment_rows,
            ),
        ]


def _count(sheet: Sheet) -> int:
    rows = sheet.rows
    return len(rows) if isinstance(rows, list) else 0
