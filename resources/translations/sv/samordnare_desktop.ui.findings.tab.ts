<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>FindingsTab</name>
        <message>
            <source>Search findings</source>
            <translation>Sök iakttagelser</translation>
        </message>
        <message>
            <source>Search findings…</source>
            <translation>Sök iakttagelser…</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Not tagged yet</source>
            <translation>Inte taggade än</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Nivå</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Focus group</source>
            <translation>Fokusgrupp</translation>
        </message>
        <message>
            <source>New finding…</source>
            <translation>Ny iakttagelse…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Redigera…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <source>Themes…</source>
            <translation>Teman…</translation>
        </message>
        <message>
            <source>Rename or delete your own themes</source>
            <translation>Byt namn på eller ta bort dina egna teman</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Iakttagelser</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alla</translation>
        </message>
        <message>
            <source>The newest {shown} of more than {total} findings; type to narrow.</source>
            <translation>De {shown} senaste av fler än {total} iakttagelser; skriv mer för att smalna av.</translation>
        </message>
        <message>
            <source>The newest {shown} of {total} findings; type to narrow.</source>
            <translation>De {shown} senaste av {total} iakttagelser; skriv mer för att smalna av.</translation>
        </message>
        <message>
            <source>{total} findings</source>
            <translation>{total} iakttagelser</translation>
        </message>
        <message>
            <source>Delete finding</source>
            <translation>Ta bort iakttagelse</translation>
        </message>
        <message>
            <source>Delete the finding “{text}”? You can undo this with Ctrl+Z.</source>
            <translation>Ta bort iakttagelsen ”{text}”? Du kan ångra med Ctrl+Z.</translation>
        </message>
    </context>
</TS>
