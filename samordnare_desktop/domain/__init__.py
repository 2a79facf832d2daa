"""Domain model: SQLAlchemy tables, enums and validation. Knows nothing of Qt."""
