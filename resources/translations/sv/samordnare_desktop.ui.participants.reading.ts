<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>ParticipantsReading</name>
        <message>
            <source>Reading the visits and their participants…</source>
            <translation>Läser in besöken och deltagarna…</translation>
        </message>
    </context>
</TS>
