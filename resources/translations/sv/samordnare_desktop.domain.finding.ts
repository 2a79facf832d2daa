<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>FindingKind</name>
        <message>
            <source>Challenge</source>
            <translation>Utmaning</translation>
        </message>
        <message>
            <source>Good example</source>
            <translation>Gott exempel</translation>
        </message>
        <message>
            <source>Proposal</source>
            <translation>Förslag</translation>
        </message>
        <message>
            <source>Question to a national actor</source>
            <translation>Fråga till nationell aktör</translation>
        </message>
    </context>
    <context>
        <name>FindingLevel</name>
        <message>
            <source>Municipal</source>
            <translation>Kommunal</translation>
        </message>
        <message>
            <source>Regional</source>
            <translation>Regional</translation>
        </message>
        <message>
            <source>National</source>
            <translation>Nationell</translation>
        </message>
    </context>
    <context>
        <name>findings</name>
        <message>
            <source>Write the finding before saving it.</source>
            <translation>Skriv iakttagelsen innan du sparar den.</translation>
        </message>
        <message>
            <source>Unknown kind of finding.</source>
            <translation>Okänd typ av iakttagelse.</translation>
        </message>
        <message>
            <source>Unknown level.</source>
            <translation>Okänd nivå.</translation>
        </message>
    </context>
</TS>
