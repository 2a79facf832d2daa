<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>Tabs</name>
        <message>
            <source>Visits</source>
            <translation>Besök</translation>
        </message>
    </context>
    <context>
        <name>VisitsTab</name>
        <message>
            <source>Agenda</source>
            <translation>Dagordning</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Deltagare</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Handlingsplan</translation>
        </message>
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
            <source>Search visits</source>
            <translation>Sök besök</translation>
        </message>
        <message>
            <source>Search municipality, venue, date…</source>
            <translation>Sök kommun, plats, datum…</translation>
        </message>
        <message>
            <source>All municipalities</source>
            <translation>Alla kommuner</translation>
        </message>
        <message>
            <source>All organisations</source>
            <translation>Alla organisationer</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Alla typer</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Alla statusar</translation>
        </message>
        <message>
            <source>Upcoming</source>
            <translation>Kommande</translation>
        </message>
        <message>
            <source>Only visits from today on that are not cancelled</source>
            <translation>Bara besök från i dag och framåt som inte är inställda</translation>
        </message>
        <message>
            <source>Visits from</source>
            <translation>Besök från och med</translation>
        </message>
        <message>
            <source>Visits up to</source>
            <translation>Besök till och med</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Rensa filter</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Från</translation>
        </message>
        <message>
            <source>to</source>
            <translation>till</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Besök</translation>
        </message>
        <message>
            <source>Visit form</source>
            <translation>Besöksformulär</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Besök</translation>
        </message>
        <message>
            <source>Save the changes to the visit?</source>
            <translation>Spara ändringarna i besöket?</translation>
        </message>
        <message>
            <source>Showing {shown} of {total} visits · {warned} with warnings</source>
            <translation>Visar {shown} av {total} besök · {warned} med varningar</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Ej sparade ändringar</translation>
        </message>
        <message>
            <source>The visit has unsaved changes. Discard them?</source>
            <translation>Besöket har ändringar som inte är sparade. Vill du slänga dem?</translation>
        </message>
        <message>
            <source>Visit saved.</source>
            <translation>Besöket är sparat.</translation>
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
            <source>Delete the visit {visit}? You can undo this with Ctrl+Z.</source>
            <translation>Ta bort besöket {visit}? Du kan ångra med Ctrl+Z.</translation>
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
            <source>visits.ics</source>
            <translation>besok.ics</translation>
        </message>
        <message>
            <source>iCalendar files (*.ics)</source>
            <translation>iCalendar-filer (*.ics)</translation>
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
