<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>AgendaChanges</name>
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
    </context>
</TS>
