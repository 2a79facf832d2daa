"""The 290 municipalities and 21 counties with their official SCB codes (``resources/kommuner.csv``),
and their organisations: one per municipality, one per region (``resources/regioner.csv``; Gotland
has no region, its municipality carries the region's tasks).

Every start asks :func:`reference_complete` first (plain SQL, no mapped class): only a database
that lacks some of them has them added by :func:`load_missing`, in a unit of work. Lacking is
also a county deleted from outside the app (its municipalities would point to nothing, and
``check`` call the file damaged) and a municipality's or region's organisation soft-deleted
there (the app never deletes one: ``OrganisationService.delete`` refuses); both come back at
the next start, under their own ids."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from samordnare_desktop.domain.kinds import OrganisationKind
from samordnare_desktop.paths import resource

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

KOMMUNER_CSV = resource("kommuner.csv")
REGIONER_CSV = resource("regioner.csv")
GOTLAND_COUNTY = "09"


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


def read_regions(path: Path = REGIONER_CSV) -> dict[str, str]:
    """County code -> the region's name ("12" -> "Region Skåne")."""
    with path.open(encoding="utf-8", newline="") as handle:
        return {r["county_code"]: r["name"] for r in csv.DictReader(handle)}


def _data_rows(path: Path) -> tuple[int, int]:
    """How many records ``path`` holds, as ``csv.DictReader`` reads them (blank lines skipped,
    the first row is the header), and in how many counties, without making them."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.reader(handle) if row]
    if not rows:
        return 0, 0
    county = rows[0].index("county_code")
    return len(rows) - 1, len({row[county] for row in rows[1:]})


_KINDS = (OrganisationKind.MUNICIPALITY.value, OrganisationKind.REGION.value)  # stored by value


def reference_complete(conn: Any, path: Path = KOMMUNER_CSV) -> bool:
    """Whether the database already holds every county, every municipality and every
    municipality's and region's organisation live (the counts :func:`load_missing` compares),
    read on ``conn`` (a SQLAlchemy connection) with plain SQL: the start's question, without a
    unit of work, the mapped classes or a record made of each row."""
    municipalities, counties, organisations = conn.exec_driver_sql(
        "SELECT (SELECT count(*) FROM municipality), (SELECT count(*) FROM county),"
        " (SELECT count(*) FROM organisation WHERE kind IN (?, ?) AND deleted_at IS NULL)",
        _KINDS,
    ).one()
    expected, expected_counties = _data_rows(path)
    return (
        municipalities == expected
        and counties == expected_counties
        and organisations == expected + len(read_regions())
    )


def load_missing(session: Session, path: Path = KOMMUNER_CSV) -> int:
    """Insert the counties, municipalities and their organisations the database lacks, and
    undelete a municipality's or region's organisation soft-deleted outside the app; returns
    how many municipalities were added.

    Existing rows are left alone (the coordinator's data on them is user data).
    """
    from sqlalchemy import func, select

    from samordnare_desktop.domain.municipality import (
        County,
        Municipality,
        county_uuid,
        municipality_uuid,
    )
    from samordnare_desktop.domain.organisation import Organisation

    records = read_records(path)
    regions = read_regions()
    expected = len(records) + len(regions)
    if (
        session.scalar(select(func.count()).select_from(Municipality)) == len(records)
        and session.scalar(select(func.count()).select_from(County))
        == len({r.county_code for r in records})
        and session.scalar(
            select(func.count())
            .select_from(Organisation)
            .where(
                Organisation.kind.in_((OrganisationKind.MUNICIPALITY, OrganisationKind.REGION)),
                Organisation.deleted_at.is_(None),
            )
        )
        == expected
    ):
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
    session.flush()
    _load_organisations(session, records, regions)
    return added


def _load_organisations(
    session: Session, records: list[MunicipalityRecord], regions: dict[str, str]
) -> None:
    from sqlalchemy import select

    from samordnare_desktop.domain.municipality import county_uuid, municipality_uuid
    from samordnare_desktop.domain.organisation import (
        Organisation,
        municipality_organisation_uuid,
        region_organisation_uuid,
    )

    present = dict(session.execute(select(Organisation.id, Organisation.deleted_at)).all())
    deleted = {org_id for org_id, deleted_at in present.items() if deleted_at is not None}
    for record in records:
        org_id = municipality_organisation_uuid(record.code)
        if org_id in deleted:
            _undelete(session, org_id)
        elif org_id not in present:
            session.add(
                Organisation(
                    id=org_id,
                    kind=OrganisationKind.MUNICIPALITY,
                    name=record.name,
                    municipality_id=municipality_uuid(record.code),
                    county_id=county_uuid(record.county_code),
                    region_tasks=record.county_code == GOTLAND_COUNTY,
                )
            )
    for county_code, name in regions.items():
        org_id = region_organisation_uuid(county_code)
        if org_id in deleted:
            _undelete(session, org_id)
        elif org_id not in present:
            session.add(
                Organisation(
                    id=org_id,
                    kind=OrganisationKind.REGION,
                    name=name,
                    county_id=county_uuid(county_code),
                )
            )


def _undelete(session: Session, org_id: Any) -> None:
    """A municipality's or region's organisation soft-deleted outside the app, live again (its
    notes and contacts as they were; the app itself refuses to delete one)."""
    from samordnare_desktop.domain.organisation import Organisation

    org = session.get(Organisation, org_id)
    if org is not None and org.kind in (OrganisationKind.MUNICIPALITY, OrganisationKind.REGION):
        org.deleted_at = None
