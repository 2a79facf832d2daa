<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>PlanItemChanges</name>
        <message>
            <source>New development area</source>
            <translation>Nytt utvecklingsområde</translation>
        </message>
        <message>
            <source>Add development area</source>
            <translation>Lägg till utvecklingsområde</translation>
        </message>
        <message>
            <source>New action</source>
            <translation>Ny åtgärd</translation>
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
            <source>Delete</source>
            <translation>Ta bort</translation>
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
            <source>Move up</source>
            <translation>Flytta upp</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Flytta ner</translation>
        </message>
    </context>
</TS>
