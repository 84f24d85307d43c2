"""Storage: SQLAlchemy models, engine factory, unit of work, repositories, migrations, backups.

The only package that imports SQLAlchemy and Alembic (checked by import-linter).
"""
