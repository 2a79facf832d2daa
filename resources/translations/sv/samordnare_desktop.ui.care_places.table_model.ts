<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>CareReportTableModel</name>
        <message>
            <source>Municipality, region or SiS home</source>
            <translation>Kommun, region eller SiS-hem</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Placed</source>
            <translation>Placerade</translation>
        </message>
        <message>
            <source>Bought</source>
            <translation>Köpta</translation>
        </message>
        <message>
            <source>Needs not met</source>
            <translation>Ej mötta behov</translation>
        </message>
        <message>
            <source>Breakdowns</source>
            <translation>Sammanbrott</translation>
        </message>
        <message>
            <source>Focus groups</source>
            <translation>Fokusgrupper</translation>
        </message>
    </context>
</TS>
