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
            <source>YYYY-MM-DD</source>
            <translation>ÅÅÅÅ-MM-DD</translation>
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
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Mottagen</translation>
        </message>
        <message>
            <source>Owner in the municipality</source>
            <translation>Ansvarig i kommunen</translation>
        </message>
        <message>
            <source>Save as new version…</source>
            <translation>Spara som ny version…</translation>
        </message>
        <message>
            <source>Keep the plan as it stands now (e.g. as agreed) in the version history.</source>
            <translation>Spara planen som den ser ut nu (t.ex. som överenskommen) i versionshistoriken.</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Exportera PDF…</translation>
        </message>
        <message>
            <source>Delete plan…</source>
            <translation>Ta bort plan…</translation>
        </message>
        <message>
            <source>Delete the whole action plan (asks first; Ctrl+Z undoes)</source>
            <translation>Ta bort hela handlingsplanen (frågar först; Ctrl+Z ångrar)</translation>
        </message>
        <message>
            <source>Print preview…</source>
            <translation>Förhandsgranska…</translation>
        </message>
        <message>
            <source>With checklist page</source>
            <translation>Med checklista</translation>
        </message>
        <message>
            <source>Add a last page listing what the plan lacks (owners, due dates, measures)</source>
            <translation>Lägg till en sista sida med det som saknas i planen (ansvariga, datum, mått)</translation>
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
            <source>Saved as version {number}.</source>
            <translation>Sparad som version {number}.</translation>
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
        <message>
            <source>New development area</source>
            <translation>Nytt utvecklingsområde</translation>
        </message>
        <message>
            <source>Add development area</source>
            <translation>Lägg till utvecklingsområde</translation>
        </message>
        <message>
            <source>Add action</source>
            <translation>Lägg till åtgärd</translation>
        </message>
        <message>
            <source>Delete the development area {name} with its {count} actions? You can undo this with Ctrl+Z.</source>
            <translation>Ta bort utvecklingsområdet {name} med dess {count} åtgärder? Du kan ångra med Ctrl+Z.</translation>
        </message>
        <message>
            <source>Delete the action {name}? You can undo this with Ctrl+Z.</source>
            <translation>Ta bort åtgärden {name}? Du kan ångra med Ctrl+Z.</translation>
        </message>
        <message>
            <source>Delete {name}</source>
            <translation>Ta bort {name}</translation>
        </message>
        <message>
            <source>Deleted. Ctrl+Z undoes.</source>
            <translation>Borttaget. Ctrl+Z ångrar.</translation>
        </message>
        <message>
            <source>Action plan {municipality}</source>
            <translation>Handlingsplan {municipality}</translation>
        </message>
        <message>
            <source>Action plan – {municipality}</source>
            <translation>Handlingsplan – {municipality}</translation>
        </message>
    </context>
</TS>
