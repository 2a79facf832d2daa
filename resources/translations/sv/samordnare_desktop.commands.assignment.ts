<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>cli</name>
        <message>
            <source>Assignment</source>
            <translation>Uppdraget</translation>
        </message>
        <message>
            <source>Coordinator</source>
            <translation>Samordnare</translation>
        </message>
        <message>
            <source>Ministry</source>
            <translation>Departement</translation>
        </message>
        <message>
            <source>Reference number</source>
            <translation>Diarienummer</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Final report</source>
            <translation>Slutrapport</translation>
        </message>
        <message>
            <source>Reports due</source>
            <translation>Rapporter ska lämnas</translation>
        </message>
        <message>
            <source>Action plan expected after</source>
            <translation>Handlingsplan väntas efter</translation>
        </message>
        <message>
            <source>Months between reports</source>
            <translation>Månader mellan rapporterna</translation>
        </message>
        <message>
            <source>No assignment set yet (assignment set --name ... --start ... --final ...).</source>
            <translation>Inget uppdrag angivet ännu (assignment set --name ... --start ... --final ...).</translation>
        </message>
        <message>
            <source>A new assignment needs --name, --start and --final at least.</source>
            <translation>Ett nytt uppdrag behöver minst --name, --start och --final.</translation>
        </message>
        <message>
            <source>Assignment saved.</source>
            <translation>Uppdraget sparat.</translation>
        </message>
        <message>
            <source>--days: a number of days, 0 or more.</source>
            <translation>--days: ett antal dagar, 0 eller fler.</translation>
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
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Vad</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Kommun</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kod</translation>
        </message>
        <message>
            <source>Nothing falls due.</source>
            <translation>Inget förfaller.</translation>
        </message>
    </context>
</TS>
