<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>SearchKind</name>
        <message>
            <source>People</source>
            <translation>Personer</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>Organisationer</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Möten</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Iakttagelser</translation>
        </message>
        <message>
            <source>Action plans</source>
            <translation>Handlingsplaner</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Anteckningar</translation>
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
            <source>Contact</source>
            <translation>Kontaktperson</translation>
        </message>
        <message>
            <source>Follow-up of the action plan</source>
            <translation>Uppföljning av handlingsplanen</translation>
        </message>
    </context>
</TS>
