<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>ActionPlansTab</name>
        <message>
            <source>Plan per municipality</source>
            <translation>Plan per kommun</translation>
        </message>
        <message>
            <source>Overview of all municipalities</source>
            <translation>Översikt alla kommuner</translation>
        </message>
        <message>
            <source>Search municipalities</source>
            <translation>Sök kommun</translation>
        </message>
        <message>
            <source>Search municipality…</source>
            <translation>Sök kommun…</translation>
        </message>
        <message>
            <source>Municipalities and their plans</source>
            <translation>Kommuner och deras handlingsplaner</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Uppföljning</translation>
        </message>
        <message>
            <source>History and versions</source>
            <translation>Historik och versioner</translation>
        </message>
        <message>
            <source>Choose a municipality in the list.</source>
            <translation>Välj en kommun i listan.</translation>
        </message>
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
            <source>Start the follow-up</source>
            <translation>Påbörja uppföljningen</translation>
        </message>
        <message>
            <source>Start follow-up</source>
            <translation>Påbörja uppföljning</translation>
        </message>
        <message>
            <source>Keeps the plan as agreed for comparison and takes each action's status as now.</source>
            <translation>Sparar planen som överenskommen för jämförelse och utgår från varje åtgärds status nu.</translation>
        </message>
        <message>
            <source>Follow-up visit</source>
            <translation>Uppföljningsbesök</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Export follow-up PDF…</source>
            <translation>Exportera uppföljning som PDF…</translation>
        </message>
        <message>
            <source>Delete follow-up</source>
            <translation>Ta bort uppföljning</translation>
        </message>
        <message>
            <source>Delete this follow-up, e.g. one started by mistake (Ctrl+Z undoes)</source>
            <translation>Ta bort uppföljningen, t.ex. en som påbörjats av misstag (Ctrl+Z ångrar)</translation>
        </message>
        <message>
            <source>Overall summary of the follow-up for the municipality…</source>
            <translation>Sammanfattning av uppföljningen för kommunen…</translation>
        </message>
        <message>
            <source>Save summary</source>
            <translation>Spara sammanfattning</translation>
        </message>
        <message>
            <source>Overall summary</source>
            <translation>Sammanfattning</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Osparade ändringar</translation>
        </message>
        <message>
            <source>Export version as PDF…</source>
            <translation>Exportera versionen som PDF…</translation>
        </message>
        <message>
            <source>The plan as it stood when the chosen version was saved (double-click)</source>
            <translation>Planen som den såg ut när vald version sparades (dubbelklicka)</translation>
        </message>
        <message>
            <source>Saved versions</source>
            <translation>Sparade versioner</translation>
        </message>
        <message>
            <source>Every change (who, when, what)</source>
            <translation>Alla ändringar (vem, när, vad)</translation>
        </message>
        <message>
            <source>Search area or action, e.g. samverkan…</source>
            <translation>Sök område eller åtgärd, t.ex. samverkan…</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Alla statusar</translation>
        </message>
        <message>
            <source>All overdue actions</source>
            <translation>Alla försenade åtgärder</translation>
        </message>
        <message>
            <source>Double-click or press Enter to open the plan.</source>
            <translation>Dubbelklicka eller tryck Enter för att öppna planen.</translation>
        </message>
        <message>
            <source>{plans} of {total} municipalities have a plan · overdue actions: {late}</source>
            <translation>{plans} av {total} kommuner har en plan · försenade åtgärder: {late}</translation>
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
            <source>Edit the plan of {name}</source>
            <translation>Ändra planen för {name}</translation>
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
            <source>Edit {name}</source>
            <translation>Ändra {name}</translation>
        </message>
        <message>
            <source>Showing {shown} of {total} actions · overdue: {late}</source>
            <translation>Visar {shown} av {total} åtgärder · försenade: {late}</translation>
        </message>
        <message>
            <source>A change in the action plan could not be saved (see the message beside the field). Close anyway and lose it?</source>
            <translation>En ändring i handlingsplanen kunde inte sparas (se meddelandet vid fältet). Stänga ändå och förlora den?</translation>
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
            <source>Plan saved.</source>
            <translation>Planen sparad.</translation>
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
            <source>Export PDF</source>
            <translation>Exportera PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>PDF written: {path}</source>
            <translation>PDF sparad: {path}</translation>
        </message>
        <message>
            <source>Create the action plan first; it is followed up at the follow-up visit.</source>
            <translation>Skapa handlingsplanen först; den följs upp vid uppföljningsbesöket.</translation>
        </message>
        <message>
            <source>Follow-up {day}</source>
            <translation>Uppföljning {day}</translation>
        </message>
        <message>
            <source>compared with version {number}</source>
            <translation>jämförs med version {number}</translation>
        </message>
        <message>
            <source>compared with the plan when the follow-up began</source>
            <translation>jämförs med planen när uppföljningen påbörjades</translation>
        </message>
        <message>
            <source>No visit linked</source>
            <translation>Inget besök kopplat</translation>
        </message>
        <message>
            <source>Follow-up started.</source>
            <translation>Uppföljningen påbörjad.</translation>
        </message>
        <message>
            <source>Delete the follow-up with its assessments and comments? You can undo this with Ctrl+Z.</source>
            <translation>Ta bort uppföljningen med dess bedömningar och kommentarer? Du kan ångra med Ctrl+Z.</translation>
        </message>
        <message>
            <source>Follow-up deleted. Ctrl+Z undoes.</source>
            <translation>Uppföljningen borttagen. Ctrl+Z ångrar.</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Sparat</translation>
        </message>
    </context>
</TS>
