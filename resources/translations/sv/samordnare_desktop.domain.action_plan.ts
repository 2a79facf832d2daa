<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>ActionPlan</name>
        <message>
            <source>The child's perspective and the influence of children and guardians</source>
            <translation>Barnets perspektiv och barns och vårdnadshavares inflytande</translation>
        </message>
        <message>
            <source>Introduction of new social workers</source>
            <translation>Introduktion av nya socialsekreterare</translation>
        </message>
        <message>
            <source>Competence and staff stability</source>
            <translation>Kompetens och personalstabilitet</translation>
        </message>
        <message>
            <source>Cooperation with health care and school</source>
            <translation>Samverkan med hälso- och sjukvård och skola</translation>
        </message>
        <message>
            <source>Documentation and administration (more time for the children)</source>
            <translation>Dokumentation och administration (mer tid för barnen)</translation>
        </message>
        <message>
            <source>Placements in foster homes and residential care (HVB)</source>
            <translation>Placeringar i familjehem och HVB</translation>
        </message>
    </context>
    <context>
        <name>ActionStatus</name>
        <message>
            <source>Not started</source>
            <translation>Ej påbörjad</translation>
        </message>
        <message>
            <source>Ongoing</source>
            <translation>Pågår</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Klar</translation>
        </message>
        <message>
            <source>Postponed</source>
            <translation>Uppskjuten</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Struken</translation>
        </message>
    </context>
    <context>
        <name>Assessment</name>
        <message>
            <source>Clearly improved</source>
            <translation>Tydligt förbättrat</translation>
        </message>
        <message>
            <source>Somewhat improved</source>
            <translation>Något förbättrat</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Oförändrat</translation>
        </message>
        <message>
            <source>Worse</source>
            <translation>Försämrat</translation>
        </message>
    </context>
    <context>
        <name>PlanStatus</name>
        <message>
            <source>Draft</source>
            <translation>Utkast</translation>
        </message>
        <message>
            <source>Agreed</source>
            <translation>Överenskommen</translation>
        </message>
        <message>
            <source>Followed up</source>
            <translation>Uppföljd</translation>
        </message>
    </context>
</TS>
