<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>DueBand</name>
        <message>
            <source>Show in Overview</source>
            <translation>Visa i Översikt</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Dölj</translation>
        </message>
    </context>
</TS>
