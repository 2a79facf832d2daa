<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>OrganisationContacts</name>
        <message>
            <source>Contact persons</source>
            <translation>Kontaktpersoner</translation>
        </message>
        <message>
            <source>Add contact…</source>
            <translation>Lägg till kontakt…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Redigera…</translation>
        </message>
        <message>
            <source>Edit contact</source>
            <translation>Redigera kontaktperson</translation>
        </message>
        <message>
            <source>Delete contact</source>
            <translation>Ta bort kontaktperson</translation>
        </message>
        <message>
            <source>Delete the contact {name}? You can undo this with Ctrl+Z.</source>
            <translation>Ta bort kontaktpersonen {name}? Du kan ångra med Ctrl+Z.</translation>
        </message>
        <message>
            <source>Delete contact {name}</source>
            <translation>Ta bort kontaktperson {name}</translation>
        </message>
        <message>
            <source>Contact deleted. Ctrl+Z undoes.</source>
            <translation>Kontaktpersonen har tagits bort. Ctrl+Z ångrar.</translation>
        </message>
    </context>
</TS>
