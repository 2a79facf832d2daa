<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>CompletenessPanel</name>
        <message>
            <source>Checklist</source>
            <translation>Checklista</translation>
        </message>
    </context>
    <context>
        <name>completeness</name>
        <message>
            <source>Creating {document}…</source>
            <translation>Skapar {document}…</translation>
        </message>
    </context>
</TS>
