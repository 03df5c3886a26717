"""Accounts: the first administrator, password rules, lockout, the hash upgrade, seats."""

import datetime as dt

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from sro_panel.db.models import AuditEntry, User
from sro_panel.domain.passwords import check_password
from sro_panel.errors import FieldError, PermissionDenied
from sro_panel.services.accounts import SignInRefused
from sro_panel.services.app import Services
from sro_panel.services.context import Actor
from sro_panel.services.permissions import Role

GOOD = "horse staple battery 42"


class Clock:
    def __init__(self):
        self.now = dt.datetime(2026, 10, 1, 9, 0, tzinfo=dt.UTC)

    def __call__(self):
        return self.now


@pytest.fixture
def clocked(services):
    clock = Clock()
    return Services(services.db, services.actor, clock, audit_key=services.audit_key), clock


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("short pass", "at least 12"),
        ("password1234", "common password"),
        ("Password2026!", "common password"),
        ("!!Milwaukee2026", "common password"),
        ("qwertyuiop12", "common password"),
        ("123456789012", "common password"),
        ("aaaaaaaaaaaaaa", "same characters"),
        ("my name is hrcoord", "user name"),
    ],
)
def test_weak_passwords_are_refused_with_the_reason(password, reason):
    with pytest.raises(FieldError, match=reason):
        check_password(password, username="hrcoord")


def test_a_long_phrase_of_ones_own_is_accepted():
    check_password(GOOD, username="hrcoord")
    check_password("Zoë's panel of nine, 2026", username="zoe")


def test_the_first_run_creates_the_administrator_once(services):
    assert not services.accounts.any_accounts()
    services.accounts.create_first_administrator("admin", "Pat Admin", GOOD)
    assert services.accounts.any_accounts()
    with pytest.raises(PermissionDenied):
        services.accounts.create_first_administrator("admin2", "Other", GOOD)
    actor = services.accounts.sign_in("admin", GOOD)
    assert actor.role is Role.ADMINISTRATOR and actor.display_name == "Pat Admin"
    with services.db.transaction() as s:
        stored = s.scalar(select(User.password_hash).where(User.username == "admin"))
    assert stored.startswith("$argon2id$") and GOOD not in stored


def test_five_failures_in_15_minutes_lock_until_an_administrator_unlocks(clocked):
    services, clock = clocked
    services.accounts.create_first_administrator("admin", "Admin", GOOD)
    admin = services.as_actor(services.accounts.sign_in("admin", GOOD))
    admin.accounts.add_account("hr", "Harper Reyes", Role.HR_COORDINATOR, "fresh winter ledger 7")
    for _ in range(4):
        with pytest.raises(SignInRefused, match="wrong user name or password"):
            services.accounts.sign_in("hr", "not it at all, sorry")
        clock.now += dt.timedelta(minutes=3)
    with pytest.raises(SignInRefused, match="wrong"):
        services.accounts.sign_in("hr", "not it at all, sorry")  # the fifth, within 15 minutes
    with pytest.raises(SignInRefused, match="locked"):
        services.accounts.sign_in("hr", "fresh winter ledger 7")  # even the right password
    admin.accounts.unlock("hr")
    assert services.accounts.sign_in("hr", "fresh winter ledger 7").role is Role.HR_COORDINATOR
    with services.db.transaction() as s:
        outcomes = [
            e.outcome
            for e in s.scalars(
                select(AuditEntry)
                .where(AuditEntry.action == "account.signin", AuditEntry.target_id == "hr")
                .order_by(AuditEntry.seq)
            )
        ]
    assert outcomes == ["failed"] * 5 + ["refused", "ok"]  # every attempt is on the record


def test_failures_spread_over_more_than_15_minutes_do_not_lock(clocked):
    services, clock = clocked
    services.accounts.create_first_administrator("admin", "Admin", GOOD)
    for _ in range(6):
        with pytest.raises(SignInRefused, match="wrong"):
            services.accounts.sign_in("admin", "not it at all, sorry")
        clock.now += dt.timedelta(minutes=4)
    assert services.accounts.sign_in("admin", GOOD).role is Role.ADMINISTRATOR


def test_an_unknown_user_is_told_the_same_as_a_wrong_password(services):
    services.accounts.create_first_administrator("admin", "Admin", GOOD)
    with pytest.raises(SignInRefused, match="wrong user name or password"):
        services.accounts.sign_in("nobody", GOOD)


def test_a_hash_with_older_parameters_is_upgraded_at_sign_in(services):
    services.accounts.create_first_administrator("admin", "Admin", GOOD)
    weak = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1).hash(GOOD)
    with services.db.transaction() as s:
        s.scalar(select(User).where(User.username == "admin")).password_hash = weak
    services.accounts.sign_in("admin", GOOD)
    with services.db.transaction() as s:
        upgraded = s.scalar(select(User.password_hash).where(User.username == "admin"))
    assert upgraded != weak and not PasswordHasher().check_needs_rehash(upgraded)
    assert services.accounts.sign_in("admin", GOOD).username == "admin"


def test_only_the_administrator_manages_accounts(services):
    services.accounts.create_first_administrator("admin", "Admin", GOOD)
    hr = services.as_actor(Actor("hr", "HR", Role.HR_COORDINATOR))
    with pytest.raises(PermissionDenied):
        hr.accounts.add_account("x", "X", Role.AUDITOR, GOOD)
    with pytest.raises(PermissionDenied):
        hr.accounts.unlock("admin")


