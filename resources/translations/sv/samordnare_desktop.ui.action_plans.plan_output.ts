<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>PlanOutput</name>
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
            <source>Saved as version {number}.</source>
            <translation>Sparad som version {number}.</translation>
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
