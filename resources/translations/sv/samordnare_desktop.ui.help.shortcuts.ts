<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Kortkommandon</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Tangenter</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>Vad den gör</translation>
        </message>
        <message>
            <source>Everywhere</source>
            <translation>Överallt</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Besök</translation>
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
            <source>Delete the visit (Ctrl+Z undoes)</source>
            <translation>Ta bort besöket (Ctrl+Z ångrar)</translation>
        </message>
        <message>
            <source>The visit's participants</source>
            <translation>Besökets deltagare</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Dagordning</translation>
        </message>
        <message>
            <source>New item</source>
            <translation>Ny punkt</translation>
        </message>
        <message>
            <source>Move the item up or down</source>
            <translation>Flytta punkten upp eller ned</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minnesanteckningar</translation>
        </message>
        <message>
            <source>Save the item's minutes</source>
            <translation>Spara punktens minnesanteckningar</translation>
        </message>
        <message>
            <source>Next or previous agenda item</source>
            <translation>Nästa eller föregående punkt på dagordningen</translation>
        </message>
        <message>
            <source>In the actions table: new action</source>
            <translation>I åtgärdstabellen: ny åtgärd</translation>
        </message>
        <message>
            <source>In the actions table: remove the action</source>
            <translation>I åtgärdstabellen: ta bort åtgärden</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Deltagare</translation>
        </message>
        <message>
            <source>Add a participant</source>
            <translation>Lägg till deltagare</translation>
        </message>
        <message>
            <source>Attendance mode</source>
            <translation>Närvaroläge</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Mellanslag</translation>
        </message>
        <message>
            <source>In attendance mode: tick or untick the arrival</source>
            <translation>I närvaroläge: bocka i eller ur ankomsten</translation>
        </message>
        <message>
            <source>Name, Organisation + Enter</source>
            <translation>Namn, Organisation + Enter</translation>
        </message>
        <message>
            <source>In attendance mode: add a walk-in as present</source>
            <translation>I närvaroläge: lägg till en spontanbesökare som närvarande</translation>
        </message>
        <message>
            <source>Action plans</source>
            <translation>Handlingsplaner</translation>
        </message>
        <message>
            <source>New action in the chosen area</source>
            <translation>Ny åtgärd i valt område</translation>
        </message>
        <message>
            <source>New development area</source>
            <translation>Nytt utvecklingsområde</translation>
        </message>
        <message>
            <source>Delete the chosen row (Ctrl+Z undoes)</source>
            <translation>Ta bort vald rad (Ctrl+Z ångrar)</translation>
        </message>
        <message>
            <source>Move the row up or down</source>
            <translation>Flytta raden upp eller ned</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Spara</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Översikt</translation>
        </message>
        <message>
            <source>Quarterly report</source>
            <translation>Kvartalsrapport</translation>
        </message>
        <message>
            <source>Update the figures</source>
            <translation>Uppdatera siffrorna</translation>
        </message>
    </context>
</TS>
