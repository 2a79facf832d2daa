<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>MunicipalityList</name>
        <message>
            <source>Search municipalities</source>
            <translation>Sök kommun</translation>
        </message>
        <message>
            <source>Search municipality or code…</source>
            <translation>Sök kommun eller kommunkod…</translation>
        </message>
        <message>
            <source>All counties</source>
            <translation>Alla län</translation>
        </message>
        <message>
            <source>Only in programme</source>
            <translation>Endast i programmet</translation>
        </message>
        <message>
            <source>Reading the municipalities…</source>
            <translation>Läser in kommunerna…</translation>
        </message>
        <message>
            <source>Municipalities</source>
            <translation>Kommuner</translation>
        </message>
        <message>
            <source>Showing {shown} of {total} municipalities · {programme} in the programme</source>
            <translation>Visar {shown} av {total} kommuner · {programme} i programmet</translation>
        </message>
    </context>
</TS>
