<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>BalancePage</name>
        <message>
            <source>Form</source>
            <translation>Placeringsform</translation>
        </message>
        <message>
            <source>Placed</source>
            <translation>Placerade</translation>
        </message>
        <message>
            <source>Own</source>
            <translation>Egen regi</translation>
        </message>
        <message>
            <source>Bought</source>
            <translation>Köpta</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Väntar</translation>
        </message>
        <message>
            <source>Wrong form</source>
            <translation>Fel form</translation>
        </message>
        <message>
            <source>Far from home</source>
            <translation>Långt från hemmet</translation>
        </message>
        <message>
            <source>Reporting</source>
            <translation>Rapporterande</translation>
        </message>
        <message>
            <source>Places and needs per form</source>
            <translation>Platser och behov per placeringsform</translation>
        </message>
        <message>
            <source>No figures yet.</source>
            <translation>Inga siffror ännu.</translation>
        </message>
        <message>
            <source>{period}: children placed per form in the programme's municipalities, beside the needs not met (waiting, wrong form, far from home).</source>
            <translation>{period}: placerade barn per placeringsform i programmets kommuner, bredvid behoven som inte är mötta (väntar, fel form, långt från hemmet).</translation>
        </message>
        <message>
            <source>Needs not met</source>
            <translation>Behov som inte är mötta</translation>
        </message>
    </context>
</TS>
