<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>BehindTheNumber</name>
        <message>
            <source>Search</source>
            <translation>Sök</translation>
        </message>
        <message>
            <source>Search municipality…</source>
            <translation>Sök kommun…</translation>
        </message>
        <message>
            <source>Double-click or press Enter to open.</source>
            <translation>Dubbelklicka eller tryck Enter för att öppna.</translation>
        </message>
        <message>
            <source>Behind the number</source>
            <translation>Bakom siffran</translation>
        </message>
        <message>
            <source>Programme municipalities that have had their first visit</source>
            <translation>Programkommuner som har haft sitt första besök</translation>
        </message>
        <message>
            <source>No first visit yet</source>
            <translation>Inget första besök ännu</translation>
        </message>
        <message>
            <source>Programme municipalities that have had the follow-up</source>
            <translation>Programkommuner som har haft uppföljningsbesöket</translation>
        </message>
        <message>
            <source>plan followed up</source>
            <translation>planen uppföljd</translation>
        </message>
        <message>
            <source>Programme municipalities that have sent their action plan</source>
            <translation>Programkommuner som har skickat in sin handlingsplan</translation>
        </message>
        <message>
            <source>Action plan received</source>
            <translation>Handlingsplan inkommen</translation>
        </message>
        <message>
            <source>Overdue actions (due date passed, not done)</source>
            <translation>Försenade åtgärder (slutdatum passerat, inte klara)</translation>
        </message>
        <message>
            <source>Programme municipalities with a time study</source>
            <translation>Programkommuner med tidsmätning</translation>
        </message>
        <message>
            <source>Time study</source>
            <translation>Tidsmätning</translation>
        </message>
        <message>
            <source>Visits in the next 30 days</source>
            <translation>Besök de kommande 30 dagarna</translation>
        </message>
        <message>
            <source>Municipalities with the area “{name}”</source>
            <translation>Kommuner med området ”{name}”</translation>
        </message>
        <message>
            <source>Visits in {month}</source>
            <translation>Besök {month}</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <source>Code</source>
            <translation>Kod</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Kommun</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Vad</translation>
        </message>
    </context>
</TS>
