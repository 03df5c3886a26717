"""The services a GUI or the command line is given: one object, passed in, never global."""

from __future__ import annotations

import functools
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from sro_panel.db.engine import Database
from sro_panel.services.accounts import AccountService
from sro_panel.services.applicants import ApplicantService
from sro_panel.services.audit_key import load_or_create_key
from sro_panel.services.audit_trail import AuditService
from sro_panel.services.backups import BackupService
from sro_panel.services.context import Actor, Clock, utc_clock
from sro_panel.services.decisions import DecisionService
from sro_panel.services.panel import PanelService
from sro_panel.services.pool import PoolService
from sro_panel.services.results import ResultsService
from sro_panel.services.retention import RetentionService
from sro_panel.services.rounds import RoundService
from sro_panel.services.schools import SchoolService
from sro_panel.services.scoring import ScoringService
from sro_panel.services.screening import ScreeningService
from sro_panel.services.training import TrainingService

if TYPE_CHECKING:
    from sro_panel.services.exports import ExportService
    from sro_panel.services.local_panel import LocalPanelService
    from sro_panel.services.offline_panel import OfflinePanelService
    from sro_panel.services.reports import ReportService


class Services:
    def __init__(
        self,
        db: Database,
        actor: Actor,
        clock: Clock = utc_clock,
        *,
        audit_key: bytes | None = None,
    ) -> None:
        self.db = db
        self.actor = actor
        self.clock = clock
        # The audit trail's seal key, read from outside the database (services/audit_key.py).
        self.audit_key = audit_key if audit_key is not None else load_or_create_key()
        self._local = threading.local()  # background work runs services on its own thread
        self.rounds = RoundService(self)
        self.applicants = ApplicantService(self)
        self.screening = ScreeningService(self)
        self.pool = PoolService(self)
        self.panel = PanelService(self)
        self.scoring = ScoringService(self)
        self.paper_scoring = ScoringService(self, from_paper=True)
        self.results = ResultsService(self)
        self.decisions = DecisionService(self)
        self.audit = AuditService(self)
        self.accounts = AccountService(self)
        self.retention = RetentionService(self)
        self.training = TrainingService(self)
        self.schools = SchoolService(self)
        self.backups = BackupService(self)

    # Files are written now and then, and their services bring in ReportLab and
    # openpyxl (about a quarter of a second): they are made on first use, not at start.
    @functools.cached_property
    def reports(self) -> ReportService:
        from sro_panel.services.reports import ReportService

        return ReportService(self)

    @functools.cached_property
    def exports(self) -> ExportService:
        from sro_panel.services.exports import ExportService

        return ExportService(self)

    # Offline panels bring in the signature library; made on first use.
    @functools.cached_property
    def offline(self) -> OfflinePanelService:
        from sro_panel.services.offline_panel import OfflinePanelService

        return OfflinePanelService(self)

    @functools.cached_property
    def local_panel(self) -> LocalPanelService:
        from sro_panel.services.local_panel import LocalPanelService

        return LocalPanelService(self)

    @property
    def tx_depth(self) -> int:
        return getattr(self._local, "tx_depth", 0)

    @tx_depth.setter
    def tx_depth(self, value: int) -> None:
        self._local.tx_depth = value

    def as_actor(self, actor: Actor) -> Services:
        """The same database seen by someone else (for tests and for switching users)."""
        return Services(self.db, actor, self.clock, audit_key=self.audit_key)


def open_services(url: str | None) -> tuple[Services, Path | None]:
    """A database by URL (see `db.engine.resolve_url`), upgraded, as its local administrator;
    with the copy an upgrade made first, if it made one."""
    from sro_panel.db.migrate import upgrade_to_head

    db = Database.open(url)
    try:
        backup = upgrade_to_head(db)
    except BaseException:
        db.dispose()
        raise
    return Services(db, Actor.local_administrator()), backup
