"""The chair's window shows a submission made on another laptop, with nobody touching it."""

import pytest

from sro_panel.db.engine import Database
from sro_panel.services.app import Services
from sro_panel.services.context import Actor
from sro_panel.services.permissions import Role
from sro_panel.ui.activity_watch import POLL_MS
from sro_panel.ui.main_window import STEPS, MainWindow
from tests.services.conftest import fill
from tests.ui.conftest import act_as

pytestmark = pytest.mark.postgres


@pytest.fixture
def db_url(pg_url):
    return pg_url


def test_a_submission_on_another_laptop_reaches_the_chairs_window(
    qtbot, panel, services, settings, pg_url
):
    _rnd, cands, seats, _actors = panel
    window = MainWindow(services, settings=settings)
    qtbot.addWidget(window)
    window.show()
    act_as(window, "Captain")
    scoring_row = window.steps_list.item(STEPS.index("Scoring"))
    assert "0 of 4 panelists done · 0 of 12 sheets" in scoring_row.text()

    # Another laptop: its own connection, the student panelist's seat.
    other = Database.open(pg_url)
    seat = seats["mps_student"]
    student = Services(other, Actor("kid", "Kid", Role.PANELIST, frozenset({seat})))
    fill(student, seat, cands[0])
    other.dispose()

    qtbot.waitUntil(lambda: "1 of 12 sheets" in scoring_row.text(), timeout=5 * POLL_MS)
    assert POLL_MS <= 1000  # what brings it: a poll each second, well inside two
