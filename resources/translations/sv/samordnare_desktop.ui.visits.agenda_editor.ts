<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>AgendaEditor</name>
        <message>
            <source>New item</source>
            <translation>Ny punkt</translation>
        </message>
        <message>
            <source>Insert</source>
            <translation>Insert</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Upp</translation>
        </message>
        <message>
            <source>Move up (Alt+Up)</source>
            <translation>Flytta upp (Alt+Upp)</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Ned</translation>
        </message>
        <message>
            <source>Move down (Alt+Down)</source>
            <translation>Flytta ned (Alt+Ned)</translation>
        </message>
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
            <source>Agenda items</source>
            <translation>Dagordningens punkter</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
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
            <translation>Föredragandens titel</translation>
        </message>
        <message>
            <source>Presenter's organisation</source>
            <translation>Föredragandens organisation</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tid</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Rubrik</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Presenter</source>
            <translation>Ansvarig</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivning</translation>
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
            <source>Item</source>
            <translation>Punkt</translation>
        </message>
        <message>
            <source>Print preview</source>
            <translation>Förhandsgranska</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Skriv ut…</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Exportera PDF…</translation>
        </message>
        <message>
            <source>Open PDF</source>
            <translation>Öppna PDF</translation>
        </message>
        <message>
            <source>Choose a visit to see its agenda.</source>
            <translation>Välj ett besök för att se dess dagordning.</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(utan rubrik)</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Osparade ändringar</translation>
        </message>
        <message>
            <source>Save your changes to the item {title}?</source>
            <translation>Spara ändringarna i punkten {title}?</translation>
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
        <message>
            <source>Add agenda item {title}</source>
            <translation>Lägg till dagordningspunkt {title}</translation>
        </message>
        <message>
            <source>Edit agenda item {title}</source>
            <translation>Redigera dagordningspunkt {title}</translation>
        </message>
        <message>
            <source>Item added.</source>
            <translation>Punkten har lagts till.</translation>
        </message>
        <message>
            <source>Item saved.</source>
            <translation>Punkten har sparats.</translation>
        </message>
        <message>
            <source>Delete agenda item</source>
            <translation>Ta bort dagordningspunkt</translation>
        </message>
        <message>
            <source>Delete {title} from the agenda? You can undo this with Ctrl+Z.</source>
            <translation>Ta bort {title} från dagordningen? Du kan ångra med Ctrl+Z.</translation>
        </message>
        <message>
            <source>Delete agenda item {title}</source>
            <translation>Ta bort dagordningspunkt {title}</translation>
        </message>
        <message>
            <source>Item deleted. Ctrl+Z undoes.</source>
            <translation>Punkten har tagits bort. Ctrl+Z ångrar.</translation>
        </message>
        <message>
            <source>Move agenda item {title}</source>
            <translation>Flytta dagordningspunkt {title}</translation>
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
        <message>
            <source>Agenda {name}</source>
            <translation>Dagordning {name}</translation>
        </message>
        <message>
            <source>Agenda sent to the printer.</source>
            <translation>Dagordningen har skickats till skrivaren.</translation>
        </message>
        <message>
            <source>Export agenda</source>
            <translation>Exportera dagordning</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-filer (*.pdf)</translation>
        </message>
        <message>
            <source>Agenda saved: {path}</source>
            <translation>Dagordningen sparad: {path}</translation>
        </message>
        <message>
            <source>Opened {path}</source>
            <translation>Öppnade {path}</translation>
        </message>
        <message>
            <source>The agenda is empty. Add items or start from a template.</source>
            <translation>Dagordningen är tom. Lägg till punkter eller börja från en mall.</translation>
        </message>
        <message>
            <source>{items}, {start}–{end} ({length}).</source>
            <translation>{items}, {start}–{end} ({length}).</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n punkt</numerusform>
                <numerusform>%n punkter</numerusform>
            </translation>
        </message>
        <message>
            <source>Flagged: {count} (overlap, gap or outside the visit's hours; see the tinted rows).</source>
            <translation>Flaggade: {count} (överlapp, lucka eller utanför besökets tider; se de färgade raderna).</translation>
        </message>
    </context>
</TS>
