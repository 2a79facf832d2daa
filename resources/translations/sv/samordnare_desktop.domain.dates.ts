<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>dates</name>
        <message>
            <source>“{text}” is not a date. Type it as 2026-03-04 or 20260304.</source>
            <translation>”{text}” är inte ett datum. Skriv det som 2026-03-04 eller 20260304.</translation>
        </message>
    </context>
</TS>
