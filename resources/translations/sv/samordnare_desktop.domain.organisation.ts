<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>OrganisationKind</name>
        <message>
            <source>Municipality</source>
            <translation>Kommun</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>State agency</source>
            <translation>Statlig myndighet</translation>
        </message>
        <message>
            <source>SiS youth home</source>
            <translation>SiS särskilda ungdomshem</translation>
        </message>
        <message>
            <source>Interest or industry organisation</source>
            <translation>Intresse- eller branschorganisation</translation>
        </message>
        <message>
            <source>University or research</source>
            <translation>Lärosäte eller forskning</translation>
        </message>
        <message>
            <source>Trade union</source>
            <translation>Fackförbund</translation>
        </message>
        <message>
            <source>Government Offices / ministry</source>
            <translation>Regeringskansliet / departement</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Övrig</translation>
        </message>
    </context>
</TS>
