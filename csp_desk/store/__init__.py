"""The local store: SQLAlchemy models, the SQLite engine, migrations, backups and queries."""
