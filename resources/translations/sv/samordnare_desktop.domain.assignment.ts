<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>assignment</name>
        <message>
            <source>Give the assignment's first day.</source>
            <translation>Ange uppdragets första dag.</translation>
        </message>
        <message>
            <source>Give the final report's date.</source>
            <translation>Ange datum för slutrapporten.</translation>
        </message>
        <message>
            <source>The final report's date must come after the first day.</source>
            <translation>Slutrapportens datum måste komma efter första dagen.</translation>
        </message>
        <message>
            <source>Report every 1 to 12 months.</source>
            <translation>Rapportera med 1–12 månaders mellanrum.</translation>
        </message>
        <message>
            <source>An action plan is expected 1 to {max} weeks after a first visit.</source>
            <translation>En handlingsplan väntas 1–{max} veckor efter ett första besök.</translation>
        </message>
    </context>
</TS>
