<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>AgendaEditor</name>
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
