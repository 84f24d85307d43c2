"""Queries and writes over the ORM models, returning domain objects (never ORM rows)."""
