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
            <source>Unsaved changes</source>
            <translation>Osparade ändringar</translation>
        </message>
        <message>
            <source>Saving {file}…</source>
            <translation>Sparar {file}…</translation>
        </message>
        <message>
            <source>{plans} of {total} municipalities have a plan · overdue actions: {late}</source>
            <translation>{plans} av {total} kommuner har en plan · försenade åtgärder: {late}</translation>
        </message>
        <message>
            <source>A change in the action plan could not be saved (see the message beside the field). Close anyway and lose it?</source>
            <translation>En ändring i handlingsplanen kunde inte sparas (se meddelandet vid fältet). Stänga ändå och förlora den?</translation>
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
    </context>
</TS>
