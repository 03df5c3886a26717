"""Storage: SQLAlchemy models, the engine and its settings, Alembic migrations."""
