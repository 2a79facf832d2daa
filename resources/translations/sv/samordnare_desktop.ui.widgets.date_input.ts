<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>DateInput</name>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>ÅÅÅÅ-MM-DD</translation>
        </message>
        <message>
            <source>Choose from a calendar</source>
            <translation>Välj i en kalender</translation>
        </message>
        <message>
            <source>Choose from a calendar (Alt+Down)</source>
            <translation>Välj i en kalender (Alt+Nedåtpil)</translation>
        </message>
        <message>
            <source>A date as 2026-03-04 or 20260304. Up/Down: one day; Alt+Down: calendar.</source>
            <translation>Ett datum som 2026-03-04 eller 20260304. Upp/Ned: en dag; Alt+Nedåtpil: kalender.</translation>
        </message>
        <message>
            <source>Type a date, e.g. 2026-03-04.</source>
            <translation>Skriv ett datum, t.ex. 2026-03-04.</translation>
        </message>
    </context>
    <context>
        <name>_CalendarPopup</name>
        <message>
            <source>Calendar</source>
            <translation>Kalender</translation>
        </message>
    </context>
</TS>
