<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>VisitsReading</name>
        <message>
            <source>Reading the visits…</source>
            <translation>Läser in besöken…</translation>
        </message>
    </context>
</TS>
