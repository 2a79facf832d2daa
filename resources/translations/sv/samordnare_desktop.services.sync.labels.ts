<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>sync</name>
        <message>
            <source>Visit</source>
            <translation>Besök</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Deltagare</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontaktperson</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Kommun</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Iakttagelse</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Handlingsplan</translation>
        </message>
        <message>
            <source>Development area</source>
            <translation>Utvecklingsområde</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Åtgärd</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Uppföljning</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>Dagordningspunkt</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minnesanteckningar</translation>
        </message>
        <message>
            <source>Care places figures</source>
            <translation>Vårdplatsuppgifter</translation>
        </message>
        <message>
            <source>Assignment</source>
            <translation>Uppdrag</translation>
        </message>
        <message>
            <source>Report text</source>
            <translation>Rapporttext</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Anteckningar</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Beslut</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Placement form</source>
            <translation>Placeringsform</translation>
        </message>
        <message>
            <source>could not be saved on the other side</source>
            <translation>kunde inte sparas på andra sidan</translation>
        </message>
    </context>
</TS>
