<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>SearchDialog</name>
        <message>
            <source>Search everything</source>
            <translation>Sök i allt</translation>
        </message>
        <message>
            <source>People, organisations, meetings, findings, plans, notes…</source>
            <translation>Personer, organisationer, möten, iakttagelser, planer, anteckningar…</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Sökträffar</translation>
        </message>
        <message>
            <source>Type to search the whole programme.</source>
            <translation>Skriv för att söka i hela programmet.</translation>
        </message>
        <message>
            <source>{kind} ({count})</source>
            <translation>{kind} ({count})</translation>
        </message>
        <message>
            <source>Nothing found for “{text}”.</source>
            <translation>Inget hittades för ”{text}”.</translation>
        </message>
        <message>
            <source>Up and Down choose, Enter opens, Esc closes.</source>
            <translation>Upp och Ned väljer, Enter öppnar, Esc stänger.</translation>
        </message>
        <message>
            <source>(Still reading meetings, plans and notes…)</source>
            <translation>(Läser fortfarande in möten, planer och anteckningar…)</translation>
        </message>
    </context>
</TS>
