<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>VisitFilters</name>
        <message>
            <source>Search visits</source>
            <translation>Sök besök</translation>
        </message>
        <message>
            <source>Search municipality, venue, date…</source>
            <translation>Sök kommun, plats, datum…</translation>
        </message>
        <message>
            <source>All municipalities</source>
            <translation>Alla kommuner</translation>
        </message>
        <message>
            <source>All organisations</source>
            <translation>Alla organisationer</translation>
        </message>
        <message>
            <source>{name} (deleted)</source>
            <translation>{name} (borttagen)</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Alla typer</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Alla statusar</translation>
        </message>
        <message>
            <source>Upcoming</source>
            <translation>Kommande</translation>
        </message>
        <message>
            <source>Only visits from today on that are not cancelled</source>
            <translation>Bara besök från i dag och framåt som inte är inställda</translation>
        </message>
        <message>
            <source>Visits from</source>
            <translation>Besök från och med</translation>
        </message>
        <message>
            <source>Visits up to</source>
            <translation>Besök till och med</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Rensa filter</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Från</translation>
        </message>
        <message>
            <source>to</source>
            <translation>till</translation>
        </message>
        <message>
            <source>Showing {shown} of {total} visits</source>
            <translation>Visar {shown} av {total} besök</translation>
        </message>
        <message>
            <source>Showing {shown} of {total} visits · {warned} with warnings</source>
            <translation>Visar {shown} av {total} besök · {warned} med varningar</translation>
        </message>
    </context>
</TS>
