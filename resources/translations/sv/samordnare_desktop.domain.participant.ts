<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>ParticipantCategory</name>
        <message>
            <source>Politician</source>
            <translation>Politiker</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Chef</translation>
        </message>
        <message>
            <source>Social worker / staff</source>
            <translation>Socialsekreterare / personal</translation>
        </message>
        <message>
            <source>School and student health</source>
            <translation>Skola och elevhälsa</translation>
        </message>
        <message>
            <source>Health care / BUP / region</source>
            <translation>Hälso- och sjukvård / BUP / region</translation>
        </message>
        <message>
            <source>Other authority</source>
            <translation>Annan myndighet</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Child / young person</source>
            <translation>Barn / ungdom</translation>
        </message>
        <message>
            <source>Parent / guardian</source>
            <translation>Förälder / vårdnadshavare</translation>
        </message>
        <message>
            <source>Travelling with the coordinator</source>
            <translation>Reser med samordnaren</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Övrigt</translation>
        </message>
        <message>
            <source>Politicians</source>
            <translation>Politiker</translation>
        </message>
        <message>
            <source>Managers</source>
            <translation>Chefer</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Personal</translation>
        </message>
        <message>
            <source>School</source>
            <translation>Skola</translation>
        </message>
        <message>
            <source>Health care</source>
            <translation>Vård</translation>
        </message>
        <message>
            <source>Authorities</source>
            <translation>Myndigheter</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>Organisationer</translation>
        </message>
        <message>
            <source>Young people</source>
            <translation>Unga</translation>
        </message>
        <message>
            <source>Parents</source>
            <translation>Föräldrar</translation>
        </message>
        <message>
            <source>With the coordinator</source>
            <translation>Med samordnaren</translation>
        </message>
        <message>
            <source>Others</source>
            <translation>Övriga</translation>
        </message>
    </context>
    <context>
        <name>participants</name>
        <message>
            <source>Young person {number}</source>
            <translation>Ungdom {number}</translation>
        </message>
    </context>
</TS>
