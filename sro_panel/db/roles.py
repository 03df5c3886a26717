"""PostgreSQL: the role the laptops connect as, which may only add to the audit trail.

The database's owner runs migrations and this grant; the app's role reads
and writes the records but can neither change nor remove an audit entry
(nor the schema): a person with the app's credentials and psql still cannot
rewrite history, and what they could do is caught by `audit verify`.
"""

from __future__ import annotations

import re

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from sro_panel.db.engine import Database
from sro_panel.errors import DatabaseError, InputError
from sro_panel.messages import t

ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
APPEND_ONLY = ("audit_entry",)
READ_ONLY = ("alembic_version",)


def check_app_role(db: Database, role: str) -> None:
    """Refuse a SQLite database or a role name that is not a plain identifier."""
    if db.url.get_backend_name() != "postgresql":
        raise InputError(t("an app role is for PostgreSQL; a SQLite file has no roles"))
    if not ROLE_NAME.match(role):
        raise InputError(
            t("{role!r}: a role name is lower-case letters, digits and '_'", role=role)
        )


def grant_app_role(db: Database, role: str) -> list[str]:
    """Give `role` what the app needs and no more; returns the statements run."""
    check_app_role(db, role)
    statements = [
        f'GRANT USAGE ON SCHEMA public TO "{role}"',
        f'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "{role}"',
        f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "{role}"',
    ]
    statements += [
        f'REVOKE UPDATE, DELETE, TRUNCATE ON "{table}" FROM "{role}"' for table in APPEND_ONLY
    ]
    statements += [
        f'REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "{table}" FROM "{role}"' for table in READ_ONLY
    ]
    try:
        with db.engine.begin() as c:
            exists = c.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role})
            if exists.first() is None:
                raise InputError(
                    t(
                        "there is no PostgreSQL role {role!r}; create it first (CREATE ROLE "
                        "{role} LOGIN PASSWORD '...')",
                        role=role,
                    )
                )
            for statement in statements:
                c.execute(text(statement))
    except DBAPIError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
        raise DatabaseError(
            t(
                "granting {role!r} failed ({reason}); run this as the database's owner",
                role=role,
                reason=reason,
            )
        ) from None
    return statements
