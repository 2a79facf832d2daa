"""Arkiv → Teamserver… (issue #20)."""
