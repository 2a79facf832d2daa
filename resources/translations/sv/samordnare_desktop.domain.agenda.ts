<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>AgendaItemKind</name>
        <message>
            <source>Session</source>
            <translation>Programpunkt</translation>
        </message>
        <message>
            <source>Break</source>
            <translation>Paus</translation>
        </message>
        <message>
            <source>Lunch</source>
            <translation>Lunch</translation>
        </message>
        <message>
            <source>Press meeting</source>
            <translation>Pressträff</translation>
        </message>
        <message>
            <source>Travel</source>
            <translation>Resa</translation>
        </message>
    </context>
</TS>
