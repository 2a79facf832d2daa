<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>FindingTableModel</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Nivå</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Iakttagelse</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Teman</translation>
        </message>
        <message>
            <source>Focus groups</source>
            <translation>Fokusgrupper</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>Organisationer</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Möte</translation>
        </message>
    </context>
</TS>
