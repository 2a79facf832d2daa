<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>MinutesPage</name>
        <message>
            <source>Agenda items</source>
            <translation>Dagordningens punkter</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Spara</translation>
        </message>
        <message>
            <source>Save the item's minutes (Ctrl+S)</source>
            <translation>Spara punktens minnesanteckningar (Ctrl+S)</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Återställ</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Skriv ut…</translation>
        </message>
        <message>
            <source>Preview and print minutes…</source>
            <translation>Förhandsgranska och skriv ut minnesanteckningar…</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Anteckningar</translation>
        </message>
        <message>
            <source>&amp;Decisions</source>
            <translation>&amp;Beslut</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Åtgärder</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Iakttagelser</translation>
        </message>
        <message>
            <source>Choose a saved visit to write its minutes.</source>
            <translation>Välj ett sparat besök för att skriva dess minnesanteckningar.</translation>
        </message>
        <message>
            <source>The visit has no agenda yet: the minutes follow its items. Add them on the Agenda page.</source>
            <translation>Besöket har ingen dagordning än: minnesanteckningarna följer dess punkter. Lägg till dem på sidan Dagordning.</translation>
        </message>
        <message>
            <source>Add the finding '{finding}' to {item}?</source>
            <translation>Spara iakttagelsen ”{finding}” under {item}?</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Osparade ändringar</translation>
        </message>
        <message>
            <source>Save the minutes of {item}?</source>
            <translation>Spara minnesanteckningarna för {item}?</translation>
        </message>
        <message>
            <source>Minutes of {item}</source>
            <translation>Minnesanteckningar för {item}</translation>
        </message>
        <message>
            <source>Minutes saved.</source>
            <translation>Minnesanteckningarna är sparade.</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(utan rubrik)</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minnesanteckningar</translation>
        </message>
        <message>
            <source>Creating the minutes…</source>
            <translation>Skapar minnesanteckningarna…</translation>
        </message>
    </context>
</TS>
