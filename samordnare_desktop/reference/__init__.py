"""Shipped reference data (municipalities, counties) and its loading into the database."""
