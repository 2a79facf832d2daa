<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>RespondentRole</name>
        <message>
            <source>Investigating social worker</source>
            <translation>Utredande socialsekreterare</translation>
        </message>
        <message>
            <source>Other social worker</source>
            <translation>Övrig socialsekreterare</translation>
        </message>
        <message>
            <source>Unit manager</source>
            <translation>Enhetschef</translation>
        </message>
        <message>
            <source>Investigators</source>
            <translation>Utredande socialsekreterare</translation>
        </message>
        <message>
            <source>Other social workers</source>
            <translation>Övriga socialsekreterare</translation>
        </message>
        <message>
            <source>Unit managers</source>
            <translation>Enhetschefer</translation>
        </message>
    </context>
</TS>
