<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>AgendaItemKind</name>
        <message>
            <source>Session</source>
            <translation>Programpunkt</translation>
        </message>
        <message>
            <source>Break</source>
            <translation>Paus</translation>
        </message>
        <message>
            <source>Lunch</source>
            <translation>Lunch</translation>
        </message>
        <message>
            <source>Press meeting</source>
            <translation>Pressträff</translation>
        </message>
        <message>
            <source>Travel</source>
            <translation>Resa</translation>
        </message>
    </context>
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
    <context>
        <name>VisitKind</name>
        <message>
            <source>First visit</source>
            <translation>Första besök</translation>
        </message>
        <message>
            <source>Follow-up visit</source>
            <translation>Uppföljningsbesök</translation>
        </message>
        <message>
            <source>Dialogue meeting</source>
            <translation>Dialogmöte</translation>
        </message>
        <message>
            <source>Visit to an SiS home, region or agency</source>
            <translation>Besök hos SiS-hem, region eller myndighet</translation>
        </message>
        <message>
            <source>Conference or seminar</source>
            <translation>Konferens eller seminarium</translation>
        </message>
        <message>
            <source>Meeting at the ministry</source>
            <translation>Möte på departementet</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Annat</translation>
        </message>
    </context>
    <context>
        <name>VisitStatus</name>
        <message>
            <source>Planned</source>
            <translation>Planerat</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Bekräftat</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Genomfört</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Inställt</translation>
        </message>
    </context>
</TS>
