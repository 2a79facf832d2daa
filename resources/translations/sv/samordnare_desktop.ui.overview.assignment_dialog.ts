<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>AssignmentDialog</name>
        <message>
            <source>The assignment</source>
            <translation>Uppdraget</translation>
        </message>
        <message>
            <source>e.g. National coordinator for social child and youth care</source>
            <translation>t.ex. Nationell samordnare för den sociala barn- och ungdomsvården</translation>
        </message>
        <message>
            <source>e.g. Socialdepartementet</source>
            <translation>t.ex. Socialdepartementet</translation>
        </message>
        <message>
            <source>e.g. S2025/01234</source>
            <translation>t.ex. S2025/01234</translation>
        </message>
        <message>
            <source> months</source>
            <translation> månader</translation>
        </message>
        <message>
            <source> weeks after a first visit</source>
            <translation> veckor efter första besöket</translation>
        </message>
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
            <source>Reference number (diarienummer)</source>
            <translation>Diarienummer</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Första dag</translation>
        </message>
        <message>
            <source>Report to the ministry every</source>
            <translation>Rapport till departementet var</translation>
        </message>
        <message>
            <source>Final report</source>
            <translation>Slutrapport</translation>
        </message>
        <message>
            <source>Action plan expected within</source>
            <translation>Handlingsplan väntas inom</translation>
        </message>
        <message>
            <source>The reports fall due every chosen number of months from the first day; Översikt lists what falls due and the app says so at start.</source>
            <translation>Rapporterna ska lämnas med det valda antalet månaders mellanrum från första dagen. Översikt visar vad som förfaller, och programmet påminner om det vid start.</translation>
        </message>
        <message>
            <source>The assignment is saved.</source>
            <translation>Uppdraget är sparat.</translation>
        </message>
    </context>
</TS>
