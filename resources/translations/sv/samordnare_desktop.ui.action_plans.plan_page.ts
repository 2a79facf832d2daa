<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>PlanPage</name>
        <message>
            <source>The municipality has no action plan yet. It is drawn up by the municipality after the first visit; create it here when you receive it.</source>
            <translation>Kommunen har ingen handlingsplan ännu. Kommunen tar fram den efter det första besöket; skapa den här när du har fått den.</translation>
        </message>
        <message>
            <source>Create action plan</source>
            <translation>Skapa handlingsplan</translation>
        </message>
        <message>
            <source>Name and role in the municipality</source>
            <translation>Namn och roll i kommunen</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Spara</translation>
        </message>
        <message>
            <source>New area</source>
            <translation>Nytt område</translation>
        </message>
        <message>
            <source>Add a development area (Shift+Insert)</source>
            <translation>Lägg till ett utvecklingsområde (Skift+Insert)</translation>
        </message>
        <message>
            <source>New action</source>
            <translation>Ny åtgärd</translation>
        </message>
        <message>
            <source>Add an action to the chosen area (Insert)</source>
            <translation>Lägg till en åtgärd i valt område (Insert)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <source>Delete the chosen row (Delete; Ctrl+Z undoes)</source>
            <translation>Ta bort vald rad (Delete; Ctrl+Z ångrar)</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Flytta upp</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Flytta ner</translation>
        </message>
        <message>
            <source>Development areas: {areas} · actions: {actions}</source>
            <translation>Utvecklingsområden: {areas} · åtgärder: {actions}</translation>
        </message>
        <message>
            <source>overdue: {late}</source>
            <translation>försenade: {late}</translation>
        </message>
        <message>
            <source>version {number}</source>
            <translation>version {number}</translation>
        </message>
        <message>
            <source>no saved version</source>
            <translation>ingen sparad version</translation>
        </message>
        <message>
            <source>Action plan created.</source>
            <translation>Handlingsplanen skapad.</translation>
        </message>
        <message>
            <source>Edit the plan of {name}</source>
            <translation>Ändra planen för {name}</translation>
        </message>
        <message>
            <source>Plan saved.</source>
            <translation>Planen sparad.</translation>
        </message>
        <message>
            <source>Delete the action plan of {name} with its {areas} development areas and {actions} actions? Its history, versions and follow-up go with it. You can undo this with Ctrl+Z.</source>
            <translation>Ta bort handlingsplanen för {name} med dess {areas} utvecklingsområden och {actions} åtgärder? Dess historik, versioner och uppföljning följer med. Du kan ångra med Ctrl+Z.</translation>
        </message>
        <message>
            <source>Delete plan</source>
            <translation>Ta bort plan</translation>
        </message>
        <message>
            <source>Delete the plan of {name}</source>
            <translation>Ta bort planen för {name}</translation>
        </message>
        <message>
            <source>Plan deleted. Ctrl+Z undoes.</source>
            <translation>Planen är borttagen. Ctrl+Z ångrar.</translation>
        </message>
        <message>
            <source>Save as new version</source>
            <translation>Spara som ny version</translation>
        </message>
        <message>
            <source>Note for the version (e.g. as agreed, as revised):</source>
            <translation>Anteckning för versionen (t.ex. som överenskommen, som reviderad):</translation>
        </message>
        <message>
            <source>Edit {name}</source>
            <translation>Ändra {name}</translation>
        </message>
    </context>
</TS>
