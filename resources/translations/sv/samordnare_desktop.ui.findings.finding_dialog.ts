<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>FindingDialog</name>
        <message>
            <source>Finding</source>
            <translation>Iakttagelse</translation>
        </message>
        <message>
            <source>New finding</source>
            <translation>Ny iakttagelse</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Not tagged yet</source>
            <translation>Inte taggad än</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Nivå</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ingen</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Teman</translation>
        </message>
        <message>
            <source>Filter themes…</source>
            <translation>Filtrera teman…</translation>
        </message>
        <message>
            <source>New theme…</source>
            <translation>Nytt tema…</translation>
        </message>
        <message>
            <source>Focus groups</source>
            <translation>Fokusgrupper</translation>
        </message>
        <message>
            <source>Filter focus groups…</source>
            <translation>Filtrera fokusgrupper…</translation>
        </message>
        <message>
            <source>Organisations it concerns</source>
            <translation>Organisationer den gäller</translation>
        </message>
        <message>
            <source>Filter organisations…</source>
            <translation>Filtrera organisationer…</translation>
        </message>
        <message>
            <source>Edit finding</source>
            <translation>Ändra iakttagelse</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Möte</translation>
        </message>
        <message>
            <source>New theme</source>
            <translation>Nytt tema</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
    </context>
</TS>
