"""Alembic environment and revisions; the app runs them in code at start-up."""
