<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>Tabs</name>
        <message>
            <source>Visits</source>
            <translation>Besök</translation>
        </message>
    </context>
    <context>
        <name>VisitsTab</name>
        <message>
            <source>Agenda</source>
            <translation>Dagordning</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minnesanteckningar</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Deltagare</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Handlingsplan</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Iakttagelser</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Besök</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Besök</translation>
        </message>
        <message>
            <source>Visit saved.</source>
            <translation>Besöket är sparat.</translation>
        </message>
        <message>
            <source>Export calendar</source>
            <translation>Exportera kalender</translation>
        </message>
        <message>
            <source>visits.ics</source>
            <translation>besok.ics</translation>
        </message>
        <message>
            <source>iCalendar files (*.ics)</source>
            <translation>iCalendar-filer (*.ics)</translation>
        </message>
    </context>
</TS>
