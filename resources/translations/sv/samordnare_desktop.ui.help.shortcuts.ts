<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>HelpMenu</name>
        <message>
            <source>&amp;Keyboard shortcuts…</source>
            <translation>&amp;Kortkommandon…</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Everywhere</source>
            <translation>Överallt</translation>
        </message>
        <message>
            <source>Handbook, at the page for where you are</source>
            <translation>Handboken, på sidan om där du är</translation>
        </message>
        <message>
            <source>Go to the first … fifth tab</source>
            <translation>Gå till flik Kommuner … Översikt</translation>
        </message>
        <message>
            <source>Search in the tab shown</source>
            <translation>Sök i fliken som visas</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Ångra</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Gör om</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Avsluta</translation>
        </message>
        <message>
            <source>Date fields</source>
            <translation>Datumfält</translation>
        </message>
        <message>
            <source>One day later / earlier</source>
            <translation>En dag senare / tidigare</translation>
        </message>
        <message>
            <source>One month later / earlier</source>
            <translation>En månad senare / tidigare</translation>
        </message>
        <message>
            <source>Choose from a calendar</source>
            <translation>Välj i en kalender</translation>
        </message>
        <message>
            <source>Municipalities</source>
            <translation>Kommuner</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Besök</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Dagordning</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Deltagare</translation>
        </message>
        <message>
            <source>Action plans</source>
            <translation>Handlingsplaner</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Översikt</translation>
        </message>
        <message>
            <source>Save the notes</source>
            <translation>Spara anteckningarna</translation>
        </message>
        <message>
            <source>Delete the selected contact person</source>
            <translation>Ta bort vald kontaktperson</translation>
        </message>
        <message>
            <source>New visit</source>
            <translation>Nytt besök</translation>
        </message>
        <message>
            <source>Save the visit</source>
            <translation>Spara besöket</translation>
        </message>
        <message>
            <source>The visit's participants</source>
            <translation>Besökets deltagare</translation>
        </message>
        <message>
            <source>Delete the selected visit (in the list)</source>
            <translation>Ta bort valt besök (i listan)</translation>
        </message>
        <message>
            <source>New item</source>
            <translation>Ny punkt</translation>
        </message>
        <message>
            <source>Add or save the item (in its title and presenter fields)</source>
            <translation>Lägg till eller spara punkten (i rubrik- och föredragandefälten)</translation>
        </message>
        <message>
            <source>Save the item</source>
            <translation>Spara punkten</translation>
        </message>
        <message>
            <source>Move the selected item up / down</source>
            <translation>Flytta vald punkt upp / ned</translation>
        </message>
        <message>
            <source>Delete the selected item (in the list)</source>
            <translation>Ta bort vald punkt (i listan)</translation>
        </message>
        <message>
            <source>Add a participant</source>
            <translation>Lägg till deltagare</translation>
        </message>
        <message>
            <source>Attendance mode on / off</source>
            <translation>Närvaroläge på / av</translation>
        </message>
        <message>
            <source>In attendance mode: tick the person as present</source>
            <translation>I närvaroläget: markera personen som närvarande</translation>
        </message>
        <message>
            <source>Remove the selected participants (in the list)</source>
            <translation>Ta bort valda deltagare (i listan)</translation>
        </message>
        <message>
            <source>New action</source>
            <translation>Ny åtgärd</translation>
        </message>
        <message>
            <source>New development area</source>
            <translation>Nytt utvecklingsområde</translation>
        </message>
        <message>
            <source>Edit the selected row</source>
            <translation>Redigera vald rad</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Spara</translation>
        </message>
        <message>
            <source>Move the selected row up / down</source>
            <translation>Flytta vald rad upp / ned</translation>
        </message>
        <message>
            <source>Delete the selected row</source>
            <translation>Ta bort vald rad</translation>
        </message>
        <message>
            <source>Quarterly report</source>
            <translation>Kvartalsrapport</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Uppdatera</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Kortkommandon</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Var</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Tangenter</translation>
        </message>
        <message>
            <source>Does</source>
            <translation>Gör</translation>
        </message>
        <message>
            <source>Tab and Shift+Tab move between fields; Ctrl+Tab leaves a text box. Underlined letters in the menus are reached with Alt.</source>
            <translation>Tabb och Skift+Tabb flyttar mellan fälten; Ctrl+Tabb lämnar en textruta. Understrukna bokstäver i menyerna nås med Alt.</translation>
        </message>
    </context>
</TS>
