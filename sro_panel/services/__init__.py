"""Use cases over the database: permissions, audit, one transaction each; return dataclasses."""
