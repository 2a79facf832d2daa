<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>MunicipalityTableModel</name>
        <message>
            <source>Code</source>
            <translation>Kod</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Kommun</translation>
        </message>
        <message>
            <source>County</source>
            <translation>Län</translation>
        </message>
        <message>
            <source>In programme</source>
            <translation>I programmet</translation>
        </message>
        <message>
            <source>Programme stage</source>
            <translation>Programsteg</translation>
        </message>
        <message>
            <source>Population</source>
            <translation>Folkmängd</translation>
        </message>
        <message>
            <source>Population {year} (SCB)</source>
            <translation>Folkmängd {year} (SCB)</translation>
        </message>
        <message>
            <source>Not imported (Översikt → Import municipality facts)</source>
            <translation>Inte importerad (Översikt → Importera kommunfakta)</translation>
        </message>
        <message>
            <source>Municipality group</source>
            <translation>Kommungrupp</translation>
        </message>
    </context>
</TS>
