<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>PersonDataDialog</name>
        <message>
            <source>Export personal data…</source>
            <translation>Exportera personuppgifter…</translation>
        </message>
        <message>
            <source>Erase person completely…</source>
            <translation>Radera person helt…</translation>
        </message>
    </context>
</TS>
