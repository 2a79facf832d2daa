<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>VisitActions</name>
        <message>
            <source>New visit</source>
            <translation>Nytt besök</translation>
        </message>
        <message>
            <source>Plan a new visit (Ctrl+N)</source>
            <translation>Planera ett nytt besök (Ctrl+N)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <source>Delete the visit (Delete); Ctrl+Z undoes</source>
            <translation>Ta bort besöket (Delete); Ctrl+Z ångrar</translation>
        </message>
        <message>
            <source>Export calendar…</source>
            <translation>Exportera kalender…</translation>
        </message>
        <message>
            <source>The selected visits, or all upcoming ones, as an .ics calendar file</source>
            <translation>De markerade besöken, eller alla kommande, som kalenderfil (.ics)</translation>
        </message>
        <message>
            <source>Participants…</source>
            <translation>Deltagare…</translation>
        </message>
        <message>
            <source>Open the Participants tab on the selected visit (Ctrl+D)</source>
            <translation>Öppna fliken Deltagare på det valda besöket (Ctrl+D)</translation>
        </message>
        <message>
            <source>Questions…</source>
            <translation>Frågor…</translation>
        </message>
        <message>
            <source>Delete the visit {visit}? You can undo this with Ctrl+Z.</source>
            <translation>Ta bort besöket {visit}? Du kan ångra med Ctrl+Z.</translation>
        </message>
        <message>
            <source>Delete the visit {visit}?

Follow-up visits linked to it: {count} ({days}). They will no longer be linked to a first visit.

You can undo this with Ctrl+Z (the links come back too).</source>
            <translation>Ta bort besöket {visit}?

Uppföljningsbesök som är kopplade till det: {count} ({days}). De kommer inte längre att vara kopplade till något första besök.

Du kan ångra detta med Ctrl+Z (kopplingarna återställs också).</translation>
        </message>
        <message>
            <source>Delete visit</source>
            <translation>Ta bort besök</translation>
        </message>
        <message>
            <source>Delete visit {visit}</source>
            <translation>Ta bort besöket {visit}</translation>
        </message>
        <message>
            <source>Visit deleted. Ctrl+Z undoes.</source>
            <translation>Besöket är borttaget. Ctrl+Z ångrar.</translation>
        </message>
        <message>
            <source>Export calendar</source>
            <translation>Exportera kalender</translation>
        </message>
        <message>
            <source>There are no upcoming visits to export.</source>
            <translation>Det finns inga kommande besök att exportera.</translation>
        </message>
        <message>
            <source>{count} visits written to {path}</source>
            <translation>{count} besök sparade i {path}</translation>
        </message>
    </context>
</TS>
