<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>AgendaItemForm</name>
        <message>
            <source>Item</source>
            <translation>Punkt</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Title (optional)</source>
            <translation>Titel (valfritt)</translation>
        </message>
        <message>
            <source>Organisation (optional)</source>
            <translation>Organisation (valfritt)</translation>
        </message>
        <message>
            <source>What happens, who takes part…</source>
            <translation>Vad händer, vilka deltar…</translation>
        </message>
        <message>
            <source>Start time</source>
            <translation>Starttid</translation>
        </message>
        <message>
            <source>Duration in minutes</source>
            <translation>Längd i minuter</translation>
        </message>
        <message>
            <source>Presenter's title</source>
            <translation>Föredragshållarens titel</translation>
        </message>
        <message>
            <source>Presenter's organisation</source>
            <translation>Föredragshållarens organisation</translation>
        </message>
        <message>
            <source>Save item</source>
            <translation>Spara punkt</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Återställ</translation>
        </message>
        <message>
            <source>New item</source>
            <translation>Ny punkt</translation>
        </message>
        <message>
            <source>Edit item</source>
            <translation>Redigera punkt</translation>
        </message>
        <message>
            <source>Add item</source>
            <translation>Lägg till punkt</translation>
        </message>
        <message>
            <source>ends after midnight</source>
            <translation>slutar efter midnatt</translation>
        </message>
        <message>
            <source>until {time}</source>
            <translation>till {time}</translation>
        </message>
    </context>
</TS>
