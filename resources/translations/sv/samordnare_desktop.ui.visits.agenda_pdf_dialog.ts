<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>AgendaPdfDialog</name>
        <message>
            <source>Agenda PDF</source>
            <translation>Dagordning som PDF</translation>
        </message>
        <message>
            <source>Include descriptions</source>
            <translation>Ta med beskrivningar</translation>
        </message>
        <message>
            <source>Presenters with title and organisation</source>
            <translation>Ansvariga med titel och organisation</translation>
        </message>
        <message>
            <source>Compact: one page in large type, for the wall</source>
            <translation>Kompakt: en sida med stor text, för väggen</translation>
        </message>
        <message>
            <source>The compact version leaves out descriptions. An agenda too long for one page in readable type takes more pages.</source>
            <translation>Den kompakta versionen utelämnar beskrivningar. En dagordning som inte får plats på en sida med läsbar textstorlek tar fler sidor.</translation>
        </message>
    </context>
</TS>
