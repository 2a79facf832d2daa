"""The 290 municipalities and 21 counties with their official SCB codes (``resources/kommuner.csv``)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from samordnare_desktop.domain.municipality import (
    County,
    Municipality,
    county_uuid,
    municipality_uuid,
)
from samordnare_desktop.paths import resource

KOMMUNER_CSV = resource("kommuner.csv")


@dataclass(frozen=True)
class MunicipalityRecord:
    code: str
    name: str
    county_code: str
    county_name: str


def read_records(path: Path = KOMMUNER_CSV) -> list[MunicipalityRecord]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            MunicipalityRecord(r["code"], r["name"], r["county_code"], r["county_name"])
            for r in csv.DictReader(handle)
        ]


def load_missing(session: Session, path: Path = KOMMUNER_CSV) -> int:
    """Insert the counties and municipalities the database lacks; returns how many were added.

    Existing rows are left alone (the coordinator's data on them is user data).
    """
    records = read_records(path)
    if session.scalar(select(func.count()).select_from(Municipality)) == len(records):
        return 0
    counties = {c.code: c for c in session.scalars(select(County))}
    existing = set(session.scalars(select(Municipality.code)))
    added = 0
    for record in records:
        county = counties.get(record.county_code)
        if county is None:
            county = County(
                id=county_uuid(record.county_code), code=record.county_code, name=record.county_name
            )
            session.add(county)
            counties[record.county_code] = county
        if record.code not in existing:
            session.add(
                Municipality(
                    id=municipality_uuid(record.code),
                    code=record.code,
                    name=record.name,
                    county=county,
                )
            )
            added += 1
    return added
