<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>AgendaTemplatesDialog</name>
        <message>
            <source>Agenda templates</source>
            <translation>Dagordningsmallar</translation>
        </message>
        <message>
            <source>Templates</source>
            <translation>Mallar</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Byt namn…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <source>To change a template's items: apply it to a visit, edit the agenda and save it as a template under the same name.</source>
            <translation>Så ändrar du en malls punkter: använd den för ett besök, redigera dagordningen och spara den som mall med samma namn.</translation>
        </message>
        <message>
            <source>There are no templates.</source>
            <translation>Det finns inga mallar.</translation>
        </message>
        <message>
            <source>{name}: {items}, {hours} h {minutes} min</source>
            <translation>{name}: {items}, {hours} h {minutes} min</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n punkt</numerusform>
                <numerusform>%n punkter</numerusform>
            </translation>
        </message>
        <message>
            <source>Rename template</source>
            <translation>Byt namn på mall</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Nytt namn:</translation>
        </message>
        <message>
            <source>Delete template</source>
            <translation>Ta bort mall</translation>
        </message>
        <message>
            <source>Delete the template {name}? You can undo this with Ctrl+Z.</source>
            <translation>Ta bort mallen {name}? Du kan ångra med Ctrl+Z.</translation>
        </message>
        <message>
            <source>Delete template {name}</source>
            <translation>Ta bort mallen {name}</translation>
        </message>
        <message>
            <source>Template deleted. Ctrl+Z undoes.</source>
            <translation>Mallen har tagits bort. Ctrl+Z ångrar.</translation>
        </message>
    </context>
</TS>
