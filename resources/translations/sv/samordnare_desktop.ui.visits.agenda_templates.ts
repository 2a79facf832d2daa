<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>AgendaTemplates</name>
        <message>
            <source>From template…</source>
            <translation>Från mall…</translation>
        </message>
        <message>
            <source>Save as template…</source>
            <translation>Spara som mall…</translation>
        </message>
        <message>
            <source>Templates…</source>
            <translation>Mallar…</translation>
        </message>
        <message>
            <source>From template</source>
            <translation>Från mall</translation>
        </message>
        <message>
            <source>There are no templates.</source>
            <translation>Det finns inga mallar.</translation>
        </message>
        <message>
            <source>Template for the agenda:</source>
            <translation>Mall för dagordningen:</translation>
        </message>
        <message>
            <source>Replace agenda</source>
            <translation>Ersätt dagordningen</translation>
        </message>
        <message>
            <source>Replace the {count} items of this agenda with the template {name}? You can undo this with Ctrl+Z.</source>
            <translation>Ersätta dagordningens {count} punkter med mallen {name}? Du kan ångra med Ctrl+Z.</translation>
        </message>
        <message>
            <source>Fit to the visit</source>
            <translation>Anpassa till besöket</translation>
        </message>
        <message>
            <source>The template takes {template} but the visit lasts {visit}. Shorten the sessions so the agenda ends on time? (No: use the template's times.)</source>
            <translation>Mallen tar {template} men besöket varar {visit}. Korta programpunkterna så att dagordningen slutar i tid? (Nej: använd mallens tider.)</translation>
        </message>
        <message>
            <source>Agenda from template {name}</source>
            <translation>Dagordning från mallen {name}</translation>
        </message>
        <message>
            <source>Agenda filled from {name}.</source>
            <translation>Dagordningen har fyllts från {name}.</translation>
        </message>
        <message>
            <source>Save as template</source>
            <translation>Spara som mall</translation>
        </message>
        <message>
            <source>Name of the new template:</source>
            <translation>Namn på den nya mallen:</translation>
        </message>
        <message>
            <source>Replace template</source>
            <translation>Ersätt mall</translation>
        </message>
        <message>
            <source>A template named {name} exists. Replace its items with this agenda?</source>
            <translation>Det finns redan en mall som heter {name}. Ersätta dess punkter med den här dagordningen?</translation>
        </message>
        <message>
            <source>Template {name} saved ({count} items).</source>
            <translation>Mallen {name} har sparats ({count} punkter).</translation>
        </message>
    </context>
</TS>
