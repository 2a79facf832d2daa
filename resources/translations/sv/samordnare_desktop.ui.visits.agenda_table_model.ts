<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>AgendaTableModel</name>
        <message>
            <source>Time</source>
            <translation>Tid</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Rubrik</translation>
        </message>
        <message>
            <source>Presenter</source>
            <translation>Ansvarig</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
    </context>
</TS>