def test_the_demo_has_an_account_for_every_role_and_seats_for_panelists(demo):
    from sro_panel.services.demo import DEMO_ACCOUNTS

    roles = {role for _, _, role, _ in DEMO_ACCOUNTS}
    assert roles == set(Role)
    student = next(a for a in DEMO_ACCOUNTS if a[0] == "student")
    actor = demo.accounts.sign_in(student[0], student[3])
    assert actor.role is Role.PANELIST and len(actor.panelist_ids) == 1
    chair = next(a for a in DEMO_ACCOUNTS if a[0] == "chair")
    assert demo.accounts.sign_in(chair[0], chair[3]).role is Role.PANEL_CHAIR


def test_any_user_name_typed_is_recorded_without_breaking_the_sign_in(services):
    services.accounts.create_first_administrator("admin", "Admin", GOOD)
    with pytest.raises(SignInRefused, match="wrong"):
        services.accounts.sign_in("x" * 500, GOOD)
    with services.db.transaction() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "account.signin")).all()[-1]
    assert entry.outcome == "failed" and entry.target_id == "x" * 80


def test_the_first_account_added_is_an_administrator(services):
    with pytest.raises(FieldError, match="first account must be an administrator"):
        services.accounts.add_account("hr", "Robin HR", Role.HR_COORDINATOR, GOOD)
    services.accounts.add_account("boss", "Sam Admin", Role.ADMINISTRATOR, GOOD)
    services.accounts.add_account("hr", "Robin HR", Role.HR_COORDINATOR, GOOD)
    assert [a.username for a in services.accounts.list_accounts()] == ["boss", "hr"]


def test_a_reset_password_works_and_unlocks_and_the_old_one_stops(clocked):
    svc, _ = clocked
    svc.accounts.create_first_administrator("admin", "Pat Admin", GOOD)
    svc.accounts.add_account("chair", "Lee Chair", Role.PANEL_CHAIR, GOOD)
    for _ in range(5):
        with pytest.raises(SignInRefused):
            svc.accounts.sign_in("chair", "not the password")
    assert [a.locked for a in svc.accounts.list_accounts() if a.username == "chair"] == [True]
    with pytest.raises(FieldError, match="at least 12"):
        svc.accounts.reset_password("chair", "short")
    svc.accounts.reset_password("chair", "new river stone 58")
    with pytest.raises(SignInRefused, match="wrong user name or password"):
        svc.accounts.sign_in("chair", "a typo in the new one")  # the old failures are forgiven
    assert svc.accounts.sign_in("chair", "new river stone 58").role is Role.PANEL_CHAIR
    with pytest.raises(SignInRefused):
        svc.accounts.sign_in("chair", GOOD)


def test_a_switched_off_account_cannot_sign_in_and_the_last_administrator_stays(services):
    from sro_panel.errors import InputError

    services.accounts.create_first_administrator("admin", "Pat Admin", GOOD)
    admin = services.as_actor(services.accounts.sign_in("admin", GOOD))
    admin.accounts.add_account("hr", "Robin HR", Role.HR_COORDINATOR, GOOD)
    admin.accounts.set_active("hr", False)
    with pytest.raises(SignInRefused, match="wrong user name or password"):
        services.accounts.sign_in("hr", GOOD)
    admin.accounts.set_active("hr", True)
    assert services.accounts.sign_in("hr", GOOD).role is Role.HR_COORDINATOR
    with pytest.raises(InputError, match="your own account"):
        admin.accounts.set_active("admin", False)
    admin.accounts.add_account("admin2", "Kim Admin", Role.ADMINISTRATOR, GOOD)
    admin2 = services.as_actor(services.accounts.sign_in("admin2", GOOD))
    admin2.accounts.set_active("admin", False)
    with pytest.raises(InputError, match="last active administrator"):
        admin.accounts.set_active("admin2", False)  # acting from an older window


def test_a_seat_is_linked_to_a_panelist_account_which_then_scores_it(services, panel):
    rnd, cands, seats, _ = panel
    services.accounts.add_account("admin", "Pat Admin", Role.ADMINISTRATOR, GOOD)
    services.accounts.add_account("pc", "Casey Community", Role.PANELIST, GOOD)
    services.accounts.add_account("hr", "Robin HR", Role.HR_COORDINATOR, GOOD)
    assert services.panel.account_choices() == [("pc", "Casey Community")]
    with pytest.raises(FieldError, match="not a panelist's or chair's account"):
        services.panel.link_account(seats["community"], "hr")
    row = services.panel.link_account(seats["community"], "pc")
    assert row.account == "pc"
    with pytest.raises(FieldError, match="already holds a seat"):
        services.panel.link_account(seats["mps_staff"], "pc")
    member = services.as_actor(services.accounts.sign_in("pc", GOOD))
    assert member.actor.panelist_ids == {seats["community"]}
    member.scoring.save_score(seats["community"], cands[0], "interpersonal", value=4)
    with pytest.raises(PermissionDenied):
        member.scoring.save_score(seats["mps_staff"], cands[0], "interpersonal", value=4)
    from sro_panel.errors import InputError

    with pytest.raises(InputError, match="already has score sheets"):
        services.panel.link_account(seats["community"], "")
    assert services.accounts.sign_in("pc", GOOD).panelist_ids == {seats["community"]}
    with pytest.raises(FieldError, match="already holds a seat"):
        services.panel.add_panelist(rnd.id, name="Jo Staff", role_type="mps_staff", account="pc")
    services.accounts.add_account("pc2", "Jo Staff", Role.PANELIST, GOOD)
    added = services.panel.add_panelist(
        rnd.id, name="Jo Staff", role_type="mps_staff", account="pc2"
    )
    assert added.account == "pc2"
    assert services.panel.link_account(added.id, "").account == ""  # no sheets yet: may change
