"""Alembic migrations of the defcoop schema (script location ``defcoop:migrations``)."""
