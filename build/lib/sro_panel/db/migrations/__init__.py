"""Alembic migrations, numbered; run at startup by sro_panel.db.migrate."""
