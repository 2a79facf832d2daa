<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>DuePanel</name>
        <message>
            <source>Falls due</source>
            <translation>Förfaller</translation>
        </message>
        <message>
            <source>Double-click or Enter opens the plan, visit or report.</source>
            <translation>Dubbelklicka eller tryck Enter för att öppna planen, besöket eller rapporten.</translation>
        </message>
        <message>
            <source>The assignment…</source>
            <translation>Uppdraget…</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>When</source>
            <translation>När</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Kommun</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Vad</translation>
        </message>
        <message>
            <source>Reading what falls due…</source>
            <translation>Läser in vad som förfaller…</translation>
        </message>
        <message>
            <source>No assignment set: set its first day, reporting rhythm and final report to see the reports here.</source>
            <translation>Inget uppdrag angivet: ange första dag, rapporteringsintervall och slutrapport så visas rapporterna här.</translation>
        </message>
        <message>
            <source>{name} · {ministry} {reference} · {start} – {final}</source>
            <translation>{name} · {ministry} {reference} · {start} – {final}</translation>
        </message>
        <message>
            <source>{what}: {day} ({when})</source>
            <translation>{what}: {day} ({when})</translation>
        </message>
    </context>
</TS>
