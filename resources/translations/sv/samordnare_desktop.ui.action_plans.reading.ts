<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>PlansReading</name>
        <message>
            <source>Reading the action plans…</source>
            <translation>Läser in handlingsplanerna…</translation>
        </message>
    </context>
</TS>
